import { ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthPersonsByArea } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

export const activationRate: Measure = {
  id: 'aktiveringsgrad',
  titleDa: 'Aktiveringsgrad',
  titleEn: 'Activation rate',
  description:
    'Full-time persons in an active offer ÷ full-time persons on the benefit × 100, by ydelsesgruppe (jobindsats practice; duration-band breakdown not implemented).',
  needs: ['months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category', 'duration'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'ydelsesgruppe', type: 'text', labelDa: 'Ydelsesgruppe' },
    { name: 'persons', type: 'int', labelDa: 'Antal personer', suppressBy: 'persons' },
    { name: 'activated', type: 'int', labelDa: 'Personer i aktivering', suppressBy: 'activated' },
    {
      name: 'activation_pct',
      type: 'float',
      labelDa: 'Aktiveringsgrad (%)',
      suppressBy: 'persons',
    },
  ],
  sql(params, ctx) {
    return monthPersonsByArea(params, ctx, ['period', 'ydelsesgruppe', ...breakdownKeys(params)], {
      person: [
        ['days', 'SUM'],
        ['active_days', 'SUM'],
      ],
      cells: [
        ['persons', '1', 'SUM'],
        ['activated', 'CASE WHEN active_days > 0 THEN 1 ELSE 0 END', 'SUM'],
        ['days', 'days', 'SUM'],
        ['active_days', 'active_days', 'SUM'],
      ],
      out: ['persons', 'activated', `100 * ${ratio('active_days', 'days')} AS activation_pct`],
    });
  },
};
