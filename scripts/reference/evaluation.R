# Reference results for src/evaluation, from R (survival, sandwich, lmtest, MatchIt).
#
# Generates its own datasets deterministically (set.seed), writes them as CSV
# and the fitted results as JSON to test/evaluation/golden/. Run from the repo root:
#   Rscript scripts/reference/evaluation.R
# Needs Debian's r-base-core r-cran-survival r-cran-sandwich r-cran-lmtest
# r-cran-matchit r-cran-jsonlite. The tests read only the committed output.
suppressPackageStartupMessages({
  library(survival); library(sandwich); library(lmtest); library(MatchIt); library(jsonlite)
})
out <- "test/evaluation/golden"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
write_golden <- function(x, name) {
  writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
             file.path(out, name))
}
write_data <- function(d, name) write.csv(d, file.path(out, name), row.names = FALSE)

coef_table <- function(est, V, df) {
  se <- sqrt(diag(V))
  stat <- est / se
  if (is.finite(df)) {
    p <- 2 * pt(-abs(stat), df); q <- qt(0.975, df)
  } else {
    p <- 2 * pnorm(-abs(stat)); q <- qnorm(0.975)
  }
  lapply(seq_along(est), function(j) list(
    name = names(est)[j], estimate = unname(est[j]), se = unname(se[j]),
    statistic = unname(stat[j]), p = unname(p[j]),
    ci = c(unname(est[j] - q * se[j]), unname(est[j] + q * se[j]))))
}

# ---------------------------------------------------------------- OLS
set.seed(20240601)
n <- 500
G <- 60
ols <- data.frame(
  id = sample(sprintf("c%02d", 1:G), n, replace = TRUE),
  x1 = round(rnorm(n), 6),
  x2 = rbinom(n, 1, 0.4),
  x3 = round(runif(n, 0, 3), 6),
  w = round(runif(n, 0.5, 2), 6)
)
ce <- setNames(rnorm(G, 0, 0.7), sprintf("c%02d", 1:G))
ols$y <- round(1 + 0.5 * ols$x1 - 0.3 * ols$x2 + 2 * ols$x3 + ce[ols$id] +
                 rnorm(n, 0, 1 + 0.5 * abs(ols$x1)), 6)
write_data(ols, "ols.csv")
fit <- lm(y ~ x1 + x2 + x3, data = ols)
Gn <- length(unique(ols$id))
fitw <- lm(y ~ x1 + x2 + x3, data = ols, weights = w)
write_golden(list(
  n = nrow(ols), k = 4, nClusters = Gn,
  rSquared = summary(fit)$r.squared, sigma = summary(fit)$sigma,
  classical = coef_table(coef(fit), vcov(fit), fit$df.residual),
  hc1 = coef_table(coef(fit), vcovHC(fit, type = "HC1"), fit$df.residual),
  cluster = coef_table(coef(fit), vcovCL(fit, cluster = ~id, type = "HC1"), Gn - 1),
  weighted = list(
    classical = coef_table(coef(fitw), vcov(fitw), fitw$df.residual),
    hc1 = coef_table(coef(fitw), vcovHC(fitw, type = "HC1"), fitw$df.residual),
    cluster = coef_table(coef(fitw), vcovCL(fitw, cluster = ~id, type = "HC1"), Gn - 1)
  )
), "ols.json")

# ---------------------------------------------------------------- DiD
set.seed(20240602)
persons <- 700
spells <- 2000
pid <- sample(sprintf("p%04d", 1:persons), spells, replace = TRUE)
muni <- sample(1:12, persons, replace = TRUE)
names(muni) <- sprintf("p%04d", 1:persons)
did <- data.frame(person = pid, municipality = muni[pid])
did$treated <- as.integer(did$municipality <= 4)
did$post <- rbinom(spells, 1, 0.55)
did$age <- sample(18:64, spells, replace = TRUE)
did$female <- rbinom(spells, 1, 0.5)
did$history <- round(runif(spells), 6)
pe <- setNames(rnorm(persons, 0, 0.15), sprintf("p%04d", 1:persons))
did$employed <- as.integer(0.25 + 0.05 * did$treated + 0.03 * did$post + 0.08 * did$treated * did$post -
  0.002 * (did$age - 40) + 0.02 * did$female + 0.2 * did$history + pe[did$person] + rnorm(spells, 0, 0.3) > 0.4)
write_data(did, "did.csv")
fd <- lm(employed ~ treated * post + age + female + history, data = did)
Gd <- length(unique(did$person))
write_golden(list(
  n = nrow(did), nClusters = Gd,
  cluster = coef_table(coef(fd), vcovCL(fd, cluster = ~person, type = "HC1"), Gd - 1),
  cellMeans = list(
    controlBefore = mean(did$employed[did$treated == 0 & did$post == 0]),
    controlAfter = mean(did$employed[did$treated == 0 & did$post == 1]),
    treatedBefore = mean(did$employed[did$treated == 1 & did$post == 0]),
    treatedAfter = mean(did$employed[did$treated == 1 & did$post == 1]))
), "did.json")

# ---------------------------------------------------------------- Logit, PSM, IPW
set.seed(20240603)
n <- 400
ps <- data.frame(
  age = round(rnorm(n, 45, 10), 4),
  female = rbinom(n, 1, 0.5),
  prior = round(rexp(n, 1), 5),
  nonwestern = rbinom(n, 1, 0.2)
)
lp <- -1 + 0.03 * (ps$age - 45) + 0.4 * ps$female + 0.5 * ps$prior - 0.6 * ps$nonwestern
ps$treat <- rbinom(n, 1, plogis(lp))
ps$y <- round(10 + 2 * ps$treat + 0.1 * ps$age + 1.5 * ps$prior - ps$female + rnorm(n, 0, 2), 5)
ps$id <- seq_len(n)
write_data(ps, "psm.csv")
form <- treat ~ age + female + prior + nonwestern
gl <- glm(form, data = ps, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
pscore <- fitted(gl)
# Matching reference. MatchIt 4.5.1 (Debian bookworm) is NOT used for the pairs: its
# vector nearest-neighbour routine (nn_matchC_vec.cpp) compares distances with
# abs() on doubles, which resolves to the integer abs() and truncates every
# |difference| < 1 to 0, so the caliper is ignored and the left neighbour always
# wins (on this dataset all 145 treated are "matched", 66 not to their nearest
# control). The pairs are therefore made by the plain greedy algorithm below
# (MatchIt's documented rule: treated in descending score order, nearest
# available control, caliper = 0.1 * sd(score)); MatchIt's own bal1var() then
# computes the balance table from the resulting weights.
greedy_match <- function(d, treat, caliper, replace) {
  tr <- which(treat == 1); tr <- tr[order(-d[tr], tr)]
  ctrl <- which(treat == 0)
  used <- rep(FALSE, length(d)); count <- rep(0, length(d)); sub <- rep(NA_integer_, length(d))
  pairs <- list(); s <- 0L
  for (i in tr) {
    cand <- ctrl[!used[ctrl]]
    if (length(cand) == 0) { pairs[[length(pairs) + 1]] <- list(treated = i, controls = integer(0)); next }
    gap <- abs(d[i] - d[cand])
    j <- cand[order(gap, cand)][1]
    if (abs(d[i] - d[j]) > caliper) { pairs[[length(pairs) + 1]] <- list(treated = i, controls = integer(0)); next }
    s <- s + 1L
    if (!replace) used[j] <- TRUE
    count[j] <- count[j] + 1; count[i] <- 1
    sub[i] <- s; if (is.na(sub[j])) sub[j] <- s
    pairs[[length(pairs) + 1]] <- list(treated = i, controls = j)
  }
  w <- count
  c0 <- treat == 0 & w > 0
  w[c0] <- w[c0] * sum(c0) / sum(w[c0])
  list(weights = w, subclass = sub, pairs = pairs)
}
match_out <- function(replace) {
  m <- greedy_match(pscore, ps$treat, 0.1 * sd(pscore), replace)
  keep <- m$weights > 0
  md <- ps[keep, ]; md$weights <- m$weights[keep]; md$subclass <- m$subclass[keep]
  eff <- lm(y ~ treat, data = md, weights = weights)
  V <- if (replace) vcovHC(eff, type = "HC1") else vcovCL(eff, cluster = ~subclass, type = "HC1")
  Gs <- length(unique(md$subclass))
  vars <- c("age", "female", "prior", "nonwestern")
  list(
    weights = m$weights,
    pairs = m$pairs,
    nMatchedTreated = sum(m$weights[ps$treat == 1] > 0),
    nMatchedControls = sum(m$weights[ps$treat == 0] > 0),
    balance = lapply(vars, function(v) {
      b0 <- MatchIt:::bal1var(ps[[v]], ps$treat, NULL, s.weights = rep(1, n), standardize = TRUE, compute.pair.dist = FALSE)
      b1 <- MatchIt:::bal1var(ps[[v]], ps$treat, m$weights, s.weights = rep(1, n), standardize = TRUE, compute.pair.dist = FALSE)
      list(name = v,
           meanTreatedBefore = unname(b0["Means Treated"]), meanControlBefore = unname(b0["Means Control"]),
           smdBefore = unname(b0["Std. Mean Diff."]),
           meanTreatedAfter = unname(b1["Means Treated"]), meanControlAfter = unname(b1["Means Control"]),
           smdAfter = unname(b1["Std. Mean Diff."]), varianceRatioAfter = unname(b1["Var. Ratio"]))
    }),
    effect = coef_table(coef(eff), V, if (replace) eff$df.residual else Gs - 1)[[2]]
  )
}
ipw <- function(est) {
  w <- if (est == "ATE") ifelse(ps$treat == 1, 1 / pscore, 1 / (1 - pscore)) else ifelse(ps$treat == 1, 1, pscore / (1 - pscore))
  f <- lm(y ~ treat, data = ps, weights = w)
  list(weights = unname(w), effect = coef_table(coef(f), vcovHC(f, type = "HC1"), f$df.residual)[[2]])
}
write_golden(list(
  logit = list(coefficients = coef_table(coef(gl), vcov(gl), Inf), deviance = deviance(gl)),
  score = unname(pscore),
  caliperSd = sd(pscore),
  matchNoReplacement = match_out(FALSE),
  matchReplacement = match_out(TRUE),
  ipwATT = ipw("ATT"),
  ipwATE = ipw("ATE")
), "psm.json")

# ---------------------------------------------------------------- Survival
set.seed(20240604)
n <- 600
sv <- data.frame(
  id = seq_len(n),
  municipality = sample(sprintf("m%02d", 1:25), n, replace = TRUE),
  treat = rbinom(n, 1, 0.45),
  age = round(rnorm(n, 40, 8), 3),
  female = rbinom(n, 1, 0.5)
)
haz <- 0.04 * exp(0.4 * sv$treat - 0.02 * (sv$age - 40) + 0.2 * sv$female)
latent <- ceiling(rexp(n, haz))          # whole weeks: many ties
cens <- sample(10:52, n, replace = TRUE)  # administrative censoring at ≤ 52 weeks
sv$time <- pmin(latent, cens)
sv$event <- as.integer(latent <= cens)
write_data(sv, "survival.csv")
km <- survfit(Surv(time, event) ~ treat, data = sv, conf.type = "log")
ks <- summary(km, censored = TRUE)
km_curves <- lapply(c("treat=0", "treat=1"), function(s) {
  i <- ks$strata == s
  list(group = sub("treat=", "", s), time = ks$time[i], nRisk = ks$n.risk[i], nEvent = ks$n.event[i],
       nCensor = ks$n.censor[i], survival = ks$surv[i], stdErr = ks$std.err[i],
       lower = ks$lower[i], upper = ks$upper[i])
})
medians <- unname(summary(km)$table[, "median"])
lr <- survdiff(Surv(time, event) ~ treat, data = sv)
ctl <- coxph.control(eps = 1e-12, iter.max = 100, toler.chol = 1e-15)
cox_out <- function(f) {
  s <- summary(f)
  list(coefficients = coef_table(coef(f), vcov(f), Inf), naiveSe = unname(sqrt(diag(f$naive.var %||% vcov(f)))),
       logLik = f$loglik[2], logLikNull = f$loglik[1], n = f$n, events = f$nevent)
}
`%||%` <- function(a, b) if (is.null(a)) b else a
cb <- coxph(Surv(time, event) ~ treat + age + female, data = sv, ties = "breslow", control = ctl)
ce2 <- coxph(Surv(time, event) ~ treat + age + female, data = sv, ties = "efron", control = ctl)
cbc <- coxph(Surv(time, event) ~ treat + age + female, data = sv, ties = "breslow", cluster = municipality, control = ctl)
cec <- coxph(Surv(time, event) ~ treat + age + female, data = sv, ties = "efron", cluster = municipality, control = ctl)
sp <- survSplit(Surv(time, event) ~ ., data = sv, cut = 8, episode = "ep")
sp$treat_early <- sp$treat * (sp$ep == 1)
sp$treat_late <- sp$treat * (sp$ep == 2)
csplit <- coxph(Surv(tstart, time, event) ~ treat_early + treat_late + age + female, data = sp,
                ties = "efron", cluster = municipality, control = ctl)
write_golden(list(
  km = km_curves, medians = medians,
  logRank = list(chiSquare = lr$chisq, observed = unname(lr$obs), expected = unname(lr$exp),
                 p = pchisq(lr$chisq, 1, lower.tail = FALSE)),
  coxBreslow = cox_out(cb), coxEfron = cox_out(ce2),
  coxBreslowCluster = cox_out(cbc), coxEfronCluster = cox_out(cec),
  coxSplit = cox_out(csplit), splitRows = nrow(sp)
), "survival.json")
cat("wrote", out, "\n")
