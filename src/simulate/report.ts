/**
 * The simulation's tables: events, hours, full-time equivalents and kr per
 * rule set and the difference (last rule set − first), by event kind, target
 * group, municipality and month. Plain rows and columns in the statistics
 * module's report shape, so the same renderers (text, CSV, XLSX) print them.
 */
import { type Assumptions, costOf } from './costs.ts';
import { eventKindName, type Lang, municipalityName, targetGroupName } from './labels.ts';
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

export function ruleSetLabel(s: RuleSetSpec, lang: Lang = 'da'): string {
  const t = s.trial
    ? ` + ${s.trial.id}${s.trial.municipality ? ` (${municipalityName(s.trial.municipality)})` : ''}`
    : '';
  return `${lang === 'da' ? 'lov pr.' : 'law of'} ${s.lawAt}${t}`;
}

/** The report's words in Danish and English (the measure names head the columns). */
const WORDS = {
  da: {
    measures: ['hændelser', 'timer', 'årsværk', 'kr.'],
    total: 'I alt',
    byKind: ['Efter hændelse', 'hændelse'],
    byGroup: ['Efter målgruppe', 'målgruppe'],
    byMunicipality: ['Efter kommune', 'kommune'],
    byMonth: ['Efter måned', 'måned'],
  },
  en: {
    measures: ['events', 'hours', 'FTE', 'kr'],
    total: 'Total',
    byKind: ['By event', 'event'],
    byGroup: ['By target group', 'target group'],
    byMunicipality: ['By municipality', 'municipality'],
    byMonth: ['By month', 'month'],
  },
} as const;

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

/** Rounds half away from zero, so a saving and the cost it undoes round to the same size. */
const round = (x: number, d = 1) =>
  (Math.sign(x) * Math.round(Math.abs(x) * 10 ** d)) / 10 ** d || 0;

/** How one breakdown's rows are keyed, named and headed. */
interface Breakdown {
  id: string;
  /** [table title, first column's heading] */
  words: readonly [string, string];
  key: (c: Cell) => string;
  name: (key: string) => string;
}

function table(b: Breakdown, r: ReplayResult, a: Assumptions, lang: Lang): SimTable {
  const { id, words } = b;
  const [title, label] = words;
  const groups = group(r.cells, b.key);
  const n = r.ruleSets.length;
  const columns = [label];
  const names = r.ruleSets.map((_, i) => (n > 1 ? String.fromCharCode(65 + i) : ''));
  for (const m of WORDS[lang].measures) {
    for (const nm of names) columns.push(nm ? `${m} ${nm}` : m);
    if (n > 1) columns.push(`${m} ${names[n - 1]}−A`);
  }
  const rows: ReportCell[][] = [];
  const keys = [...groups.keys()].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
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
  for (const k of keys) add(b.name(k), groups.get(k)!);
  add(WORDS[lang].total, r.cells);
  return { id, title, columns, rows };
}

/** The report of a replay: one table per breakdown, and notes with the rule sets and assumptions. */
export function buildReport(
  r: ReplayResult,
  a: Assumptions,
  options: { title?: string; lang?: Lang } = {},
): SimReport {
  const lang = options.lang ?? 'da';
  const title = options.title ?? (lang === 'da' ? 'Reformberegner' : 'Reform calculator');
  const w = WORDS[lang];
  const sets = r.ruleSets
    .map((s, i) => `${String.fromCharCode(65 + i)}: ${ruleSetLabel(s, lang)}`)
    .join('; ');
  const breakdowns: Breakdown[] = [
    { id: 'haendelser', words: w.byKind, key: (c) => c.kind, name: (k) => eventKindName(k, lang) },
    {
      id: 'maalgrupper',
      words: w.byGroup,
      key: (c) => c.targetGroup,
      name: (k) => targetGroupName(k, lang),
    },
    { id: 'kommuner', words: w.byMunicipality, key: (c) => c.municipality, name: municipalityName },
    {
      id: 'maaneder',
      words: w.byMonth,
      key: (c) => String(c.month).padStart(2, '0'),
      name: (k) => k,
    },
  ];
  const tables = breakdowns.map((b) => table(b, r, a, lang));
  const notes = lang === 'da' ? notesDa(r, a, sets) : notesEn(r, a, sets);
  return { title, subtitle: sets, tables, notes };
}

function notesDa(r: ReplayResult, a: Assumptions, sets: string): string[] {
  return [
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
}

function notesEn(r: ReplayResult, a: Assumptions, sets: string): string[] {
  const fees = Object.entries(a.certificateFeesDkk)
    .map(([k, v]) => `${k} ${v} kr`)
    .join(', ');
  return [
    `Base year ${r.baseYear}; ${r.cases} cases (weighted ${round(r.weightedCases, 0)} persons). Rule sets: ${sets}.`,
    'The minimum schedule: the events the rules require, each at a fixed point of its window (docs/simulation.md).',
    `Assumptions: hourly wage ${a.hourlyWageDkk} kr, ${a.hoursPerFte} hours per FTE, rehabilitation team ${a.rehabMeetingPriceDkk} kr per meeting ÷ ${a.casesPerRehabMeeting} cases, certificates ${fees}.`,
    ...r.totals.map(
      (t, i) =>
        `${String.fromCharCode(65 + i)}: ${t.unschedulable} obligations no event can meet (e.g. duration limits), ${t.waived} waived by a trial.`,
    ),
  ];
}
