/**
 * Slow check of the DiD's size: with no planted effect, over many seeds, the
 * person-clustered 95 % interval should exclude 0 in about 5 % of runs, and
 * with a planted effect it should cover the truth in about 95 %.
 *
 *   npx tsx scripts/reference/did-false-positive-rate.ts [runs]
 *
 * Exits non-zero when the rejection rate is outside a binomial 99.9 % band
 * around 5 % or the coverage is outside the same band around 95 %.
 */
import { differenceInDifferences } from '../../src/evaluation/did.ts';
import { simulateDidPanel } from '../../src/evaluation/simulate.ts';

const runs = Number(process.argv[2] ?? 400);
let rejections = 0;
let covered = 0;
const planted = 0.04;
for (let seed = 1; seed <= runs; seed++) {
  const base = { persons: 600, spellsPerPerson: 3, covariates: 2, personSd: 0.3 };
  const nul = simulateDidPanel({ seed, effect: 0, ...base });
  const r0 = differenceInDifferences({
    outcome: nul.outcome,
    treated: nul.treated,
    post: nul.post,
    covariates: nul.covariates,
    cluster: nul.person,
  });
  if (r0.effect.p < 0.05) rejections++;
  const alt = simulateDidPanel({ seed: 100_000 + seed, effect: planted, ...base });
  const r1 = differenceInDifferences({
    outcome: alt.outcome,
    treated: alt.treated,
    post: alt.post,
    covariates: alt.covariates,
    cluster: alt.person,
  });
  if (r1.effect.ci[0] <= planted && planted <= r1.effect.ci[1]) covered++;
}
const band = 3.29 * Math.sqrt((0.05 * 0.95) / runs);
const rate = rejections / runs;
const coverage = covered / runs;
console.log(`runs: ${runs}`);
console.log(
  `false-positive rate (no effect, p < 0.05): ${(100 * rate).toFixed(1)} % (expected 5 %, band ±${(100 * band).toFixed(1)})`,
);
console.log(
  `coverage of planted effect ${planted}: ${(100 * coverage).toFixed(1)} % (expected 95 %)`,
);
const ok = Math.abs(rate - 0.05) <= band && Math.abs(coverage - 0.95) <= band;
console.log(ok ? 'OK' : 'OUTSIDE the 99.9 % band');
process.exit(ok ? 0 : 1);
