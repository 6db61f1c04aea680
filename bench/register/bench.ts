/**
 * Register benchmark: generate a synthetic national register, then compute the
 * full measure suite on it with DuckDB. Prints time and peak memory of each
 * step and the Parquet size beside the targets of issue 5 (1,000,000 persons ×
 * 6 years: generation < 10 min, measure suite < 60 s, peak memory < 8 GB).
 *
 *   npx tsx bench/register/bench.ts [--persons 1000000] [--out /tmp/jobcenter-bench-register] [--keep] [--reuse]
 *     [--postgres postgres://postgres@127.0.0.1/postgres]
 *
 * With --postgres, the register is then loaded into PostgreSQL (schema
 * jobcenter_bench, `register load-postgres`) and the same suite runs there;
 * the two engines' times are printed side by side and their rows compared.
 * PostgreSQL's memory is its own processes', so only its time is shown.
 *
 * Peak memory is the process's VmHWM (DuckDB runs in-process, so it counts);
 * it is reset before each step through /proc/self/clear_refs where allowed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegisterIntoPostgres } from '../../src/register/postgres.ts';
import { generateSyntheticRegister, parseEffect } from '../../src/register/synth.ts';
import type { MeasureParams } from '../../src/stats/measures/index.ts';
import { buildMonthlyReport } from '../../src/stats/reports.ts';
import {
  type MeasureSession,
  openPostgresSession,
  openRegisterSession,
} from '../../src/stats/session.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    out: { type: 'string', default: '/tmp/jobcenter-bench-register' },
    keep: { type: 'boolean', default: false },
    // Reuse a register already generated at --out by an earlier --keep run (same persons and seed).
    reuse: { type: 'boolean', default: false },
    'memory-limit': { type: 'string', default: '6GB' },
    postgres: { type: 'string' },
  },
});
const persons = Number(values.persons);
if (!Number.isInteger(persons) || persons < 1)
  throw new Error('--persons must be a positive integer');
const out = values.out!;

function vmHwmMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

interface Step {
  name: string;
  seconds: number;
  /** CPU-seconds of the process (DuckDB's threads included): comparable under load, unlike seconds. */
  cpu: number;
  peakMb: number;
  note?: string;
}
const steps: Step[] = [];
const peakResets = resetPeak();

async function step<T>(name: string, run: () => Promise<T>, note?: (r: T) => string): Promise<T> {
  resetPeak();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await run();
  const c = process.cpuUsage(c0);
  const s: Step = {
    name,
    seconds: (performance.now() - t0) / 1000,
    cpu: (c.user + c.system) / 1e6,
    peakMb: vmHwmMb(),
  };
  if (note) s.note = note(result);
  steps.push(s);
  process.stderr.write(
    `${name}: ${s.seconds.toFixed(1)} s, ${s.cpu.toFixed(1)} CPU-s, peak ${s.peakMb.toFixed(0)} MB${s.note ? `, ${s.note}` : ''}\n`,
  );
  return result;
}

const reuse = values.reuse && existsSync(join(out, 'manifest.json'));
const summary = reuse
  ? (() => {
      const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        rows: number;
        firstWeek: string;
        lastWeek: string;
      };
      process.stderr.write(`generate: reusing ${out} (${m.rows.toLocaleString('en')} rows)\n`);
      const weeks = (Date.parse(m.lastWeek) - Date.parse(m.firstWeek)) / (7 * 86_400_000) + 1;
      return { rows: m.rows, episodes: 0, weeks };
    })()
  : await step(
      'generate',
      () =>
        generateSyntheticRegister({
          persons,
          from: '2015-01',
          to: '2020-12',
          seed: 2017,
          out,
          effect: parseEffect('employment:north-jutland-9:2017-07-01:-0.01'),
          onProgress: (done, total) => {
            if (done % 100_000 === 0 || done === total)
              process.stderr.write(`  simulated ${done}/${total}\n`);
          },
        }),
      (s) => `${s.rows.toLocaleString('en')} rows, ${s.episodes.toLocaleString('en')} episodes`,
    );
const parquetBytes = dirSize(join(out, 'weeks'));

const { session, engine } = await openRegisterSession(out, { memoryLimit: values['memory-limit'] });
const suite: [string, MeasureParams][] = [
  ['fuldtidspersoner', { kind: 'month' }],
  ['forloeb', { kind: 'year' }],
  ['status-efter', { kind: 'quarter' }],
  ['status-efter-6m', { kind: 'quarter' }],
  ['status-efter-12m', { kind: 'quarter' }],
  ['delvise-raskmeldinger', { kind: 'month' }],
  ['samtalekadence', { kind: 'month', from: '2017-01-01', to: '2020-02-29' }],
  ['aktiveringsgrad', { kind: 'month' }],
  ['manglende-aktiv-indsats', { kind: 'month' }],
  ['flere-skal-med-40', { kind: 'month' }],
  ['loebende-sager', { kind: 'month' }],
  ['ordinaere-loentimer', { kind: 'month' }],
  ['tilgang-afgang', { kind: 'month' }],
  // Breakdowns by person attributes (persons.parquet).
  ['fuldtidspersoner', { kind: 'month', breakdown: 'age' }],
  ['forloeb', { kind: 'year', breakdown: 'education' }],
  ['status-efter', { kind: 'quarter', breakdown: 'sex' }],
  ['aktiveringsgrad', { kind: 'quarter', breakdown: 'origin' }],
  // The visitationskategori (months.category) and the spell's duration so far (months × spells).
  [
    'fuldtidspersoner',
    {
      kind: 'month',
      breakdown: 'category',
      benefits: ['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse'],
    },
  ],
  ['aktiveringsgrad', { kind: 'month', breakdown: 'duration' }],
  // One breakdown each for the measures whose breakdowns came last (#15).
  ['tilgang-afgang', { kind: 'month', breakdown: 'category' }],
  ['samtalekadence', { kind: 'month', from: '2017-01-01', to: '2020-02-29', breakdown: 'sex' }],
  ['manglende-aktiv-indsats', { kind: 'month', breakdown: 'category' }],
  ['loebende-sager', { kind: 'month', breakdown: 'sex' }],
  // Timeliness with the rules engine, and the municipality benchmark (OLS).
  ['rettidighed', { kind: 'month' }],
  ['benchmarking', { kind: 'year' }],
];
/** Runs the measure suite on a session; returns the seconds and a digest of the rows. */
async function runSuite(session: MeasureSession, prefix: string) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const digest: string[] = [];
  await step(`${prefix}spells (derived table)`, () => session.ensure('spells', { kind: 'month' }));
  await step(`${prefix}months (derived table)`, () => session.ensure('months', { kind: 'month' }));
  for (const [id, params] of suite) {
    const rows = await step(
      `${prefix}measure ${id}${params.breakdown ? ` by ${params.breakdown}` : ''}`,
      () => session.run(id, params),
      (rows) => `${rows.length} rows`,
    );
    digest.push(JSON.stringify(rows));
  }
  const report = await step(`${prefix}report monthly 851 2018`, () =>
    buildMonthlyReport(session, '851', 2018),
  );
  digest.push(JSON.stringify(report));
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, digest };
}

resetPeak();
const duckSuite = await runSuite(session, '');
const suiteSeconds = duckSuite.seconds;
const suitePeak = Math.max(...steps.slice(1).map((s) => s.peakMb));
await engine.close();

let pgSuite: { seconds: number; load: number; same: boolean } | undefined;
if (values.postgres) {
  const url = values.postgres;
  await step(
    'pg: load-postgres',
    () => loadRegisterIntoPostgres(out, url, { schema: 'jobcenter_bench' }),
    (l) => `${l.rows.toLocaleString('en')} rows, ${l.spells.toLocaleString('en')} spells`,
  );
  const loadSeconds = steps.at(-1)!.seconds;
  const pgSession = await openPostgresSession(url, 'jobcenter_bench');
  const r = await runSuite(pgSession.session, 'pg: ');
  await pgSession.engine.close();
  pgSuite = {
    seconds: r.seconds,
    load: loadSeconds,
    same: r.digest.every((d, i) => d === duckSuite.digest[i]),
  };
}

const gb = (mb: number) => (mb / 1024).toFixed(2);
const scale = persons / 1_000_000;
console.log(
  `\nRegister benchmark: ${persons.toLocaleString('en')} persons × ${summary.weeks} weeks (2015–2020), ${summary.rows.toLocaleString('en')} rows`,
);
console.log(
  `peak memory per step ${peakResets ? 'reset before each step' : 'is cumulative (clear_refs not allowed)'}`,
);
const pgSteps = new Map(
  steps.filter((s) => s.name.startsWith('pg: ')).map((s) => [s.name.slice(4), s]),
);
console.log(
  `step                                         time (s)    CPU (s)   peak RSS (MB)${pgSuite ? '   postgres (s)' : ''}`,
);
for (const s of steps) {
  if (s.name.startsWith('pg: ')) continue;
  const pgTime = pgSuite
    ? `   ${(pgSteps.get(s.name)?.seconds.toFixed(1) ?? '').padStart(12)}`
    : '';
  console.log(
    `${s.name.padEnd(44)} ${s.seconds.toFixed(1).padStart(8)} ${s.cpu.toFixed(1).padStart(10)}   ${s.peakMb.toFixed(0).padStart(13)}${pgTime}${s.note ? `   ${s.note}` : ''}`,
  );
}
console.log('');
console.log(`Parquet size (weeks/):   ${(parquetBytes / 2 ** 20).toFixed(1)} MB`);
console.log(
  reuse
    ? 'generation:              reused (measured by the run that generated it)'
    : `generation:              ${steps[0]!.seconds.toFixed(1)} s   target < 600 s${scale !== 1 ? ` (at 1M persons; this run is ×${scale})` : ''}`,
);
console.log(
  `measure suite:           ${suiteSeconds.toFixed(1)} s   target < 60 s (${duckSuite.cpu.toFixed(1)} CPU-s on ${availableParallelism()} CPUs; load average at the end ${loadavg()[0]!.toFixed(1)})`,
);
if (pgSuite) {
  console.log(
    `PostgreSQL:              load ${pgSuite.load.toFixed(1)} s, measure suite ${pgSuite.seconds.toFixed(1)} s; rows ${pgSuite.same ? 'identical to DuckDB' : 'DIFFER from DuckDB'}`,
  );
}
console.log(
  `peak memory:             ${gb(Math.max(steps[0]!.peakMb, suitePeak))} GB   target < 8 GB`,
);
if (!values.keep) rmSync(out, { recursive: true, force: true });
