/**
 * End-to-end benchmark (issue 16): process start to JSON out, on the same files,
 * side by side in one run:
 *
 * - OLS + CR1 by person on 1,000,000 rows (treated, post, treated×post and 10
 *   covariates; 200,000 persons): `jobcenter evaluate ols` on Parquet and on
 *   CSV, statsmodels (pandas CSV), R (data.table::fread + lm + sandwich);
 * - Cox (Efron, robust by 98 municipalities) on 100,000 spells, 5 covariates.
 *
 * Each command runs RUNS times (default 3) in turn; the median wall time is
 * printed with the largest relative difference of its estimates from
 * jobcenter's. Run under the bench lock and print the load:
 *
 *   flock /tmp/jobcenter-bench.lock node --import tsx bench/evaluation/end-to-end.ts; uptime
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { Sfc32, simulateDidPanel } from '../../src/evaluation/simulate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'jobcenter-e2e-'));
const RUNS = Number(process.env.RUNS ?? 3);

function writeCsv(file: string, names: string[], cols: ArrayLike<number>[], n: number): void {
  const chunks: string[] = [names.join(',')];
  for (let i = 0; i < n; i++) {
    let line = '';
    for (let j = 0; j < cols.length; j++) line += (j ? ',' : '') + cols[j]![i]!;
    chunks.push(line);
  }
  writeFileSync(file, `${chunks.join('\n')}\n`);
}

async function toParquet(csv: string, parquet: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(
    `COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`,
  );
  con.closeSync();
  db.closeSync();
}

// The compiled command line is what is measured: build it first (it is what `npm install` leaves).
execFileSync('node', [path.join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });

// --- data
const panel = simulateDidPanel({
  seed: 2024,
  persons: 200_000,
  spellsPerPerson: 5,
  covariates: 10,
  effect: 0.03,
});
const tp = panel.treated.map((t, i) => t * panel.post[i]!);
const olsNames = [
  'y',
  'treated',
  'post',
  'treated_post',
  ...panel.covariates.map((_, j) => `x${j + 1}`),
  'person',
];
writeCsv(
  path.join(dir, 'ols.csv'),
  olsNames,
  [
    panel.outcome,
    panel.treated,
    panel.post,
    tp,
    ...panel.covariates.map((c) => c.values),
    panel.person,
  ],
  panel.n,
);
const rng = new Sfc32(99);
const nCox = 100_000;
const cols = {
  time: new Float64Array(nCox),
  event: new Float64Array(nCox),
  municipality: new Float64Array(nCox),
};
const cX = Array.from({ length: 5 }, () => new Float64Array(nCox));
const beta = [0.3, -0.2, 0.1, 0.05, -0.1];
for (let i = 0; i < nCox; i++) {
  let eta = 0;
  for (let j = 0; j < 5; j++) {
    const x = j === 0 ? (rng.float() < 0.4 ? 1 : 0) : Math.round(rng.normal() * 1e6) / 1e6;
    cX[j]![i] = x;
    eta += beta[j]! * x;
  }
  const t = Math.ceil(-Math.log(1 - rng.float()) / (0.03 * Math.exp(eta)));
  const c = 10 + rng.int(43);
  cols.time[i] = Math.min(t, c);
  cols.event[i] = t <= c ? 1 : 0;
  cols.municipality[i] = rng.int(98);
}
writeCsv(
  path.join(dir, 'cox.csv'),
  ['time', 'event', 'municipality', 'x1', 'x2', 'x3', 'x4', 'x5'],
  [cols.time, cols.event, cols.municipality, ...cX],
  nCox,
);
await toParquet(path.join(dir, 'ols.csv'), path.join(dir, 'ols.parquet'));
await toParquet(path.join(dir, 'cox.csv'), path.join(dir, 'cox.parquet'));

// --- commands
const covs = panel.covariates.map((_, j) => `x${j + 1}`).join(',');
const jc = (file: string) => [
  'node',
  path.join(root, 'bin/jobcenter.js'),
  'evaluate',
  'ols',
  '--data',
  file,
  '--outcome',
  'y',
  '--covariates',
  `treated,post,treated_post,${covs}`,
  '--cluster',
  'person',
];
const jcCox = (file: string) => [
  'node',
  path.join(root, 'bin/jobcenter.js'),
  'evaluate',
  'cox',
  '--data',
  file,
  '--time',
  'time',
  '--event',
  'event',
  '--covariates',
  'x1,x2,x3,x4,x5',
  '--cluster',
  'municipality',
];
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const python = has('/usr/bin/python3', ['-c', 'import statsmodels, pandas'])
  ? '/usr/bin/python3'
  : null;
const rscript = has('Rscript', ['-e', 'library(data.table); library(sandwich); library(survival)'])
  ? 'Rscript'
  : null;

interface Row {
  label: string;
  cmd: string[];
}
const suites: { title: string; rows: Row[] }[] = [
  {
    title: `OLS + CR1 by person, ${panel.n.toLocaleString('en')} rows, 13 regressors, 200,000 clusters`,
    rows: [
      { label: 'jobcenter (Parquet)', cmd: jc(path.join(dir, 'ols.parquet')) },
      { label: 'jobcenter (CSV)', cmd: jc(path.join(dir, 'ols.csv')) },
      ...(python
        ? [
            {
              label: 'statsmodels 0.13 (pandas CSV)',
              cmd: [
                python,
                path.join(here, 'e2e_statsmodels.py'),
                'ols',
                path.join(dir, 'ols.csv'),
              ],
            },
          ]
        : []),
      ...(rscript
        ? [
            {
              label: 'R lm + sandwich (fread CSV)',
              cmd: [rscript, path.join(here, 'e2e.R'), 'ols', path.join(dir, 'ols.csv')],
            },
          ]
        : []),
    ],
  },
  {
    title: `Cox (Efron, robust by 98 municipalities), ${nCox.toLocaleString('en')} spells, 5 covariates`,
    rows: [
      { label: 'jobcenter (Parquet)', cmd: jcCox(path.join(dir, 'cox.parquet')) },
      { label: 'jobcenter (CSV)', cmd: jcCox(path.join(dir, 'cox.csv')) },
      ...(python
        ? [
            {
              label: 'statsmodels PHReg (pandas CSV)',
              cmd: [
                python,
                path.join(here, 'e2e_statsmodels.py'),
                'cox',
                path.join(dir, 'cox.csv'),
              ],
            },
          ]
        : []),
      ...(rscript
        ? [
            {
              label: 'R coxph (fread CSV)',
              cmd: [rscript, path.join(here, 'e2e.R'), 'cox', path.join(dir, 'cox.csv')],
            },
          ]
        : []),
    ],
  },
];

function estimates(label: string, stdout: string): { params: number[]; bse: number[] } {
  const j = JSON.parse(stdout);
  if (!label.startsWith('jobcenter')) return j;
  return {
    params: j.coefficients.map((c: { estimate: number }) => c.estimate),
    bse: j.coefficients.map((c: { se: number }) => c.se),
  };
}

console.log(
  `end to end, process start to JSON out; median of ${RUNS} runs; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `compiled CLI: ${execFileSync('node', ['-e', `import('${path.join(root, 'bin/fresh-build.js')}').then(m => console.log(m.buildIsFresh('${root}')))`], { encoding: 'utf8' }).trim() === 'true' ? 'yes (dist/cli up to date)' : 'NO: running the sources through tsx (npm run build:cli)'}`,
);
for (const suite of suites) {
  console.log(`\n${suite.title}`);
  const times = suite.rows.map(() => [] as number[]);
  const outs: string[] = [];
  for (let r = 0; r < RUNS; r++) {
    suite.rows.forEach((row, i) => {
      const t0 = performance.now();
      const p = spawnSync(row.cmd[0]!, row.cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
      const ms = performance.now() - t0;
      if (p.status !== 0) throw new Error(`${row.label} failed: ${p.stderr}`);
      times[i]!.push(ms);
      outs[i] = p.stdout;
    });
  }
  const ref = estimates(suite.rows[0]!.label, outs[0]!);
  suite.rows.forEach((row, i) => {
    const med = [...times[i]!].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    const e = estimates(row.label, outs[i]!);
    const rel = (a: number[], b: number[]) =>
      Math.max(...a.map((v, j) => Math.abs(v - b[j]!) / Math.max(Math.abs(b[j]!), 1e-12)));
    console.log(
      `  ${row.label.padEnd(34)} ${(med / 1000).toFixed(2).padStart(6)} s   max rel. diff vs jobcenter: estimates ${rel(e.params, ref.params).toExponential(1)}, SEs ${rel(e.bse, ref.bse).toExponential(1)}`,
    );
  });
}
console.log(
  `\nload after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
rmSync(dir, { recursive: true, force: true });
