/**
 * Evaluation benchmark: DiD with 1,000,000 rows, 10 covariates and 200,000
 * person clusters, and a Cox model (Efron ties, cluster-robust) on 100,000
 * spells. When Python with statsmodels is available, the same models are fitted
 * by bench/evaluation/statsmodels_bench.py on the same data in the same run,
 * and both times and the largest differences in estimates and SEs are printed.
 *
 *   npx tsx bench/evaluation/bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { differenceInDifferences } from '../../src/evaluation/did.ts';
import { Sfc32, simulateDidPanel } from '../../src/evaluation/simulate.ts';
import { cox } from '../../src/evaluation/survival.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'jobcenter-bench-eval-'));

function time<T>(label: string, f: () => T, repeats = 3): { result: T; ms: number } {
  let best = Infinity;
  let result: T | undefined;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    result = f();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label}: best of ${repeats} ${best.toFixed(0)} ms`);
  return { result: result as T, ms: best };
}

// --- DiD data
const panel = simulateDidPanel({
  seed: 2024,
  persons: 200_000,
  spellsPerPerson: 5,
  covariates: 10,
  effect: 0.03,
});
const didCols = [
  panel.outcome,
  panel.treated,
  panel.post,
  ...panel.covariates.map((c) => c.values),
  Float64Array.from(panel.person),
];
const didMatrix = new Float64Array(panel.n * didCols.length);
for (let i = 0; i < panel.n; i++)
  for (let j = 0; j < didCols.length; j++) didMatrix[i * didCols.length + j] = didCols[j]![i]!;
writeFileSync(path.join(dir, 'did.f64'), didMatrix);

// --- Cox data: 100,000 spells in whole weeks (ties), administrative censoring at 52 weeks.
const rng = new Sfc32(99);
const nCox = 100_000;
const kCox = 5;
const cTime = new Float64Array(nCox);
const cEvent = new Float64Array(nCox);
const cMuni = new Float64Array(nCox);
const cX = Array.from({ length: kCox }, () => new Float64Array(nCox));
const beta = [0.3, -0.2, 0.1, 0.05, -0.1];
for (let i = 0; i < nCox; i++) {
  let eta = 0;
  for (let j = 0; j < kCox; j++) {
    const x = j === 0 ? (rng.float() < 0.4 ? 1 : 0) : rng.normal();
    cX[j]![i] = x;
    eta += beta[j]! * x;
  }
  const t = Math.ceil(-Math.log(1 - rng.float()) / (0.03 * Math.exp(eta)));
  const c = 10 + rng.int(43);
  cTime[i] = Math.min(t, c);
  cEvent[i] = t <= c ? 1 : 0;
  cMuni[i] = rng.int(98);
}
const coxCols = [cTime, cEvent, cMuni, ...cX];
const coxMatrix = new Float64Array(nCox * coxCols.length);
for (let i = 0; i < nCox; i++)
  for (let j = 0; j < coxCols.length; j++) coxMatrix[i * coxCols.length + j] = coxCols[j]![i]!;
writeFileSync(path.join(dir, 'cox.f64'), coxMatrix);

console.log(
  `DiD: ${panel.n.toLocaleString('en')} rows, ${panel.covariates.length} covariates, 200,000 person clusters`,
);
const did = time('TypeScript DiD (CR1 by person)', () =>
  differenceInDifferences({
    outcome: panel.outcome,
    treated: panel.treated,
    post: panel.post,
    covariates: panel.covariates,
    cluster: { codes: panel.person, nGroups: 200_000 },
  }),
);
const coxNames = cX.map((_, j) => `x${j + 1}`);
console.log(
  `Cox: ${nCox.toLocaleString('en')} spells, ${kCox} covariates, Efron ties, robust by 98 municipalities`,
);
const coxFit = time('TypeScript Cox (Efron, clustered)', () =>
  cox({
    time: cTime,
    event: cEvent,
    covariates: cX.map((values, j) => ({ name: coxNames[j]!, values })),
    ties: 'efron',
    cluster: Int32Array.from(cMuni),
  }),
);

function findPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import statsmodels'], { stdio: 'ignore' });
      return py;
    } catch {}
  }
  return null;
}
const py = findPython();
if (!py) {
  console.log(
    'statsmodels not available (python3 -c "import statsmodels" fails): no comparison run',
  );
} else {
  const out = execFileSync(
    py,
    [
      path.join(here, 'statsmodels_bench.py'),
      dir,
      String(panel.n),
      String(didCols.length),
      String(nCox),
      String(coxCols.length),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const sm = JSON.parse(out) as {
    did: { ms: number; params: number[]; bse: number[] };
    cox: { ms: number; params: number[]; bse: number[] };
  };
  const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let m = 0;
    for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
    return m;
  };
  const didTs = did.result.model.coefficients;
  const coxTs = coxFit.result.coefficients;
  console.log('');
  console.log('model  TypeScript  statsmodels  speed-up  max |Δ estimate|  max |Δ se|');
  console.log(
    `DiD    ${did.ms.toFixed(0).padStart(7)} ms  ${sm.did.ms.toFixed(0).padStart(8)} ms  ${(sm.did.ms / did.ms).toFixed(1).padStart(7)}×  ${maxDiff(
      didTs.map((c) => c.estimate),
      sm.did.params,
    )
      .toExponential(2)
      .padStart(16)}  ${maxDiff(
      didTs.map((c) => c.se),
      sm.did.bse,
    )
      .toExponential(2)
      .padStart(10)}`,
  );
  console.log(
    `Cox    ${coxFit.ms.toFixed(0).padStart(7)} ms  ${sm.cox.ms.toFixed(0).padStart(8)} ms  ${(sm.cox.ms / coxFit.ms).toFixed(1).padStart(7)}×  ${maxDiff(
      coxTs.map((c) => c.estimate),
      sm.cox.params,
    )
      .toExponential(2)
      .padStart(16)}  ${maxDiff(
      coxTs.map((c) => c.se),
      sm.cox.bse,
    )
      .toExponential(2)
      .padStart(10)}`,
  );
  console.log(
    '(statsmodels times: fit only, data already in NumPy; best of 3. Cox SEs: statsmodels PHReg robust (groups) vs ours.)',
  );
}
rmSync(dir, { recursive: true, force: true });
