import { AREA_COLUMNS, areaGroupingSets, ratio } from '../../sql/fragments.ts';
import { AREA, breakdownJoin, breakdownKeys, breakdownSelect, dateParts } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/**
 * Breakdowns: the person attributes (age at the month end) and the visitationskategori of the
 * month the month-end week is found in (months.category). Not by duration: every person counted has a spell of at least 52 weeks.
 */
export const noActiveOffer: Measure = {
  id: 'manglende-aktiv-indsats',
  titleDa: 'Andel med mindst 1 års forløb uden aktivt tilbud',
  titleEn: 'Share with at least one year on benefit and no active offer',
  description:
    'At each month end: recipients (week holding that day) whose spell has lasted at least 52 weeks; share with no week of activation in the 52 weeks up to and including that week. Broken down by age at the month end and by the visitationskategori of the month (the person-month row of that week, as the other month measures).',
  needs: ['spells', 'months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Måned' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    {
      name: 'long_term',
      type: 'int',
      labelDa: 'Personer med mindst 1 års forløb',
      suppressBy: 'long_term',
    },
    {
      name: 'without_offer',
      type: 'int',
      labelDa: 'Uden aktivt tilbud',
      suppressBy: 'without_offer',
    },
    {
      name: 'pct',
      type: 'float',
      labelDa: 'Andel uden aktivt tilbud (%)',
      suppressBy: 'long_term',
    },
  ],
  sql(params) {
    const g = params.breakdown ? ', c.gruppe' : '';
    // The spells that have lasted 52 weeks at a month end are found first (spells × 73 month
    // ends, a range join), then their register row that week by equality: joining every
    // benefit row of the month-end weeks to the spells by person and benefit took 41 s at 1M persons.
    return `WITH __REFDATES__, l AS (
  SELECT d.period, d.ref_date, d.ref_week, s.person_id, s.benefit
  FROM spells s JOIN ref_dates d ON s.start_week <= d.ref_week - 357 AND s.last_week >= d.ref_week
  WHERE s.last_week >= s.start_week + 357
), c AS (
  -- The recipient's row in the month-end week, from the person-month table: the week
  -- holding a month's last day is the month's last week, so the person had the benefit in
  -- it exactly when their month row's last benefit week is that week, in that row's
  -- municipality (reading the weekly rows of the 73 weeks scanned all 311M rows at 1M persons).
  SELECT l.period, l.ref_week, r.person_id, r.benefit, r.municipality, m.region${breakdownSelect(params, dateParts('l.ref_date'), { category: 'r.category', benefit: 'r.benefit' })}
  FROM l
  JOIN months r ON r.person_id = l.person_id AND r.month = l.period AND r.benefit = l.benefit
    AND r.last_week = l.ref_week AND __BENEFITS__
  JOIN ref_municipality m ON m.code = r.municipality
  ${breakdownJoin(params, 'r.person_id')}
), a AS (
  SELECT c.period, c.person_id, c.benefit, COUNT(x.person_id) AS active_weeks
  FROM c LEFT JOIN register x ON x.person_id = c.person_id
    AND x.week > c.ref_week - 364 AND x.week <= c.ref_week AND x.activation IS NOT NULL
  GROUP BY c.period, c.person_id, c.benefit
), j AS (
  SELECT c.period, c.municipality, c.region, c.benefit${g}, CASE WHEN a.active_weeks = 0 THEN 1 ELSE 0 END AS idle
  FROM c JOIN a ON a.period = c.period AND a.person_id = c.person_id AND a.benefit = c.benefit
)
SELECT period, ${AREA_COLUMNS}, benefit${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS long_term, SUM(idle) AS without_offer,
  100 * ${ratio('SUM(idle)', 'COUNT(*)')} AS pct
FROM j GROUP BY ${areaGroupingSets(['period', 'benefit', ...breakdownKeys(params)])}`;
  },
};
