/**
 * Small-cell suppression (measures.md § 6): a cell resting on fewer than 3
 * persons prints as "."; the whole-country row is published unsuppressed.
 *
 * Secondary suppression: a hidden cell must not be recoverable by
 * subtraction. Where the rows of a partition add up to a published total —
 * the breakdown groups of one area (to the area's row without breakdown), the
 * municipalities of a region (to the region), the regions (to the country) —
 * and exactly one of them is hidden, the smallest other one is hidden too,
 * repeated until no partition has a lone hidden cell.
 */
import { municipalityByCode } from '../reference/municipalities.ts';
import type { Row } from '../sql/engine.ts';
import type { Measure, MeasureColumn } from './measures/index.ts';

export const SUPPRESSION_THRESHOLD = 3;
export const SUPPRESSED = '.';

export type Cell = string | number | boolean | null;

/**
 * A copy of the rows with every cell whose governing count is below 3
 * replaced by ".", and the secondary suppression above. `columns`: the
 * measure's columns as run (with `gruppe` when broken down; columnsFor).
 */
export function suppressRows(
  measure: Measure,
  rows: readonly Row[],
  columns: readonly MeasureColumn[] = measure.columns,
): Row[] {
  const counts = [...new Set(columns.flatMap((c) => (c.suppressBy ? [c.suppressBy] : [])))];
  // hidden[i]: the count columns hidden in row i.
  const hidden = rows.map((row) => {
    const set = new Set<string>();
    if (row.area_level === 'country') return set;
    for (const c of counts) {
      const n = row[c];
      if (typeof n === 'number' && n < SUPPRESSION_THRESHOLD) set.add(c);
    }
    return set;
  });
  const partitions = partitionsOf(rows, columns);
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of partitions) {
      for (const c of counts) {
        const shown = members.filter((i) => !hidden[i]!.has(c));
        if (members.length - shown.length !== 1 || shown.length === 0) continue;
        let smallest = shown[0]!;
        for (const i of shown) {
          if (Number(rows[i]![c] ?? 0) < Number(rows[smallest]![c] ?? 0)) smallest = i;
        }
        hidden[smallest]!.add(c);
        changed = true;
      }
    }
  }
  return rows.map((row, i) => {
    const out: Row = { ...row };
    for (const col of columns) {
      if (col.suppressBy && hidden[i]!.has(col.suppressBy)) out[col.name] = SUPPRESSED;
    }
    return out;
  });
}

/** Row indexes grouped into the partitions of a published total (see the module comment). */
function partitionsOf(rows: readonly Row[], columns: readonly MeasureColumn[]): number[][] {
  const keys = columns
    .filter((c) => (c.type === 'text' || c.name === 'k') && !AREA_KEYS.has(c.name))
    .map((c) => c.name);
  const key = (row: Row, extra: string) =>
    JSON.stringify([...keys.map((k) => row[k] ?? null), extra]);
  const groups = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  };
  rows.forEach((row, i) => {
    if (row.area_level === 'country') return;
    if (row.gruppe !== undefined) {
      // Breakdown groups of one area (gruppe excluded from the key).
      const { gruppe: _, ...rest } = row;
      add(`g${key(rest, `${row.area_level}:${row.area}`)}`, i);
    }
    if (row.area_level === 'municipality') {
      const region = municipalityByCode(String(row.area))?.regionCode ?? '?';
      add(`m${key(row, `${row.gruppe ?? ''}:${region}`)}`, i);
    } else if (row.area_level === 'region') {
      add(`r${key(row, `${row.gruppe ?? ''}`)}`, i);
    }
  });
  return [...groups.values()].filter((members) => members.length > 1);
}

const AREA_KEYS = new Set(['area_level', 'area', 'gruppe']);

/** One count cell: "." when below the threshold. */
export function suppressCount(n: number | null, unsuppressed = false): Cell {
  if (n === null) return SUPPRESSED;
  return !unsuppressed && n < SUPPRESSION_THRESHOLD ? SUPPRESSED : n;
}
