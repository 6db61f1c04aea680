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
