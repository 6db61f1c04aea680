/**
 * measureRows: the rows every measure returns, typed, kept to a municipality's areas and
 * sorted. Expected rows written by hand from the input below.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureColumn } from '../../src/stats/measures/types.ts';
import { columnsOfRows, measureRows } from '../../src/stats/result-rows.ts';

const COLUMNS: MeasureColumn[] = [
  { name: 'period', type: 'text', labelDa: 'Periode' },
  { name: 'area_level', type: 'text', labelDa: 'Niveau' },
  { name: 'area', type: 'text', labelDa: 'Område' },
  { name: 'persons', type: 'int', labelDa: 'Personer' },
  { name: 'pct', type: 'float', labelDa: 'Andel' },
];

// As an engine returns them: unsorted, counts as strings or with decimals, an extra column.
const RESULT = {
  names: ['area', 'persons', 'period', 'area_level', 'pct', 'extra'],
  columns: [
    ['851', '1081', 'DK', '101', '849', 'DK'],
    ['10', 25.4, 300, '7', 4, 280],
    ['2018-02', '2018-01', '2018-01', '2018-01', '2018-01', '2018-02'],
    ['municipality', 'region', 'country', 'municipality', 'municipality', 'country'],
    [1 / 3, null, 50, 12.5, 0.1 + 0.2, 7],
    ['x', 'x', 'x', 'x', 'x', 'x'],
  ],
  length: 6,
};

describe('measureRows', () => {
  it('types the values and sorts by period, then country, region, municipality', () => {
    expect(measureRows(COLUMNS, RESULT)).toEqual([
      { period: '2018-01', area_level: 'country', area: 'DK', persons: 300, pct: 50 },
      { period: '2018-01', area_level: 'region', area: '1081', persons: 25, pct: null },
      { period: '2018-01', area_level: 'municipality', area: '101', persons: 7, pct: 12.5 },
      { period: '2018-01', area_level: 'municipality', area: '849', persons: 4, pct: 0.3 },
      { period: '2018-02', area_level: 'country', area: 'DK', persons: 280, pct: 7 },
      {
        period: '2018-02',
        area_level: 'municipality',
        area: '851',
        persons: 10,
        pct: 0.3333333333,
      },
    ]);
  });

  it('keeps the country, the region and the municipality asked for', () => {
    // 849 Jammerbugt lies in Region Nordjylland (1081); 101 København and 851 Aalborg are left out.
    const rows = measureRows(COLUMNS, RESULT, '849');
    expect(rows.map((r) => `${r.period} ${r.area}`)).toEqual([
      '2018-01 DK',
      '2018-01 1081',
      '2018-01 849',
      '2018-02 DK',
    ]);
    expect(() => measureRows(COLUMNS, RESULT, '999')).toThrow(/unknown municipality code "999"/);
  });

  it('takes the rows a measure computes in TypeScript the same way', () => {
    const rows = [
      { period: '2018-01', area_level: 'municipality', area: '849', persons: 4, pct: 1 },
      { period: '2018-01', area_level: 'country', area: 'DK', persons: 9, pct: 2 },
    ];
    const names = COLUMNS.map((c) => c.name);
    expect(measureRows(COLUMNS, columnsOfRows(rows, names)).map((r) => r.area)).toEqual([
      'DK',
      '849',
    ]);
  });

  it('sorts text with empty values first and k as a number, however many distinct keys', () => {
    // A reference order written out plainly: empty text first, then `<` per key in turn.
    const cols: MeasureColumn[] = [
      { name: 'a', type: 'text', labelDa: 'a' },
      { name: 'b', type: 'text', labelDa: 'b' },
      { name: 'c', type: 'text', labelDa: 'c' },
      { name: 'k', type: 'int', labelDa: 'k' },
      { name: 'v', type: 'int', labelDa: 'v' },
    ];
    const before = (x: (string | number | null)[], y: (string | number | null)[]) => {
      for (let i = 0; i < 4; i++) {
        if (x[i] === y[i]) continue;
        if (x[i] === null) return -1;
        if (y[i] === null) return 1;
        return (x[i] as string) < (y[i] as string) ? -1 : 1;
      }
      return 0;
    };
    // Pseudo-random rows (a linear congruential sequence): few distinct keys (the rows packed
    // into one number each), then thousands (too many for one number: compared key by key).
    for (const distinct of [3, 5000]) {
      let seed = 17;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % distinct;
      };
      const rows = Array.from({ length: 4000 }, (_, v) => {
        const text = () => {
          const r = next();
          return r === 0 ? null : `t${r}`;
        };
        return [text(), text(), text(), next() - 1, v];
      });
      const result = {
        names: ['a', 'b', 'c', 'k', 'v'],
        columns: [0, 1, 2, 3, 4].map((c) => rows.map((r) => r[c])),
        length: rows.length,
      };
      // Rows with the same keys keep their order (a stable sort: Array.prototype.sort is one).
      const expected = [...rows].sort(before).map((r) => r[4]);
      expect(measureRows(cols, result).map((r) => r.v)).toEqual(expected);
    }
  });
});
