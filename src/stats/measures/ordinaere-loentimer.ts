import { ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthPersonsByArea } from './common.ts';
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
    return monthPersonsByArea(params, ctx, ['period', 'ydelsesgruppe', ...breakdownKeys(params)], {
      person: [['wage_days', 'SUM']],
      cells: [
        ['persons', '1', 'SUM'],
        ['with_hours', 'CASE WHEN wage_days > 0 THEN 1 ELSE 0 END', 'SUM'],
      ],
      out: ['persons', 'with_hours', `100 * ${ratio('with_hours', 'persons')} AS pct`],
    });
  },
};
