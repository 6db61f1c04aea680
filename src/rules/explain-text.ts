/**
 * The engine's verdict in the words a Danish caseworker uses (`rules explain`):
 * status words that do not read as past due ("Skal holdes nu", "Frist i dag"),
 * "Afvigelser" rather than findings, events named by kind and date instead of
 * internal ids, Danish dates, one line per obligation with its progress
 * ("2 af 6"), each line once, and a note when a deadline falls on a weekend or
 * public holiday. Pure.
 */
import { isDanishPublicHoliday } from '../calendar/holidays.ts';
import { BENEFITS } from '../reference/benefits.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import type { CaseFile } from './case-format.ts';
import type { EvaluationResult, Obligation } from './engine.ts';
import { getDefaultCatalog } from './engine.ts';
import { danishDate, EVENT_DA, foldContentFindings } from './words-da.ts';

export { danishDate, EVENT_DA };

/** The status word of an obligation on the as-of date. */
export function statusWord(o: Pick<Obligation, 'status' | 'dueBy' | 'late'>, asOf: string): string {
  switch (o.status) {
    case 'upcoming':
      return 'Kommende';
    case 'due':
      return o.dueBy === asOf ? 'Frist i dag' : 'Skal holdes nu';
    case 'overdue':
      return 'Overskredet';
    case 'met':
      return o.late ? 'Opfyldt for sent' : 'Opfyldt';
    case 'waived':
      return 'Fritaget (forsøg)';
  }
}

const WEEKDAY = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** What the law says about a deadline on a day off: the full note and a short one for a table cell. */
export interface DeadlineNote {
  da: string;
  en: string;
  short: { da: string; en: string };
}

/**
 * A deadline on a Saturday, Sunday or public holiday. No rule moves a
 * jobcentre's process deadline: LAB and sygedagpengeloven count calendar days,
 * weeks and months, and sygedagpengeloven § 30, stk. 1, 2. pkt. says outright
 * that holidays do not extend the employer period
 * (https://danskelove.dk/sygedagpengeloven/30). The deadline stays; the note says so.
 * The citizen page, the worklist and `rules explain` show the same words.
 */
export function deadlineNote(iso: string): DeadlineNote | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const holiday = isDanishPublicHoliday(iso);
  if (!holiday && wd !== 0 && wd !== 6) return undefined;
  const what = holiday ? 'en helligdag' : `en ${WEEKDAY[wd]}`;
  const whatEn = holiday ? 'a public holiday' : `a ${WEEKDAY_EN[wd]}`;
  return {
    da: `Fristen ${danishDate(iso)} er ${what}. Reglerne flytter den ikke: LAB og sygedagpengeloven regner fristerne i kalenderdage, uger og måneder og har ingen regel om, at en frist på en lørdag, søndag eller helligdag rykkes til næste hverdag (sygedagpengeloven § 30, stk. 1, 2. pkt. siger det udtrykkeligt om arbejdsgiverperioden). Hold derfor samtalen senest hverdagen før.`,
    en: `The deadline ${iso} is ${whatEn}. The rules do not move it: LAB and sygedagpengeloven count deadlines in calendar days, weeks and months and have no rule moving a deadline on a Saturday, Sunday or public holiday to the next working day (sygedagpengeloven § 30, stk. 1, 2nd sentence says so expressly for the employer period). Hold the interview by the working day before.`,
    short: {
      da: `${holiday ? 'helligdag' : WEEKDAY[wd]} – fristen rykkes ikke`,
      en: `${holiday ? 'Public holiday' : WEEKDAY_EN[wd]} – not moved`,
    },
  };
}

/** The Danish note on a deadline that falls on a day off (`rules explain`). */
export function dayOffNote(iso: string): string | undefined {
  return deadlineNote(iso)?.da;
}

const BENEFIT_NAMES = BENEFITS.filter((b) => b.code !== 'su').map(
  (b) => [new RegExp(`(?<![\\w-])${b.code}(?![\\w-])`, 'g'), b.nameDa.toLowerCase()] as const,
);

/** Danish dates, municipality and benefit names in place of ISO dates and codes. */
export function danishText(s: string): string {
  let out = s.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (_, d: string) => danishDate(d));
  out = out.replace(/kommune (\d{3})\b/g, (m, code: string) => {
    const name = municipalityByCode(code)?.name;
    return name ? `${name} Kommune` : m;
  });
  for (const [re, name] of BENEFIT_NAMES) out = out.replace(re, name);
  return out;
}

interface Line {
  status: string;
  text: string;
}

function ruleTitle(ruleId: string): string {
  return getDefaultCatalog().byId.get(ruleId)?.title.da ?? ruleId;
}

/** One line per rule, spell and window: slots of a count become "2 af 6". */
export function obligationLines(r: EvaluationResult, file: CaseFile): Line[] {
  const groups = new Map<string, Obligation[]>();
  for (const o of r.obligations) {
    const k = `${o.ruleId}|${o.spellId}|${o.windowStart}|${o.dueBy}|${o.trialId ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  const evById = new Map(file.events.map((e) => [e.id, e]));
  const out: Line[] = [];
  const seen = new Set<string>();
  for (const g of groups.values()) {
    const o = g[0]!;
    const open = g.filter((x) => x.status !== 'met' && x.status !== 'waived');
    const met = g.filter((x) => x.status === 'met');
    const lead = open[0] ?? o;
    let text = `${ruleTitle(o.ruleId)} (${o.legalRef})`;
    if (g.length > 1) text += `: ${met.length} af ${g.length} opfyldt`;
    text += `, frist ${danishDate(o.dueBy)}`;
    const by = met
      .map((x) => evById.get(x.metBy ?? ''))
      .filter((e) => e !== undefined)
      .map((e) => `${EVENT_DA[e.type] ?? e.type} ${danishDate(e.date)}`);
    if (by.length > 0) text += ` — opfyldt ved ${by.join(', ')}`;
    if (o.trialId) text += ` [frikommuneforsøg]`;
    const line = { status: statusWord(lead, r.asOf), text };
    const key = `${line.status}|${line.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(line);
    if (lead.status === 'due' || lead.status === 'upcoming' || lead.status === 'overdue') {
      const note = dayOffNote(o.dueBy);
      if (note) out.push({ status: '', text: note });
    }
  }
  return out;
}

/**
 * The rule id is a low-key detail: " [id]" at the end of the first trace line of
 * each rule, nothing on its other lines (the sentences start with title and paragraph).
 */
export function ruleIdOnce(): (ruleId: string | undefined) => string {
  const named = new Set<string>();
  return (ruleId) => {
    if (!ruleId || named.has(ruleId)) return '';
    named.add(ruleId);
    return ` [${ruleId}]`;
  };
}

/** The whole explanation, Danish first, as `rules explain` prints it. */
export function formatExplanationDa(r: EvaluationResult, file: CaseFile): string {
  const muni = municipalityByCode(file.municipality);
  const lines: string[] = [];
  lines.push(
    `Sagen vurderet pr. ${danishDate(r.asOf)}${muni ? ` — ${muni.name} Kommune` : ''}`,
    '',
    'Forpligtelser',
  );
  const obs = obligationLines(r, file);
  if (obs.length === 0) lines.push('  Ingen.');
  for (const l of obs)
    lines.push(l.status ? `  ${l.status.padEnd(16)} ${l.text}` : `  ${''.padEnd(16)} ${l.text}`);
  lines.push('', 'Afvigelser');
  const seen = new Set<string>();
  const findings = r.findings.filter((f) => {
    if (seen.has(f.message.da)) return false;
    seen.add(f.message.da);
    return true;
  });
  // Missing content items are one low-key note, not a warning per interview.
  const evById = new Map(file.events.map((e) => [e.id, e]));
  const { rest, note } = foldContentFindings(findings, (id) => evById.get(id)?.date);
  if (rest.length === 0 && !note) lines.push('  Ingen.');
  const sev = { error: 'Fejl', warning: 'Advarsel', info: 'Bemærk' } as const;
  for (const f of rest) lines.push(`  ${sev[f.severity].padEnd(16)} ${danishText(f.message.da)}`);
  if (note) lines.push(`  ${'Bemærk'.padEnd(16)} ${note.da}`);
  lines.push('', 'Forklaring');
  const said = new Set<string>();
  const idOnce = ruleIdOnce();
  for (const t of r.trace) {
    const da = danishText(t.da);
    if (said.has(da)) continue;
    said.add(da);
    lines.push(`  • ${da}${idOnce(t.ruleId)}`);
  }
  return `${lines.join('\n')}\n`;
}
