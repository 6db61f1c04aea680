/**
 * Benchmark of the simulator (docs/simulation.md § Benchmark):
 *
 *   node --import tsx bench/simulate/bench.ts REGISTER_DIR [BASE_YEAR] [LAW_A] [LAW_B]
 *
 * Reads the register's caseload for the base year (spells overlapping it),
 * then times, on one thread:
 *  - the baseline: one plain engine evaluation of every case under each rule
 *    set (as of the end of the year after, as the replay solves it);
 *  - the replay: the minimum schedule of every case under both rule sets.
 * Prints persons (register persons) and cases per second, wall and CPU time,
 * the engine evaluations used, the events counted, and the load average.
 * Target: both rule sets of 1,000,000 persons in under 3 minutes.
 */
import { cpus, loadavg } from 'node:os';
import { evaluate } from '../../src/rules/engine.ts';
import { loadRegisterCaseload } from '../../src/simulate/caseload/register.ts';
import { Replay } from '../../src/simulate/replay.ts';
import { buildRuleSet, prepareForRuleSet } from '../../src/simulate/rule-set.ts';

const [dir, baseYearArg = '2019', lawA = '2019-06-01', lawB = '2020-06-01'] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: bench/simulate/bench.ts REGISTER_DIR [BASE_YEAR] [LAW_A] [LAW_B]\n');
  process.exit(2);
}
const baseYear = Number(baseYearArg);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const fmt = (n: number) => Math.round(n).toLocaleString('en');

console.log(
  `bench/simulate: ${dir}, base year ${baseYear}, rule sets A = law of ${lawA}, B = law of ${lawB}`,
);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}; load before: ${load()}`,
);

const t = performance.now();
const caseload = await loadRegisterCaseload(dir, baseYear);
const readSec = (performance.now() - t) / 1000;
console.log(
  `caseload: ${fmt(caseload.persons)} persons, ${fmt(caseload.cases.length)} cases with a spell in ${baseYear}; read in ${readSec.toFixed(1)} s`,
);

const ruleSets = [buildRuleSet({ lawAt: lawA }), buildRuleSet({ lawAt: lawB })];

function timed<T>(label: string, run: () => T): { result: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const result = run();
  const wall = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `${label.padEnd(34)} wall ${wall.toFixed(1).padStart(6)} s  cpu ${cpu.toFixed(1).padStart(6)} s  ${fmt(caseload.persons / wall).padStart(9)} persons/s  ${fmt(caseload.cases.length / wall).padStart(8)} cases/s`,
  );
  return { result, wall, cpu };
}

// Baseline: one plain evaluation per case and rule set.
const base = timed('baseline: plain engine, A + B', () => {
  let obligations = 0;
  for (const rs of ruleSets) {
    const asOf = `${rs.year + 1}-12-31`;
    for (const c of caseload.cases) {
      const f = prepareForRuleSet(c, rs.year - baseYear, rs);
      obligations += evaluate(f, asOf, { catalog: rs.catalog, trace: false }).obligations.length;
    }
  }
  return obligations;
});

const replay = timed('replay: minimum schedules, A + B', () => {
  const r = new Replay({ baseYear, ruleSets });
  for (const c of caseload.cases) r.add(c, caseload.weight);
  return r.result();
});

const res = replay.result;
const events = res.ruleSets.map((_, i) => res.cells.reduce((s, c) => s + (c.events[i] ?? 0), 0));
console.log(`baseline obligations: ${fmt(base.result)}`);
for (let i = 0; i < res.ruleSets.length; i++) {
  const tt = res.totals[i]!;
  console.log(
    `rule set ${String.fromCharCode(65 + i)}: ${fmt(tt.solved)} distinct cases solved, ${fmt(tt.evaluations)} engine evaluations, ${fmt(events[i]! / caseload.weight)} events in ${baseYear} (weighted ${fmt(events[i]!)})`,
  );
}
const total = readSec + replay.wall;
console.log(
  `replay ÷ baseline wall time: ${(replay.wall / base.wall).toFixed(1)}×; read + replay ${total.toFixed(1)} s (target < 180 s: ${total < 180 ? 'met' : 'not met'})`,
);
console.log(`load after: ${load()}`);
