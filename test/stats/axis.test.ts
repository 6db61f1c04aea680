import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../src/stats/axis.ts';

describe('valueAxis', () => {
  // Worked by hand: the smallest step of 1, 2 or 5 × 10^k with at most 5 steps up to max.
  it.each([
    [21.3, 25, [0, 5, 10, 15, 20, 25]],
    [121.8, 150, [0, 50, 100, 150]],
    [100, 100, [0, 20, 40, 60, 80, 100]],
    [3, 3, [0, 1, 2, 3]],
    [0.37, 0.4, [0, 0.1, 0.2, 0.3, 0.4]],
    [8_412, 10_000, [0, 2_000, 4_000, 6_000, 8_000, 10_000]],
  ])('max %d gives top %d with round ticks', (max, top, ticks) => {
    expect(valueAxis(max)).toEqual({ top, ticks });
  });

  it('gives a unit axis when there is nothing to show', () => {
    expect(valueAxis(0).top).toBe(1);
    expect(valueAxis(Number.NaN).top).toBe(1);
  });

  it('always covers the maximum with 3 to 6 ticks', () => {
    for (let max = 0.01; max < 1e6; max *= 1.37) {
      const a = valueAxis(max);
      expect(a.top).toBeGreaterThanOrEqual(max);
      expect(a.ticks.length).toBeGreaterThanOrEqual(3);
      expect(a.ticks.length).toBeLessThanOrEqual(6);
    }
  });
});
