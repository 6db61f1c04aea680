import { AREA_COLUMNS, areaGroupingSets, periodLabel } from '../../sql/fragments.ts';
import {
  AREA,
  benefitFilter,
  breakdownJoin,
  breakdownKeys,
  breakdownSelect,
  dateParts,
  periodFilter,
} from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/**
 * Tilgang og afgang: benefit spells starting and ending per period, as
 * jobindsats publishes them for each ydelse. A spell begun before the
 * register (left-censored) has no observed start and is no inflow.
 *
 * Breakdowns: the person attributes, with age on the event's day (the first benefit day for
 * inflow, the last for outflow), and the visitationskategori of the event's week (the spell's
 * first benefit week for inflow, its last for outflow). Not by duration: an inflow has none.
 */
export const inflowOutflow: Measure = {
  id: 'tilgang-afgang',
  titleDa: 'Tilgang og afgang',
  titleEn: 'Inflow and outflow of benefit spells',
  description:
    "Inflow: spells starting in the period (first benefit day), in the municipality of their first week; spells running at the register's first week have no observed start and are left out. Outflow: ended spells (a whole benefit-free calendar month after them inside the data) by the period of their last benefit day, in the municipality of their last week. Broken down by age on that day and by the visitationskategori of the first (inflow) or last (outflow) benefit week.",
  needs: ['spells'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    { name: 'inflow', type: 'int', labelDa: 'Tilgang', suppressBy: 'inflow' },
    { name: 'outflow', type: 'int', labelDa: 'Afgang', suppressBy: 'outflow' },
  ],
  sql(params, ctx) {
    const g = params.breakdown ? ', gruppe' : '';
    return `WITH ev AS (
  SELECT ${periodLabel(params.kind, 's.start_week')} AS period, s.benefit, s.start_municipality AS municipality,
    1 AS inflow, 0 AS outflow${breakdownSelect(params, dateParts('s.start_week'), { category: 's.start_category', benefit: 's.benefit' })}
  FROM spells s
  ${breakdownJoin(params, 's.person_id')}
  WHERE NOT s.left_censored AND ${benefitFilter(params, 's.benefit')}
  UNION ALL
  SELECT ${periodLabel(params.kind, 's.last_week + 6')}, s.benefit, s.end_municipality, 0, 1${breakdownSelect(params, dateParts('s.last_week + 6'), { category: 's.end_category', benefit: 's.benefit' })}
  FROM spells s
  ${breakdownJoin(params, 's.person_id')}
  WHERE s.ended AND ${benefitFilter(params, 's.benefit')}
), e AS (
  SELECT ev.period, ev.benefit, ev.municipality, m.region, ev.inflow, ev.outflow${g}
  FROM ev JOIN ref_municipality m ON m.code = ev.municipality
)
SELECT period, ${AREA_COLUMNS}, benefit${g}, SUM(inflow) AS inflow, SUM(outflow) AS outflow
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit', ...breakdownKeys(params)])}`;
  },
};
