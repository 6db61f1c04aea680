"""Reference results from statsmodels for src/evaluation (cross-check of the R ones).

Reads the CSV datasets written by scripts/reference/evaluation.R and writes
test/evaluation/golden/statsmodels.json. Run from the repo root with Debian's
python3-statsmodels:  /usr/bin/python3 scripts/reference/evaluation_statsmodels.py
"""
import json

import numpy as np
import pandas as pd
import statsmodels.api as sm

G = "test/evaluation/golden"


def table(res, names, df=None):
    ci = res.conf_int(alpha=0.05)
    ci = np.asarray(ci)
    return [
        {
            "name": n,
            "estimate": float(res.params[i]),
            "se": float(res.bse[i]),
            "p": float(res.pvalues[i]),
            "ci": [float(ci[i][0]), float(ci[i][1])],
        }
        for i, n in enumerate(names)
    ]


ols = pd.read_csv(f"{G}/ols.csv")
X = sm.add_constant(ols[["x1", "x2", "x3"]].to_numpy(dtype=float))
names = ["(Intercept)", "x1", "x2", "x3"]
y = ols["y"].to_numpy(dtype=float)
groups = pd.factorize(ols["id"])[0]
out = {
    "ols": {
        "classical": table(sm.OLS(y, X).fit(), names),
        "hc1": table(sm.OLS(y, X).fit(cov_type="HC1", use_t=True), names),
        "cluster": table(
            sm.OLS(y, X).fit(
                cov_type="cluster",
                cov_kwds={"groups": groups, "use_correction": True, "df_correction": True},
                use_t=True,
            ),
            names,
        ),
    }
}
did = pd.read_csv(f"{G}/did.csv")
did["treated:post"] = did["treated"] * did["post"]
dnames = ["treated", "post", "treated:post", "age", "female", "history"]
Xd = sm.add_constant(did[dnames].to_numpy(dtype=float))
res = sm.OLS(did["employed"].to_numpy(dtype=float), Xd).fit(
    cov_type="cluster",
    cov_kwds={"groups": pd.factorize(did["person"])[0], "use_correction": True, "df_correction": True},
    use_t=True,
)
out["did"] = table(res, ["(Intercept)"] + dnames)
ps = pd.read_csv(f"{G}/psm.csv")
pnames = ["age", "female", "prior", "nonwestern"]
lg = sm.Logit(ps["treat"].to_numpy(dtype=float), sm.add_constant(ps[pnames].to_numpy(dtype=float))).fit(
    disp=0, tol=1e-14, maxiter=100
)
out["logit"] = table(lg, ["(Intercept)"] + pnames)
with open(f"{G}/statsmodels.json", "w") as f:
    json.dump(out, f, indent=2)
print("wrote", f"{G}/statsmodels.json")
