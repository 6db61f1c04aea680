# Reference results for the trial report's subgroup estimates (issue 16, item 4):
# the DiD of the main effect on one subgroup at a time (prior employment,
# target group by start benefit, age band 16–29/30–49/50+, sex), with CR2 by
# municipality + Satterthwaite df (clubSandwich), CR1 by person
# (sandwich::vcovCL HC1, t on G − 1 df) and Holm / Benjamini–Hochberg over the
# subgroup family (p.adjust on the CR2 p-values).
#
# Writes test/evaluation/golden/subgroups.{csv,json}. Run from the repo root:
#   Rscript scripts/reference/evaluation-subgroups.R
# Needs Debian's r-base-core r-cran-sandwich r-cran-clubsandwich r-cran-jsonlite.
suppressPackageStartupMessages({
  library(sandwich); library(clubSandwich); library(jsonlite)
})
out <- "test/evaluation/golden"
set.seed(16004)
M <- 16; treatedM <- 1:5; n <- 2400
d <- data.frame(
  person = sample(1:1600, n, replace = TRUE),
  municipality = sample(1:M, n, replace = TRUE),
  cohort = sample(c("2016,1", "2016,2", "2018,1", "2018,2"), n, replace = TRUE)
)
# Person attributes are fixed per person.
psex <- sample(c("K", "M"), 1600, replace = TRUE)
page <- sample(18:64, 1600, replace = TRUE)
d$sex <- psex[d$person]
d$age <- page[d$person] + ifelse(substr(d$cohort, 1, 4) == "2018", 2, 0)
d$startBenefit <- ifelse(runif(n) < 0.6, "a-dagpenge", "kontanthjaelp")
d$priorBenefitShare <- round(runif(n), 6)
d$priorEmploymentShare <- ifelse(runif(n) < 0.4, 0, round(runif(n), 6))
d$treated <- as.integer(d$municipality %in% treatedM)
d$post <- as.integer(substr(d$cohort, 1, 4) == "2018")
d$secondHalf <- as.integer(substr(d$cohort, 6, 6) == "2")
shock <- matrix(rnorm(M * 4, 0, 0.02), M, 4)
cidx <- match(d$cohort, c("2016,1", "2016,2", "2018,1", "2018,2"))
# Planted: +0.12 for women in treated municipalities after the start, nothing else.
d$y <- round(pmin(1, pmax(0, 0.35 + 0.1 * d$priorEmploymentShare - 0.05 * d$priorBenefitShare +
  0.03 * d$treated + 0.02 * d$post + shock[cbind(d$municipality, cidx)] +
  ifelse(d$treated == 1 & d$post == 1 & d$sex == "K", 0.12, 0) + rnorm(n, 0, 0.25))), 6)
# The cohort "2016,1" holds a comma: the CSV carries its year and half instead.
d$cohortYear <- as.integer(substr(d$cohort, 1, 4)); d$half <- as.integer(substr(d$cohort, 6, 6))
write.csv(d[, setdiff(names(d), "cohort")], file.path(out, "subgroups.csv"), row.names = FALSE)

band <- cut(d$age, c(-Inf, 29, 49, Inf), labels = c("16-29", "30-49", "50+"))
groups <- list(
  list("priorEmployment", "none", d$priorEmploymentShare == 0),
  list("priorEmployment", "some", d$priorEmploymentShare > 0),
  list("targetGroup", "a-dagpenge", d$startBenefit == "a-dagpenge"),
  list("targetGroup", "kontanthjaelp", d$startBenefit == "kontanthjaelp"),
  list("ageBand", "16-29", band == "16-29"),
  list("ageBand", "30-49", band == "30-49"),
  list("ageBand", "50+", band == "50+"),
  list("sex", "K", d$sex == "K"),
  list("sex", "M", d$sex == "M")
)
rows <- lapply(groups, function(g) {
  s <- d[g[[3]], ]
  s$y100 <- 100 * s$y
  f <- if (g[[1]] == "priorEmployment") {
    y100 ~ treated + post + treated:post + priorBenefitShare + secondHalf
  } else {
    y100 ~ treated + post + treated:post + priorBenefitShare + priorEmploymentShare + secondHalf
  }
  fit <- lm(f, data = s)
  j <- which(names(coef(fit)) == "treated:post")
  ct <- coef_test(fit, vcov = "CR2", cluster = s$municipality, test = "Satterthwaite")
  Vp <- vcovCL(fit, cluster = s$person, type = "HC1")
  Gp <- length(unique(s$person))
  b <- unname(coef(fit)[j]); sp <- sqrt(Vp[j, j])
  list(
    dimension = g[[1]], group = g[[2]], n = nrow(s),
    estimate = b,
    cr2 = list(se = ct$SE[j], df = ct$df_Satt[j], p = ct$p_Satt[j],
               ci = c(b - qt(0.975, ct$df_Satt[j]) * ct$SE[j], b + qt(0.975, ct$df_Satt[j]) * ct$SE[j]),
               clusters = length(unique(s$municipality))),
    person = list(se = sp, p = 2 * pt(-abs(b / sp), Gp - 1),
                  ci = c(b - qt(0.975, Gp - 1) * sp, b + qt(0.975, Gp - 1) * sp), clusters = Gp)
  )
})
p <- sapply(rows, function(r) r$cr2$p)
holm <- p.adjust(p, "holm"); bh <- p.adjust(p, "BH")
for (i in seq_along(rows)) { rows[[i]]$holm <- holm[i]; rows[[i]]$bh <- bh[i] }
writeLines(toJSON(list(rows = rows, versions = list(
  R = as.character(getRversion()), clubSandwich = as.character(packageVersion("clubSandwich")),
  sandwich = as.character(packageVersion("sandwich")))),
  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
  file.path(out, "subgroups.json"))
