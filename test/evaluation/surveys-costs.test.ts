import { describe, expect, it } from 'vitest';
import {
  lae265Saving,
  lae285NetSaving,
  microloanBreakEven,
  rehabMeetingSaving,
} from '../../src/evaluation/costs.ts';
import {
  changeAgainstBaseline,
  complianceShare,
  fidelityScores,
  fidelitySummary,
  meanIndex,
  quantile,
  responseRate,
  topBoxShare,
} from '../../src/evaluation/surveys.ts';
import { expectClose } from './support.ts';

describe('survey statistics (measures.md §5)', () => {
  it('response rates as printed in evaluation B', () => {
    expect(responseRate(700, 2487)).toBe(28.1);
    expect(responseRate(182, 304)).toBe(59.9);
    expect(() => responseRate(5, 0)).toThrow(/invited/);
  });

  it('mean index and top-box shares exclude "Ved ikke" (hand-worked)', () => {
    const answers = [5, 4, 4, 3, 2, null, 1] as const;
    expect(meanIndex([...answers])).toBeCloseTo(19 / 6, 12);
    expect(topBoxShare([...answers], 2)).toBeCloseTo(3 / 6, 12);
    expect(topBoxShare([...answers], 3)).toBeCloseTo(4 / 6, 12);
    expect(() => meanIndex([null, null])).toThrow(/no valid answers/);
  });

  it('change against baseline: Welch t test as R t.test', () => {
    // R: t.test(c(4,5,4,5,3,4,5,4), c(3,4,2,5,4,3,1)) → t 1.9541092718570314, df 8.8105959514253449, p 0.083112208976104204
    const r = changeAgainstBaseline([3, 4, 2, 5, 4, 3, 1], [4, 5, 4, 5, 3, 4, 5, 4]);
    expectClose(r.t, 1.9541092718570314, 1e-12, 't');
    expectClose(r.df, 8.8105959514253449, 1e-12, 'df');
    expectClose(r.p, 0.083112208976104204, 1e-9, 'p');
    expect(r.flag).toBe('');
  });
});

describe('fidelity (measures.md §4)', () => {
  it('averages answers within municipality and item, then items into elements, then elements', () => {
    const answers = [
      { municipality: 'A', element: 'e1', item: 'i1', score: 5 },
      { municipality: 'A', element: 'e1', item: 'i1', score: 3 },
      { municipality: 'A', element: 'e1', item: 'i2', score: 2 },
      { municipality: 'A', element: 'e2', item: 'i3', score: 4 },
      { municipality: 'A', element: 'e2', item: 'i3', score: null },
      { municipality: 'B', element: 'e1', item: 'i1', score: 1 },
      { municipality: 'B', element: 'e2', item: 'i3', score: 5 },
    ] as const;
    const s = fidelityScores(answers.map((a) => ({ ...a })));
    // A: e1 = mean(mean(5,3) = 4, 2) = 3; e2 = 4; overall 3.5. B: e1 = 1, e2 = 5, overall 3.
    expect(s).toEqual([
      { municipality: 'A', elements: { e1: 3, e2: 4 }, overall: 3.5 },
      { municipality: 'B', elements: { e1: 1, e2: 5 }, overall: 3 },
    ]);
    expect(fidelitySummary(s).overall.median).toBe(3.25);
  });

  it('quantiles as R type 7', () => {
    // R: quantile(c(3.2, 4.1, 2.5, 3.9, 4.4), c(.25, .5, .75)) → 3.2, 3.9, 4.1
    expect(quantile([3.2, 4.1, 2.5, 3.9, 4.4], 0.25)).toBeCloseTo(3.2, 12);
    expect(quantile([3.2, 4.1, 2.5, 3.9, 4.4], 0.5)).toBeCloseTo(3.9, 12);
    expect(quantile([3.2, 4.1, 2.5, 3.9, 4.4], 0.75)).toBeCloseTo(4.1, 12);
  });

  it('compliance share: yes ÷ (yes + no)', () => {
    expect(complianceShare(86, 14)).toBe(0.86);
    expect(() => complianceShare(0, 0)).toThrow(/no yes\/no/);
  });
});

describe('cost calculators (measures.md §10)', () => {
  it('rehab-meeting saving is 1,400 kr per exempted case', () => {
    expect(rehabMeetingSaving(1)).toBe(1400);
    expect(rehabMeetingSaving(57)).toBe(79_800);
    expect(rehabMeetingSaving(10, 17_000)).toBe(17_000);
  });

  it('LÆ265 saving at 1,742 kr; 133.8 certificates give 233,079.6 kr, not the printed 233,149', () => {
    expect(lae265Saving(100)).toBe(174_200);
    expect(lae265Saving(133.8)).toBeCloseTo(233_079.6, 6);
  });

  it('LÆ285 saving net of alternative certificates', () => {
    // 50 × 1,120 − (10 × 1,742 + 5 × 600) = 56,000 − 20,420 = 35,580.
    expect(
      lae285NetSaving(50, [
        { count: 10, price: 1742 },
        { count: 5, price: 600 },
      ]),
    ).toBe(35_580);
  });

  it('microloan break-even months', () => {
    // (500,000 + 140,000) ÷ 12,800 = 50 months; per person over 20 = 2.5.
    expect(microloanBreakEven(500_000, 140_000, 20)).toEqual({ months: 50, monthsPerPerson: 2.5 });
    expect(microloanBreakEven(12_800, 0).monthsPerPerson).toBeNull();
    expect(() => microloanBreakEven(-1, 0)).toThrow(/grants/);
  });
});
