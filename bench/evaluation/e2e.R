# R side of bench/evaluation/end-to-end.ts, timed from process start.
#   Rscript e2e.R ols FILE.csv   lm + sandwich::vcovCL(type = "HC1") by person
#   Rscript e2e.R cox FILE.csv   survival::coxph(ties = "efron", cluster = municipality)
# Reads the CSV with data.table::fread (Debian has no R Parquet reader packaged here).
suppressPackageStartupMessages({ library(data.table); library(sandwich); library(survival) })
a <- commandArgs(TRUE)
d <- fread(a[2])
covs <- grep("^x", names(d), value = TRUE)
if (a[1] == "ols") {
  f <- lm(reformulate(c("treated", "post", "treated_post", covs), "y"), data = d)
  se <- sqrt(diag(vcovCL(f, cluster = d$person, type = "HC1")))
} else {
  f <- coxph(as.formula(paste("Surv(time, event) ~", paste(covs, collapse = " + "))),
             data = d, ties = "efron", cluster = municipality)
  se <- sqrt(diag(vcov(f)))
}
cat(sprintf('{"params":[%s],"bse":[%s]}\n', paste(coef(f), collapse = ","), paste(se, collapse = ",")))
