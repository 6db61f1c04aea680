/**
 * The municipality benchmark on a register built here, on DuckDB and
 * PostgreSQL: twelve municipalities of ten residents each in the reference
 * week (the week holding 30 June 2018, Monday 25 June). Residents and the
 * actual share are worked out by hand; the expected level must be the OLS fit
 * (src/evaluation/benchmark.ts, itself checked against statsmodels in
 * test/evaluation/benchmark.test.ts) on the composition shares computed here
 * from the persons, so the SQL's age bands, shares and counts are checked.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { benchmark } from '../../src/evaluation/benchmark.ts';
import { MUNICIPALITIES } from '../../src/reference/municipalities.ts';
import type { RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables, type PersonRow } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { itWith } from '../support/requirements.ts';
import { describeEachEngine, POSTGRES } from './engines.ts';

const REF_WEEK = '2018-06-25';
const CODES = MUNICIPALITIES.slice(0, 12).map((m) => m.code);
const SEXES = ['M', 'K'];
const ORIGINS = ['dansk', 'vestlig', 'ikke-vestlig'];
const EDUCATION = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'videregaaende'];

function week(personId: number, w: string, municipality: string, onBenefit: boolean): RegisterWeek {
  return {
    personId,
    week: w,
    municipality,
    benefit: onBenefit ? 'kontanthjaelp' : null,
    hours: 0,
    activation: null,
    education: false,
    partialSick: null,
  };
}

// A small linear congruential generator: varied, reproducible attributes.
let seed = 7;
const next = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return Math.floor(seed / 65536) % n; // the high bits: the low ones of an LCG repeat quickly
};

const weeks: RegisterWeek[] = [
  // Person 999 spans the register: 1 Jan 2018 to the week of 31 Dec 2018, so 2018 is whole.
  week(999, '2018-01-01', CODES[0]!, false),
  week(999, '2018-12-31', CODES[0]!, false),
];
const persons: PersonRow[] = [];
CODES.forEach((code, i) => {
  for (let j = 0; j < 10; j++) {
    const id = 100 * (i + 1) + j;
    // Residents j < (i mod 5) + 1 are on a benefit: municipality i has (i mod 5 + 1) of 10.
    weeks.push(week(id, REF_WEEK, code, j < (i % 5) + 1));
    persons.push({
      personId: id,
      // Born 1 July: the age on 30 June is one less than the year difference.
      birthDate: `${1952 + next(50)}-07-01`,
      sex: SEXES[next(2)]!,
      origin: ORIGINS[next(3)]!,
      education: EDUCATION[next(4)]!,
    });
  }
});
// A resident without attributes in the first municipality: a resident, not in the shares.
weeks.push(week(5000, REF_WEEK, CODES[0]!, false));

/** The shares (%) the model takes, computed from the persons above. */
function sharesOf(code: string) {
  const i = CODES.indexOf(code);
  const ps = persons.filter((p) => Math.floor(p.personId / 100) === i + 1);
  const pct = (f: (p: PersonRow) => boolean) => (100 * ps.filter(f).length) / ps.length;
  const age = (p: PersonRow) => 2018 - Number(p.birthDate.slice(0, 4)) - 1;
  return {
    age_16_29: pct((p) => age(p) >= 16 && age(p) <= 29),
    age_50_59: pct((p) => age(p) >= 50 && age(p) <= 59),
    age_60_plus: pct((p) => age(p) >= 60),
    women: pct((p) => p.sex === 'K'),
    western: pct((p) => p.origin === 'vestlig'),
    non_western: pct((p) => p.origin === 'ikke-vestlig'),
    basic_school: pct((p) => p.education === 'grundskole'),
    higher_education: pct((p) => p.education === 'videregaaende'),
  };
}

const results = new Map<string, Row[]>();
const weightedResults = new Map<string, Row[]>();

describeEachEngine('benchmarking on a hand-built register', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks, persons });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('gives residents, the actual share, the expected level, the residual and the rank', async () => {
    const rows = await session.run('benchmarking', { kind: 'year' });
    results.set(spec.name, rows);
    // One row per municipality for 2018 (2019 is not whole).
    expect(rows.map((r) => r.area)).toEqual([...CODES].sort());
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2018']));
    for (const [i, code] of CODES.entries()) {
      const r = rows.find((x) => x.area === code)!;
      // Ten residents (eleven in the first, with the person without attributes; person 999
      // has no row in the reference week), (i mod 5) + 1 of them on a benefit.
      const residents = i === 0 ? 11 : 10;
      expect(r.residents, code).toBe(residents);
      expect(r.actual_pct as number).toBeCloseTo((100 * ((i % 5) + 1)) / residents, 8);
      expect((r.expected_pct as number) + (r.residual_pp as number)).toBeCloseTo(
        r.actual_pct as number,
        8,
      );
    }
    // The expected levels are the OLS fit on the shares computed from the persons.
    const fit = benchmark(
      CODES.map((code, i) => ({
        id: code,
        outcome: (100 * ((i % 5) + 1)) / (i === 0 ? 11 : 10),
        covariates: sharesOf(code),
      })),
      Object.keys(sharesOf(CODES[0]!)),
      { lowerIsBetter: true },
    );
    for (const f of fit.rows) {
      const r = rows.find((x) => x.area === f.id)!;
      expect(r.expected_pct as number, f.id).toBeCloseTo(f.expected, 6);
      expect(r.rank, f.id).toBe(f.rank);
      expect(r.r_squared as number).toBeCloseTo(fit.rSquared!, 8);
    }
    // Rank 1 is the municipality furthest below its expected level.
    const sorted = [...rows].sort((a, b) => (a.residual_pp as number) - (b.residual_pp as number));
    expect(sorted.map((r) => r.rank)).toEqual(CODES.map((_, k) => k + 1));
    expect(rows.every((r) => r.weighted === false)).toBe(true);
  });

  it('weighted by residents: the WLS fit with the residents as weights', async () => {
    const rows = await session.run('benchmarking', { kind: 'year', benchmarkWeights: 'residents' });
    weightedResults.set(spec.name, rows);
    // The first municipality has 11 residents, the others 10: the weights.
    const fit = benchmark(
      CODES.map((code, i) => ({
        id: code,
        outcome: (100 * ((i % 5) + 1)) / (i === 0 ? 11 : 10),
        covariates: sharesOf(code),
        weight: i === 0 ? 11 : 10,
      })),
      Object.keys(sharesOf(CODES[0]!)),
      { lowerIsBetter: true, weighted: true },
    );
    for (const f of fit.rows) {
      const r = rows.find((x) => x.area === f.id)!;
      expect(r.expected_pct as number, f.id).toBeCloseTo(f.expected, 6);
      expect(r.rank, f.id).toBe(f.rank);
      expect(r.weighted).toBe(true);
    }
    // With an intercept, WLS residuals sum to zero weighted by the weights (the normal
    // equation of the constant), which the unweighted residuals here do not.
    const weightedSum = (rs: Row[]) =>
      rs.reduce((sum, r) => sum + Number(r.residents) * Number(r.residual_pp), 0);
    expect(Math.abs(weightedSum(rows))).toBeLessThan(1e-8);
    const plain = await session.run('benchmarking', { kind: 'year' });
    expect(Math.abs(weightedSum(plain))).toBeGreaterThan(1e-3);
    await expect(
      session.run('benchmarking', {
        kind: 'year',
        benchmarkWeights: 'households' as unknown as 'residents',
      }),
    ).rejects.toThrow(/benchmarkWeights must be none or residents, got "households"/);
  });
});

itWith(POSTGRES, 'benchmarking: both engines give identical rows', () => {
  expect(results.get('duckdb')!.length).toBe(12);
  expect(results.get('postgres')).toEqual(results.get('duckdb'));
  expect(weightedResults.get('duckdb')!.length).toBe(12);
  expect(weightedResults.get('postgres')).toEqual(weightedResults.get('duckdb'));
});
