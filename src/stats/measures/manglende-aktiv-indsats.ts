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
  needs: ['spells', 'months', 'activation_runs'],
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
    const select = `SELECT d.period, d.ref_week, r.person_id, r.benefit, r.municipality, m.region${breakdownSelect(params, dateParts('d.ref_date'), { category: 'r.category', benefit: 'r.benefit' })}`;
    const joins = `JOIN ref_municipality m ON m.code = r.municipality
  ${breakdownJoin(params, 'r.person_id')}`;
    // The recipient's row in the month-end week comes from the person-month table: the week
    // holding a month's last day is the month's last week, so the person had the benefit in
    // it exactly when their month row's last benefit week is that week, in that row's
    // municipality (reading the weekly rows of the 73 weeks scanned all 311M rows at 1M persons).
    const recipients =
      (params.gapRule ?? 'calendar-month') === 'calendar-month'
        ? // Under the calendar-month rule the row carries its spell (months.spell_start, the
          // spell table's start_week), so a spell that has lasted 52 weeks is a condition on
          // the row: joining the spells to the month ends and then to the rows took 4 s at 1M.
          `${select}
  FROM months r JOIN ref_dates d ON d.period = r.month AND d.ref_week = r.last_week
  ${joins}
  WHERE r.spell_start <= d.ref_week - 357 AND __BENEFITS__`
        : // Any gap: the spells that have lasted 52 weeks at a month end (spells × 73 month
          // ends, a range join), then their row that week by equality.
          `${select}
  FROM spells s JOIN ref_dates d ON s.start_week <= d.ref_week - 357 AND s.last_week >= d.ref_week
  JOIN months r ON r.person_id = s.person_id AND r.month = d.period AND r.benefit = s.benefit
    AND r.last_week = d.ref_week AND __BENEFITS__
  ${joins}
  WHERE s.last_week >= s.start_week + 357`;
    return `WITH __REFDATES__, c AS (
  ${recipients}
), active AS (
  -- The person's activation weeks as runs of consecutive weeks (activation_runs, derived once
  -- with the register). A recipient was active in the 52 weeks up to a month-end week exactly
  -- when a run starts on or before that week and its last week is less than 52 weeks before
  -- it. Joining each recipient to their activation weeks and counting them (32 M joined rows
  -- at 1M persons) took 10 of the measure's 12 s; a correlated EXISTS on the runs took 5 s at
  -- 1M, and 57 s on PostgreSQL's 3,000-person test register (it re-ran the window per
  -- recipient).
  -- Each month end with the run that started last on or before it (runs do not overlap, so
  -- that run also ends last), kept when it ends less than 52 weeks before the month end:
  -- one row per person and active month end, joined to the recipients by equality.
  SELECT x.person_id, d.ref_week
  FROM (SELECT person_id, first_week, last_week,
      LEAD(first_week) OVER (PARTITION BY person_id ORDER BY first_week) AS next_first
    FROM activation_runs) x
  JOIN ref_dates d ON x.first_week <= d.ref_week AND x.last_week > d.ref_week - 364
    AND (x.next_first IS NULL OR x.next_first > d.ref_week)
), j AS (
  SELECT c.period, c.municipality, c.region, c.benefit${g},
    CASE WHEN a.person_id IS NULL THEN 1 ELSE 0 END AS idle
  FROM c LEFT JOIN active a ON a.person_id = c.person_id AND a.ref_week = c.ref_week
)
SELECT period, ${AREA_COLUMNS}, benefit${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS long_term, SUM(idle) AS without_offer,
  100 * ${ratio('SUM(idle)', 'COUNT(*)')} AS pct
FROM j GROUP BY ${areaGroupingSets(['period', 'benefit', ...breakdownKeys(params)])}`;
  },
};
