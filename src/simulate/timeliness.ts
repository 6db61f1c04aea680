/**
 * Timeliness (rettidighed) of interviews, computed with the rules engine on a
 * register's records (pure; the measure `rettidighed` in src/stats reads the
 * spells and interviews and hands them in one person at a time).
 *
 * Each person's replayed benefit spells become a case file exactly as the
 * simulator builds it from the register (`caseFromRegister`: target group,
 * spell dates), with the person's birth date where the register has one and
 * the register's interviews as events. The engine evaluates the case as of
 * the last day of the data under the law in force at each deadline (the
 * default catalogue, no trial), and every **interview obligation** (a rule
 * whose requirement is `interview`: the jobsamtale rules; joint meetings,
 * CV interviews and sickness follow-ups are other requirements) falling due
 * in the window is counted in the month of its deadline:
 *
 * - `onTime`: met by an interview on or before the deadline;
 * - `late`: met by an interview after the deadline (cadence rules);
 * - `missed`: not met (overdue on the last day of the data).
 *
 * Obligations of spells that began before the register (left-censored: their
 * start, from which the deadlines run, is unknown), waived ones and those not
 * yet due are left out. Docs: docs/statistics.md § Rettidighed.
 */
import type { CaseFile, EventType } from '../rules/case-format.ts';
import { type Catalog, evaluate, getRequirementCatalog } from '../rules/engine.ts';

import {
  caseFromRegister,
  groupsOfBenefit,
  type RegisterSpellRow,
  SIMULATED_BENEFITS,
} from './register-cases.ts';

/**
 * The replayed register benefits whose spells can fall in a target group some interview rule
 * covers (any version): a person without a spell of one has no interview obligation, so the
 * measure need not hand them to the engine (sygedagpenge, 6.6, has follow-ups, not interviews).
 */
export function interviewBenefits(catalog: Catalog = getRequirementCatalog('interview')): string[] {
  const groups = new Set(
    catalog.rules.filter((r) => r.requires === 'interview').flatMap((r) => r.targetGroups),
  );
  return SIMULATED_BENEFITS.filter((b) => groupsOfBenefit(b).some((g) => groups.has(g)));
}

/** Register interview kinds (interviews.parquet `kind`) as the engine's event types; others are ignored. */
export const REGISTER_INTERVIEW_KINDS: Readonly<Record<string, EventType>> = {
  jobsamtale: 'job-interview',
  faellessamtale: 'joint-meeting',
  'cv-samtale': 'cv-interview',
  opfoelgningssamtale: 'follow-up-interview',
};

export interface TimelinessSpell extends RegisterSpellRow {
  /** The spell runs from the register's first week: its real start is unknown. */
  leftCensored: boolean;
}

export interface TimelinessPerson {
  personId: string;
  /** YYYY-MM-DD; absent: the simulator's default age. */
  birthDate?: string;
  spells: readonly TimelinessSpell[];
  interviews: readonly { date: string; kind: string }[];
}

/** Interview obligations due in one month, for one municipality and target group. */
export interface TimelinessCell {
  municipality: string;
  targetGroup: string;
  /** YYYY-MM of the deadline. */
  month: string;
  due: number;
  onTime: number;
  late: number;
  missed: number;
}

export interface TimelinessOptions {
  /** The day the cases are evaluated on: the last day of the data. */
  asOf: string;
  /** Deadlines counted: from .. to (inclusive, YYYY-MM-DD); `to` at most `asOf`. */
  from: string;
  to: string;
  catalog?: Catalog;
}

type Tally = [due: number, onTime: number, late: number, missed: number];

/** Accumulates persons one at a time (the register may be streamed). */
export class Timeliness {
  private readonly cells = new Map<string, Tally>();
  private readonly catalog: Catalog;
  private readonly to: string;
  evaluations = 0;
  persons = 0;

  constructor(private readonly opts: TimelinessOptions) {
    // Only interview obligations are counted: the catalogue of interview rules gives the same
    // ones as the whole catalogue (getRequirementCatalog) in a fraction of the time.
    this.catalog = opts.catalog ?? getRequirementCatalog('interview');
    this.to = [opts.to, opts.asOf].sort()[0]!; // the earlier ISO date
  }

  /** The case file the engine evaluates for one person (undefined: no replayed spell). */
  caseOf(p: TimelinessPerson): CaseFile | undefined {
    const year = Number(this.opts.asOf.slice(0, 4));
    const file = caseFromRegister(p.personId, p.spells, year);
    if (!file) return undefined;
    if (p.birthDate) file.citizen.birthDate = p.birthDate;
    let n = 0;
    for (const iv of p.interviews) {
      const type = REGISTER_INTERVIEW_KINDS[iv.kind];
      if (type) file.events.push({ id: `i${++n}`, type, date: iv.date });
    }
    return file;
  }

  /**
   * Adds one person. Every person is evaluated: persons with the same spells and birth date
   * once shared an evaluation, but the target group also depends on the person (the
   * simulator's readiness draw, caseFromRegister), so the first one's group was given to all
   * (and the result depended on the row order); it saved 60 of 568,000 evaluations at 1M.
   */
  add(p: TimelinessPerson): void {
    this.persons++;
    const file = this.caseOf(p);
    if (!file) return;
    this.tally(file, p.spells);
  }

  /** One evaluation of the case: its interview obligations due in the window, into the cells. */
  private tally(file: CaseFile, rows: readonly TimelinessSpell[]): void {
    this.evaluations++;
    // caseFromRegister names the spells it keeps s1, s2, … by start date and benefit; the cell
    // key's municipality and target group are taken once per spell.
    const prefixes = new Map<string, string>();
    for (const s of file.spells) {
      const row = rows.find((r) => r.startWeek === s.start && r.benefit === s.benefit);
      if (row && !row.leftCensored) prefixes.set(s.id, `${row.municipality}|${s.targetGroup}|`);
    }
    const { obligations } = evaluate(file, this.opts.asOf, {
      catalog: this.catalog,
      trace: false,
    });
    for (const o of obligations) {
      if (o.kind !== 'interview' || o.dueBy < this.opts.from || o.dueBy > this.to) continue;
      if (o.status !== 'met' && o.status !== 'overdue') continue;
      const prefix = prefixes.get(o.spellId);
      if (prefix === undefined) continue;
      const key = prefix + o.dueBy.slice(0, 7);
      let t = this.cells.get(key);
      if (!t) {
        t = [0, 0, 0, 0];
        this.cells.set(key, t);
      }
      t[0]++;
      if (o.status === 'overdue') t[3]++;
      else if (o.late) t[2]++;
      else t[1]++;
    }
  }

  result(): TimelinessCell[] {
    return [...this.cells].map(([key, [due, onTime, late, missed]]) => {
      const [municipality, targetGroup, month] = key.split('|') as [string, string, string];
      return { municipality, targetGroup, month, due, onTime, late, missed };
    });
  }
}

/**
 * One person as the register's SQL hands them over (measure `rettidighed`): the spells as
 * `start|benefit|last|ended|leftCensored|municipality|category` joined by `;` (weeks as
 * YYYY-MM-DD, flags 1/0, category the visitationskategori of the spell's first month or empty), the interviews as `date|kind` joined by `;`, in any order.
 */
export interface EncodedPerson {
  personId: string;
  birthDate: string | null;
  spells: string;
  interviews: string | null;
}

/** The person an EncodedPerson describes, spells and interviews in date order. */
export function decodePerson(e: EncodedPerson): TimelinessPerson {
  const spells: TimelinessSpell[] = e.spells
    .split(';')
    .sort()
    .map((s) => {
      const [startWeek, benefit, lastWeek, ended, leftCensored, municipality, category] = s.split(
        '|',
      ) as [string, string, string, string, string, string, string | undefined];
      return {
        benefit,
        startWeek,
        lastWeek,
        ended: ended === '1',
        leftCensored: leftCensored === '1',
        municipality,
        ...(category ? { category } : {}),
      };
    });
  const interviews = e.interviews
    ? e.interviews
        .split(';')
        .sort()
        .map((x) => {
          const bar = x.indexOf('|');
          return { date: x.slice(0, bar), kind: x.slice(bar + 1) };
        })
    : [];
  return {
    personId: e.personId,
    ...(e.birthDate ? { birthDate: e.birthDate } : {}),
    spells,
    interviews,
  };
}

/**
 * The separator of the persons' lines inside one block of the measure's SQL (measure
 * `rettidighed`): each line is `person_id#birth_date#spells#interviews` (EncodedPerson).
 */
export const BLOCK_LINE = '/';

/** The timeliness cells of blocks of persons' lines, as the measure's SQL gives them (one thread). */
export function tallyBlocks(blocks: readonly string[], opts: TimelinessOptions): TimelinessCell[] {
  const persons: EncodedPerson[] = [];
  for (const block of blocks) {
    for (const line of block.split(BLOCK_LINE)) {
      const [personId, birthDate, spells, interviews] = line.split('#') as [
        string,
        string,
        string,
        string,
      ];
      persons.push({
        personId,
        birthDate: birthDate || null,
        spells,
        interviews: interviews || null,
      });
    }
  }
  return tallyEncoded(persons, opts);
}

/** The timeliness cells of a batch of encoded persons (one thread). */
export function tallyEncoded(
  persons: readonly EncodedPerson[],
  opts: TimelinessOptions,
): TimelinessCell[] {
  const t = new Timeliness(opts);
  for (const e of persons) t.add(decodePerson(e));
  return t.result();
}
