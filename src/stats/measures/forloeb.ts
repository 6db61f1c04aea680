import { addDays } from '../../calendar/index.ts';
import {
  AREA_COLUMNS,
  areaGroupingSets,
  periodLabel,
  ratio,
  sqlString,
} from '../../sql/fragments.ts';
import { periodOf } from '../../sql/periods.ts';
import {
  AREA,
  benefitFilter,
  breakdownJoin,
  breakdownKeys,
  breakdownSelect,
  DURATION_BANDS,
  dateParts,
  periodEnd,
  periodFilter,
  periodStart,
} from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/** forloeb's default lookback: two years, the top duration band's lower edge. */
export const DEFAULT_LOOKBACK_WEEKS = 104;

export const spellDurations: Measure = {
  id: 'forloeb',
  titleDa: 'Afsluttede forløb: antal, gennemsnitlig varighed og fordeling på varighed',
  titleEn: 'Ended benefit spells: number, average duration, counts by duration band',
  description:
    "Spells under the one-calendar-month interruption rule, dated by the period of their last benefit day and placed in the municipality of their last week; duration in weeks from the first to the last benefit week. Durations only where the whole spell up to the lookback (default 104 weeks) can be seen: periods starting less than the lookback after the register's first week have complete = false and no durations; each spell counts at most the lookback in the average (the register has no history before its first week).",
  needs: ['spells'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    { name: 'ended_spells', type: 'int', labelDa: 'Afsluttede forløb', suppressBy: 'ended_spells' },
    { name: 'complete', type: 'bool', labelDa: 'Fuldt tilbageblik' },
    { name: 'lookback_weeks', type: 'int', labelDa: 'Tilbageblik (uger)' },
    {
      name: 'avg_weeks',
      type: 'float',
      labelDa: 'Gennemsnitlig varighed (uger)',
      suppressBy: 'ended_spells',
    },
    ...DURATION_BANDS.map((b) => ({
      name: b.name,
      type: 'int' as const,
      labelDa: b.labelDa,
      suppressBy: b.name,
    })),
  ],
  sql(params, ctx) {
    const lookback = params.lookbackWeeks ?? DEFAULT_LOOKBACK_WEEKS;
    if (!Number.isInteger(lookback) || lookback < 0) {
      throw new Error(`lookbackWeeks must be a whole number of weeks ≥ 0, not ${lookback}`);
    }
    // The first period starting at least `lookback` weeks after the first register day.
    const seen = addDays(ctx.firstWeek, 7 * lookback);
    const firstComplete =
      periodStart(params.kind, seen) === seen
        ? periodOf(params.kind, seen)
        : periodOf(params.kind, addDays(periodEnd(params.kind, seen), 1));
    const complete = `period >= ${sqlString(firstComplete)}`;
    const capped = lookback > 0 ? `LEAST(weeks, ${lookback})` : 'weeks';
    const bands = DURATION_BANDS.map(
      (b) =>
        `CASE WHEN ${complete} THEN SUM(CASE WHEN weeks BETWEEN ${b.min} AND ${b.max} THEN 1 ELSE 0 END) END AS ${b.name}`,
    ).join(',\n    ');
    return `WITH e AS (
  SELECT ${periodLabel(params.kind, 's.last_week + 6')} AS period, s.benefit, s.weeks,
    s.end_municipality AS municipality, m.region
    ${breakdownSelect(params, dateParts('s.last_week + 6'), { category: 's.end_category', benefit: 's.benefit' })}
  FROM spells s JOIN ref_municipality m ON m.code = s.end_municipality
  ${breakdownJoin(params, 's.person_id')}
  WHERE s.ended AND ${benefitFilter(params, 's.benefit')}
)
SELECT period, ${AREA_COLUMNS}, benefit${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS ended_spells,
    CASE WHEN ${complete} THEN TRUE ELSE FALSE END AS complete,
    ${lookback} AS lookback_weeks,
    CASE WHEN ${complete} THEN ${ratio(`SUM(${capped})`, 'COUNT(*)')} END AS avg_weeks,
    ${bands}
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit', ...breakdownKeys(params)])}`;
  },
};
