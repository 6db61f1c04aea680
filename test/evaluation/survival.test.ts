import { describe, expect, it } from 'vitest';
import {
  cox,
  coxSplitEffect,
  kaplanMeier,
  logRankTest,
  splitEpisodes,
} from '../../src/evaluation/survival.ts';
import {
  expectClose,
  expectCoefficientsMatch,
  num,
  readGoldenCsv,
  readGoldenJson,
} from './support.ts';

const data = readGoldenCsv('survival.csv');
const ref = readGoldenJson('survival.json');
const time = num(data.time!);
const event = num(data.event!);
const treat = num(data.treat!);
const covariates = [
  { name: 'treat', values: treat },
  { name: 'age', values: num(data.age!) },
  { name: 'female', values: num(data.female!) },
];

describe('Kaplan–Meier against R survfit (Greenwood, log CI)', () => {
  it('matches every step of both curves and the medians', () => {
    const curves = kaplanMeier(time, event, { group: data.treat! });
    expect(curves.map((c) => c.group)).toEqual(['0', '1']);
    curves.forEach((c, g) => {
      const r = ref.km[g];
      expect(c.steps.map((s) => s.time)).toEqual(r.time);
      c.steps.forEach((s, j) => {
        expect(s.nRisk).toBe(r.nRisk[j]);
        expect(s.nEvent).toBe(r.nEvent[j]);
        expect(s.nCensor).toBe(r.nCensor[j]);
        expectClose(s.survival, r.survival[j], 1e-9, `S(${s.time})`);
        expectClose(s.stdErr, r.stdErr[j], 1e-9, `se(${s.time})`);
        expectClose(s.lower!, r.lower[j], 1e-9, `lower(${s.time})`);
        expectClose(s.upper!, r.upper[j], 1e-9, `upper(${s.time})`);
      });
      if (ref.medians[g] === null) expect(c.median).toBeNull();
      else expect(c.median).toBe(ref.medians[g]);
    });
  });

  it('hand-worked curve: times 1, 2+, 3, 3, 4 (event = 1 unless +)', () => {
    const [c] = kaplanMeier([1, 2, 3, 3, 4], [1, 0, 1, 1, 1]);
    // S(1) = 4/5; S(3) = 4/5 · (1 − 2/3) = 4/15; S(4) = 0.
    [0.8, 0.8, 4 / 15, 0].forEach((v, j) => {
      expect(c!.steps[j]!.survival).toBeCloseTo(v, 14);
    });
    // Greenwood at t = 3: S² · (1/(5·4) + 2/(3·1)).
    expect(c!.steps[2]!.stdErr).toBeCloseTo((4 / 15) * Math.sqrt(1 / 20 + 2 / 3), 12);
    expect(c!.steps[3]!.lower).toBeNull();
    expect(c!.median).toBe(3);
  });
});

describe('log-rank test against R survdiff', () => {
  it('matches the chi-square, observed and expected counts', () => {
    const lr = logRankTest(time, event, data.treat!);
    expectClose(lr.chiSquare, ref.logRank.chiSquare, 1e-9, 'chisq');
    expectClose(lr.p, ref.logRank.p, 1e-6, 'p');
    lr.observed.forEach((o, g) => {
      expect(o).toBe(ref.logRank.observed[g]);
    });
    lr.expected.forEach((e, g) => {
      expectClose(e, ref.logRank.expected[g], 1e-9, 'expected');
    });
  });

  it('refuses data without events', () => {
    expect(() => logRankTest([1, 2, 3], [0, 0, 0], ['a', 'b', 'a'])).toThrow(/no events/);
  });
});

describe('Cox proportional hazards against R coxph', () => {
  for (const [label, ties, cluster, key] of [
    ['Breslow', 'breslow', undefined, 'coxBreslow'],
    ['Efron', 'efron', undefined, 'coxEfron'],
    ['Breslow, clustered by municipality', 'breslow', data.municipality, 'coxBreslowCluster'],
    ['Efron, clustered by municipality', 'efron', data.municipality, 'coxEfronCluster'],
  ] as const) {
    it(label, () => {
      const fit = cox({ time, event, covariates, ties, cluster });
      const r = ref[key];
      expectCoefficientsMatch(fit.coefficients, r.coefficients);
      fit.coefficients.forEach((c, j) => {
        expectClose(c.naiveSe, r.naiveSe[j], 1e-6, `${c.name} naive se`);
        expectClose(c.hazardRatio, Math.exp(r.coefficients[j].estimate), 1e-6, 'HR');
      });
      expectClose(fit.logLik, r.logLik, 1e-9, 'loglik');
      expectClose(fit.logLikNull, r.logLikNull, 1e-9, 'null loglik');
      expect(fit.events).toBe(r.events);
    });
  }

  it('split-time effect (weeks 1–8, week 9+) by episode splitting, Efron, clustered', () => {
    const fit = coxSplitEffect({
      time,
      event,
      effect: { name: 'treat', values: treat },
      covariates: covariates.slice(1),
      cut: 8,
      cluster: data.municipality!,
      ties: 'efron',
    });
    expect(fit.n).toBe(ref.splitRows);
    expect(fit.coefficients.map((c) => c.name)).toEqual([
      'treat:weeks1-8',
      'treat:week9+',
      'age',
      'female',
    ]);
    expectCoefficientsMatch(fit.coefficients, ref.coxSplit.coefficients);
    expectClose(fit.logLik, ref.coxSplit.logLik, 1e-9, 'loglik');
  });

  it('splits episodes as survSplit (hand-worked)', () => {
    const s = splitEpisodes([5, 20, 8], [1, 1, 0], [8]);
    expect(Array.from(s.start)).toEqual([0, 0, 8, 0]);
    expect(Array.from(s.stop)).toEqual([5, 8, 20, 8]);
    expect(Array.from(s.event)).toEqual([1, 0, 1, 0]);
    expect(Array.from(s.episode)).toEqual([1, 1, 2, 1]);
    expect(Array.from(s.row)).toEqual([0, 1, 1, 2]);
  });

  it('refuses no events, a monotone likelihood and a collinear covariate', () => {
    const c = [{ name: 'x', values: [0, 1, 0, 1] }];
    expect(() => cox({ time: [1, 2, 3, 4], event: [0, 0, 0, 0], covariates: c })).toThrow(
      /no events/,
    );
    // Every event is in group x = 1 and every x = 1 unit fails before any x = 0 unit leaves.
    expect(() =>
      cox({
        time: [1, 2, 3, 4, 5, 6],
        event: [1, 1, 1, 0, 0, 0],
        covariates: [{ name: 'x', values: [1, 1, 1, 0, 0, 0] }],
      }),
    ).toThrow(/monotone|diverges/);
    expect(() =>
      cox({
        time: [1, 2, 3, 4],
        event: [1, 0, 1, 1],
        covariates: [
          { name: 'x', values: [0, 1, 0, 1] },
          { name: 'x_copy', values: [0, 1, 0, 1] },
        ],
      }),
    ).toThrow(/"x_copy" is collinear/);
  });
});
