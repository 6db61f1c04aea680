/**
 * Design matrices and grouping codes. A design is row-major (n × k) in a
 * Float64Array so that the estimators can accumulate cross-products in one
 * cache-friendly pass.
 */
import { EstimationError } from './errors.ts';

export interface Design {
  readonly n: number;
  readonly k: number;
  /** Row-major n × k. */
  readonly x: Float64Array;
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
  options: { intercept?: boolean } = {},
): Design {
  const intercept = options.intercept ?? true;
  const n = columns[0]?.values.length ?? 0;
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
  const x = new Float64Array(n * k);
  const off = intercept ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const row = i * k;
    if (intercept) x[row] = 1;
    for (let j = 0; j < columns.length; j++) x[row + off + j] = columns[j]!.values[i]!;
  }
  const names = [...(intercept ? ['(Intercept)'] : []), ...columns.map((c) => c.name)];
  return { n, k, x, names };
}

export interface Grouping {
  /** Group code 0..nGroups-1 per observation. */
  readonly codes: Int32Array;
  readonly nGroups: number;
}

/** Maps arbitrary group labels (person ids, municipality codes) to dense integer codes. */
export function factorize(labels: ArrayLike<string | number>): Grouping {
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
