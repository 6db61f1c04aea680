import { AREA_COLUMNS, areaGroupingSets, sqlString } from '../../sql/fragments.ts';
import {
  AREA,
  breakdownJoin,
  breakdownKeys,
  breakdownSelect,
  dateParts,
  isPersonConstant,
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
  needs: ['spells'],
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
    // A sex, origin or education group is the person's in every row: it is joined to the few
    // spells rather than to each of their 8.7 million register weeks (at 1M persons).
    const late = isPersonConstant(params);
    const spells = late
      ? `(SELECT s.*${breakdownSelect(params, dateParts('s.start_week'))} FROM spells s ${breakdownJoin(params, 's.person_id')} WHERE s.benefit IN ('jobafklaring', 'sygedagpenge'))`
      : 'spells';
    return `WITH c AS (
  SELECT r.week, r.municipality, m.region, r.benefit,
    CAST((r.week - s.start_week) / 7 AS INTEGER) + 1 AS spell_week${late ? ', s.gruppe' : breakdownSelect(params, dateParts('r.week'))}
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN ${spells} s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= r.week AND s.last_week >= r.week
  ${late ? '' : breakdownJoin(params, 'r.person_id')}
  WHERE r.benefit IN ('jobafklaring', 'sygedagpenge')
    AND r.week >= CAST(${sqlString(mondayOf(from))} AS DATE) AND r.week <= CAST(${sqlString(to)} AS DATE)
)
SELECT CAST(week AS VARCHAR) AS week, ${AREA_COLUMNS}${params.breakdown ? ', gruppe' : ''},
  SUM(CASE WHEN benefit = 'jobafklaring' THEN 1 ELSE 0 END) AS jobafklaring,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week BETWEEN 5 AND 52 THEN 1 ELSE 0 END) AS syg_5_52,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week > 52 THEN 1 ELSE 0 END) AS syg_over_52
FROM c GROUP BY ${areaGroupingSets(['week', ...breakdownKeys(params)])}`;
  },
};
