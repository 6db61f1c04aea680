/** Day arithmetic and the placement ratio, checked against independent computations. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsDay, addSpan, dayOf, isoOf } from '../../src/rules/days.ts';
import {
  checkPlacementRatio,
  placementCapacity,
} from '../../src/rules/statutes/placement-ratio.ts';

describe('day numbers', () => {
  it('agree with Date for every day 1990–2040', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7305, max: 25567 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayOf(iso)).toBe(n);
        expect(isoOf(n)).toBe(iso);
      }),
    );
  });

  it('agree with Date.UTC inside and outside the month table (1900–2199) of dayOf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
          fc.pre(d <= dim);
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(dayOf(iso)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        },
      ),
    );
    // The table's edges, worked by hand from 1970-01-01 = 0: 1900-01-01 is
    // 70 years earlier with 17 leap days (1904…1968), i.e. −(70·365 + 17).
    expect(dayOf('1900-01-01')).toBe(-(70 * 365 + 17));
    expect(dayOf('1899-12-31')).toBe(-(70 * 365 + 17) - 1);
    expect(dayOf('2199-12-31')).toBe(Date.UTC(2199, 11, 31) / 86_400_000);
    expect(dayOf('2200-01-01')).toBe(Date.UTC(2200, 0, 1) / 86_400_000);
  });

  it('clamps month ends: 31 January + 1 month = 28/29 February', () => {
    expect(isoOf(addMonthsDay(dayOf('2019-01-31'), 1, 'clamp'))).toBe('2019-02-28');
    expect(isoOf(addMonthsDay(dayOf('2020-01-31'), 1, 'clamp'))).toBe('2020-02-29');
    expect(isoOf(addMonthsDay(dayOf('2019-01-31'), 1, 'overflow'))).toBe('2019-03-03');
  });

  it('counts "within the first n" as a period including the anchor day', () => {
    const start = dayOf('2019-03-04');
    expect(isoOf(addSpan(start, { n: 6, unit: 'month', counting: 'period' }, 'clamp'))).toBe(
      '2019-09-03',
    );
    expect(isoOf(addSpan(start, { n: 4, unit: 'week', counting: 'period' }, 'clamp'))).toBe(
      '2019-03-31',
    );
    expect(isoOf(addSpan(start, { n: 4, unit: 'week', counting: 'elapsed' }, 'clamp'))).toBe(
      '2019-04-01',
    );
  });
});

describe('placement ratio (BAB §§ 65, 83)', () => {
  it.each([
    [0, 1],
    [4, 1],
    [5, 1],
    [10, 2],
    [49, 9],
    [50, 10],
    [59, 10],
    [60, 11],
    [100, 15],
  ])('%i ordinary employees allow %i placements', (employees, capacity) => {
    expect(placementCapacity(employees)).toBe(capacity);
  });

  it('allows a placement up to the capacity and refuses one beyond, with a reason', () => {
    expect(
      checkPlacementRatio({ ordinaryEmployees: 10, currentPlacements: 1, regime: 'lab2015' })
        .allowed,
    ).toBe(true);
    const refused = checkPlacementRatio({
      ordinaryEmployees: 10,
      currentPlacements: 2,
      regime: 'lab2015',
    });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.reason.da).toContain('Forholdstallet');
      expect(refused.reason.en).toContain('ratio');
    }
  });

  it('counts hours from 2020 so part-time placements share a full-time place', () => {
    const input = {
      ordinaryEmployees: 5,
      currentPlacements: 1,
      currentPlacementHours: 15,
      newPlacementHours: 15,
    };
    expect(checkPlacementRatio({ ...input, regime: 'lab2020' }).allowed).toBe(true);
    expect(checkPlacementRatio({ ...input, regime: 'lab2015' }).allowed).toBe(false);
  });
});
