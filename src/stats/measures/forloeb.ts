import { AREA_COLUMNS, areaGroupingSets, periodLabel, ratio } from '../../sql/fragments.ts';
import { AREA, benefitFilter, DURATION_BANDS, periodFilter } from './common.ts';
import type { Measure } from './types.ts';

export const spellDurations: Measure = {
  id: 'forloeb',
  titleDa: 'Afsluttede forløb: antal, gennemsnitlig varighed og fordeling på varighed',
  titleEn: 'Ended benefit spells: number, average duration, counts by duration band',
  description:
    'Spells under the one-calendar-month interruption rule, dated by the period of their last benefit day and placed in the municipality of their last week; duration in weeks from the first to the last benefit week.',
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    { name: 'ended_spells', type: 'int', labelDa: 'Afsluttede forløb', suppressBy: 'ended_spells' },
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
    const bands = DURATION_BANDS.map(
      (b) => `SUM(CASE WHEN weeks BETWEEN ${b.min} AND ${b.max} THEN 1 ELSE 0 END) AS ${b.name}`,
    ).join(',\n    ');
    return `WITH e AS (
  SELECT ${periodLabel(params.kind, 's.last_week + 6')} AS period, s.benefit, s.weeks,
    s.end_municipality AS municipality, m.region
  FROM spells s JOIN ref_municipality m ON m.code = s.end_municipality
  WHERE s.ended AND ${benefitFilter(params, 's.benefit')}
)
SELECT period, ${AREA_COLUMNS}, benefit, COUNT(*) AS ended_spells,
    ${ratio('SUM(weeks)', 'COUNT(*)')} AS avg_weeks,
    ${bands}
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit'])}`;
  },
};
