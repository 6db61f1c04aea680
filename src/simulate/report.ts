/**
 * The simulation's tables: events, hours, full-time equivalents and kr per
 * rule set and the difference (last rule set − first), by event kind, target
 * group, municipality and month. Plain rows and columns in the statistics
 * module's report shape, so the same renderers (text, CSV, XLSX) print them.
 */
import { type Assumptions, costOf } from './costs.ts';
import type { Cell, ReplayResult } from './replay.ts';
import type { RuleSetSpec } from './rule-set.ts';

export type ReportCell = string | number | null;

export interface SimTable {
  id: string;
  title: string;
  caption?: string;
  columns: string[];
  rows: ReportCell[][];
}

export interface SimReport {
  title: string;
  subtitle?: string;
  tables: SimTable[];
  notes: string[];
}

/** Events, hours, FTE and kr of one group of cells, per rule set. */
export interface Figures {
  events: number[];
  hours: number[];
  fte: number[];
  dkk: number[];
}

export function ruleSetLabel(s: RuleSetSpec): string {
  const t = s.trial
    ? ` + ${s.trial.id}${s.trial.municipality ? ` (${s.trial.municipality})` : ''}`
    : '';
  return `lov pr. ${s.lawAt}${t}`;
}

export function figuresOf(cells: readonly Cell[], n: number, a: Assumptions): Figures {
  const f: Figures = {
    events: new Array(n).fill(0),
    hours: new Array(n).fill(0),
    fte: new Array(n).fill(0),
    dkk: new Array(n).fill(0),
  };
  for (const c of cells) {
    for (let i = 0; i < n; i++) {
      const k = c.events[i] ?? 0;
      if (k === 0) continue;
      const { hours, dkk } = costOf(a, c.kind, k);
      f.events[i]! += k;
      f.hours[i]! += hours;
      f.dkk[i]! += dkk;
    }
  }
  for (let i = 0; i < n; i++) f.fte[i] = f.hours[i]! / a.hoursPerFte;
  return f;
}

function group(cells: readonly Cell[], by: (c: Cell) => string): Map<string, Cell[]> {
  const m = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = by(c);
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  }
  return m;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function table(
  id: string,
  title: string,
  label: string,
  groups: Map<string, Cell[]>,
  r: ReplayResult,
  a: Assumptions,
  order?: (a: string, b: string) => number,
): SimTable {
  const n = r.ruleSets.length;
  const columns = [label];
  const names = r.ruleSets.map((_, i) => (n > 1 ? String.fromCharCode(65 + i) : ''));
  for (const m of ['hændelser', 'timer', 'årsværk', 'kr.']) {
    for (const nm of names) columns.push(nm ? `${m} ${nm}` : m);
    if (n > 1) columns.push(`${m} ${names[n - 1]}−A`);
  }
  const rows: ReportCell[][] = [];
  const keys = [...groups.keys()].sort(
    order ?? ((x, y) => x.localeCompare(y, 'en', { numeric: true })),
  );
  const add = (k: string, cells: readonly Cell[]) => {
    const f = figuresOf(cells, n, a);
    const row: ReportCell[] = [k];
    for (const [arr, d] of [
      [f.events, 0],
      [f.hours, 0],
      [f.fte, 2],
      [f.dkk, 0],
    ] as const) {
      for (const v of arr) row.push(round(v, d));
      if (n > 1) row.push(round(arr[n - 1]! - arr[0]!, d));
    }
    rows.push(row);
  };
  for (const k of keys) add(k, groups.get(k)!);
  add('I alt', r.cells);
  return { id, title, columns, rows };
}

/** The report of a replay: one table per breakdown, and notes with the rule sets and assumptions. */
export function buildReport(r: ReplayResult, a: Assumptions, title = 'Reformberegner'): SimReport {
  const sets = r.ruleSets
    .map((s, i) => `${String.fromCharCode(65 + i)}: ${ruleSetLabel(s)}`)
    .join('; ');
  const tables = [
    table(
      'haendelser',
      'Efter hændelse',
      'hændelse',
      group(r.cells, (c) => c.kind),
      r,
      a,
    ),
    table(
      'maalgrupper',
      'Efter målgruppe',
      'målgruppe',
      group(r.cells, (c) => c.targetGroup),
      r,
      a,
    ),
    table(
      'kommuner',
      'Efter kommune',
      'kommune',
      group(r.cells, (c) => c.municipality),
      r,
      a,
    ),
    table(
      'maaneder',
      'Efter måned',
      'måned',
      group(r.cells, (c) => String(c.month).padStart(2, '0')),
      r,
      a,
    ),
  ];
  const notes = [
    `Basisår ${r.baseYear}; ${r.cases} sager (vægtet ${round(r.weightedCases, 0)} personer). Regelsæt: ${sets}.`,
    'Minimumsforløbet: de hændelser reglerne kræver, hver lagt på et fast punkt i sit vindue (docs/simulation.md).',
    `Antagelser: timeløn ${a.hourlyWageDkk} kr., ${a.hoursPerFte} timer pr. årsværk, rehabiliteringsteam ${a.rehabMeetingPriceDkk} kr. pr. møde ÷ ${a.casesPerRehabMeeting} sager, attester ${Object.entries(
      a.certificateFeesDkk,
    )
      .map(([k, v]) => `${k} ${v} kr.`)
      .join(', ')}.`,
    ...r.totals.map(
      (t, i) =>
        `${String.fromCharCode(65 + i)}: ${t.unschedulable} forpligtelser uden mulig hændelse (fx varighedsgrænser), ${t.waived} bortfaldet efter forsøg.`,
    ),
  ];
  return { title, subtitle: sets, tables, notes };
}
