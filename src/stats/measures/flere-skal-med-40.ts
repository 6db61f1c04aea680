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
 * - **No full-time work**, line 1166: "Gruppen har pr. definition ikke arbejdsmarkedserfaring med
 *   fuldtidsjob på mere end tre uger inden for de seneste fem år". Here: no run of more than
 *   3 consecutive register weeks (FSM_FULL_TIME_WEEKS) with ordinary hours of at least 37
 *   (FSM_FULL_TIME_HOURS, full time as measures.md § 2 defines it) among the weeks touching the
 *   60 months up to the reference date. Fleksjob and løntilskud hours are not ordinary hours.
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
 * - "Fuldtidsjob på mere end tre uger": a job is read as consecutive weeks of full-time hours
 *   (a week below 37 hours ends it), and only its weeks inside the five years count.
 *
 * Breakdowns: the person attributes, age on the reference date. Not by visitationskategori
 * (everyone is aktivitetsparat) nor by duration (everyone has more than five years).
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
import {
  AREA,
  breakdownJoin,
  breakdownKeys,
  breakdownSelect,
  dateParts,
  mondayOf,
} from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/** "mere end fem års sammenhængende forløb" (line 160), in calendar months. */
export const FSM_GROUP_MONTHS = 60;
/** "fuldtidsjob på mere end tre uger" (line 1166): a run of more weeks than this excludes. */
export const FSM_FULL_TIME_WEEKS = 3;
/** Full time: 37 ordinary hours a week (measures.md § 2, beskæftigelsesgrad). */
export const FSM_FULL_TIME_HOURS = 37;
/** The window of the criterion: "over en periode på 3 måneder" (line 201). */
export const FSM_WINDOW_MONTHS = 3;
/** "kontanthjælpslignende ydelser" (line 160): the benefits with a visitationskategori. */
const KH_LIKE = Object.keys(CATEGORY_BENEFITS);

export const flereSkalMed: Measure = {
  id: 'flere-skal-med-40',
  titleDa: 'Flere skal med: 40 %-kriteriet (virksomhedsforløb mv. over 3 måneder)',
  titleEn: '"Flere skal med" 40 % criterion',
  description:
    'Group (004_c71e4edfbae1fa56.txt lines 158–160): aktivitetsparate recipients of kontanthjælp, uddannelseshjælp or integrationsydelse in the week holding the reference date (default 2018-01-31) whose continuous course on those benefits began more than 5 years before it (the register must reach back that far: history_complete) and who had no full-time job (37 ordinary hours a week) of more than 3 consecutive weeks in those 5 years (line 1166), placed in that week\'s municipality; the target group stands in for Gruppe 1. Outcome (lines 200–205): at least one week in the 3 calendar months from windowStart (default the month after the reference date) with praktik or løntilskud, ordinary hours, fleksjob or education ("virksomhedsforløb mv."). Criterion met when the share is at least 40 %. Broken down by the person attributes, age on the reference date.',
  needs: ['spells'],
  breakdowns: PERSON_BREAKDOWNS,
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
    const g = params.breakdown ? ', g0.gruppe' : '';
    return `WITH g0 AS (
  SELECT r.person_id, r.municipality, m.region${breakdownSelect(params, dateParts(`CAST(${sqlString(referenceDate)} AS DATE)`))}
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  ${breakdownJoin(params, 'r.person_id')}
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
), ft AS (
  -- Full-time weeks in the five years (weeks touching them), numbered per person: consecutive
  -- weeks share week − 7 × row number (gaps and islands).
  SELECT x.person_id, x.week - CAST(7 * ROW_NUMBER() OVER (PARTITION BY x.person_id ORDER BY x.week) AS INTEGER) AS island
  FROM register x JOIN g0 ON g0.person_id = x.person_id
  WHERE x.hours >= ${FSM_FULL_TIME_HOURS} AND x.week + 6 >= CAST(${sqlString(groupBefore)} AS DATE)
    AND x.week <= CAST(${sqlString(refWeek)} AS DATE)
), fj AS (
  -- Persons with a full-time job of more than three weeks (line 1166).
  SELECT DISTINCT person_id FROM (
    SELECT person_id, island FROM ft GROUP BY person_id, island HAVING COUNT(*) > ${FSM_FULL_TIME_WEEKS}
  ) runs
), g AS (
  SELECT g0.person_id, g0.municipality, g0.region${g} FROM g0 JOIN c ON c.person_id = g0.person_id
  WHERE ${historyComplete ? 'TRUE' : 'FALSE'} AND c.course_start < CAST(${sqlString(groupBefore)} AS DATE)
    AND g0.person_id NOT IN (SELECT person_id FROM fj)
), o AS (
  SELECT DISTINCT x.person_id FROM register x JOIN g ON g.person_id = x.person_id
  WHERE x.week >= CAST(${sqlString(mondayOf(windowStart))} AS DATE) AND x.week <= CAST(${sqlString(windowEnd)} AS DATE)
    AND (${inList('x.activation', COMPANY_ORIENTED)} OR x.hours > 0 OR x.benefit = 'fleksjob' OR x.education)
), j AS (
  SELECT g.municipality, g.region${params.breakdown ? ', g.gruppe' : ''}, CASE WHEN o.person_id IS NULL THEN 0 ELSE 1 END AS hit
  FROM g LEFT JOIN o ON o.person_id = g.person_id
)
SELECT ${AREA_COLUMNS}${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS group_persons, COALESCE(SUM(hit), 0) AS in_company,
  100 * ${ratio('SUM(hit)', 'COUNT(*)')} AS pct,
  CASE WHEN SUM(hit) * 10 >= COUNT(*) * 4 THEN TRUE ELSE FALSE END AS criterion_met,
  ${historyComplete ? 'TRUE' : 'FALSE'} AS history_complete
FROM j GROUP BY ${areaGroupingSets(breakdownKeys(params))}`;
  },
};
