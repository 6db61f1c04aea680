/**
 * Reads a trial's spells and outcomes from the weekly register through DuckDB
 * (the only part of the trial report that touches storage).
 *
 * - Spell start (opstart): a week on one of the trial's benefits with none of
 *   them in the 4 preceding weeks (measures.md §2, evaluation A); the first 4
 *   register weeks cannot be starts. The municipality is the one of residence
 *   in the start week.
 * - Windows: months 1–3, 4–6, 7–9, 10–12 after the start (DuckDB's month
 *   arithmetic clamps the day like `addMonths`); weeks belong to a window by
 *   their Monday; a window is kept only when it ends on or before the data
 *   end; missing weeks count as nothing — the same rules as
 *   `windowOutcomes` in src/evaluation/did.ts, computed in SQL for speed.
 * - Outcomes: any ordinary hours / mean min(hours/37, 1); any week on the
 *   trial's benefits / share of weeks; any week in virksomhedspraktik,
 *   løntilskud or vejledning og opkvalificering / share of weeks.
 * - Covariates: share of the 52 weeks before the start on any benefit and with
 *   ordinary hours (the register carries no age or sex).
 */

import { addDays } from '../../calendar/index.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { attachRegister } from '../../register/store.ts';
import { DuckDb, sqlString } from '../../sql/duckdb.ts';
import { chooseComparisonMunicipalities } from '../did.ts';
import type {
  ComparisonMunicipality,
  TrialData,
  TrialOutcome,
  TrialSpell,
  Window,
} from './analysis.ts';
import { halfYearEnd, halfYearStart, type TrialDesign } from './design.ts';

const ACTIVATION_CODES = ['loentilskud', 'virksomhedspraktik', 'vejledning-opkvalificering'];

const list = (xs: readonly string[]) => xs.map(sqlString).join(', ');

export interface RegisterHandle {
  readonly db: DuckDb;
  readonly firstWeek: string;
  readonly lastWeek: string;
}

export async function openTrialRegister(dir: string): Promise<RegisterHandle> {
  const db = await DuckDb.open();
  try {
    await attachRegister(db, dir);
    const [range] = await db.all(
      'SELECT CAST(MIN(week) AS VARCHAR) AS f, CAST(MAX(week) AS VARCHAR) AS l FROM register',
    );
    if (!range?.f) throw new Error(`register ${dir} holds no weeks`);
    return { db, firstWeek: String(range.f), lastWeek: String(range.l) };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Nearest-neighbour comparison municipalities on framework conditions
 * (rammevilkår) measured in the register over the before period: the share of
 * person-weeks on the trial's benefits, on any benefit and with ordinary
 * hours, and log persons resident. Municipalities in any part of the trial are
 * never chosen.
 */
export async function autoComparison(
  reg: RegisterHandle,
  design: TrialDesign,
  perTreated: number,
): Promise<ComparisonMunicipality[]> {
  const from = halfYearStart(design.periods.before[0]!);
  const to = halfYearEnd(design.periods.before.at(-1)!);
  const rows = await reg.db.all(`SELECT municipality AS code,
    AVG(CASE WHEN benefit IN (${list(design.benefits)}) THEN 1 ELSE 0 END) AS target_share,
    AVG(CASE WHEN benefit IS NOT NULL THEN 1 ELSE 0 END) AS benefit_share,
    AVG(CASE WHEN hours > 0 THEN 1 ELSE 0 END) AS employed_share,
    LN(COUNT(DISTINCT person_id)) AS log_persons
  FROM register WHERE week >= DATE ${sqlString(from)} AND week < DATE ${sqlString(to)}
  GROUP BY municipality ORDER BY municipality`);
  const trialSet = new Set(design.allTrialMunicipalities);
  const treatedSet = new Set(design.treated.map((t) => t.code));
  const missing = design.treated.filter((t) => !rows.some((r) => r.code === t.code));
  if (missing.length > 0) {
    throw new Error(
      `the register has no residents of treated municipalities ${missing.map((m) => m.code).join(', ')} in the before period`,
    );
  }
  const profiles = rows
    .filter((r) => treatedSet.has(String(r.code)) || !trialSet.has(String(r.code)))
    .map((r) => ({
      code: String(r.code),
      treated: treatedSet.has(String(r.code)),
      covariates: [
        Number(r.target_share),
        Number(r.benefit_share),
        Number(r.employed_share),
        Number(r.log_persons),
      ],
    }));
  // Treated municipalities in the trial's order.
  profiles.sort((a, b) => {
    const ia = design.treated.findIndex((t) => t.code === a.code);
    const ib = design.treated.findIndex((t) => t.code === b.code);
    return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || (a.code < b.code ? -1 : 1);
  });
  return chooseComparisonMunicipalities(profiles, perTreated).map((c) => ({
    code: c.code,
    name: municipalityByCode(c.code)?.name ?? c.code,
    forTreated: c.forTreated,
    distance: c.distance,
  }));
}

/** Validates user-given comparison codes. */
export function givenComparison(
  codes: readonly string[],
  design: TrialDesign,
): ComparisonMunicipality[] {
  const trialSet = new Set(design.allTrialMunicipalities);
  return codes.map((code) => {
    const m = municipalityByCode(code);
    if (!m) throw new Error(`--comparison: unknown kommunekode "${code}"`);
    if (trialSet.has(code)) {
      throw new Error(`--comparison: ${code} (${m.name}) takes part in trial ${design.trialId}`);
    }
    return { code, name: m.name };
  });
}

/** Age in whole years on `day` (both YYYY-MM-DD): the birthday counts from its own date. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

export async function loadTrialData(
  reg: RegisterHandle,
  design: TrialDesign,
  comparison: readonly string[],
): Promise<TrialData> {
  const { db } = reg;
  const treatedCodes = design.treated.map((t) => t.code);
  const cohorts = [...design.periods.before, ...design.periods.excluded, ...design.periods.after];
  const from = halfYearStart(cohorts[0]!);
  const to = halfYearEnd(cohorts.at(-1)!);
  const dataEnd = addDays(reg.lastWeek, 7);
  const earliestStart = addDays(reg.firstWeek, 28);
  const benefits = list(design.benefits);
  const munis = list([...treatedCodes, ...comparison]);
  await db.run(`CREATE OR REPLACE TEMP TABLE tr_starts AS
WITH b AS (
  SELECT person_id, week, municipality, benefit,
    LAG(week) OVER (PARTITION BY person_id ORDER BY week) AS prev_week
  FROM register WHERE benefit IN (${benefits})
)
SELECT ROW_NUMBER() OVER (ORDER BY person_id, week) AS spell, person_id, week AS start_week, municipality,
  benefit AS start_benefit,
  CASE WHEN municipality IN (${list(treatedCodes)}) THEN 1 ELSE 0 END AS treated,
  CAST(YEAR(week) AS VARCHAR) || ',' || CASE WHEN MONTH(week) <= 6 THEN '1' ELSE '2' END AS cohort
FROM b
WHERE (prev_week IS NULL OR week - prev_week >= 35)
  AND week >= DATE ${sqlString(earliestStart)}
  AND week >= DATE ${sqlString(from)} AND week < DATE ${sqlString(to)}
  AND municipality IN (${munis})`);
  const counts = await db.all(
    'SELECT cohort, SUM(treated) AS t, SUM(1 - treated) AS c FROM tr_starts GROUP BY cohort',
  );
  const analysed = list([...design.periods.before, ...design.periods.after]);
  await db.run(`CREATE OR REPLACE TEMP TABLE tr_prior AS
SELECT s.spell,
  COUNT(CASE WHEN r.benefit IS NOT NULL THEN 1 END) / 52.0 AS prior_benefit,
  COUNT(CASE WHEN r.hours > 0 THEN 1 END) / 52.0 AS prior_employment
FROM tr_starts s LEFT JOIN register r
  ON r.person_id = s.person_id AND r.week >= s.start_week - 364 AND r.week < s.start_week
WHERE s.cohort IN (${analysed})
GROUP BY s.spell`);
  await db.run(`CREATE OR REPLACE TEMP TABLE tr_windows AS
WITH sw AS (
  SELECT s.spell, s.person_id, w.win AS win,
    CAST(s.start_week + TO_MONTHS(3 * (w.win - 1)) AS DATE) AS w_from,
    CAST(s.start_week + TO_MONTHS(3 * w.win) AS DATE) AS w_to
  FROM tr_starts s CROSS JOIN (VALUES (1), (2), (3), (4)) w(win)
  WHERE s.cohort IN (${analysed})
)
SELECT sw.spell, sw.win,
  ROUND((sw.w_to - sw.w_from) / 7.0) AS n_weeks,
  COALESCE(MAX(CASE WHEN r.hours > 0 THEN 1 ELSE 0 END), 0) AS employed,
  -- COALESCE inside: LEAST ignores NULL, so a window with no row (a person who left the
  -- register) would otherwise count one full-time week.
  COALESCE(SUM(LEAST(COALESCE(r.hours, 0) / 37.0, 1.0)), 0) AS hours_fte,
  COALESCE(MAX(CASE WHEN r.benefit IN (${benefits}) THEN 1 ELSE 0 END), 0) AS on_benefit,
  COUNT(CASE WHEN r.benefit IN (${benefits}) THEN 1 END) AS benefit_weeks,
  COALESCE(MAX(CASE WHEN r.activation IN (${list(ACTIVATION_CODES)}) THEN 1 ELSE 0 END), 0) AS activation,
  COUNT(CASE WHEN r.activation IN (${list(ACTIVATION_CODES)}) THEN 1 END) AS activation_weeks
FROM sw LEFT JOIN register r
  ON r.person_id = sw.person_id AND r.week >= sw.w_from AND r.week < sw.w_to
WHERE sw.w_to <= DATE ${sqlString(dataEnd)}
GROUP BY sw.spell, sw.win, sw.w_from, sw.w_to`);
  // Person attributes (persons.parquet; an empty table when the register has none).
  const spellRows = await db.all(`SELECT s.spell, s.person_id, s.municipality, s.treated, s.cohort,
    p.prior_benefit, p.prior_employment, s.start_benefit,
    CAST(s.start_week AS VARCHAR) AS start_week, CAST(a.birth_date AS VARCHAR) AS birth_date, a.sex
  FROM tr_starts s JOIN tr_prior p USING (spell) LEFT JOIN persons a ON a.person_id = s.person_id
  ORDER BY s.spell`);
  const windowRows = await db.all('SELECT * FROM tr_windows ORDER BY spell, win');
  const bySpell = new Map<number, Partial<Record<Window, Record<TrialOutcome, number>>>>();
  for (const w of windowRows) {
    const nWeeks = Number(w.n_weeks);
    const share = (k: number) => Math.min(k / nWeeks, 1);
    const spell = Number(w.spell);
    let entry = bySpell.get(spell);
    if (!entry) {
      entry = {};
      bySpell.set(spell, entry);
    }
    entry[Number(w.win) as Window] = {
      employed: Number(w.employed),
      employmentDegree: share(Number(w.hours_fte)),
      onBenefit: Number(w.on_benefit),
      benefitDegree: share(Number(w.benefit_weeks)),
      activation: Number(w.activation),
      activationDegree: share(Number(w.activation_weeks)),
    };
  }
  const spells: TrialSpell[] = spellRows.map((r) => ({
    person: Number(r.person_id),
    municipality: String(r.municipality),
    treated: Number(r.treated) === 1 ? 1 : 0,
    cohort: String(r.cohort),
    priorBenefitShare: Number(r.prior_benefit),
    priorEmploymentShare: Number(r.prior_employment),
    startBenefit: String(r.start_benefit),
    sex: r.sex === 'M' || r.sex === 'K' ? r.sex : null,
    ageAtStart: r.birth_date ? ageOn(String(r.birth_date), String(r.start_week)) : null,
    windows: bySpell.get(Number(r.spell)) ?? {},
  }));
  return {
    firstWeek: reg.firstWeek,
    lastWeek: reg.lastWeek,
    dataEnd,
    spells,
    cohortCounts: counts.map((c) => ({
      cohort: String(c.cohort),
      treated: Number(c.t),
      comparison: Number(c.c),
    })),
  };
}
