/**
 * Rules engine benchmark: evaluates 100,000 synthetic cases of about 30 events
 * and prints cases per second per core (the engine runs on one thread), beside
 * a naive baseline (bench/rules/naive.ts).
 *
 *   node --import tsx bench/rules/bench.ts [cases] [events-per-case]
 */
import { cpus } from 'node:os';
import { evaluate } from '../../src/rules/engine.ts';
import { STATUTES } from '../../src/rules/statutes/index.ts';
import { naiveEvaluate } from './naive.ts';
import { syntheticCases } from './synthetic.ts';

const N = Number(process.argv[2] ?? 100_000);
const EVENTS = Number(process.argv[3] ?? 30);
const TARGET = 50_000;

function time(label: string, n: number, run: () => number): number {
  const t0 = performance.now();
  const checksum = run();
  const seconds = (performance.now() - t0) / 1000;
  const rate = n / seconds;
  console.log(
    `${label.padEnd(10)} ${n.toLocaleString('en')} cases in ${seconds.toFixed(2)} s → ${Math.round(rate).toLocaleString('en')} cases/s/core (checksum ${checksum})`,
  );
  return rate;
}

const cases = syntheticCases(N, EVENTS);
const naiveN = Math.min(N, 10_000);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, single thread`);
console.log(
  `${N.toLocaleString('en')} synthetic cases × ${EVENTS} events, ${STATUTES.length} statutory rules`,
);

// Warm up both paths so the JIT has compiled them before timing.
for (let i = 0; i < 5_000; i++) evaluate(cases[i % N]!.file, cases[i % N]!.asOf);
for (let i = 0; i < 500; i++) naiveEvaluate(cases[i % N]!.file, cases[i % N]!.asOf, STATUTES);

let best = 0;
for (let round = 1; round <= 3; round++) {
  const rate = time(`engine #${round}`, N, () => {
    let obligations = 0;
    for (const c of cases) obligations += evaluate(c.file, c.asOf).obligations.length;
    return obligations;
  });
  best = Math.max(best, rate);
}
const naive = time('naive', naiveN, () => {
  let produced = 0;
  for (let i = 0; i < naiveN; i++)
    produced += naiveEvaluate(cases[i]!.file, cases[i]!.asOf, STATUTES);
  return produced;
});
console.log(
  `engine best ${Math.round(best).toLocaleString('en')} cases/s/core vs naive ${Math.round(naive).toLocaleString('en')} (×${(best / naive).toFixed(1)}); target ${TARGET.toLocaleString('en')}: ${best >= TARGET ? 'met' : 'NOT met'}`,
);
