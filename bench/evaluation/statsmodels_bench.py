"""statsmodels side of bench/evaluation/bench.ts: same data, same models, timed fits.

Arguments: DIR N_DID COLS_DID N_COX COLS_COX. Reads DIR/did.f64 and DIR/cox.f64
(row-major float64) and prints JSON with best-of-3 fit times and estimates.
"""
import json
import sys
import time

import numpy as np
import statsmodels.api as sm
from statsmodels.duration.hazard_regression import PHReg

d, n_did, c_did, n_cox, c_cox = sys.argv[1], *map(int, sys.argv[2:])
did = np.fromfile(f"{d}/did.f64").reshape(n_did, c_did)
y, tr, post = did[:, 0], did[:, 1], did[:, 2]
covs = did[:, 3:-1]
groups = did[:, -1].astype(np.int64)
X = np.column_stack([np.ones(n_did), tr, post, tr * post, covs])


def best(f):
    t = []
    for _ in range(3):
        t0 = time.perf_counter()
        r = f()
        t.append((time.perf_counter() - t0) * 1000)
    return r, min(t)


res, ms = best(
    lambda: sm.OLS(y, X).fit(
        cov_type="cluster", cov_kwds={"groups": groups, "use_correction": True, "df_correction": True}, use_t=True
    )
)
out = {"did": {"ms": ms, "params": res.params.tolist(), "bse": res.bse.tolist()}}
cox = np.fromfile(f"{d}/cox.f64").reshape(n_cox, c_cox)
t, e, muni, Xc = cox[:, 0], cox[:, 1], cox[:, 2].astype(np.int64), cox[:, 3:]
res, ms = best(lambda: PHReg(t, Xc, status=e, ties="efron").fit(groups=muni))
out["cox"] = {"ms": ms, "params": res.params.tolist(), "bse": res.bse.tolist()}
print(json.dumps(out))
