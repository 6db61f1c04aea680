/**
 * Design matrices and grouping codes. A design is stored by column, one
 * Float64Array per column, so that the estimators build X'X and X'WX as tight
 * dot-product loops over contiguous memory.
 */
import { EstimationError } from './errors.ts';

export interface Design {
  readonly n: number;
  readonly k: number;
  /** The k columns, each of length n (the first is the intercept when present). */
  readonly columns: readonly Float64Array[];
  readonly names: readonly string[];
}

export interface NamedColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

function checkFinite(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new EstimationError(
        'invalid-input',
        `column "${name}" has a missing or non-numeric value in row ${i + 1}`,
      );
    }
  }
}

/** Builds a design from named columns, optionally with a leading intercept column "(Intercept)". */
export function buildDesign(
  columns: readonly NamedColumn[],
  options: { intercept?: boolean; rows?: number } = {},
): Design {
  const intercept = options.intercept ?? true;
  // `rows` gives the length of an intercept-only design (no columns to take it from).
  const n = columns[0]?.values.length ?? options.rows ?? 0;
  for (const c of columns) {
    if (c.values.length !== n) {
      throw new EstimationError(
        'invalid-input',
        `column "${c.name}" has ${c.values.length} values, expected ${n}`,
      );
    }
    checkFinite(c.name, c.values);
  }
  const k = columns.length + (intercept ? 1 : 0);
  const cols: Float64Array[] = [];
  if (intercept) cols.push(new Float64Array(n).fill(1));
  // Float64Array inputs are used as they are (not copied); other arrays are converted.
  for (const c of columns)
    cols.push(c.values instanceof Float64Array ? c.values : Float64Array.from(c.values));
  const names = [...(intercept ? ['(Intercept)'] : []), ...columns.map((c) => c.name)];
  return { n, k, columns: cols, names };
}

export interface Grouping {
  /** Group code 0..nGroups-1 per observation. */
  readonly codes: Int32Array;
  readonly nGroups: number;
}

/** Maps arbitrary group labels (person ids, municipality codes) to dense integer codes. */
export function factorize(labels: ArrayLike<string | number>): Grouping {
  if (labels instanceof Float64Array || labels instanceof Int32Array) {
    const fast = factorizeIntegers(labels);
    if (fast) return fast;
  }
  const codes = new Int32Array(labels.length);
  const seen = new Map<string | number, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    let code = seen.get(label);
    if (code === undefined) {
      code = seen.size;
      seen.set(label, code);
    }
    codes[i] = code;
  }
  return { codes, nGroups: seen.size };
}

/**
 * Integer labels in a range of at most 2^24 (person ids, kommunekoder) through a
 * lookup table instead of a Map: same codes (order of first appearance), about
 * ten times faster on a million rows. Null when the labels do not qualify.
 */
function factorizeIntegers(labels: Float64Array | Int32Array): Grouping | null {
  const n = labels.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = labels[i]!;
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0 || max - min >= 1 << 24) return null;
  const table = new Int32Array(max - min + 1).fill(-1);
  const codes = new Int32Array(n);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const slot = labels[i]! - min;
    let code = table[slot]!;
    if (code < 0) {
      code = next++;
      table[slot] = code;
    }
    codes[i] = code;
  }
  return { codes, nGroups: next };
}
