import { benchmark } from '../../evaluation/benchmark.ts';
import { AGE_BANDS } from '../../register/population.ts';
import type { Row } from '../../sql/engine.ts';
import { sqlString } from '../../sql/fragments.ts';
import {
  AREA,
  breakdownSelect,
  completePeriods,
  dateParts,
  monthEnds,
  personJoin,
} from './common.ts';
import type { Measure, MeasureContext, MeasureParams } from './types.ts';

/** The composition shares (per cent of residents with attributes) the outcome is regressed on. */
export const BENCHMARK_COVARIATES = [
  ['age_16_29', `gruppe = '${AGE_BANDS[0].name}'`],
  ['age_50_59', `gruppe = '${AGE_BANDS[3].name}'`],
  ['age_60_plus', `gruppe = '${AGE_BANDS[4].name}'`],
  ['women', `sex = 'K'`],
  ['western', `origin = 'vestlig'`],
  ['non_western', `origin = 'ikke-vestlig'`],
  ['basic_school', `education = 'grundskole'`],
  ['higher_education', `education = 'videregaaende'`],
] as const;

/** The week holding 30 June of each whole year in the window: the year's reference week. */
function referenceWeeks(params: MeasureParams, ctx: MeasureContext) {
  const years = completePeriods('year', ctx);
  return monthEnds({ ...params, kind: 'month' }, ctx).filter(
    (m) =>
      m.period.endsWith('-06') &&
      m.period.slice(0, 4) >= years.first &&
      m.period.slice(0, 4) <= years.last,
  );
}

/**
 * Municipality benchmark (STAR's "benchmarking" / rammevilkår): per year, the
 * share of a municipality's residents on a public benefit in the reference
 * week (the week holding 30 June), regressed by OLS over the 98
 * municipalities on their residents' composition (age, sex, origin, education
 * shares; src/evaluation/benchmark.ts), or by weighted least squares with the
 * residents as weights (`benchmarkWeights: 'residents'`); expected level,
 * residual and rank (1 = furthest below its expected level).
 * docs/statistics.md § Benchmarking.
 */
export const municipalityBenchmark: Measure = {
  id: 'benchmarking',
  titleDa: 'Benchmarking: andel på offentlig forsørgelse mod forventet niveau',
  titleEn: 'Benchmark: share on public benefits against the level expected from the population',
  description:
    "Per year: residents in the week holding 30 June (persons with a register row, in that week's municipality); actual = share on any register benefit (%). OLS over the municipalities of actual on the shares (% of residents with attributes) aged 16–29, 50–59 and 60+, women, western and non-western origin, basic school and higher education as highest level; expected = fitted value, residual = actual − expected (percentage points), rank 1 = most below its expected level. Unweighted (one observation per municipality), or weighted by the residents (WLS) with benchmarkWeights = residents (column weighted).",
  needs: [],
  columns: [
    { name: 'period', type: 'text', labelDa: 'År' },
    ...AREA,
    { name: 'residents', type: 'int', labelDa: 'Borgere', suppressBy: 'residents' },
    {
      name: 'actual_pct',
      type: 'float',
      labelDa: 'Andel på offentlig forsørgelse (%)',
      suppressBy: 'residents',
    },
    {
      name: 'expected_pct',
      type: 'float',
      labelDa: 'Forventet andel (%)',
      suppressBy: 'residents',
    },
    {
      name: 'residual_pp',
      type: 'float',
      labelDa: 'Forskel (procentpoint)',
      suppressBy: 'residents',
    },
    { name: 'rank', type: 'int', labelDa: 'Placering', suppressBy: 'residents' },
    { name: 'r_squared', type: 'float', labelDa: 'R²' },
    { name: 'weighted', type: 'bool', labelDa: 'Vægtet med antal borgere' },
  ],
  sql(params, ctx) {
    const weeks = referenceWeeks(params, ctx);
    if (weeks.length === 0)
      return `SELECT CAST(NULL AS VARCHAR) AS period, CAST(NULL AS VARCHAR) AS municipality WHERE FALSE`;
    const refs = weeks
      .map(
        (w) =>
          `SELECT ${sqlString(w.period.slice(0, 4))} AS period, CAST(${sqlString(w.date)} AS DATE) AS ref_date, CAST(${sqlString(w.week)} AS DATE) AS ref_week`,
      )
      .join(' UNION ALL ');
    // One scan per reference week, each restricted to its year's partition and to the week by
    // equality (a filter the Parquet reader applies before it decodes the other columns); an
    // IN-list of the weeks was applied as a join after all 259 M rows of the years were read
    // (3 of the measure's 3.3 s at 1M persons).
    const register = weeks
      .map(
        (w) =>
          `SELECT person_id, week, municipality, benefit FROM register WHERE year = ${Number(w.period.slice(0, 4))} AND week = CAST(${sqlString(w.week)} AS DATE)`,
      )
      .join('\n    UNION ALL ');
    const counts = BENCHMARK_COVARIATES.map(
      ([name, cond]) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS ${name}`,
    ).join(',\n    ');
    return `WITH d AS (${refs}), c AS (
  SELECT d.period, r.municipality, CASE WHEN r.benefit IS NULL THEN 0 ELSE 1 END AS on_benefit,
    CASE WHEN bp.person_id IS NULL THEN 0 ELSE 1 END AS known, bp.sex, bp.origin, bp.education${breakdownSelect(
      { ...params, breakdown: 'age' },
      dateParts('d.ref_date'),
    )}
  FROM (${register}) r JOIN d ON d.ref_week = r.week
  ${personJoin('r.person_id')}
)
SELECT period, municipality, COUNT(*) AS residents, SUM(on_benefit) AS on_benefit, SUM(known) AS known,
    ${counts}
FROM c GROUP BY period, municipality`;
  },
  compute(rows, params) {
    const weights = params.benchmarkWeights ?? 'none';
    if (weights !== 'none' && weights !== 'residents') {
      throw new Error(`benchmarkWeights must be none or residents, got ${JSON.stringify(weights)}`);
    }
    const weighted = weights === 'residents';
    const out: Row[] = [];
    const byYear = new Map<string, Row[]>();
    for (const r of rows) {
      if (Number(r.known) === 0) continue; // no composition: not in the regression
      const y = String(r.period);
      if (!byYear.has(y)) byYear.set(y, []);
      byYear.get(y)!.push(r);
    }
    const names = BENCHMARK_COVARIATES.map(([n]) => n);
    for (const [period, unsorted] of byYear) {
      // The engines return groups in any order: sort, so the sums of the fit are the same on both.
      const units = unsorted.sort((a, b) =>
        String(a.municipality) < String(b.municipality) ? -1 : 1,
      );
      if (units.length <= names.length + 1) continue; // too few municipalities to fit the model
      const fit = benchmark(
        units.map((u) => ({
          id: String(u.municipality),
          outcome: (100 * Number(u.on_benefit)) / Number(u.residents),
          covariates: Object.fromEntries(
            names.map((n) => [n, (100 * Number(u[n])) / Number(u.known)]),
          ),
          weight: Number(u.residents),
        })),
        names,
        { lowerIsBetter: true, weighted },
      );
      fit.rows.forEach((x, i) => {
        out.push({
          period,
          area_level: 'municipality',
          area: x.id,
          residents: units[i]!.residents,
          actual_pct: x.actual,
          expected_pct: x.expected,
          residual_pp: x.residual,
          rank: x.rank,
          r_squared: fit.rSquared,
          weighted,
        });
      });
    }
    return out;
  },
};
