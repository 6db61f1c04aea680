import { addDays, lastDayOfMonth } from '../../calendar/index.ts';
import { COMPANY_ORIENTED } from '../../register/schema.ts';
import { AREA_COLUMNS, areaGroupingSets, inList, ratio, sqlString } from '../../sql/fragments.ts';
import { AREA, mondayOf } from './common.ts';
import type { Measure } from './types.ts';

export const flereSkalMed: Measure = {
  id: 'flere-skal-med-40',
  titleDa: 'Flere skal med: 40 %-kriteriet (virksomhedsforløb mv. over 3 måneder)',
  titleEn: '"Flere skal med" 40 % criterion',
  description:
    'Group: kontanthjælp recipients in the week holding the reference date (default 2018-01-31) with a spell of at least 52 weeks (proxy for Gruppe 1), placed in that week\'s municipality. Outcome: at least one week in the 3-month window (13 weeks from windowStart) with praktik or løntilskud, ordinary hours, fleksjob or education ("virksomhedsforløb mv.", measures.md § 4). Criterion met when the share is at least 40 %.',
  needs: ['spells'],
  columns: [
    ...AREA,
    {
      name: 'group_persons',
      type: 'int',
      labelDa: 'Personer i målgruppen',
      suppressBy: 'group_persons',
    },
    {
      name: 'in_company',
      type: 'int',
      labelDa: 'I virksomhedsforløb mv.',
      suppressBy: 'in_company',
    },
    { name: 'pct', type: 'float', labelDa: 'Andel (%)', suppressBy: 'group_persons' },
    { name: 'criterion_met', type: 'bool', labelDa: 'Mindst 40 %', suppressBy: 'group_persons' },
  ],
  sql(params) {
    const referenceDate = params.referenceDate ?? '2018-01-31';
    const refWeek = mondayOf(referenceDate);
    const windowStart = params.windowStart ?? addDays(lastDayOfMonth(referenceDate), 1);
    const windowFirstWeek = mondayOf(windowStart);
    const windowLastWeek = addDays(windowFirstWeek, 12 * 7);
    const benefit = params.benefits?.[0] ?? 'kontanthjaelp';
    return `WITH g AS (
  SELECT r.person_id, r.municipality, m.region
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= CAST(${sqlString(refWeek)} AS DATE) - 357 AND s.last_week >= CAST(${sqlString(refWeek)} AS DATE)
  WHERE r.week = CAST(${sqlString(refWeek)} AS DATE) AND r.benefit = ${sqlString(benefit)}
), o AS (
  SELECT DISTINCT x.person_id FROM register x JOIN g ON g.person_id = x.person_id
  WHERE x.week >= CAST(${sqlString(windowFirstWeek)} AS DATE) AND x.week <= CAST(${sqlString(windowLastWeek)} AS DATE)
    AND (${inList('x.activation', COMPANY_ORIENTED)} OR x.hours > 0 OR x.benefit = 'fleksjob' OR x.education)
), j AS (
  SELECT g.municipality, g.region, CASE WHEN o.person_id IS NULL THEN 0 ELSE 1 END AS hit
  FROM g LEFT JOIN o ON o.person_id = g.person_id
)
SELECT ${AREA_COLUMNS}, COUNT(*) AS group_persons, SUM(hit) AS in_company,
  100 * ${ratio('SUM(hit)', 'COUNT(*)')} AS pct,
  CASE WHEN SUM(hit) * 10 >= COUNT(*) * 4 THEN TRUE ELSE FALSE END AS criterion_met
FROM j GROUP BY ${areaGroupingSets([])}`;
  },
};
