/**
 * Rules engine benchmark: evaluates 100,000 synthetic cases of about 30 events
 * and prints cases per second per core (the engine runs on one thread), beside
 * a naive baseline (bench/rules/naive.ts).
 *
 * Two modes are measured, three rounds each (best round counts):
 * - `full`: `evaluate(case, asOf)` — obligations, findings and the trace (what
 *   `rules explain` and the citizen page show);
 * - `no-trace`: `evaluate(case, asOf, { trace: false })` — obligations and
 *   findings only (what the worklist uses).
 * The target (50,000 cases/s/core) is judged on the no-trace mode; the full
 * figure is printed beside it.
 *
 * Checksums: `obligations` is the total number of obligations (712,592 for the
 * default 100,000 × 30 cases), `findings` the total number of findings, and
 * `digest` an FNV-1a hash of every case's obligations and findings as JSON,
 * computed outside the timed rounds. Both modes must give the same digest: the
 * trace switch changes only the trace.
 *
 * Wall-clock rates are the headline; the rate per CPU-second of the process is
 * printed too, since a busy machine (see the load average) slows wall time.
 *
 *   node --import tsx bench/rules/bench.ts [cases] [events-per-case]
 */
import { cpus, loadavg } from 'node:os';
import { type EvaluateOptions, evaluate } from '../../src/rules/engine.ts';
import { STATUTES } from '../../src/rules/statutes/index.ts';
import { naiveEvaluate } from './naive.ts';
import { type BenchCase, syntheticCases } from './synthetic.ts';

const N = Number(process.argv[2] ?? 100_000);
const EVENTS = Number(process.argv[3] ?? 30);
const TARGET = 50_000;
const ROUNDS = 3;

const MODES: { name: string; options: EvaluateOptions }[] = [
  { name: 'full', options: {} },
  { name: 'no-trace', options: { trace: false } },
];

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}

interface Round {
  wall: number;
  cpu: number;
}

/** Runs `run` once, timed by the wall clock and by the process's CPU time. */
function time(label: string, n: number, run: () => string): Round {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const checksum = run();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  const r = { wall: n / seconds, cpu: n / cpuSeconds };
  console.log(
    `${label.padEnd(14)} ${n.toLocaleString('en')} cases in ${seconds.toFixed(2)} s → ${fmt(r.wall)} cases/s/core (${fmt(r.cpu)} per CPU-second; ${checksum})`,
  );
  return r;
}

/** FNV-1a (32 bit) over a string's UTF-16 code units, continuing from `h`. */
function fnv(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** Digest of every case's obligations and findings (not the trace). */
function digest(cases: readonly BenchCase[], options: EvaluateOptions): string {
  let h = 0x811c9dc5;
  for (const c of cases) {
    const r = evaluate(c.file, c.asOf, options);
    h = fnv(h, JSON.stringify(r.obligations));
    h = fnv(h, JSON.stringify(r.findings));
  }
  return h.toString(16).padStart(8, '0');
}

const cases = syntheticCases(N, EVENTS);
const naiveN = Math.min(N, 10_000);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, single thread`);
console.log(
  `${N.toLocaleString('en')} synthetic cases × ${EVENTS} events, ${STATUTES.length} statutory rules; load average ${load()} (${cpus().length} CPUs)`,
);

// Warm up every path so the JIT has compiled them before timing.
for (const mode of MODES)
  for (let i = 0; i < 5_000; i++) evaluate(cases[i % N]!.file, cases[i % N]!.asOf, mode.options);
for (let i = 0; i < 500; i++) naiveEvaluate(cases[i % N]!.file, cases[i % N]!.asOf, STATUTES);

const best = new Map<string, Round>();
for (let round = 1; round <= ROUNDS; round++) {
  for (const mode of MODES) {
    const r = time(`${mode.name} #${round}`, N, () => {
      let obligations = 0;
      let findings = 0;
      for (const c of cases) {
        const res = evaluate(c.file, c.asOf, mode.options);
        obligations += res.obligations.length;
        findings += res.findings.length;
      }
      return `obligations ${obligations}, findings ${findings}`;
    });
    const b = best.get(mode.name);
    best.set(mode.name, {
      wall: Math.max(b?.wall ?? 0, r.wall),
      cpu: Math.max(b?.cpu ?? 0, r.cpu),
    });
  }
}
const naive = time('naive', naiveN, () => {
  let produced = 0;
  for (let i = 0; i < naiveN; i++)
    produced += naiveEvaluate(cases[i]!.file, cases[i]!.asOf, STATUTES);
  return `items ${produced}`;
});

const digests = MODES.map((m) => digest(cases, m.options));
console.log(
  `digest of obligations + findings: ${MODES.map((m, i) => `${m.name} ${digests[i]}`).join(', ')} — ${digests.every((d) => d === digests[0]) ? 'identical' : 'DIFFERENT'}`,
);
for (const mode of MODES) {
  const b = best.get(mode.name)!;
  console.log(
    `${mode.name.padEnd(8)} best ${fmt(b.wall)} cases/s/core (${fmt(b.cpu)} per CPU-second) vs naive ${fmt(naive.wall)} (×${(b.wall / naive.wall).toFixed(1)})`,
  );
}
const measured = best.get('no-trace')!.wall;
console.log(
  `target ${fmt(TARGET)} cases/s/core, judged on no-trace: ${measured >= TARGET ? 'met' : 'NOT met'} (${fmt(measured)}); load average now ${load()}`,
);
