/**
 * Small dense symmetric-matrix helpers on row-major Float64Array (k × k).
 * The heavy lifting (accumulating X'X and scores) is done by the estimators
 * in typed-array loops; the k × k algebra is delegated to ml-matrix.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { EstimationError } from './errors.ts';

/** Relative pivot tolerance for declaring a column linearly dependent (as R's lm uses 1e-7 in its QR). */
export const RANK_TOLERANCE = 1e-9;

/**
 * Checks that the symmetric positive semi-definite matrix `a` (k × k) has full
 * rank, by a Cholesky factorisation of its correlation form. The first column
 * that is (numerically) a linear combination of earlier ones is named in the error.
 */
export function assertFullRank(a: Float64Array, k: number, names: readonly string[]): void {
  const scale = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const d = a[i * k + i]!;
    if (!(d > 0)) {
      throw new EstimationError(
        'collinear',
        `covariate "${names[i] ?? i}" is constant zero (no variation), so its coefficient is not identified`,
      );
    }
    scale[i] = 1 / Math.sqrt(d);
  }
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let s = a[j * k + j]! * scale[j]! * scale[j]!;
    for (let p = 0; p < j; p++) s -= l[j * k + p]! * l[j * k + p]!;
    if (!(s > RANK_TOLERANCE)) {
      throw new EstimationError(
        'collinear',
        `covariate "${names[j] ?? j}" is collinear with the preceding columns (constant, duplicated or a linear combination), so its coefficient is not identified`,
      );
    }
    const ljj = Math.sqrt(s);
    l[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let t = a[i * k + j]! * scale[i]! * scale[j]!;
      for (let p = 0; p < j; p++) t -= l[i * k + p]! * l[j * k + p]!;
      l[i * k + j] = t / ljj;
    }
  }
}

export function toMatrix(a: Float64Array, k: number): Matrix {
  const m = new Matrix(k, k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) m.set(i, j, a[i * k + j]!);
  return m;
}

export function fromMatrix(m: Matrix): Float64Array {
  const k = m.rows;
  const out = new Float64Array(k * m.columns);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < m.columns; j++) out[i * m.columns + j] = m.get(i, j);
  return out;
}

/** Inverse of a symmetric positive-definite matrix via Cholesky; symmetrised on return. */
export function invertSpd(a: Float64Array, k: number, names: readonly string[]): Float64Array {
  assertFullRank(a, k, names);
  const chol = new CholeskyDecomposition(toMatrix(a, k));
  if (!chol.isPositiveDefinite()) {
    throw new EstimationError('collinear', 'the cross-product matrix is not positive definite');
  }
  const inv = fromMatrix(chol.solve(Matrix.eye(k, k)));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const v = (inv[i * k + j]! + inv[j * k + i]!) / 2;
      inv[i * k + j] = v;
      inv[j * k + i] = v;
    }
  }
  return inv;
}

/** Solves a · x = b for symmetric positive-definite a. */
export function solveSpd(a: Float64Array, k: number, b: Float64Array): Float64Array {
  const chol = new CholeskyDecomposition(toMatrix(a, k));
  const rhs = new Matrix(k, 1);
  for (let i = 0; i < k; i++) rhs.set(i, 0, b[i]!);
  const x = chol.solve(rhs);
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) out[i] = x.get(i, 0);
  return out;
}

/** bread · meat · bread · scale, all k × k symmetric. */
export function sandwich(
  bread: Float64Array,
  meat: Float64Array,
  k: number,
  scale = 1,
): Float64Array {
  const tmp = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += bread[i * k + p]! * meat[p * k + j]!;
      tmp[i * k + j] = s;
    }
  }
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += tmp[i * k + p]! * bread[p * k + j]!;
      out[i * k + j] = s * scale;
    }
  }
  return out;
}

/** Fills the upper triangle of a row-major k × k matrix from its lower triangle. */
export function symmetrizeLower(a: Float64Array, k: number): void {
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) a[i * k + j] = a[j * k + i]!;
}

/** Σ a_i b_i (four independent accumulators, so the loop is not bound by add latency). */
export function dot(a: Float64Array, b: Float64Array | ArrayLike<number>): number {
  const n = a.length;
  const m = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < m; i += 4) {
    s0 += a[i]! * b[i]!;
    s1 += a[i + 1]! * b[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]!;
  }
  for (let i = m; i < n; i++) s0 += a[i]! * b[i]!;
  return s0 + s1 + (s2 + s3);
}

/** Σ a_i b_i w_i. */
export function dotW(
  a: Float64Array,
  b: Float64Array,
  w: Float64Array | ArrayLike<number>,
): number {
  const n = a.length;
  const m = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < m; i += 4) {
    s0 += a[i]! * b[i]! * w[i]!;
    s1 += a[i + 1]! * b[i + 1]! * w[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]! * w[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]! * w[i + 3]!;
  }
  for (let i = m; i < n; i++) s0 += a[i]! * b[i]! * w[i]!;
  return s0 + s1 + (s2 + s3);
}

/** Symmetric cross-product Σ w_i x_ia x_ib of column arrays (w omitted = 1). */
export function crossProduct(
  columns: readonly Float64Array[],
  w?: Float64Array | ArrayLike<number>,
): Float64Array {
  const k = columns.length;
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b <= a; b++) {
      const v = w ? dotW(columns[a]!, columns[b]!, w) : dot(columns[a]!, columns[b]!);
      out[a * k + b] = v;
      out[b * k + a] = v;
    }
  }
  return out;
}
