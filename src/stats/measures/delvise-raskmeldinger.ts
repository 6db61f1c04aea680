import { personsByArea, ratio } from '../../sql/fragments.ts';
import { AREA, breakdownKeys, monthRows } from './common.ts';
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
    return `WITH b AS (
  ${monthRows({ ...params, benefits: ['sygedagpenge'] }, ctx, 'x.weeks > 0')}
)
${personsByArea(
  'b',
  ['period', ...breakdownKeys(params)],
  [['partial_weeks', 'SUM']],
  [
    'COUNT(*) AS recipients',
    'SUM(CASE WHEN partial_weeks > 0 THEN 1 ELSE 0 END) AS partial',
    `100 * ${ratio('SUM(CASE WHEN partial_weeks > 0 THEN 1 ELSE 0 END)', 'COUNT(*)')} AS partial_pct`,
  ],
  // One month's rows are unique per person and municipality already.
  params.kind === 'month',
)}`;
  },
};
