/**
 * Subgroup estimates of the trial report (src/evaluation/trial-report/subgroups.ts):
 * against R (scripts/reference/evaluation-subgroups.R: lm + clubSandwich CR2 /
 * Satterthwaite, sandwich::vcovCL by person, p.adjust Holm and BH) on generated
 * data, and a hand-checkable planted effect in one subgroup only.
 */
import { describe, expect, it } from 'vitest';
import type { TrialSpell } from '../../src/evaluation/trial-report/analysis.ts';
import { didInference } from '../../src/evaluation/trial-report/checks.ts';
import { ageOn } from '../../src/evaluation/trial-report/data.ts';
import {
  ageBandOf,
  subgroupDefinitions,
  subgroupEstimates,
} from '../../src/evaluation/trial-report/subgroups.ts';
import { expectClose, readGoldenCsv, readGoldenJson } from './support.ts';

const OUTCOME_ZERO = {
  employed: 0,
  employmentDegree: 0,
  onBenefit: 0,
  benefitDegree: 0,
  activation: 0,
  activationDegree: 0,
};

function estimator(postYear: number) {
  return (rows: readonly TrialSpell[], y: (s: TrialSpell) => number, priorSplit: boolean) =>
    didInference(rows, y, (s) => (Number(s.cohort.slice(0, 4)) >= postYear ? 1 : 0), {
      covariates: priorSplit
        ? ['priorBenefitShare', 'secondHalf']
        : ['priorBenefitShare', 'priorEmploymentShare', 'secondHalf'],
      replications: 0,
    });
}

describe('subgroup estimates against R (lm + clubSandwich CR2, sandwich CR1, p.adjust)', () => {
  const d = readGoldenCsv('subgroups.csv');
  const ref = readGoldenJson('subgroups.json');
  const spells: TrialSpell[] = d.person!.map((_, i) => ({
    person: Number(d.person![i]),
    municipality: d.municipality![i]!,
    treated: Number(d.treated![i]) === 1 ? 1 : 0,
    cohort: `${d.cohortYear![i]},${d.half![i]}`,
    priorBenefitShare: Number(d.priorBenefitShare![i]),
    priorEmploymentShare: Number(d.priorEmploymentShare![i]),
    startBenefit: d.startBenefit![i]!,
    sex: d.sex![i] as 'K' | 'M',
    ageAtStart: Number(d.age![i]),
    windows: { 3: { ...OUTCOME_ZERO, employmentDegree: Number(d.y![i]) } },
  }));
  const result = subgroupEstimates(
    spells,
    ['employmentDegree'],
    3,
    ['6.1', '6.2', '6.3'],
    estimator(2018),
  );

  it('has the R subgroups in order: prior employment, target group, age band, sex', () => {
    expect(result.rows.map((r) => `${r.dimension}:${r.group}`)).toEqual(
      ref.rows.map((r: { dimension: string; group: string }) => `${r.dimension}:${r.group}`),
    );
    expect(result.omitted).toEqual([]);
    expect(result.familySize).toBe(9);
    expect(result.rows.find((r) => r.group === 'kontanthjaelp')!.targetGroups).toEqual([
      '6.2',
      '6.3',
    ]);
  });

  it('matches estimate, CR2 SE/df/p/CI, person CR1 SE/p/CI, Holm and BH of every subgroup', () => {
    ref.rows.forEach(
      // biome-ignore lint/suspicious/noExplicitAny: golden JSON
      (r: any, i: number) => {
        const row = result.rows[i]!;
        const x = row.result!;
        const tag = `${r.dimension}:${r.group}`;
        expect(x.n).toBe(r.n);
        expectClose(x.estimate, r.estimate, 1e-9, `${tag} estimate`);
        expectClose(x.municipality.se, r.cr2.se, 1e-8, `${tag} CR2 se`);
        expectClose(x.municipality.df, r.cr2.df, 1e-7, `${tag} CR2 df`);
        expectClose(x.municipality.p, r.cr2.p, 1e-6, `${tag} CR2 p`);
        expectClose(x.municipality.ci[0], r.cr2.ci[0], 1e-6, `${tag} CR2 ci lo`);
        expectClose(x.municipality.ci[1], r.cr2.ci[1], 1e-6, `${tag} CR2 ci hi`);
        expect(x.municipality.clusters).toBe(r.cr2.clusters);
        expectClose(x.person.se, r.person.se, 1e-8, `${tag} person se`);
        expectClose(x.person.p, r.person.p, 1e-6, `${tag} person p`);
        expectClose(x.person.ci[1], r.person.ci[1], 1e-6, `${tag} person ci hi`);
        expect(x.person.clusters).toBe(r.person.clusters);
        expectClose(row.pHolm!, r.holm, 1e-6, `${tag} Holm`);
        expectClose(row.qBH!, r.bh, 1e-6, `${tag} BH`);
      },
    );
  });

  it('finds the effect planted for women there (R: 7.43 pp, CR2 p = 0.025)', () => {
    const women = result.rows.find((r) => r.dimension === 'sex' && r.group === 'K')!.result!;
    const men = result.rows.find((r) => r.dimension === 'sex' && r.group === 'M')!.result!;
    expect(women.estimate).toBeCloseTo(7.43, 2);
    expect(women.municipality.p).toBeLessThan(0.05);
    expect(men.municipality.p).toBeGreaterThan(0.5);
  });
});

/**
 * Hand-checkable: 8 municipalities (1–4 treated), cohorts 2016,1 (before) and
 * 2018,1 (after); in each municipality × cohort × sex 10 spells of distinct
 * persons, k of them employed in months 7–9. Men: k = b_m before and b_m + c_m
 * after; women the same, plus 2 more employed after the start in the treated
 * municipalities. c = (1, 0, −1, 0 | 0, 1, 0, −1) sums to 0 in each arm. With no covariates varying (prior shares 0,
 * cohorts all first half-years) the DiD is the difference of the four cell
 * means: women (b̄_T + 2 − b̄_T) − (b̄_C − b̄_C) = 2/10 = 20 pp, men 0 pp, all
 * spells 10 pp. b = (3, 5, 4, 6 | 4, 2, 5, 3); c gives municipality × period
 * shocks, so the municipality-level standard errors are not zero.
 */
describe('a planted effect in one subgroup only is found there', () => {
  const base = [3, 5, 4, 6, 4, 2, 5, 3];
  const change = [1, 0, -1, 0, 0, 1, 0, -1];
  const spells: TrialSpell[] = [];
  let person = 0;
  base.forEach((b, m) => {
    const treated = m < 4 ? 1 : 0;
    for (const cohort of ['2016,1', '2018,1'])
      for (const sex of ['K', 'M'] as const) {
        const after = cohort === '2018,1';
        const k = b + (after ? change[m]! : 0) + (treated && after && sex === 'K' ? 2 : 0);
        for (let i = 0; i < 10; i++)
          spells.push({
            person: person++,
            municipality: String(101 + m),
            treated,
            cohort,
            priorBenefitShare: 0,
            priorEmploymentShare: 0,
            startBenefit: 'a-dagpenge',
            sex,
            ageAtStart: 30 + (i % 3) * 12, // 30, 42, 54: bands 30–49 and 50+
            windows: { 3: { ...OUTCOME_ZERO, employed: i < k ? 1 : 0 } },
          });
      }
  });
  const result = subgroupEstimates(spells, ['employed'], 3, ['6.1'], estimator(2018));
  const row = (dim: string, group: string) =>
    result.rows.find((r) => r.dimension === dim && r.group === group)!;

  it('women: exactly +20 pp, CR2 interval excludes 0; men: exactly 0', () => {
    const women = row('sex', 'K').result!;
    const men = row('sex', 'M').result!;
    expect(women.estimate).toBeCloseTo(20, 10);
    expect(women.municipality.ci[0]).toBeGreaterThan(0);
    // By hand: the women's DiD per municipality is c_m + 2 (treated: 3, 2, 1, 2) and
    // c_m (comparison: 0, 1, 0, −1), tenths; both sample variances 2/3, so the
    // two-sample SE is sqrt(2/3/4 + 2/3/4) = 1/√3 tenths = 5.7735 pp, t = 2√3 on
    // 8 − 2 = 6 df, p = 0.0134. In this balanced design CR2 + Satterthwaite is
    // exactly that t test.
    expectClose(women.municipality.se, 10 / Math.sqrt(3), 1e-9, 'women CR2 se');
    expectClose(women.municipality.df, 6, 1e-9, 'women df');
    expectClose(women.municipality.p, 0.0133999647, 1e-6, 'women p');
    // Holm: five subgroups estimated (none, 30–49, 50+, women, men); women have the smallest p.
    expect(result.familySize).toBe(5);
    expectClose(row('sex', 'K').pHolm!, 5 * women.municipality.p, 1e-12, 'Holm');
    expect(men.estimate).toBeCloseTo(0, 10);
    expect(men.municipality.ci[0]).toBeLessThan(0);
    expect(men.municipality.ci[1]).toBeGreaterThan(0);
    expect(row('sex', 'M').pHolm).toBe(1);
    // 8 municipalities, 4 treated; 8 × 2 × 10 spells per sex.
    expect(women.municipality.clusters).toBe(8);
    expect(women.n).toBe(160);
  });

  it('subgroups mixing the sexes get half the effect; one target group is left out', () => {
    // Prior employment "none" holds every spell: women 20 pp and men 0 → 10 pp.
    expect(row('priorEmployment', 'none').result!.estimate).toBeCloseTo(10, 10);
    expect(row('priorEmployment', 'some').result).toBeNull();
    // Age 30 and 42 (30–49) hold i = 0,1,3,4,6,7,9 of each ten: women employed i < k.
    expect(row('ageBand', '30-49').result).not.toBeNull();
    expect(result.rows.some((r) => r.dimension === 'ageBand' && r.group === '16-29')).toBe(false);
    expect(result.omitted.map((o) => o.dimension)).toEqual(['targetGroup']);
  });
});

describe('age and bands', () => {
  it('counts whole years from the birthday', () => {
    expect(ageOn('1990-07-02', '2017-07-03')).toBe(27);
    expect(ageOn('1990-07-03', '2017-07-03')).toBe(27);
    expect(ageOn('1990-07-04', '2017-07-03')).toBe(26);
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
  });

  it('bands 16–29, 30–49, 50+; unknown stays out', () => {
    expect([29, 30, 49, 50, 66].map(ageBandOf)).toEqual(['16-29', '30-49', '30-49', '50+', '50+']);
    expect(ageBandOf(null)).toBeNull();
  });

  it('leaves out age and sex when the register has no person attributes', () => {
    const s = {
      person: 1,
      municipality: '101',
      treated: 1 as const,
      cohort: '2016,1',
      priorBenefitShare: 0,
      priorEmploymentShare: 0,
      startBenefit: 'kontanthjaelp',
      windows: {},
    };
    const { definitions, omitted } = subgroupDefinitions(
      [s, { ...s, startBenefit: 'a-dagpenge' }],
      ['6.1', '6.2'],
    );
    expect(definitions.map((x) => x.group)).toEqual([
      'none',
      'some',
      'a-dagpenge',
      'kontanthjaelp',
    ]);
    expect(omitted.map((o) => o.dimension)).toEqual(['ageBand', 'sex']);
    expect(omitted[0]!.reason).toMatch(/persons\.parquet/);
  });
});
