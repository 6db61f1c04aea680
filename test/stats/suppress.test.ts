/**
 * Small-cell suppression with secondary suppression: a hidden cell must not
 * be recoverable by subtracting the published cells from a published total.
 */
import { describe, expect, it } from 'vitest';
import { columnsFor } from '../../src/stats/measures/common.ts';
import { measureById } from '../../src/stats/measures/index.ts';
import { suppressRows } from '../../src/stats/suppress.ts';

const m = measureById('delvise-raskmeldinger');

function row(level: string, area: string, recipients: number, partial: number, gruppe?: string) {
  return {
    period: '2018-02',
    area_level: level,
    area,
    ...(gruppe === undefined ? {} : { gruppe }),
    recipients,
    partial,
    partial_pct: (100 * partial) / recipients,
  };
}

describe('secondary suppression', () => {
  it('hides the smallest other municipality of the region when one is hidden', () => {
    // Region Nordjylland 1081: 849 (2 recipients, hidden), 840 (10), 851 (20). From the region's
    // 32 and 840's 10 and 851's 20 anyone could recover 849's 2: hide 840 as well.
    const rows = [
      row('country', 'DK', 100, 40),
      row('region', '1081', 32, 12),
      row('municipality', '849', 2, 1),
      row('municipality', '840', 10, 5),
      row('municipality', '851', 20, 6),
    ];
    const out = suppressRows(m, rows);
    expect(out[0]).toEqual(rows[0]);
    expect(out[2]).toMatchObject({ recipients: '.', partial: '.', partial_pct: '.' });
    expect(out[3]).toMatchObject({ recipients: '.', partial_pct: '.' });
    expect(out[4]).toMatchObject({ recipients: 20, partial_pct: 30 });
    // partial: 849 (1) is hidden; the smallest other, 840 (5), goes too; 851 (6) stays.
    expect(out[3]!.partial).toBe('.');
    expect(out[4]!.partial).toBe(6);
  });

  it('hides a second breakdown group of the same area, and leaves two hidden alone', () => {
    const params = { kind: 'month' as const, breakdown: 'sex' as const };
    const columns = columnsFor(m, params);
    const rows = [
      row('municipality', '849', 1, 0, 'M'),
      row('municipality', '849', 9, 3, 'K'),
      row('municipality', '849', 4, 4, 'ukendt'),
      row('municipality', '101', 1, 0, 'M'),
      row('municipality', '101', 2, 0, 'K'),
      row('municipality', '101', 30, 10, 'ukendt'),
    ];
    const out = suppressRows(m, rows, columns);
    // 849: M hidden (1); K (9) and ukendt (4) shown → ukendt, the smaller, is hidden too.
    expect(out.map((r) => r.recipients)).toEqual(['.', 9, '.', '.', '.', 30]);
    // 101 (another region, so no municipality partition joins them) had two hidden groups
    // already: nothing more.
    const cascade = suppressRows(m, [...rows, row('municipality', '851', 5, 0, 'M')], columns);
    // With 851 in the same region as 849: M per municipality of region 1081 is 849 hidden and
    // 851 shown → 851's M is hidden too.
    expect(cascade[6]!.recipients).toBe('.');
    expect(out[1]!.recipients).toBe(9);
  });
});
