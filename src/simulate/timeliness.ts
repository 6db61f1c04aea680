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
import { dayOf, isoOf } from '../rules/days.ts';
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

/** The counts of one municipality and target group: due, on time, late, missed per month. */
interface GroupTally {
  municipality: string;
  targetGroup: string;
  /** Four counts per month from the first month counted (TimelinessOptions.from). */
  counts: Int32Array;
}

/** A month as a number (year × 12 + month − 1), from a YYYY-MM-DD date without allocating. */
function monthNumber(iso: string): number {
  const year =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  return year * 12 + (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48) - 1;
}

/** Accumulates persons one at a time (the register may be streamed). */
export class Timeliness {
  /** municipality → target group → counts: no key built per obligation (millions at 1M persons). */
  private readonly groups = new Map<string, Map<string, GroupTally>>();
  private readonly catalog: Catalog;
  private readonly to: string;
  private readonly firstMonth: number;
  private readonly months: number;
  evaluations = 0;
  persons = 0;

  constructor(private readonly opts: TimelinessOptions) {
    // Only interview obligations are counted: the catalogue of interview rules gives the same
    // ones as the whole catalogue (getRequirementCatalog) in a fraction of the time.
    this.catalog = opts.catalog ?? getRequirementCatalog('interview');
    this.to = [opts.to, opts.asOf].sort()[0]!; // the earlier ISO date
    this.firstMonth = monthNumber(opts.from);
    this.months = Math.max(0, monthNumber(this.to) - this.firstMonth + 1);
  }

  private groupOf(municipality: string, targetGroup: string): GroupTally {
    let byGroup = this.groups.get(municipality);
    if (!byGroup) {
      byGroup = new Map();
      this.groups.set(municipality, byGroup);
    }
    let g = byGroup.get(targetGroup);
    if (!g) {
      g = { municipality, targetGroup, counts: new Int32Array(4 * this.months) };
      byGroup.set(targetGroup, g);
    }
    return g;
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
    // caseFromRegister names the spells it keeps s1, s2, … by start date and benefit; each
    // spell's municipality and target group are looked up once.
    const spellIds: string[] = [];
    const tallies: GroupTally[] = [];
    for (const s of file.spells) {
      const row = rows.find((r) => r.startWeek === s.start && r.benefit === s.benefit);
      if (row && !row.leftCensored) {
        spellIds.push(s.id);
        tallies.push(this.groupOf(row.municipality, s.targetGroup));
      }
    }
    const { obligations } = evaluate(file, this.opts.asOf, {
      catalog: this.catalog,
      trace: false,
    });
    for (const o of obligations) {
      if (o.kind !== 'interview' || o.dueBy < this.opts.from || o.dueBy > this.to) continue;
      if (o.status !== 'met' && o.status !== 'overdue') continue;
      const k = spellIds.indexOf(o.spellId);
      if (k < 0) continue;
      const counts = tallies[k]!.counts;
      const at = 4 * (monthNumber(o.dueBy) - this.firstMonth);
      counts[at]!++;
      if (o.status === 'overdue') counts[at + 3]!++;
      else if (o.late) counts[at + 2]!++;
      else counts[at + 1]!++;
    }
  }

  result(): TimelinessCell[] {
    const cells: TimelinessCell[] = [];
    for (const byGroup of this.groups.values()) {
      for (const { municipality, targetGroup, counts } of byGroup.values()) {
        for (let m = 0; m < this.months; m++) {
          const due = counts[4 * m]!;
          if (due === 0) continue;
          const n = this.firstMonth + m;
          const month = `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
          cells.push({
            municipality,
            targetGroup,
            month,
            due,
            onTime: counts[4 * m + 1]!,
            late: counts[4 * m + 2]!,
            missed: counts[4 * m + 3]!,
          });
        }
      }
    }
    return cells;
  }
}

/**
 * The register's spells and interviews as whole-number columns, as the measure's SQL gives them
 * (rows in any order): dates as day numbers (days since 1970-01-01), text as an index into its
 * dictionary. Handing 540,000 persons over as strings cost 5 s of string building in SQL and
 * decoding in TypeScript at 1M persons; integer columns are read without conversion per value
 * (SqlEngine.integers) and passed to worker threads as they are.
 */
export interface TimelinessColumns {
  /** One row per replayed spell. */
  spells: {
    person: Int32Array;
    /** Monday of the first week. */
    start: Int32Array;
    /** Monday of the last week. */
    last: Int32Array;
    /** Index into `dictionaries.benefits`. */
    benefit: Int32Array;
    /** 1: ended inside the data; + 2: left-censored (began before the register). */
    flags: Int32Array;
    /** Index into `dictionaries.municipalities` (where the spell ended). */
    municipality: Int32Array;
    /** Index into `dictionaries.categories` (the first week's visitationskategori); -1: none. */
    category: Int32Array;
  };
  /** One row per interview. */
  interviews: {
    person: Int32Array;
    date: Int32Array;
    /** Index into `dictionaries.kinds`. */
    kind: Int32Array;
  };
  /** The birth dates of the persons who have one. */
  births: { person: Int32Array; date: Int32Array };
  dictionaries: {
    benefits: readonly string[];
    municipalities: readonly string[];
    categories: readonly string[];
    kinds: readonly string[];
  };
}

/** Which persons one thread takes: those whose id modulo `of` is `index`. */
export interface TimelinessPart {
  index: number;
  of: number;
}

/** Each dictionary entry's rank in code-unit order (as the strings would sort). */
function ranks(names: readonly string[]): Int32Array {
  const order = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  const rank = new Int32Array(names.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
}

/** Rows of `person` grouped by person (counting sort): row indexes, and each person's first. */
function groupRows(
  person: Int32Array,
  maxId: number,
  part: TimelinessPart,
): { first: Int32Array; rows: Int32Array } {
  const first = new Int32Array(maxId + 2);
  let n = 0;
  for (let i = 0; i < person.length; i++) {
    const p = person[i]!;
    if (p % part.of !== part.index) continue;
    first[p + 1]!++;
    n++;
  }
  for (let p = 1; p < first.length; p++) first[p]! += first[p - 1]!;
  const next = first.slice(0, maxId + 1);
  const rows = new Int32Array(n);
  for (let i = 0; i < person.length; i++) {
    const p = person[i]!;
    if (p % part.of === part.index) rows[next[p]!++] = i;
  }
  return { first, rows };
}

/**
 * The persons of the columns (those of `part`), one at a time in id order, each with their
 * spells and interviews in date order, as `Timeliness.add` takes them. Spells on the same start
 * week are ordered by benefit, interviews on the same day by kind (the order of their text).
 */
export function* personsOfColumns(
  cols: TimelinessColumns,
  part: TimelinessPart = { index: 0, of: 1 },
): Generator<TimelinessPerson> {
  const { spells, interviews, births, dictionaries: dict } = cols;
  let maxId = -1;
  for (const column of [spells.person, interviews.person, births.person]) {
    for (let i = 0; i < column.length; i++) {
      const p = column[i]!;
      if (p < 0) throw new Error(`negative person id ${p}`);
      if (p > maxId) maxId = p;
    }
  }
  const bySpell = groupRows(spells.person, maxId, part);
  const byInterview = groupRows(interviews.person, maxId, part);
  const birth = new Int32Array(maxId + 1).fill(-1);
  for (let i = 0; i < births.person.length; i++) birth[births.person[i]!] = births.date[i]!;
  const benefitRank = ranks(dict.benefits);
  const kindRank = ranks(dict.kinds);
  // The rows of one person, sorted by insertion (a person has a few spells and a few dozen
  // interviews at most; Array.sort with a comparator cost more than the engine's own work).
  const order: number[] = [];
  const sorted = (
    rows: Int32Array,
    from: number,
    to: number,
    day: Int32Array,
    code: Int32Array,
    rank: Int32Array,
  ) => {
    order.length = 0;
    for (let r = from; r < to; r++) {
      const row = rows[r]!;
      let j = order.length;
      while (j > 0) {
        const prev = order[j - 1]!;
        const before = day[prev]! - day[row]! || rank[code[prev]!]! - rank[code[row]!]!;
        if (before <= 0) break;
        order[j] = prev;
        j--;
      }
      order[j] = row;
    }
    return order;
  };
  for (let p = 0; p <= maxId; p++) {
    const from = bySpell.first[p]!;
    const to = bySpell.first[p + 1]!;
    if (from === to) continue;
    const personSpells: TimelinessSpell[] = [];
    for (const i of sorted(bySpell.rows, from, to, spells.start, spells.benefit, benefitRank)) {
      const category = spells.category[i]!;
      personSpells.push({
        benefit: dict.benefits[spells.benefit[i]!]!,
        startWeek: isoOf(spells.start[i]!),
        lastWeek: isoOf(spells.last[i]!),
        ended: (spells.flags[i]! & 1) === 1,
        leftCensored: (spells.flags[i]! & 2) === 2,
        municipality: dict.municipalities[spells.municipality[i]!]!,
        // caseFromRegister reads a missing category as none.
        category: category >= 0 ? dict.categories[category] : undefined,
      });
    }
    const personInterviews: { date: string; kind: string }[] = [];
    const ivFrom = byInterview.first[p]!;
    const ivTo = byInterview.first[p + 1]!;
    for (const i of sorted(
      byInterview.rows,
      ivFrom,
      ivTo,
      interviews.date,
      interviews.kind,
      kindRank,
    )) {
      personInterviews.push({
        date: isoOf(interviews.date[i]!),
        kind: dict.kinds[interviews.kind[i]!]!,
      });
    }
    yield {
      personId: String(p),
      birthDate: birth[p]! >= 0 ? isoOf(birth[p]!) : undefined,
      spells: personSpells,
      interviews: personInterviews,
    };
  }
}

/** The timeliness cells of the persons of `part` in the columns (one thread). */
export function tallyColumns(
  cols: TimelinessColumns,
  opts: TimelinessOptions,
  part: TimelinessPart = { index: 0, of: 1 },
): TimelinessCell[] {
  const t = new Timeliness(opts);
  for (const person of personsOfColumns(cols, part)) t.add(person);
  return t.result();
}

/**
 * Persons as columns (the inverse of personsOfColumns; the tests build their input with it):
 * person ids must be whole numbers.
 */
export function columnsOfPersons(persons: readonly TimelinessPerson[]): TimelinessColumns {
  const index = (names: string[], name: string) => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return i;
  };
  const dictionaries = {
    benefits: [] as string[],
    municipalities: [] as string[],
    categories: [] as string[],
    kinds: [] as string[],
  };
  const spellRows = persons.flatMap((p) => p.spells.map((s) => [p, s] as const));
  const ivRows = persons.flatMap((p) => p.interviews.map((iv) => [p, iv] as const));
  const born = persons.filter((p) => p.birthDate);
  const id = (p: TimelinessPerson) => {
    const n = Number(p.personId);
    if (!Number.isInteger(n) || n < 0 || String(n) !== p.personId) {
      throw new Error(`person id ${JSON.stringify(p.personId)} is not a whole number`);
    }
    return n;
  };
  const ints = <T>(rows: readonly T[], f: (row: T) => number) => Int32Array.from(rows, f);
  return {
    spells: {
      person: ints(spellRows, ([p]) => id(p)),
      start: ints(spellRows, ([, s]) => dayOf(s.startWeek)),
      last: ints(spellRows, ([, s]) => dayOf(s.lastWeek)),
      benefit: ints(spellRows, ([, s]) => index(dictionaries.benefits, s.benefit)),
      flags: ints(spellRows, ([, s]) => (s.ended ? 1 : 0) + (s.leftCensored ? 2 : 0)),
      municipality: ints(spellRows, ([, s]) => index(dictionaries.municipalities, s.municipality)),
      category: ints(spellRows, ([, s]) =>
        s.category ? index(dictionaries.categories, s.category) : -1,
      ),
    },
    interviews: {
      person: ints(ivRows, ([p]) => id(p)),
      date: ints(ivRows, ([, iv]) => dayOf(iv.date)),
      kind: ints(ivRows, ([, iv]) => index(dictionaries.kinds, iv.kind)),
    },
    births: {
      person: ints(born, id),
      date: ints(born, (p) => dayOf(p.birthDate!)),
    },
    dictionaries,
  };
}
