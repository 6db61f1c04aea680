/**
 * Inference at the level of assignment against R (scripts/reference/evaluation-design.R):
 * CR2 + Satterthwaite df (clubSandwich; estimatr agrees), the event study with
 * its joint pre-test (lm + sandwich, clubSandwich Wald_test "Naive-F"), the
 * placebo DiD, an exhaustive wild cluster bootstrap written in plain R, and
 * Holm/BH (p.adjust).
 */
import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  clusterSums,
  cr1,
  cr2,
  wildClusterBootstrap,
} from '../../src/evaluation/cluster-inference.ts';
import { buildDesign, factorize } from '../../src/evaluation/design.ts';
import { differenceInDifferences } from '../../src/evaluation/did.ts';
import { eventStudy, eventStudyDesign } from '../../src/evaluation/event-study.ts';
import { expectClose, num, readGoldenCsv, readGoldenJson } from './support.ts';

const es = readGoldenCsv('event-study.csv');
const ref = readGoldenJson('event-study.json');
const input = {
  outcome: num(es.y!),
  treated: num(es.treated!),
  period: num(es.cohort!),
  covariates: [
    { name: 'x1', values: num(es.x1!) },
    { name: 'x2', values: num(es.x2!) },
  ],
  person: es.person!,
  municipality: es.municipality!,
};

interface RefRow {
  name: string;
  estimate: number;
  se: number;
  df: number;
  p: number;
  ci: [number, number];
}

describe('CR2 with Satterthwaite df against clubSandwich', () => {
  const { design } = eventStudyDesign(input);
  const sums = clusterSums(design, input.outcome, input.municipality);
  const fit = cr2(sums);

  it('names the coefficients as the R model', () => {
    expect(fit.coefficients.map((c) => c.name)).toEqual(ref.cr2.map((r: RefRow) => r.name));
  });

  it('matches estimate, SE, df, p and CI of every coefficient', () => {
    ref.cr2.forEach((r: RefRow, j: number) => {
      const c = fit.coefficients[j]!;
      expectClose(c.estimate, r.estimate, 1e-9, `${r.name} estimate`);
      expectClose(c.se, r.se, 1e-8, `${r.name} se`);
      expectClose(c.df, r.df, 1e-7, `${r.name} df`);
      expectClose(c.p, r.p, 1e-6, `${r.name} p`);
      expectClose(c.ci[0], r.ci[0], 1e-6, `${r.name} ci lo`);
      expectClose(c.ci[1], r.ci[1], 1e-6, `${r.name} ci hi`);
    });
    // estimatr's lm_robust(se_type = "CR2") gives the same SEs and df.
    ref.estimatr.df.forEach((df: number, j: number) => {
      expectClose(fit.coefficients[j]!.df, df, 1e-7, 'estimatr df');
    });
  });

  it('matches the whole CR2 covariance matrix', () => {
    const k = design.k;
    ref.cr2Vcov.forEach((row: number[], a: number) => {
      row.forEach((v, b) => {
        expect(Math.abs(fit.vcov[a * k + b]! - v)).toBeLessThan(1e-12 + 1e-8 * Math.abs(v));
      });
    });
  });

  it('CR1 from cluster sums matches sandwich::vcovCL by municipality', () => {
    const v = cr1(sums);
    ref.cr1Municipality.forEach((r: RefRow, j: number) => {
      expectClose(Math.sqrt(v[j * design.k + j]!), r.se, 1e-9, `${r.name} se`);
    });
  });
});

describe('event study against R lm + sandwich / clubSandwich', () => {
  const r = eventStudy(input);

  it('gives every period with person-CR1 and municipality-CR2 inference', () => {
    expect(r.points.map((p) => p.period)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3]);
    for (const p of r.points) {
      if ('reference' in p) {
        expect(p.period).toBe(-1);
        continue;
      }
      const name = `treated×cohort[${p.period}]`;
      const person = ref.cr1Person.find((x: RefRow) => x.name === name);
      const mun = ref.cr2.find((x: RefRow) => x.name === name);
      expectClose(p.estimate, person.estimate, 1e-9, `${name} estimate`);
      expectClose(p.person.se, person.se, 1e-9, `${name} person se`);
      expectClose(p.person.p, person.p, 1e-6, `${name} person p`);
      expectClose(p.municipality.se, mun.se, 1e-8, `${name} CR2 se`);
      expectClose(p.municipality.df, mun.df, 1e-7, `${name} CR2 df`);
      expectClose(p.municipality.ci[1], mun.ci[1], 1e-6, `${name} CR2 ci`);
    }
    expect(r.personClusters).toBe(ref.personClusters);
    expect(r.municipalityClusters).toBe(ref.municipalityClusters);
  });

  it('joint pre-test: person-clustered Wald F and CR2 Naive-F as clubSandwich', () => {
    expect(r.preTest!.person.terms).toEqual(ref.preTest.terms);
    expectClose(r.preTest!.person.chiSquare, ref.preTest.person.chiSquare, 1e-8, 'W person');
    expect(r.preTest!.person.df2).toBe(ref.preTest.person.df2);
    expectClose(r.preTest!.person.p, ref.preTest.person.p, 1e-7, 'p person');
    expectClose(r.preTest!.municipality.f, ref.preTest.cr2.f, 1e-8, 'F CR2');
    expect(r.preTest!.municipality.df2).toBe(ref.preTest.cr2.df2);
    expectClose(r.preTest!.municipality.p, ref.preTest.cr2.p, 1e-7, 'p CR2');
  });
});

describe('placebo: a fake start in the before period', () => {
  it('matches R on the before cohorts with the start moved to cohort −2', () => {
    const rows: number[] = [];
    es.cohort!.forEach((c, i) => {
      if (Number(c) < 0) rows.push(i);
    });
    expect(rows.length).toBe(ref.placebo.n);
    const pick = (v: string[]) => Float64Array.from(rows, (i) => Number(v[i]!));
    const post = Float64Array.from(rows, (i) => (Number(es.cohort![i]) >= -2 ? 1 : 0));
    const d = differenceInDifferences({
      outcome: pick(es.y!),
      treated: pick(es.treated!),
      post,
      covariates: [
        { name: 'x1', values: pick(es.x1!) },
        { name: 'x2', values: pick(es.x2!) },
      ],
      cluster: rows.map((i) => es.person![i]!),
      vcov: 'cluster',
    });
    const refPerson = ref.placebo.cr1Person.find((x: RefRow) => x.name === 'treated:post');
    expectClose(d.effect.estimate, refPerson.estimate, 1e-9, 'placebo estimate');
    expectClose(d.effect.se, refPerson.se, 1e-9, 'placebo person se');
    // CR2 by municipality on the same design (R: treated, post, x1, x2, treated:post).
    const design = buildDesign([
      { name: 'treated', values: pick(es.treated!) },
      { name: 'post', values: post },
      { name: 'x1', values: pick(es.x1!) },
      { name: 'x2', values: pick(es.x2!) },
      { name: 'treated:post', values: pick(es.treated!).map((t, j) => t * post[j]!) },
    ]);
    const c = cr2(
      clusterSums(
        design,
        pick(es.y!),
        rows.map((i) => es.municipality![i]!),
      ),
    ).coefficients;
    ref.placebo.cr2.forEach((r: RefRow, j: number) => {
      expectClose(c[j]!.se, r.se, 1e-8, `${r.name} se`);
      expectClose(c[j]!.df, r.df, 1e-7, `${r.name} df`);
      expectClose(c[j]!.p, r.p, 1e-6, `${r.name} p`);
    });
  });
});

describe('wild cluster bootstrap against an exhaustive R implementation', () => {
  const wb = readGoldenCsv('wild-bootstrap.csv');
  const wref = readGoldenJson('wild-bootstrap.json');
  const treated = num(wb.treated!);
  const post = num(wb.post!);
  const design = buildDesign([
    { name: 'treated', values: treated },
    { name: 'post', values: post },
    { name: 'treated:post', values: treated.map((t, i) => t * post[i]!) },
    { name: 'x1', values: num(wb.x1!) },
  ]);

  it('uses all 2^10 Rademacher sign patterns and matches p and the interval', () => {
    const r = wildClusterBootstrap(design, num(wb.y!), wb.municipality!, 'treated:post', {
      weights: 'rademacher',
      replications: 9999,
    });
    expect(r.exhaustive).toBe(true);
    expect(r.replications).toBe(wref.replications);
    expectClose(r.estimate, wref.estimate, 1e-10, 'estimate');
    expectClose(r.statistic, wref.statistic, 1e-9, 't');
    expect(r.p).toBe(wref.p);
    expectClose(r.ci[0], wref.ci[0], 1e-8, 'ci lo');
    expectClose(r.ci[1], wref.ci[1], 1e-8, 'ci hi');
  });

  it('sampled Webb weights are reproducible by seed and close to the exhaustive p', () => {
    const a = wildClusterBootstrap(design, num(wb.y!), wb.municipality!, 'treated:post', {
      weights: 'webb',
      replications: 1999,
      seed: 7,
    });
    const b = wildClusterBootstrap(design, num(wb.y!), wb.municipality!, 'treated:post', {
      weights: 'webb',
      replications: 1999,
      seed: 7,
    });
    expect(a.p).toBe(b.p);
    expect(a.exhaustive).toBe(false);
    expect(Math.abs(a.p - wref.p)).toBeLessThan(0.06);
  });
});

describe('multiple-testing adjustment against R p.adjust', () => {
  const r = readGoldenJson('p-adjust.json');
  it.each(['holm', 'BH'] as const)('%s', (method) => {
    const adj = adjustPValues(r.p, method);
    adj.forEach((v, i) => {
      expectClose(v!, r[method][i], 1e-12, `${method}[${i}]`);
    });
  });
  it('keeps nulls (not estimated) out of the family', () => {
    expect(adjustPValues([0.01, null, 0.04], 'holm')).toEqual([0.02, null, 0.04]);
  });
});

describe('factorize', () => {
  it('gives integer typed arrays the same codes as the general path (order of first appearance)', () => {
    const values = [7, 3, 7, 100000, 3, -2, 0, 100000];
    const fast = factorize(Float64Array.from(values));
    const general = factorize(values.map(String));
    expect(Array.from(fast.codes)).toEqual(Array.from(general.codes));
    expect(fast.nGroups).toBe(4 + 1);
    // Non-integers fall back to the general path.
    expect(factorize(Float64Array.from([0.5, 1.5, 0.5])).nGroups).toBe(2);
  });
});
