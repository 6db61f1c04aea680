/**
 * Small-cell suppression (measures.md § 6): a cell resting on fewer than 3
 * persons prints as "."; the whole-country row is published unsuppressed.
 */
import type { Row } from '../sql/engine.ts';
import type { Measure } from './measures/index.ts';

export const SUPPRESSION_THRESHOLD = 3;
export const SUPPRESSED = '.';

export type Cell = string | number | boolean | null;

/** A copy of the rows with every cell whose governing count is below 3 replaced by ".". */
export function suppressRows(measure: Measure, rows: readonly Row[]): Row[] {
  return rows.map((row) => {
    if (row.area_level === 'country') return { ...row };
    const out: Row = { ...row };
    for (const col of measure.columns) {
      if (!col.suppressBy) continue;
      const n = row[col.suppressBy];
      if (typeof n === 'number' && n < SUPPRESSION_THRESHOLD) out[col.name] = SUPPRESSED;
    }
    return out;
  });
}

/** One count cell: "." when below the threshold. */
export function suppressCount(n: number | null, unsuppressed = false): Cell {
  if (n === null) return SUPPRESSED;
  return !unsuppressed && n < SUPPRESSION_THRESHOLD ? SUPPRESSED : n;
}
