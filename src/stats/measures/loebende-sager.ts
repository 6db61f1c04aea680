import { AREA_COLUMNS, areaGroupingSets, sqlString } from '../../sql/fragments.ts';
import {
  AREA,
  breakdownJoin,
  breakdownKeys,
  breakdownSelect,
  dateParts,
  mondayOf,
  windowOf,
} from './common.ts';
import { type Measure, PERSON_BREAKDOWNS } from './types.ts';

/**
 * Breakdowns: the person attributes, age on the week's Monday. Not by visitationskategori
 * (jobafklaring and sygedagpenge have none) nor by duration (the columns are durations).
 */
export const openCases: Measure = {
  id: 'loebende-sager',
  titleDa: 'Antal løbende sager pr. uge',
  titleEn: 'Open cases by ISO week: jobafklaring, sygedagpenge weeks 5–52 and over 52',
  description:
    "For each register week: persons on jobafklaring; persons on sygedagpenge whose spell is in its week 5–52, and beyond week 52 (week 1 = the first sygedagpenge week of the spell). Broken down by the person attributes, age on the week's Monday.",
  needs: ['case_weeks'],
  breakdowns: PERSON_BREAKDOWNS,
  columns: [
    { name: 'week', type: 'text', labelDa: 'Uge' },
    ...AREA,
    {
      name: 'jobafklaring',
      type: 'int',
      labelDa: 'Jobafklaringssager',
      suppressBy: 'jobafklaring',
    },
    {
      name: 'syg_5_52',
      type: 'int',
      labelDa: 'Sygedagpengesager 5-52 uger',
      suppressBy: 'syg_5_52',
    },
    {
      name: 'syg_over_52',
      type: 'int',
      labelDa: 'Sygedagpengesager over 52 uger',
      suppressBy: 'syg_over_52',
    },
  ],
  sql(params, ctx) {
    const { from, to } = windowOf(params, ctx);
    // The case benefits' weekly rows carry their spell's start (case_weeks, derived once with
    // the spells): no scan of every register week and no range join to the spells here.
    return `WITH c AS (
  SELECT r.week, r.municipality, m.region, r.benefit,
    CAST((r.week - r.spell_start) / 7 AS INTEGER) + 1 AS spell_week${breakdownSelect(params, dateParts('r.week'))}
  FROM case_weeks r
  JOIN ref_municipality m ON m.code = r.municipality
  ${breakdownJoin(params, 'r.person_id')}
  WHERE r.week >= CAST(${sqlString(mondayOf(from))} AS DATE) AND r.week <= CAST(${sqlString(to)} AS DATE)
)
SELECT CAST(week AS VARCHAR) AS week, ${AREA_COLUMNS}${params.breakdown ? ', gruppe' : ''},
  SUM(CASE WHEN benefit = 'jobafklaring' THEN 1 ELSE 0 END) AS jobafklaring,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week BETWEEN 5 AND 52 THEN 1 ELSE 0 END) AS syg_5_52,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week > 52 THEN 1 ELSE 0 END) AS syg_over_52
FROM c GROUP BY ${areaGroupingSets(['week', ...breakdownKeys(params)])}`;
  },
};
