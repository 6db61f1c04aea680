import { personsByArea, ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthRows } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/**
 * Andel med ordinære løntimer (measures.md § 1: integration and Flere skal
 * med): the share of benefit recipients with ordinary (unsubsidised) wage
 * hours while on the benefit in the period.
 */
export const ordinaryHours: Measure = {
  id: 'ordinaere-loentimer',
  titleDa: 'Andel med ordinære løntimer',
  titleEn: 'Share of benefit recipients with ordinary wage hours',
  description:
    'Persons with the benefit in the period, by ydelsesgruppe; of them, those with ordinary (unsubsidised) hours > 0 in at least one of their benefit weeks overlapping the period, and their share. Fleksjob and løntilskud hours are not ordinary hours.',
  needs: ['months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category', 'duration'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'ydelsesgruppe', type: 'text', labelDa: 'Ydelsesgruppe' },
    { name: 'persons', type: 'int', labelDa: 'Antal personer', suppressBy: 'persons' },
    {
      name: 'with_hours',
      type: 'int',
      labelDa: 'Med ordinære løntimer',
      suppressBy: 'with_hours',
    },
    {
      name: 'pct',
      type: 'float',
      labelDa: 'Andel med ordinære løntimer (%)',
      suppressBy: 'persons',
    },
  ],
  sql(params, ctx) {
    return `WITH b AS (
  ${monthRows(params, ctx)}
)
${personsByArea(
  'b',
  ['period', 'ydelsesgruppe', ...breakdownKeys(params)],
  [['wage_days', 'SUM']],
  [
    'COUNT(*) AS persons',
    'SUM(CASE WHEN wage_days > 0 THEN 1 ELSE 0 END) AS with_hours',
    `100 * ${ratio('SUM(CASE WHEN wage_days > 0 THEN 1 ELSE 0 END)', 'COUNT(*)')} AS pct`,
  ],
  // One month's rows are unique per person and municipality already.
  params.kind === 'month',
)}`;
  },
};
