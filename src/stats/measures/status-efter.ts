import {
  AREA_COLUMNS,
  areaGroupingSets,
  periodLabel,
  ratio,
  sqlString,
} from '../../sql/fragments.ts';
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

/** The follow-up points: months after the spell, the week the status is read in, its columns. */
const FOLLOW_UPS = {
  3: { id: 'status-efter', weeks: 13, days: 91, suffix: '' },
  6: { id: 'status-efter-6m', weeks: 26, days: 182, suffix: '_26' },
  12: { id: 'status-efter-12m', weeks: 52, days: 364, suffix: '_52' },
} as const;

/**
 * Status 3, 6 or 12 months after the end of a spell (jobindsats: "status
 * efter afsluttet forløb"), read from the derived spells' follow-up columns
 * (src/sql/derived.ts): one definition, three measures.
 */
function statusAfterMeasure(months: keyof typeof FOLLOW_UPS): Measure {
  const f = FOLLOW_UPS[months];
  return {
    id: f.id,
    titleDa: `Status ${months} måneder efter afsluttet forløb`,
    titleEn: `Status ${months} months (${f.weeks} weeks) after the end of a spell`,
    description: `Ended spells by period of ending; status in the ${f.weeks}th week after the last benefit week: wage employment (no benefit, ordinary hours > 0), education (no benefit, no hours, in education), same benefit again, another benefit, or other; and the share in fleksjob (part of another benefit; measures.md § 1 asks for it after ledighedsydelse). Spells whose follow-up week lies beyond the data are left out.`,
    needs: ['spells'],
    breakdowns: [...PERSON_BREAKDOWNS, 'category'],
    columns: [
      { name: 'period', type: 'text', labelDa: 'Periode' },
      ...AREA,
      { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
      {
        name: 'ended_spells',
        type: 'int',
        labelDa: 'Afsluttede forløb',
        suppressBy: 'ended_spells',
      },
      {
        name: 'pct_wage',
        type: 'float',
        labelDa: 'Lønmodtagerbeskæftigelse (%)',
        suppressBy: 'ended_spells',
      },
      {
        name: 'pct_education',
        type: 'float',
        labelDa: 'Uddannelse (%)',
        suppressBy: 'ended_spells',
      },
      {
        name: 'pct_same_benefit',
        type: 'float',
        labelDa: 'Tilbagefald (%)',
        suppressBy: 'ended_spells',
      },
      {
        name: 'pct_other_benefit',
        type: 'float',
        labelDa: 'Anden ydelse (%)',
        suppressBy: 'ended_spells',
      },
      { name: 'pct_other', type: 'float', labelDa: 'Øvrige (%)', suppressBy: 'ended_spells' },
      {
        name: 'pct_fleksjob',
        type: 'float',
        labelDa: 'Fleksjob (%)',
        suppressBy: 'ended_spells',
      },
    ],
    sql(params, ctx) {
      return `WITH e AS (
  SELECT ${periodLabel(params.kind, 's.last_week + 6')} AS period, s.benefit,
    s.end_municipality AS municipality, m.region,
    s.follow_status${f.suffix} AS status, s.follow_benefit${f.suffix} AS follow_benefit
    ${breakdownSelect(params, dateParts('s.last_week + 6'), { category: 's.end_category', benefit: 's.benefit' })}
  FROM spells s
  JOIN ref_municipality m ON m.code = s.end_municipality
  ${breakdownJoin(params, 's.person_id')}
  WHERE s.ended AND s.last_week + ${f.days} <= CAST(${sqlString(ctx.lastWeek)} AS DATE)
    AND ${benefitFilter(params, 's.benefit')}
)
SELECT period, ${AREA_COLUMNS}, benefit${params.breakdown ? ', gruppe' : ''}, COUNT(*) AS ended_spells,
  100 * ${ratio("SUM(CASE WHEN status = 'wage' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_wage,
  100 * ${ratio("SUM(CASE WHEN status = 'education' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_education,
  100 * ${ratio("SUM(CASE WHEN status = 'same' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_same_benefit,
  100 * ${ratio("SUM(CASE WHEN status = 'benefit' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_other_benefit,
  100 * ${ratio("SUM(CASE WHEN status = 'other' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_other,
  100 * ${ratio("SUM(CASE WHEN follow_benefit = 'fleksjob' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_fleksjob
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit', ...breakdownKeys(params)])}`;
    },
  };
}

export const statusAfter = statusAfterMeasure(3);
export const statusAfter6 = statusAfterMeasure(6);
export const statusAfter12 = statusAfterMeasure(12);
