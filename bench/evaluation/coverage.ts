/**
 * Coverage simulation (issue 16): with a known null effect and few treated
 * municipalities, how often does each method's 95 % interval cover zero
 * (equivalently: how often is p ≥ 0.05)?
 *
 * Design per replication: G municipalities (T of them treated), persons with
 * two spells each (before and after), a municipality × period shock (so
 * outcomes are correlated within a municipality, which person-clustering
 * ignores), a person effect, and no treatment effect. Methods: CR1 by person
 * (the source evaluations), CR1 by municipality (t with G − 1 df), CR2 by
 * municipality with Satterthwaite df, wild cluster bootstrap by municipality
 * (Webb weights, 399 draws).
 *
 *   node --import tsx bench/evaluation/coverage.ts [REPS=400]
 */
import {
  clusterSums,
  cr1,
  cr2,
  wildClusterBootstrap,
} from '../../src/evaluation/cluster-inference.ts';
import { buildDesign } from '../../src/evaluation/design.ts';
import { criticalValue } from '../../src/evaluation/distributions.ts';
import { ols } from '../../src/evaluation/ols.ts';
import { Sfc32 } from '../../src/evaluation/simulate.ts';

const REPS = Number(process.argv[2] ?? 400);
const settings = [
  { G: 20, T: 3, persons: 60 },
  { G: 20, T: 6, persons: 60 },
  { G: 40, T: 4, persons: 40 },
];
console.log(`coverage of a null effect by the 95 % interval, ${REPS} replications per setting`);
console.log('setting                     person CR1   munic. CR1   munic. CR2   wild (Webb)');
for (const s of settings) {
  const rng = new Sfc32(1000 + s.G * 10 + s.T);
  const hits = [0, 0, 0, 0];
  for (let rep = 0; rep < REPS; rep++) {
    const n = s.G * s.persons * 2;
    const y = new Float64Array(n);
    const tr = new Float64Array(n);
    const post = new Float64Array(n);
    const x = new Float64Array(n);
    const person: number[] = [];
    const muni: number[] = [];
    let i = 0;
    for (let g = 0; g < s.G; g++) {
      const shock = [rng.normal() * 0.25, rng.normal() * 0.25];
      const level = rng.normal() * 0.5;
      for (let p = 0; p < s.persons; p++) {
        const pe = rng.normal() * 0.5;
        for (let t = 0; t < 2; t++) {
          tr[i] = g < s.T ? 1 : 0;
          post[i] = t;
          x[i] = rng.normal();
          y[i] = level + shock[t]! + pe + 0.3 * x[i]! + rng.normal();
          person.push(g * 1000 + p);
          muni.push(g);
          i++;
        }
      }
    }
    const design = buildDesign([
      { name: 'treated', values: tr },
      { name: 'post', values: post },
      { name: 'treated:post', values: tr.map((v, j) => v * post[j]!) },
      { name: 'x', values: x },
    ]);
    const j = 3;
    const byPerson = ols(design, y, { vcov: 'cluster', cluster: person }).coefficients[j]!;
    const sums = clusterSums(design, y, muni);
    const v1 = cr1(sums);
    const est = sums.beta[j]!;
    const se1 = Math.sqrt(v1[j * design.k + j]!);
    const crit1 = criticalValue(0.95, { kind: 't', df: s.G - 1 });
    const c2 = cr2(sums).coefficients[j]!;
    const wild = wildClusterBootstrap(design, y, muni, 'treated:post', {
      weights: 'webb',
      replications: 399,
      seed: rep + 1,
    });
    if (byPerson.ci[0] <= 0 && byPerson.ci[1] >= 0) hits[0]!++;
    if (Math.abs(est) <= crit1 * se1) hits[1]!++;
    if (c2.ci[0] <= 0 && c2.ci[1] >= 0) hits[2]!++;
    if (wild.p >= 0.05) hits[3]!++;
  }
  const pct = (h: number) => `${((100 * h) / REPS).toFixed(1)} %`.padStart(11);
  console.log(
    `G=${s.G}, treated=${s.T}, ${s.persons} persons`.padEnd(27) + hits.map(pct).join('  '),
  );
}
console.log(
  `binomial 95 % band around 95 % with ${REPS} replications: ±${(196 * Math.sqrt(0.0475 / REPS)).toFixed(1)} pp`,
);
