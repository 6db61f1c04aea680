/**
 * Seeded synthetic data for planted-effect checks and benchmarks. The
 * generator is sfc32 (Chris Doty-Humphrey's "small fast chaotic" PRNG, which
 * passes PractRand); normals by Box–Muller. Same seed, same data.
 */

export class Sfc32 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;
  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform on [0, 1) with 53 bits. */
  float(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.float();
    const v = this.float();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}

export interface DidPanelOptions {
  readonly seed: number;
  readonly persons: number;
  /** Spells per person (every person gets exactly this many). */
  readonly spellsPerPerson: number;
  readonly covariates: number;
  /** The planted programme effect δ on the outcome. */
  readonly effect: number;
  /** Number of municipalities; the first half are treated. */
  readonly municipalities?: number;
  /** SD of the person effect (induces within-person correlation). */
  readonly personSd?: number;
  readonly noiseSd?: number;
}

export interface DidPanel {
  readonly n: number;
  readonly outcome: Float64Array;
  readonly treated: Float64Array;
  readonly post: Float64Array;
  readonly person: Int32Array;
  readonly covariates: { name: string; values: Float64Array }[];
}

/**
 * Spells of persons in treated and comparison municipalities, before and
 * after, with Y = 0.3 + 0.05·treated + 0.02·post + δ·treated·post + Σ 0.1·x_j
 * + u_person + ε.
 */
export function simulateDidPanel(o: DidPanelOptions): DidPanel {
  const rng = new Sfc32(o.seed);
  const n = o.persons * o.spellsPerPerson;
  const munis = o.municipalities ?? 20;
  const outcome = new Float64Array(n);
  const treated = new Float64Array(n);
  const post = new Float64Array(n);
  const person = new Int32Array(n);
  const covariates = Array.from({ length: o.covariates }, (_, j) => ({
    name: `x${j + 1}`,
    values: new Float64Array(n),
  }));
  const personSd = o.personSd ?? 0.2;
  const noiseSd = o.noiseSd ?? 0.4;
  let i = 0;
  for (let p = 0; p < o.persons; p++) {
    const muni = rng.int(munis);
    const tr = muni < munis / 2 ? 1 : 0;
    const u = personSd * rng.normal();
    for (let s = 0; s < o.spellsPerPerson; s++, i++) {
      const po = rng.float() < 0.5 ? 1 : 0;
      let y = 0.3 + 0.05 * tr + 0.02 * po + o.effect * tr * po + u + noiseSd * rng.normal();
      for (const c of covariates) {
        const x = rng.normal();
        c.values[i] = x;
        y += 0.1 * x;
      }
      outcome[i] = y;
      treated[i] = tr;
      post[i] = po;
      person[i] = p;
    }
  }
  return { n, outcome, treated, post, person, covariates };
}
