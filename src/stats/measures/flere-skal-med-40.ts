/**
 * The 40 % criterion of 'Flere skal med' (#11 item 7), encoded from the final evaluation,
 * `004_c71e4edfbae1fa56.txt`:
 *
 * - **The group**, lines 158–160: "Målgruppen er alle aktivitetsparate kontanthjælpsmodtagere,
 *   aktivitetsparate uddannelseshjælpsmodtagere samt aktivitetsparate modtagere af
 *   integrationsydelse, som alle har mere end fem års sammenhængende forløb på
 *   kontanthjælpslignende ydelser." Here: on kontanthjælp, uddannelseshjælp or
 *   integrationsydelse and `aktivitetsparat` (the register's visitationskategori) in the week
 *   holding the reference date, with a continuous course on those three benefits that began
 *   more than five years (60 calendar months) before the reference date.
 * - **The criterion**, lines 200–205: "som minimum skulle have 40 pct. af gruppe 1
 *   (indsatsgruppen) i virksomhedsrettet indsats/ordinære timer over en periode på 3 måneder
 *   (kaldet ”virksomhedsforløb mv.”) … indeholder derfor: Virksomhedsrettet indsats, ordinære
 *   løntimer, fleksjob samt deltagelse i ordinær uddannelse." Here: the share of the group with
 *   at least one register week in the 3 calendar months from the window start (default: the
 *   month after the reference date) with virksomhedspraktik or løntilskud, ordinary hours,
 *   fleksjob or ordinary education; met at 40 % or more.
 *
 * Choices the sources leave open or the register cannot follow (docs/statistics.md):
 * - "Sammenhængende forløb" across the three benefits: their spells joined into one course
 *   unless a whole calendar month without any of them lies between (the jobindsats spell rule,
 *   measures.md § 1). A course seen from the register's first week may have begun earlier, so
 *   it counts as more than five years only when the register itself reaches back that far
 *   (`history_complete`: the register began more than five years before the reference date;
 *   otherwise nobody can be shown to belong to the group and the group is empty).
 * - Gruppe 1 (indsatsgruppen) is a visitation the register does not hold (measures.md § 7):
 *   the whole target group stands in for it.
 * - "Over en periode på 3 måneder" is read as at least one such week in the 3 months (the
 *   reading of the evaluation's monitoring: "virksomhedsforløb mv." at any point in the period).
 * - Weeks straddling the window's edges count (weekly data).
 */
import { addDays, addMonths, lastDayOfMonth } from '../../calendar/index.ts';
import { CATEGORY_BENEFITS, COMPANY_ORIENTED } from '../../register/schema.ts';
import {
  AREA_COLUMNS,
  areaGroupingSets,
  inList,
  monthIndex,
  ratio,
  sqlString,
} from '../../sql/fragments.ts';
import { AREA, mondayOf } from './common.ts';
import type { Measure } from './types.ts';

/** "mere end fem års sammenhængende forløb" (line 160), in calendar months. */
export const FSM_GROUP_MONTHS = 60;
/** The window of the criterion: "over en periode på 3 måneder" (line 201). */
export const FSM_WINDOW_MONTHS = 3;
/** "kontanthjælpslignende ydelser" (line 160): the benefits with a visitationskategori. */
const KH_LIKE = Object.keys(CATEGORY_BENEFITS);

export const flereSkalMed: Measure = {
  id: 'flere-skal-med-40',
  titleDa: 'Flere skal med: 40 %-kriteriet (virksomhedsforløb mv. over 3 måneder)',
  titleEn: '"Flere skal med" 40 % criterion',
  description:
    'Group (004_c71e4edfbae1fa56.txt lines 158–160): aktivitetsparate recipients of kontanthjælp, uddannelseshjælp or integrationsydelse in the week holding the reference date (default 2018-01-31) whose continuous course on those benefits began more than 5 years before it (the register must reach back that far: history_complete), placed in that week\'s municipality; the target group stands in for Gruppe 1. Outcome (lines 200–205): at least one week in the 3 calendar months from windowStart (default the month after the reference date) with praktik or løntilskud, ordinary hours, fleksjob or education ("virksomhedsforløb mv."). Criterion met when the share is at least 40 %.',
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
    { name: 'history_complete', type: 'bool', labelDa: 'Registret dækker 5 år før' },
  ],
  sql(params, ctx) {
    const referenceDate = params.referenceDate ?? '2018-01-31';
    const refWeek = mondayOf(referenceDate);
    // The course must have begun before this day (more than five years before the reference date).
    const groupBefore = addMonths(referenceDate, -FSM_GROUP_MONTHS, 'clamp');
    const historyComplete = ctx.firstWeek < groupBefore;
    const windowStart = params.windowStart ?? addDays(lastDayOfMonth(referenceDate), 1);
    const windowEnd = addDays(addMonths(windowStart, FSM_WINDOW_MONTHS, 'clamp'), -1);
    const breaks = `${monthIndex('c.start_week')} - ${monthIndex('c.prior_last + 6')} >= 2`;
    return `WITH g0 AS (
  SELECT r.person_id, r.municipality, m.region
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  WHERE r.week = CAST(${sqlString(refWeek)} AS DATE) AND ${inList('r.benefit', KH_LIKE)}
    AND r.category = 'aktivitetsparat'
), k AS (
  -- The person's spells of kontanthjælp-like benefits up to the reference week, with the latest
  -- end among the spells before each (spells of two benefits may nest).
  SELECT s.person_id, s.start_week, s.last_week,
    MAX(s.last_week) OVER (PARTITION BY s.person_id ORDER BY s.start_week, s.last_week
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior_last
  FROM spells s JOIN g0 ON g0.person_id = s.person_id
  WHERE ${inList('s.benefit', KH_LIKE)} AND s.start_week <= CAST(${sqlString(refWeek)} AS DATE)
), c AS (
  -- The start of the continuous course holding the reference week: the last spell start
  -- not joined to what came before (a whole calendar month without these benefits before it).
  SELECT c.person_id, MAX(CASE WHEN c.prior_last IS NULL OR ${breaks} THEN c.start_week END) AS course_start
  FROM k c GROUP BY c.person_id
), g AS (
  SELECT g0.person_id, g0.municipality, g0.region FROM g0 JOIN c ON c.person_id = g0.person_id
  WHERE ${historyComplete ? 'TRUE' : 'FALSE'} AND c.course_start < CAST(${sqlString(groupBefore)} AS DATE)
), o AS (
  SELECT DISTINCT x.person_id FROM register x JOIN g ON g.person_id = x.person_id
  WHERE x.week >= CAST(${sqlString(mondayOf(windowStart))} AS DATE) AND x.week <= CAST(${sqlString(windowEnd)} AS DATE)
    AND (${inList('x.activation', COMPANY_ORIENTED)} OR x.hours > 0 OR x.benefit = 'fleksjob' OR x.education)
), j AS (
  SELECT g.municipality, g.region, CASE WHEN o.person_id IS NULL THEN 0 ELSE 1 END AS hit
  FROM g LEFT JOIN o ON o.person_id = g.person_id
)
SELECT ${AREA_COLUMNS}, COUNT(*) AS group_persons, COALESCE(SUM(hit), 0) AS in_company,
  100 * ${ratio('SUM(hit)', 'COUNT(*)')} AS pct,
  CASE WHEN SUM(hit) * 10 >= COUNT(*) * 4 THEN TRUE ELSE FALSE END AS criterion_met,
  ${historyComplete ? 'TRUE' : 'FALSE'} AS history_complete
FROM j GROUP BY ${areaGroupingSets([])}`;
  },
};
