import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../src/evaluation/design.ts';
import { logit } from '../../src/evaluation/logit.ts';
import {
  balanceTable,
  ipwWeights,
  nearestNeighbourMatch,
  propensityScores,
  weightedEffect,
} from '../../src/evaluation/psm.ts';
import {
  expectClose,
  expectCoefficientsMatch,
  num,
  readGoldenCsv,
  readGoldenJson,
} from './support.ts';

const data = readGoldenCsv('psm.csv');
const ref = readGoldenJson('psm.json');
const sm = readGoldenJson('statsmodels.json');
const names = ['age', 'female', 'prior', 'nonwestern'];
const covariates = names.map((name) => ({ name, values: num(data[name]!) }));
const treat = num(data.treat!);
const y = num(data.y!);

describe('logistic regression by IRLS', () => {
  it('matches R glm(binomial) and statsmodels Logit', () => {
    const fit = logit(buildDesign(covariates), treat);
    expectCoefficientsMatch(fit.coefficients, ref.logit.coefficients);
    expectCoefficientsMatch(fit.coefficients, sm.logit);
    expectClose(fit.deviance, ref.logit.deviance, 1e-9, 'deviance');
  });

  it('reports perfect separation instead of diverging', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(() => logit(buildDesign([{ name: 'x', values: x }]), [0, 0, 0, 0, 1, 1, 1, 1])).toThrow(
      /separation/,
    );
  });

  it('reports an all-treated sample', () => {
    expect(() => propensityScores([{ name: 'x', values: [1, 2, 3] }], [1, 1, 1])).toThrow(
      /always 1|all units are treated/,
    );
  });
});

describe('propensity-score matching against R (greedy reference + MatchIt balance)', () => {
  const { score } = propensityScores(covariates, treat);
  it('estimates the same scores', () => {
    (ref.score as number[]).forEach((s, i) => {
      expectClose(score[i]!, s, 1e-6, `score ${i + 1}`);
    });
  });

  for (const [label, replace, key] of [
    ['without replacement', false, 'matchNoReplacement'],
    ['with replacement', true, 'matchReplacement'],
  ] as const) {
    it(`nearest neighbour with caliper 0.1 SD, ${label}: same pairs, weights, balance and effect`, () => {
      const r = ref[key];
      const m = nearestNeighbourMatch(score, treat, { caliper: 0.1, replace });
      expectClose(m.caliperWidth!, 0.1 * ref.caliperSd, 1e-6, 'caliper');
      expect(m.nMatchedTreated).toBe(r.nMatchedTreated);
      expect(m.nMatchedControls).toBe(r.nMatchedControls);
      for (const p of r.pairs as { treated: number; controls: number[] | number }[]) {
        const controls = [p.controls].flat(); // jsonlite unboxes a single control
        const mine = m.pairs.get(p.treated - 1);
        if (controls.length === 0) expect(mine).toBeUndefined();
        else expect(mine?.map((c) => c + 1)).toEqual(controls);
      }
      (r.weights as number[]).forEach((wt, i) => {
        expectClose(m.weights[i]!, wt, 1e-9, `weight ${i + 1}`);
      });
      const bal = balanceTable(covariates, treat, m.weights, 'ATT');
      (r.balance as Record<string, number | string | null>[]).forEach((b, j) => {
        const row = bal[j]!;
        expect(row.name).toBe(b.name);
        for (const f of [
          'meanTreatedBefore',
          'meanControlBefore',
          'smdBefore',
          'meanTreatedAfter',
          'meanControlAfter',
          'smdAfter',
        ] as const) {
          // MatchIt reports an exactly balanced difference (|d| < sqrt(eps)) unstandardised.
          if (Math.abs(b[f] as number) < 1e-8) expect(Math.abs(row[f])).toBeLessThan(1e-8);
          else expectClose(row[f], b[f] as number, 1e-6, `${b.name} ${f}`);
        }
        if (b.varianceRatioAfter === null) expect(row.varianceRatioAfter).toBeNull();
        else
          expectClose(
            row.varianceRatioAfter!,
            b.varianceRatioAfter as number,
            1e-6,
            `${b.name} VR`,
          );
      });
      const eff = weightedEffect(y, treat, m.weights, replace ? undefined : m.subclass);
      expectCoefficientsMatch([eff.effect], [r.effect]);
    });
  }

  it('drops treated units with no control inside the caliper', () => {
    // Hand-worked: scores 0.9 (treated) and 0.1, 0.2 (controls); SD of (0.9, 0.1, 0.2) = 0.4359,
    // caliper 0.5 SD = 0.218 < 0.7, so the treated unit cannot be matched.
    expect(() => nearestNeighbourMatch([0.9, 0.1, 0.2], [1, 0, 0], { caliper: 0.5 })).toThrow(
      /no treated unit/,
    );
    const m = nearestNeighbourMatch([0.9, 0.15, 0.1, 0.2], [1, 1, 0, 0], { caliper: 0.5 });
    expect(m.nUnmatchedTreated).toBe(1);
    expect([...m.pairs.entries()]).toEqual([[1, [2]]]);
  });
});

describe('inverse-probability weighting', () => {
  const { score } = propensityScores(covariates, treat);
  for (const est of ['ATT', 'ATE'] as const) {
    it(`${est} weights and weighted effect with HC1 errors match R`, () => {
      const r = ref[`ipw${est}`];
      const w = ipwWeights(score, treat, est);
      (r.weights as number[]).forEach((wt, i) => {
        expectClose(w[i]!, wt, 1e-6, `w ${i + 1}`);
      });
      expectCoefficientsMatch([weightedEffect(y, treat, w).effect], [r.effect]);
    });
  }

  it('hand-worked weights', () => {
    expect(Array.from(ipwWeights([0.25, 0.25], [1, 0], 'ATE'))).toEqual([4, 4 / 3]);
    expect(Array.from(ipwWeights([0.25, 0.25], [1, 0], 'ATT'))).toEqual([1, 1 / 3]);
  });
});
