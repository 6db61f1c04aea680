import { ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthPersonsByArea } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

export const partialSick: Measure = {
  id: 'delvise-raskmeldinger',
  titleDa: 'Antal og andel delvise raskmeldinger/sygemeldinger',
  titleEn: 'Partial sick or return-to-work notifications',
  description:
    'Sygedagpenge recipients in the period with at least one week flagged partially sick-listed, and their share of all sygedagpenge recipients in the period (the denominator is not stated in the source; this is a choice).',
  needs: ['months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'duration'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'recipients', type: 'int', labelDa: 'Sygedagpengemodtagere', suppressBy: 'recipients' },
    { name: 'partial', type: 'int', labelDa: 'Antal delvise', suppressBy: 'partial' },
    { name: 'partial_pct', type: 'float', labelDa: 'Andel delvise (%)', suppressBy: 'recipients' },
  ],
  sql(params, ctx) {
    return monthPersonsByArea(
      { ...params, benefits: ['sygedagpenge'] },
      ctx,
      ['period', ...breakdownKeys(params)],
      {
        person: [['partial_weeks', 'SUM']],
        cells: [
          ['recipients', '1', 'SUM'],
          ['partial', 'CASE WHEN partial_weeks > 0 THEN 1 ELSE 0 END', 'SUM'],
        ],
        out: ['recipients', 'partial', `100 * ${ratio('partial', 'recipients')} AS partial_pct`],
      },
      'x.weeks > 0',
    );
  },
};
