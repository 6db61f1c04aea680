import { AREA_COLUMNS, areaGroupingSets, ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthPersonsByArea } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

export const fuldtidspersoner: Measure = {
  id: 'fuldtidspersoner',
  titleDa: 'Fuldtidspersoner og andel af arbejdsstyrken 16–66 år',
  titleEn: 'Full-time persons (FTE) and share of the labour force aged 16–66',
  description:
    'Person-days on the benefit ÷ days in the period, by ydelsesgruppe; persons = distinct persons with the benefit in the period; share = FTE ÷ labour force 16–66 of the year × 100.',
  needs: ['months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category', 'duration'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'ydelsesgruppe', type: 'text', labelDa: 'Ydelsesgruppe' },
    { name: 'persons', type: 'int', labelDa: 'Antal personer', suppressBy: 'persons' },
    { name: 'fte', type: 'float', labelDa: 'Antal fuldtidspersoner', suppressBy: 'persons' },
    { name: 'labour_force', type: 'int', labelDa: 'Arbejdsstyrke 16–66 år' },
    {
      name: 'fte_pct',
      type: 'float',
      labelDa: 'Fuldtidspersoner i pct. af arbejdsstyrken',
      suppressBy: 'persons',
    },
  ],
  sql(params, ctx) {
    return `WITH a AS (
${monthPersonsByArea(params, ctx, ['period', 'ydelsesgruppe', ...breakdownKeys(params)], {
  person: [
    ['days', 'SUM'],
    ['period_days', 'MAX'],
  ],
  cells: [
    ['persons', '1', 'SUM'],
    ['days', 'days', 'SUM'],
    ['period_days', 'period_days', 'MAX'],
  ],
  out: ['persons', `${ratio('days', 'period_days')} AS fte`],
})}
), l AS (
  SELECT lf.year, ${AREA_COLUMNS}, SUM(lf.persons) AS labour_force
  FROM (SELECT lf.year, lf.municipality, m.region, lf.persons FROM labour_force lf JOIN ref_municipality m ON m.code = lf.municipality) lf
  GROUP BY ${areaGroupingSets(['year'])}
)
SELECT a.period, a.area_level, a.area, a.ydelsesgruppe, a.persons, a.fte${params.breakdown ? ', a.gruppe' : ''},
  ${
    // The labour force is known per area only, not per group: no share for a group.
    params.breakdown
      ? 'CAST(NULL AS INTEGER) AS labour_force, CAST(NULL AS DOUBLE PRECISION) AS fte_pct'
      : `l.labour_force, 100 * ${ratio('a.fte', 'l.labour_force')} AS fte_pct`
  }
FROM a LEFT JOIN l ON l.year = CAST(SUBSTR(a.period, 1, 4) AS INTEGER) AND l.area_level = a.area_level AND l.area = a.area`;
  },
};
