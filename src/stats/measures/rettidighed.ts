import { addDays } from '../../calendar/index.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { SIMULATED_BENEFITS } from '../../simulate/register-cases.ts';
import {
  BLOCK_LINE,
  interviewBenefits,
  REGISTER_INTERVIEW_KINDS,
  type TimelinessCell,
} from '../../simulate/timeliness.ts';
import type { Row } from '../../sql/engine.ts';
import { sqlString } from '../../sql/fragments.ts';
import { periodOf } from '../../sql/periods.ts';
import { tallyBlocksInParallel } from '../timeliness-pool.ts';
import { AREA, completePeriods, windowOf } from './common.ts';
import type { Measure } from './types.ts';

/**
 * Rettidighed: the share of interview obligations met on time, per target
 * group and period, computed with the rules engine on the register's spells
 * and interviews (src/simulate/timeliness.ts). The SQL only extracts one row
 * per person (spells and interviews as strings, the same on both engines);
 * the engine decides what was due and when.
 */
export const timeliness: Measure = {
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
  sql(_params, ctx) {
    const benefits = SIMULATED_BENEFITS.map(sqlString).join(', ');
    const last = sqlString(addDays(ctx.lastWeek, 6));
    return `WITH s AS (
  SELECT sp.person_id, string_agg(CAST(sp.start_week AS VARCHAR) || '|' || sp.benefit || '|' || CAST(sp.last_week AS VARCHAR)
      || '|' || CASE WHEN sp.ended THEN '1' ELSE '0' END || '|' || CASE WHEN sp.left_censored THEN '1' ELSE '0' END
      -- The spell's category is its first week's (spells.start_category): the visitation the
      -- contact course starts from.
      || '|' || sp.end_municipality || '|' || COALESCE(sp.start_category, ''), ';') AS spells
  FROM spells sp
  WHERE sp.benefit IN (${benefits}) AND sp.start_week <= CAST(${last} AS DATE)
    -- Persons with a spell some interview rule can cover that began inside the register (the
    -- others have no obligation that is counted: a left-censored spell's are left out).
    AND sp.person_id IN (SELECT person_id FROM spells WHERE benefit IN (${interviewBenefits().map(sqlString).join(', ')}) AND NOT left_censored)
  GROUP BY sp.person_id
), i AS (
  SELECT iv.person_id, string_agg(CAST(iv.date AS VARCHAR) || '|' || iv.kind, ';') AS interviews
  FROM interviews iv JOIN s ON s.person_id = iv.person_id
  -- Only the kinds the engine reads (the others are ignored; a free-text kind could also
  -- hold the separators of the encoding).
  WHERE iv.kind IN (${Object.keys(REGISTER_INTERVIEW_KINDS).map(sqlString).join(', ')})
  GROUP BY iv.person_id
)
-- One line per person, person_id#birth_date#spells#interviews, joined in ${BLOCKS} blocks: handing
-- 600,000 persons over as four strings each took 4.4 s of conversion in the DuckDB client at 1M
-- persons; a few hundred long strings take a fraction of that.
SELECT string_agg(line, '${BLOCK_LINE}') AS persons FROM (
  SELECT MOD(s.person_id, ${BLOCKS}) AS block,
    CAST(s.person_id AS VARCHAR) || '#' || COALESCE(CAST(p.birth_date AS VARCHAR), '') || '#' || s.spells
      || '#' || COALESCE(i.interviews, '') AS line
  FROM s LEFT JOIN i ON i.person_id = s.person_id LEFT JOIN persons p ON p.person_id = s.person_id
) b GROUP BY block`;
  },
  async compute(rows, params, ctx) {
    const { from, to } = windowOf(params, ctx);
    const complete = completePeriods(params.kind, ctx);
    // Spells and interviews are sorted in TypeScript (decodePerson), not in SQL: DuckDB's
    // ordered string_agg took 50 s at 1M persons. The persons are tallied on worker threads
    // (src/stats/timeliness-pool.ts): 7 s on one thread at 1M persons.
    const cells = await tallyBlocksInParallel(
      rows.map((r) => String(r.persons)),
      { asOf: addDays(ctx.lastWeek, 6), from, to },
    );
    return areaRows(cells, params.kind, complete);
  },
};

/** Blocks the persons are handed over in (lines separated by BLOCK_LINE). */
const BLOCKS = 512;

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
