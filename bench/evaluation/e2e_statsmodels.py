"""statsmodels side of bench/evaluation/end-to-end.ts, timed from process start.

  /usr/bin/python3 e2e_statsmodels.py ols FILE.csv     OLS, CR1 by person (use_correction, df_correction)
  /usr/bin/python3 e2e_statsmodels.py cox FILE.csv     PHReg Efron, robust by municipality

Reads the CSV with pandas (Debian has no Parquet reader for Python: python3-pyarrow
is not packaged), fits, prints JSON with the estimates and SEs.
"""
import json
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.duration.hazard_regression import PHReg

kind, path = sys.argv[1], sys.argv[2]
df = pd.read_csv(path)
covs = [c for c in df.columns if c.startswith("x")]
if kind == "ols":
    X = sm.add_constant(df[["treated", "post", "treated_post", *covs]].to_numpy())
    res = sm.OLS(df["y"].to_numpy(), X).fit(
        cov_type="cluster",
        cov_kwds={"groups": df["person"].to_numpy(), "use_correction": True, "df_correction": True},
        use_t=True,
    )
else:
    res = PHReg(df["time"].to_numpy(), df[covs].to_numpy(), status=df["event"].to_numpy(), ties="efron").fit(
        groups=df["municipality"].to_numpy()
    )
print(json.dumps({"params": np.asarray(res.params).tolist(), "bse": np.asarray(res.bse).tolist()}))
