/** A seeded random source for synthetic data (pure-rand's xoroshiro128+): same seed, same data. */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export class SeededRandom {
  private readonly rng: ReturnType<typeof xoroshiro128plus>;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }
  /** Float in [0, 1). */
  float(): number {
    return uniformInt(this.rng, 0, 0x3fffffff) / 0x40000000;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }
  /** Pick by relative weights. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((s, [, w]) => s + w, 0);
    let x = this.float() * total;
    for (const [value, w] of options) {
      x -= w;
      if (x < 0) return value;
    }
    return options[options.length - 1]![0];
  }
}
