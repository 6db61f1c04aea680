# Reference results for the design checks of src/evaluation (issue 16), from R:
# survival (survdiff/survfit with 3–6 groups), clubSandwich (CR2 + Satterthwaite),
# estimatr/sandwich (event study, placebo, joint Wald tests) and an exhaustive
# wild cluster bootstrap written out in plain R.
#
# Generates its own datasets with fixed seeds, writes them as CSV and the results
# as JSON to test/evaluation/golden/. Run from the repo root:
#   Rscript scripts/reference/evaluation-design.R
# Needs Debian's r-base-core r-cran-survival r-cran-sandwich r-cran-clubsandwich
# r-cran-estimatr r-cran-lmtest r-cran-jsonlite. The tests read only the output.
suppressPackageStartupMessages({
  library(survival); library(sandwich); library(lmtest); library(clubSandwich)
  library(estimatr); library(jsonlite)
})
out <- "test/evaluation/golden"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
write_golden <- function(x, name) {
  writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
             file.path(out, name))
}
write_data <- function(d, name) write.csv(d, file.path(out, name), row.names = FALSE)

# ------------------------------------------------- KM / log-rank, 3–6 groups
# 24 random data sets: integer times (many ties), 3–6 groups, some with strongly
# different hazards so the p-value lies far in the tail (down to ~1e-40).
set.seed(16001)
sets <- list(); results <- list()
for (s in 1:24) {
  G <- 3 + (s - 1) %% 4
  n <- sample(c(30, 80, 200, 600), 1)
  g <- sample(letters[1:G], n, replace = TRUE)
  strength <- if (s %% 6 == 0) 1.5 else if (s %% 3 == 0) 0.6 else 0.1
  rate <- exp(strength * (match(g, letters) - 1)) / 10
  t <- pmax(1, ceiling(rexp(n, rate)))
  cens <- ceiling(runif(n, 1, 40))
  time <- pmin(t, cens)
  event <- as.integer(t <= cens)
  sets[[s]] <- data.frame(set = s, time = time, event = event, group = g)
  sd <- survdiff(Surv(time, event) ~ group, data = sets[[s]])
  fit <- survfit(Surv(time, event) ~ group, data = sets[[s]])
  med <- unname(summary(fit)$table[, "median"])
  sf <- summary(fit, censored = TRUE)
  results[[s]] <- list(
    set = s, groups = sub("group=", "", names(sd$n)),
    observed = as.numeric(sd$obs), expected = as.numeric(sd$exp),
    variance = unname(sd$var), chiSquare = sd$chisq, df = length(sd$n) - 1,
    p = pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE),
    medians = ifelse(is.na(med), NA, med),
    # I(): keep one-step curves as arrays (auto_unbox would make them scalars).
    survival = lapply(unname(split(sf$surv, sf$strata)), I),
    stdErr = lapply(unname(split(sf$std.err, sf$strata)), I)
  )
}
write_data(do.call(rbind, sets), "km-groups.csv")
write_golden(results, "km-groups.json")
