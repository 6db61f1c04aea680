"""Reference results from statsmodels for src/evaluation/benchmark.ts.

Writes a municipality-benchmark dataset (98 units; an outcome in per cent and
eight composition shares in per cent, drawn with a fixed seed from a known
linear model plus noise) to test/evaluation/golden/benchmark.csv, fits
outcome ~ shares by OLS with statsmodels and writes the coefficients, fitted
values, residuals and the ranking (ascending residual: lower outcome is
better) to test/evaluation/golden/benchmark.json; then the same fit weighted by
a population column (`residents`, drawn after the rest so the unweighted data
are unchanged) by WLS, to test/evaluation/golden/benchmark-wls.json. Run from the repo root with
Debian's python3-statsmodels:  /usr/bin/python3 scripts/reference/benchmark_statsmodels.py
(then `npx biome format --write test/evaluation/golden/benchmark*.json`)
"""
import json

import numpy as np
import pandas as pd
import statsmodels.api as sm

G = "test/evaluation/golden"
NAMES = [
    "age_16_29",
    "age_50_59",
    "age_60_plus",
    "women",
    "western",
    "non_western",
    "basic_school",
    "higher_education",
]

rng = np.random.default_rng(20261204)
n = 98
data = pd.DataFrame(
    {
        "id": [f"m{i:03d}" for i in range(n)],
        "age_16_29": rng.uniform(15, 35, n),
        "age_50_59": rng.uniform(15, 25, n),
        "age_60_plus": rng.uniform(8, 18, n),
        "women": rng.uniform(47, 52, n),
        "western": rng.uniform(2, 8, n),
        "non_western": rng.uniform(2, 20, n),
        "basic_school": rng.uniform(15, 35, n),
        "higher_education": rng.uniform(15, 45, n),
    }
)
beta = np.array([5.0, 0.10, 0.25, 0.40, 0.05, 0.10, 0.30, 0.20, -0.15])
X = sm.add_constant(data[NAMES].to_numpy(dtype=float))
data["outcome"] = X @ beta + rng.normal(0, 1.2, n)
# Residents (16-66) per municipality: log-uniform from 2,000 to 500,000, as Danish
# municipalities range from Læsø to København.
data["residents"] = np.round(np.exp(rng.uniform(np.log(2000), np.log(500000), n))).astype(int)
data = data.round(6)
data.to_csv(f"{G}/benchmark.csv", index=False)

X = sm.add_constant(data[NAMES].to_numpy(dtype=float))
y = data["outcome"].to_numpy(dtype=float)


def result(fit):
    order = np.lexsort((data["id"].to_numpy(), fit.resid))
    rank = np.empty(n, dtype=int)
    rank[order] = np.arange(1, n + 1)
    return {
        "n": int(fit.nobs),
        "rSquared": float(fit.rsquared),
        "sigma": float(np.sqrt(fit.scale)),
        "coefficients": [
            {"name": name, "estimate": float(fit.params[i]), "se": float(fit.bse[i]), "p": float(fit.pvalues[i])}
            for i, name in enumerate(["(Intercept)"] + NAMES)
        ],
        "rows": [
            {
                "id": data["id"][i],
                "expected": float(fit.fittedvalues[i]),
                "residual": float(fit.resid[i]),
                "rank": int(rank[i]),
            }
            for i in range(n)
        ],
    }


with open(f"{G}/benchmark.json", "w") as f:
    json.dump(result(sm.OLS(y, X).fit()), f, indent=2)
with open(f"{G}/benchmark-wls.json", "w") as f:
    json.dump(result(sm.WLS(y, X, weights=data["residents"].to_numpy(dtype=float)).fit()), f, indent=2)
print("wrote", f"{G}/benchmark.csv", f"{G}/benchmark.json", f"{G}/benchmark-wls.json")
