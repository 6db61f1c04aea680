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

# ------------------------------------------------- event study, CR2, placebo
# Spells in 14 municipalities (4 treated), half-year cohorts −4..+3 around the
# start (reference −1), municipality shocks per cohort, a planted effect of 0.08
# from cohort 0 and a small pre-trend in the treated municipalities at −4.
coef_rows <- function(est, se, df, p, q) {
  lapply(seq_along(est), function(j) list(
    name = names(est)[j], estimate = unname(est[j]), se = unname(se[j]), df = unname(df[j]),
    p = unname(p[j]), ci = c(unname(est[j] - q[j] * se[j]), unname(est[j] + q[j] * se[j]))))
}
set.seed(16002)
M <- 14; treatedM <- 1:4
n <- 3000
es <- data.frame(
  person = sample(1:1800, n, replace = TRUE),
  municipality = sample(1:M, n, replace = TRUE),
  cohort = sample(-4:3, n, replace = TRUE),
  x1 = round(rnorm(n), 6),
  x2 = rbinom(n, 1, 0.45)
)
es$treated <- as.integer(es$municipality %in% treatedM)
shock <- matrix(rnorm(M * 8, 0, 0.04), M, 8)
es$y <- round(0.3 + 0.05 * es$x1 - 0.04 * es$x2 + 0.02 * es$treated + 0.01 * es$cohort +
  shock[cbind(es$municipality, es$cohort + 5)] +
  ifelse(es$treated == 1 & es$cohort >= 0, 0.08, 0) +
  ifelse(es$treated == 1 & es$cohort == -4, -0.03, 0) + rnorm(n, 0, 0.3), 6)
write_data(es, "event-study.csv")
lv <- setdiff(-4:3, -1)
X <- data.frame(y = es$y, treated = es$treated)
for (h in lv) X[[sprintf("cohort[%d]", h)]] <- as.integer(es$cohort == h)
for (h in lv) X[[sprintf("treated×cohort[%d]", h)]] <- as.integer(es$cohort == h) * es$treated
X$x1 <- es$x1; X$x2 <- es$x2
fit <- lm(y ~ ., data = X)
names(fit$coefficients) <- c("(Intercept)", names(X)[-1])
Gp <- length(unique(es$person)); Gm <- length(unique(es$municipality))
Vp <- vcovCL(fit, cluster = es$person, type = "HC1")
Vm1 <- vcovCL(fit, cluster = es$municipality, type = "HC1")
ct <- coef_test(fit, vcov = "CR2", cluster = es$municipality, test = "Satterthwaite")
Vcr2 <- as.matrix(vcovCR(fit, cluster = es$municipality, type = "CR2"))
er <- lm_robust(y ~ ., data = X, clusters = es$municipality, se_type = "CR2")
pre <- sprintf("treated×cohort[%d]", c(-4, -3, -2))
pre_idx <- match(pre, names(coef(fit)))
wald <- function(V, df2) {
  b <- coef(fit)[pre_idx]; W <- drop(t(b) %*% solve(V[pre_idx, pre_idx]) %*% b)
  list(chiSquare = W, f = W / 3, df1 = 3, df2 = df2, p = pf(W / 3, 3, df2, lower.tail = FALSE))
}
wt <- Wald_test(fit, constraints = constrain_zero(pre_idx), vcov = "CR2",
                cluster = es$municipality, test = "Naive-F")
# Placebo: the before cohorts only, a fake start at cohort −2 (post = −2, −1).
pl <- es[es$cohort < 0, ]
pl$post <- as.integer(pl$cohort >= -2)
pfit <- lm(y ~ treated + post + treated:post + x1 + x2, data = pl)
pct <- coef_test(pfit, vcov = "CR2", cluster = pl$municipality, test = "Satterthwaite")
pVp <- vcovCL(pfit, cluster = pl$person, type = "HC1")
df_p <- rep(length(unique(pl$person)) - 1, length(coef(pfit)))
df_m <- rep(Gm - 1, length(coef(fit)))
write_golden(list(
  n = n, personClusters = Gp, municipalityClusters = Gm,
  cr1Person = coef_rows(coef(fit), sqrt(diag(Vp)), rep(Gp - 1, length(coef(fit))),
    2 * pt(-abs(coef(fit) / sqrt(diag(Vp))), Gp - 1), rep(qt(0.975, Gp - 1), length(coef(fit)))),
  cr1Municipality = coef_rows(coef(fit), sqrt(diag(Vm1)), df_m,
    2 * pt(-abs(coef(fit) / sqrt(diag(Vm1))), Gm - 1), qt(0.975, df_m)),
  cr2 = coef_rows(coef(fit), ct$SE, ct$df_Satt, ct$p_Satt, qt(0.975, ct$df_Satt)),
  cr2Vcov = unname(Vcr2),
  estimatr = list(se = unname(er$std.error), df = unname(er$df), p = unname(er$p.value)),
  preTest = list(
    terms = pre,
    person = wald(Vp, Gp - 1),
    cr2 = list(f = wt$Fstat, df1 = wt$df_num, df2 = wt$df_denom, p = wt$p_val)
  ),
  placebo = list(
    n = nrow(pl),
    cr2 = coef_rows(coef(pfit), pct$SE, pct$df_Satt, pct$p_Satt, qt(0.975, pct$df_Satt)),
    cr1Person = coef_rows(coef(pfit), sqrt(diag(pVp)), df_p,
      2 * pt(-abs(coef(pfit) / sqrt(diag(pVp))), df_p), qt(0.975, df_p))
  )
), "event-study.json")

# ------------------------------------------------- wild cluster bootstrap (exhaustive)
# A DiD with 10 municipalities (3 treated); all 2^10 Rademacher sign patterns,
# so the result is exact and needs no shared random numbers.
set.seed(16003)
G <- 10; n <- 800
wb <- data.frame(municipality = sample(1:G, n, replace = TRUE), post = rbinom(n, 1, 0.5),
                 x1 = round(rnorm(n), 6))
wb$treated <- as.integer(wb$municipality <= 3)
mshock <- rnorm(G, 0, 0.15)
wb$y <- round(0.2 + 0.1 * wb$x1 + mshock[wb$municipality] + 0.05 * wb$treated * wb$post +
  rnorm(n, 0, 0.4), 6)
write_data(wb, "wild-bootstrap.csv")
Xw <- cbind(1, wb$treated, wb$post, wb$treated * wb$post, wb$x1)
colnames(Xw) <- c("(Intercept)", "treated", "post", "treated:post", "x1")
jj <- 4; cl <- wb$municipality; k <- ncol(Xw)
cr1_t <- function(y, centre) {
  B <- solve(crossprod(Xw)); b <- B %*% crossprod(Xw, y); e <- y - Xw %*% b
  U <- rowsum(Xw * as.vector(e), cl)
  V <- B %*% crossprod(U) %*% B * (G / (G - 1)) * ((n - 1) / (n - k))
  c(b = b[jj], t = (b[jj] - centre) / sqrt(V[jj, jj]), se = sqrt(V[jj, jj]))
}
obs <- cr1_t(wb$y, 0)
rfit <- lm.fit(Xw[, -jj], wb$y); yR <- rfit$fitted.values; eR <- rfit$residuals
ufit <- lm.fit(Xw, wb$y); yU <- ufit$fitted.values; eU <- ufit$residuals
patterns <- as.matrix(expand.grid(rep(list(c(1, -1)), G)))
tR <- apply(patterns, 1, function(w) abs(cr1_t(yR + w[cl] * eR, 0)["t"]))
tU <- apply(patterns, 1, function(w) abs(cr1_t(yU + w[cl] * eU, unname(obs["b"]))["t"]))
qU <- sort(tU)[ceiling(0.95 * length(tU))]
write_golden(list(
  estimate = unname(obs["b"]), statistic = unname(obs["t"]),
  p = mean(tR >= abs(obs["t"]) - 1e-12 * max(1, abs(obs["t"]))),
  ci = unname(c(obs["b"] - qU * obs["se"], obs["b"] + qU * obs["se"])),
  replications = nrow(patterns)
), "wild-bootstrap.json")

# ------------------------------------------------- multiple testing
pv <- c(0.001, 0.04, 0.03, 0.2, 0.0004, 0.5, 0.012, 0.049, 0.8, 0.02)
write_golden(list(p = pv, holm = p.adjust(pv, "holm"), BH = p.adjust(pv, "BH")),
             "p-adjust.json")
