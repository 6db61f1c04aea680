import { describe, expect, it } from 'vitest';
import {
  chooseComparisonMunicipalities,
  DID_TERM,
  differenceInDifferences,
  halfYearCohort,
  periodOf,
  windowOutcomes,
} from '../../src/evaluation/did.ts';
import { simulateDidPanel } from '../../src/evaluation/simulate.ts';
import {
  expectClose,
  expectCoefficientsMatch,
  num,
  readGoldenCsv,
  readGoldenJson,
} from './support.ts';

const data = readGoldenCsv('did.csv');
const ref = readGoldenJson('did.json');
const sm = readGoldenJson('statsmodels.json');

describe('difference-in-differences against R and statsmodels', () => {
  it('person-clustered linear DiD with covariates', () => {
    const r = differenceInDifferences({
      outcome: num(data.employed!),
      treated: num(data.treated!),
      post: num(data.post!),
      covariates: ['age', 'female', 'history'].map((name) => ({ name, values: num(data[name]!) })),
      cluster: data.person!,
    });
    // R orders the interaction last among the terms of treated * post; ours is third.
    const reorder = (t: { name: string }[]) => {
      const byName = new Map(t.map((c) => [c.name, c]));
      return ['(Intercept)', 'treated', 'post', 'treated:post', 'age', 'female', 'history'].map(
        (nm) => byName.get(nm)!,
      );
    };
    expectCoefficientsMatch(r.model.coefficients, reorder(ref.cluster) as never);
    expectCoefficientsMatch(r.model.coefficients, sm.did);
    expect(r.effect.name).toBe(DID_TERM);
    expect(r.model.nClusters).toBe(ref.nClusters);
    expect(r.model.n).toBe(ref.n);
    expectClose(r.cells.controlBefore, ref.cellMeans.controlBefore, 1e-12, 'cell');
    expectClose(r.cells.treatedAfter, ref.cellMeans.treatedAfter, 1e-12, 'cell');
  });

  it('refuses an empty treated × period cell (e.g. all treated)', () => {
    expect(() =>
      differenceInDifferences({
        outcome: [1, 2, 3, 4],
        treated: [1, 1, 1, 1],
        post: [0, 1, 0, 1],
        cluster: [1, 2, 3, 4],
      }),
    ).toThrow(/comparison\/before cell/);
    expect(() =>
      differenceInDifferences({ outcome: [1, 2], treated: [1, 2], post: [0, 1], cluster: [1, 2] }),
    ).toThrow(/"treated" must be 0 or 1/);
  });

  it('without covariates the estimate equals the difference of the four cell means (hand-worked)', () => {
    // Cells: comparison before (1, 3) → 2, after (4) → 4; treated before (5) → 5, after (10, 12) → 11.
    // DiD = (11 − 5) − (4 − 2) = 4.
    const r = differenceInDifferences({
      outcome: [1, 3, 4, 5, 10, 12],
      treated: [0, 0, 0, 1, 1, 1],
      post: [0, 0, 1, 0, 1, 1],
      vcov: 'classical',
    });
    expect(r.effect.estimate).toBeCloseTo(4, 12);
    expect(r.cells.rawDifference).toBeCloseTo(4, 12);
  });
});

describe('planted effect', () => {
  it('recovers a planted effect of +0.05 with the right sign and a covering 95 % interval', () => {
    const panel = simulateDidPanel({
      seed: 7,
      persons: 4000,
      spellsPerPerson: 3,
      covariates: 3,
      effect: 0.05,
    });
    const r = differenceInDifferences({
      outcome: panel.outcome,
      treated: panel.treated,
      post: panel.post,
      covariates: panel.covariates,
      cluster: panel.person,
    });
    expect(r.effect.ci[0]).toBeLessThan(0.05);
    expect(r.effect.ci[1]).toBeGreaterThan(0.05);
    expect(r.effect.estimate).toBeGreaterThan(0);
    expect(Math.abs(r.effect.estimate - 0.05)).toBeLessThan(3 * r.effect.se);
    expect(r.effect.p).toBeLessThan(0.05);
    expect(r.model.nClusters).toBe(4000);
  });

  it('with no planted effect the interval covers zero for this seed', () => {
    const panel = simulateDidPanel({
      seed: 11,
      persons: 3000,
      spellsPerPerson: 2,
      covariates: 2,
      effect: 0,
    });
    const r = differenceInDifferences({
      outcome: panel.outcome,
      treated: panel.treated,
      post: panel.post,
      covariates: panel.covariates,
      cluster: panel.person,
    });
    expect(r.effect.ci[0]).toBeLessThan(0);
    expect(r.effect.ci[1]).toBeGreaterThan(0);
  });
});

describe('cohorts, periods and windows (measures.md §2)', () => {
  it('labels half-year cohorts and assigns the Formkrav periods', () => {
    expect(halfYearCohort('2016-06-30')).toBe('2016,1');
    expect(halfYearCohort('2016-07-01')).toBe('2016,2');
    expect(periodOf('2016,2')).toBe('before');
    expect(periodOf('2017,1')).toBe('excluded');
    expect(periodOf('2017,2')).toBe('after');
    expect(periodOf('2020,1')).toBeNull();
    expect(() => halfYearCohort('1/7/2017')).toThrow(/not a YYYY-MM-DD/);
  });

  it('computes window outcomes and drops windows past the data end (hand-worked)', () => {
    // Start 2019-07-01: window 1 = [Jul 1, Oct 1) = 13 weeks (92 days → round(13.14) = 13).
    const weeks = [
      { week: '2019-07-01', hours: 0, onBenefit: true, activation: 'vejledning' as const },
      { week: '2019-07-08', hours: 0, onBenefit: true, activation: 'virksomhedspraktik' as const },
      { week: '2019-09-02', hours: 37, onBenefit: false },
      { week: '2019-09-09', hours: 18.5, onBenefit: false },
      { week: '2019-10-07', hours: 74, onBenefit: false },
    ];
    const out = windowOutcomes('2019-07-01', weeks, '2020-02-29');
    expect(out.map((w) => w.window)).toEqual([1, 2]); // window 3 ends 2020-04-01 > data end
    const [w1, w2] = out;
    expect(w1!.weeks).toBe(13);
    expect(w1!.employed).toBe(1);
    expect(w1!.employmentDegree).toBeCloseTo(1.5 / 13, 12);
    expect(w1!.benefitDegree).toBeCloseTo(2 / 13, 12);
    expect(w1!.activation).toBe(1);
    expect(w1!.companyFacingDegree).toBeCloseTo(1 / 13, 12);
    expect(w1!.guidance).toBe(1);
    expect(w2!.employmentDegree).toBeCloseTo(1 / 13, 12); // 74 h capped at full time
    expect(w2!.onBenefit).toBe(0);
  });
});

describe('nearest-neighbour comparison municipalities', () => {
  it('chooses by standardised Euclidean distance, greedily without replacement (hand-worked)', () => {
    // Two covariates; the second has 10× the scale, so standardising matters.
    const profiles = [
      { code: 'T1', treated: true, covariates: [0, 0] },
      { code: 'A', treated: false, covariates: [1, 0] },
      { code: 'B', treated: false, covariates: [0, 5] },
      { code: 'C', treated: false, covariates: [3, 30] },
      { code: 'T2', treated: true, covariates: [1, 10] },
    ];
    // Means (1, 9), sample SDs: x1 sqrt(6/4)=1.2247, x2 sqrt(((81+81+16+441+1)/4)=155)=12.45.
    // T1: A = 1/1.2247 = 0.8165, B = 5/12.45 = 0.4016 → B.
    // T2 (1, 10) among A and C: A = 10/12.45 = 0.803, C = sqrt((2/1.2247)² + (20/12.45)²) = 2.29 → A.
    const c = chooseComparisonMunicipalities(profiles, 1);
    expect(c.map((x) => [x.forTreated, x.code])).toEqual([
      ['T1', 'B'],
      ['T2', 'A'],
    ]);
    expect(c[0]!.distance).toBeCloseTo(5 / Math.sqrt(155), 10);
    expect(() => chooseComparisonMunicipalities(profiles, 2)).toThrow(/cannot give 2 comparisons/);
  });
});
