import { addDays } from '../../calendar/index.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { SIMULATED_BENEFITS } from '../../simulate/register-cases.ts';
import {
  interviewBenefits,
  REGISTER_INTERVIEW_KINDS,
  type TimelinessCell,
} from '../../simulate/timeliness.ts';
import type { IntegerColumns, Row } from '../../sql/engine.ts';
import { sqlString } from '../../sql/fragments.ts';
import { periodOf } from '../../sql/periods.ts';
import { tallyColumnsInParallel } from '../timeliness-pool.ts';
import { AREA, completePeriods, windowOf } from './common.ts';
import type { IntegerInputMeasure } from './types.ts';

/**
 * Rettidighed: the share of interview obligations met on time, per target
 * group and period, computed with the rules engine on the register's spells
 * and interviews (src/simulate/timeliness.ts). The SQL only extracts the
 * spells, interviews and birth dates of the persons concerned, as whole numbers
 * (TimelinessColumns: the same on both engines); the engine decides what was
 * due and when.
 */
export const timeliness: IntegerInputMeasure = {
  id: 'rettidighed',
  titleDa: 'Rettidighed: andel jobsamtaler holdt til tiden',
  titleEn: 'Timeliness: share of job interviews held on time',
  description:
    "Interview obligations (the rules engine's jobsamtale rules, requirement 'interview') falling due in the period, by the municipality where the spell ended, the spell's målgruppe (as the simulator maps register benefits) and the month of the deadline; on time = met by an interview on or before the deadline, late = met after it, missed = not met by the last day of the data. Spells begun before the register and obligations not yet due are left out. Share = on time ÷ due × 100.",
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'maalgruppe', type: 'text', labelDa: 'Målgruppe' },
    { name: 'due', type: 'int', labelDa: 'Samtaler med frist', suppressBy: 'due' },
    { name: 'on_time', type: 'int', labelDa: 'Holdt rettidigt', suppressBy: 'due' },
    { name: 'late', type: 'int', labelDa: 'Holdt for sent', suppressBy: 'due' },
    { name: 'missed', type: 'int', labelDa: 'Ikke holdt', suppressBy: 'due' },
    { name: 'pct_on_time', type: 'float', labelDa: 'Rettidighed (%)', suppressBy: 'due' },
  ],
  async integerInputs(_params, ctx, query) {
    const benefits = SIMULATED_BENEFITS.map(sqlString).join(', ');
    const last = sqlString(addDays(ctx.lastWeek, 6));
    // Persons with a spell some interview rule can cover that began inside the register (the
    // others have no obligation that is counted: a left-censored spell's are left out).
    const spells = `SELECT * FROM spells sp
  WHERE sp.benefit IN (${benefits}) AND sp.start_week <= CAST(${last} AS DATE)
    AND sp.person_id IN (SELECT person_id FROM spells WHERE benefit IN (${interviewBenefits().map(sqlString).join(', ')}) AND NOT left_censored)`;
    // The dictionaries: the replayed benefits, the interview kinds the engine reads (the others
    // are ignored; a free-text kind is never decoded), and the municipalities and categories
    // any spell holds.
    const text = async (column: string) =>
      (await query(`SELECT DISTINCT ${column} AS v FROM spells WHERE ${column} IS NOT NULL`))
        .map((r) => String(r.v))
        .sort();
    const dictionaries = {
      benefits: [...SIMULATED_BENEFITS],
      municipalities: await text('end_municipality'),
      categories: await text('start_category'),
      kinds: Object.keys(REGISTER_INTERVIEW_KINDS),
    };
    const day = (date: string) => `CAST(${date} - DATE '1970-01-01' AS INTEGER)`;
    const queries = {
      spells: `SELECT CAST(sp.person_id AS INTEGER) AS person, ${day('sp.start_week')} AS start,
    ${day('sp.last_week')} AS last, ${indexOf('sp.benefit', dictionaries.benefits)} AS benefit,
    CAST((CASE WHEN sp.ended THEN 1 ELSE 0 END) + (CASE WHEN sp.left_censored THEN 2 ELSE 0 END) AS INTEGER) AS flags,
    ${indexOf('sp.end_municipality', dictionaries.municipalities)} AS municipality,
    -- The spell's category is its first week's (spells.start_category): the visitation the
    -- contact course starts from.
    ${indexOf('sp.start_category', dictionaries.categories)} AS category
  FROM (${spells}) sp`,
      // All interviews and birth dates: those of persons without a spell above are never read
      // (personsOfColumns goes by the spells), and selecting the persons cost more than it saved.
      interviews: `SELECT CAST(iv.person_id AS INTEGER) AS person, ${day('iv.date')} AS date,
    ${indexOf('iv.kind', dictionaries.kinds)} AS kind
  FROM interviews iv WHERE iv.kind IN (${dictionaries.kinds.map(sqlString).join(', ')})`,
      births: `SELECT CAST(p.person_id AS INTEGER) AS person, ${day('p.birth_date')} AS date
  FROM persons p WHERE p.birth_date IS NOT NULL`,
    };
    return { queries, dictionaries };
  },
  async computeFromIntegers(inputs, dictionaries, params, ctx) {
    const { from, to } = windowOf(params, ctx);
    const complete = completePeriods(params.kind, ctx);
    const [spells, interviews, births] = [inputs.spells!, inputs.interviews!, inputs.births!];
    const col = (c: IntegerColumns, name: string) => c.columns[c.names.indexOf(name)]!;
    // Spells and interviews are put in date order in TypeScript (personsOfColumns), not in SQL:
    // DuckDB's ordered string_agg took 50 s at 1M persons. The persons are tallied on worker
    // threads (src/stats/timeliness-pool.ts): about 4 s on one thread at 1M persons.
    const cells = await tallyColumnsInParallel(
      {
        spells: {
          person: col(spells, 'person'),
          start: col(spells, 'start'),
          last: col(spells, 'last'),
          benefit: col(spells, 'benefit'),
          flags: col(spells, 'flags'),
          municipality: col(spells, 'municipality'),
          category: col(spells, 'category'),
        },
        interviews: {
          person: col(interviews, 'person'),
          date: col(interviews, 'date'),
          kind: col(interviews, 'kind'),
        },
        births: { person: col(births, 'person'), date: col(births, 'date') },
        dictionaries: {
          benefits: dictionaries.benefits!,
          municipalities: dictionaries.municipalities!,
          categories: dictionaries.categories!,
          kinds: dictionaries.kinds!,
        },
      },
      { asOf: addDays(ctx.lastWeek, 6), from, to },
    );
    return areaRows(cells, params.kind, complete);
  },
};

/**
 * A text column as its index in `names`, -1 for NULL or a name not listed: a CASE over a
 * handful of names, the same on both engines.
 */
function indexOf(column: string, names: readonly string[]): string {
  if (names.length === 0) return 'CAST(-1 AS INTEGER)';
  const whens = names.map((n, i) => `WHEN ${sqlString(n)} THEN ${i}`).join(' ');
  return `CAST(CASE ${column} ${whens} ELSE -1 END AS INTEGER)`;
}

/** The engine's cells summed to municipality, region and country per period and target group. */
function areaRows(
  cells: readonly TimelinessCell[],
  kind: Parameters<typeof periodOf>[0],
  complete: { first: string; last: string },
): Row[] {
  const sums = new Map<string, [number, number, number, number]>();
  for (const c of cells) {
    const period = periodOf(kind, `${c.month}-01`);
    if (period < complete.first || period > complete.last) continue;
    const region = municipalityByCode(c.municipality)?.regionCode ?? '';
    for (const [level, area] of [
      ['country', 'DK'],
      ['region', region],
      ['municipality', c.municipality],
    ] as const) {
      const key = `${period}|${level}|${area}|${c.targetGroup}`;
      let s = sums.get(key);
      if (!s) {
        s = [0, 0, 0, 0];
        sums.set(key, s);
      }
      s[0] += c.due;
      s[1] += c.onTime;
      s[2] += c.late;
      s[3] += c.missed;
    }
  }
  return [...sums].map(([key, [due, onTime, late, missed]]) => {
    const [period, level, area, group] = key.split('|');
    return {
      period,
      area_level: level,
      area,
      maalgruppe: group,
      due,
      on_time: onTime,
      late,
      missed,
      pct_on_time: due > 0 ? (100 * onTime) / due : null,
    };
  });
}
