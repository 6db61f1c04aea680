import { AREA_COLUMNS, areaGroupingSets, ratio, sqlString } from '../../sql/fragments.ts';
import { AREA, breakdownJoin, breakdownKeys, breakdownSelect, dateParts } from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/**
 * Breakdowns: the person attributes (age at the month end) and the visitationskategori of the
 * month-end week (ikke-relevant for a-dagpenge, the default benefit; the category of
 * kontanthjælp etc. when one of those is chosen). Not by duration: k is the spell's duration.
 */
export const interviewCadence: Measure = {
  id: 'samtalekadence',
  titleDa: 'Andel med mindst k samtaler efter k måneders ledighed',
  titleEn: 'Share with at least k interviews at k months of unemployment (dagpenge)',
  description:
    'At each month end: a-dagpenge recipients in the week holding that day whose spell has lasted k whole months (k = floor(days since spell start ÷ 30.4375), 1 ≤ k ≤ 5); share with at least k interviews (any kind) from the spell start to that day. Broken down by age at the month end and by the visitationskategori of that week. Source: measures.md § 1 (000_213603cd5354bb1f.txt pp. 26–27).',
  needs: ['spells', 'months'],
  breakdowns: [...PERSON_BREAKDOWNS, 'category'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Måned' },
    ...AREA,
    { name: 'k', type: 'int', labelDa: 'Måneder (k)' },
    { name: 'persons', type: 'int', labelDa: 'Dagpengemodtagere', suppressBy: 'persons' },
    { name: 'with_k', type: 'int', labelDa: 'Med mindst k samtaler', suppressBy: 'with_k' },
    { name: 'pct', type: 'float', labelDa: 'Andel (%)', suppressBy: 'persons' },
  ],
  sql(params) {
    const benefit = sqlString(params.benefits?.[0] ?? 'a-dagpenge');
    const g = params.breakdown ? ', c.gruppe' : '';
    const maxK = params.maxK ?? 5;
    const k = 'CAST(FLOOR((d.ref_date - SPELL_START + 1) / 30.4375) AS INTEGER)';
    const select = (start: string) =>
      `SELECT d.period, d.ref_date, r.person_id, r.municipality, m.region, ${start} AS start_week, ${k.replace('SPELL_START', start)} AS k`;
    const onlyK = (start: string) =>
      `${k.replace('SPELL_START', start)} >= 1 AND ${k.replace('SPELL_START', start)} <= ${maxK}`;
    const joins = `JOIN ref_municipality m ON m.code = r.municipality
  ${breakdownJoin(params, 'r.person_id')}`;
    // The category breakdown is the month-end week's category, which only the weekly row has.
    const fromMonths =
      (params.gapRule ?? 'calendar-month') === 'calendar-month' && params.breakdown !== 'category';
    const recipients = fromMonths
      ? // The recipient's month row whose last benefit week is the month-end week (as in
        // manglende-aktiv-indsats), with its calendar-month spell (months.spell_start): reading
        // the weekly rows of the month-end weeks and range-joining the spells took 2 of 3.5 s.
        `${select('r.spell_start')}${breakdownSelect(params, dateParts('d.ref_date'))}
  FROM months r JOIN ref_dates d ON d.period = r.month AND d.ref_week = r.last_week
  ${joins}
  WHERE r.benefit = ${benefit} AND ${onlyK('r.spell_start')}`
      : `${select('s.start_week')}${breakdownSelect(params, dateParts('d.ref_date'), { category: 'r.category', benefit: 'r.benefit' })}
  FROM ref_dates d
  JOIN register r ON r.week = d.ref_week AND r.benefit = ${benefit}
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= d.ref_week AND s.last_week >= d.ref_week
  ${joins}
  WHERE ${onlyK('s.start_week')}`;
    return `WITH __REFDATES__, c AS (
  ${recipients}
), i AS (
  SELECT c.period, c.person_id, COUNT(iv.person_id) AS interviews
  FROM c LEFT JOIN interviews iv ON iv.person_id = c.person_id
    AND iv.date >= c.start_week AND iv.date <= c.ref_date
  GROUP BY c.period, c.person_id
), j AS (
  SELECT c.period, c.municipality, c.region, c.k${g}, CASE WHEN i.interviews >= c.k THEN 1 ELSE 0 END AS ok
  FROM c JOIN i ON i.period = c.period AND i.person_id = c.person_id
)
SELECT period, ${AREA_COLUMNS}, k${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS persons, SUM(ok) AS with_k,
  100 * ${ratio('SUM(ok)', 'COUNT(*)')} AS pct
FROM j GROUP BY ${areaGroupingSets(['period', 'k', ...breakdownKeys(params)])}`;
  },
};
