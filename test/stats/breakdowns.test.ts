/**
 * Breakdowns of tilgang-afgang, samtalekadence, manglende-aktiv-indsats, loebende-sager and
 * flere-skal-med-40 (#15), and Flere skal med's "no full-time job of more than three weeks in
 * the last five years" (004_c71e4edfbae1fa56.txt line 1166), on DuckDB and PostgreSQL.
 *
 * The register is category-register.ts's (weeks from Monday 31 Dec 2012 to Monday 25 Jun 2018)
 * with the persons below added. Expected values are worked out in the comments from the
 * timelines, not taken from the code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InterviewRow, PersonRow } from '../../src/register/tables.ts';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { columnsFor } from '../../src/stats/measures/common.ts';
import { measureById } from '../../src/stats/measures/index.ts';
import type { MeasureParams } from '../../src/stats/measures/types.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { suppressRows } from '../../src/stats/suppress.ts';
import { itWith } from '../support/requirements.ts';
import { CAT_FIRST_WEEK, CAT_LAST_WEEK, CATEGORY_WEEKS, person } from './category-register.ts';
import { describeEachEngine, EngineResults, POSTGRES, pick } from './engines.ts';

const END = CAT_LAST_WEEK;
const KH = { benefit: 'kontanthjaelp', category: 'aktivitetsparat' } as const;

const WEEKS = [
  ...CATEGORY_WEEKS,
  // A1, A2 (849): a-dagpenge from 1 Jan 2018; A3 from 5 Feb 2018 (interviews below).
  ...person(31, '849', [{ from: '2018-01-01', until: END, benefit: 'a-dagpenge' }]),
  ...person(32, '849', [{ from: '2018-01-01', until: END, benefit: 'a-dagpenge' }]),
  ...person(33, '849', [{ from: '2018-02-05', until: END, benefit: 'a-dagpenge' }]),
  // S2 (849): sygedagpenge from 1 Jan 2018; S3 (849): jobafklaring from 1 Jan 2018.
  ...person(34, '849', [{ from: '2018-01-01', until: END, benefit: 'sygedagpenge' }]),
  ...person(35, '849', [{ from: '2018-01-01', until: END, benefit: 'jobafklaring' }]),
  // L1 (849): kontanthjælp (aktivitetsparat) from 4 Jan 2016; vejledning in the week of 2 Oct 2017.
  ...person(36, '849', [
    { from: '2016-01-04', until: END, ...KH },
    { from: '2017-10-02', until: '2017-10-02', activation: 'vejledning-opkvalificering' },
  ]),
  // F1 (849): kontanthjælp (aktivitetsparat) to the week of 3 Jul 2017, a full-time job (37 h)
  // in the 4 weeks of 10, 17, 24 and 31 Jul 2017, kontanthjælp again from 7 Aug 2017.
  ...person(37, '849', [
    { from: CAT_FIRST_WEEK, until: '2017-07-03', ...KH },
    { from: '2017-07-10', until: '2017-07-31', hours: 37 },
    { from: '2017-08-07', until: END, ...KH },
  ]),
  // F2: the same with a job of 3 weeks (10, 17, 24 Jul 2017), kontanthjælp from 31 Jul 2017.
  ...person(38, '849', [
    { from: CAT_FIRST_WEEK, until: '2017-07-03', ...KH },
    { from: '2017-07-10', until: '2017-07-24', hours: 37 },
    { from: '2017-07-31', until: END, ...KH },
  ]),
  // F3: like F1 with 30 hours a week (part time).
  ...person(39, '849', [
    { from: CAT_FIRST_WEEK, until: '2017-07-03', ...KH },
    { from: '2017-07-10', until: '2017-07-31', hours: 30 },
    { from: '2017-08-07', until: END, ...KH },
  ]),
  // F4: a full-time job in the 4 weeks of 31 Dec 2012 – 21 Jan 2013 (the last ends Sunday
  // 27 Jan 2013), kontanthjælp (aktivitetsparat) from 28 Jan 2013.
  ...person(40, '849', [
    { from: CAT_FIRST_WEEK, until: '2013-01-21', hours: 37 },
    { from: '2013-01-28', until: END, ...KH },
  ]),
];

const INTERVIEWS: InterviewRow[] = [
  { personId: 31, date: '2018-01-15', kind: 'jobsamtale' },
  { personId: 31, date: '2018-02-20', kind: 'jobsamtale' },
  { personId: 32, date: '2018-01-15', kind: 'jobsamtale' },
  { personId: 33, date: '2018-02-20', kind: 'jobsamtale' },
  // C1 (kontanthjælp from 26 Feb 2018).
  { personId: 11, date: '2018-03-14', kind: 'jobsamtale' },
];

const attrs = (
  personId: number,
  birthDate: string,
  sex: string,
  origin = 'dansk',
  education = 'grundskole',
): PersonRow => ({ personId, birthDate, sex, origin, education });

/** Attributes for some persons; the others fall in 'ukendt'. */
const PERSONS: PersonRow[] = [
  attrs(1, '1988-02-15', 'K'), // Q1: 29 on 31 Jan 2018, 30 from 15 Feb 2018.
  attrs(2, '1970-05-05', 'M'), // Q2: 47.
  attrs(7, '1975-01-01', 'K', 'vestlig'), // Q7: 43.
  attrs(8, '1990-01-01', 'M', 'ikke-vestlig'), // Q8: 28.
  attrs(12, '1960-01-01', 'K'), // C2: 58 on 1 Jan 2018.
  attrs(14, '1988-03-20', 'M'), // C4: 29 on 1 Jan 2018, 30 on 25 Mar 2018.
  attrs(31, '1980-06-01', 'K'), // A1: 37.
  attrs(32, '1980-06-01', 'M'), // A2: 37.
  attrs(33, '1992-01-01', 'K'), // A3: 26.
  attrs(34, '1988-03-08', 'M'), // S2: 29 on Monday 5 Mar 2018, 30 on Monday 12 Mar.
  attrs(35, '1975-06-01', 'K'), // S3: 42.
  attrs(36, '1965-01-01', 'K', 'ikke-vestlig'), // L1: 53.
];

const results = new EngineResults();

describeEachEngine('breakdowns of the flow, interview, open-case and FSM measures', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const run = async (key: string, id: string, params: MeasureParams) =>
    results.record(spec.name, key, await session.run(id, params));

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: WEEKS, interviews: INTERVIEWS, persons: PERSONS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  /** Inflow and outflow of kontanthjælp and integrationsydelse, January–March 2018, by `breakdown`. */
  const flows = async (breakdown: 'category' | 'age') => {
    const rows = await run(`flows-${breakdown}`, 'tilgang-afgang', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp', 'integrationsydelse'],
      breakdown,
    });
    const at = (period: string, gruppe: string, benefit = 'kontanthjaelp') => {
      const r = pick(rows, { period, area: '849', benefit, gruppe });
      return [r.inflow, r.outflow];
    };
    return { rows, at };
  };

  it('tilgang-afgang by category: the first benefit week for inflow, the last for outflow', async () => {
    const { rows, at } = await flows('category');
    // January: C2 starts 1 Jan aktivitetsparat (jobparat from 12 Mar: its last category is not
    // its first), C4 starts 1 Jan jobparat. February: C1 starts 26 Feb jobparat.
    expect(at('2018-01', 'aktivitetsparat')).toEqual([1, 0]);
    expect(at('2018-01', 'jobparat')).toEqual([1, 0]);
    expect(at('2018-02', 'jobparat')).toEqual([1, 0]);
    // March: C4 ends (last week 19 Mar, jobparat); Q6's integrationsydelse ends (last day
    // Sunday 4 Mar, aktivitetsparat).
    expect(at('2018-03', 'jobparat')).toEqual([0, 1]);
    expect(at('2018-03', 'aktivitetsparat', 'integrationsydelse')).toEqual([0, 1]);
    expect(rows.filter((r) => r.area === '849')).toHaveLength(5);
    // Suppression: January's two groups of 849 (1 and 1) are both hidden; the country is shown.
    const m = measureById('tilgang-afgang');
    const params = { kind: 'month' as const, breakdown: 'category' as const };
    const shown = suppressRows(m, rows, columnsFor(m, params));
    const jan = { period: '2018-01', benefit: 'kontanthjaelp', gruppe: 'jobparat' };
    expect(pick(shown, { ...jan, area: '849' }).inflow).toBe('.');
    expect(pick(shown, { ...jan, area: 'DK' }).inflow).toBe(1);
  });

  it('tilgang-afgang by age: on the first benefit day for inflow, on the last for outflow', async () => {
    const { rows, at } = await flows('age');
    // C4 (born 20 Mar 1988): 29 when the spell starts on 1 Jan, 30 on its last day, 25 Mar.
    expect(at('2018-01', '16-29')).toEqual([1, 0]);
    expect(at('2018-03', '30-39')).toEqual([0, 1]);
    // C2 (born 1 Jan 1960): 58 on 1 Jan 2018. C1 and Q6 have no attributes.
    expect(at('2018-01', '50-59')).toEqual([1, 0]);
    expect(at('2018-02', 'ukendt')).toEqual([1, 0]);
    expect(at('2018-03', 'ukendt', 'integrationsydelse')).toEqual([0, 1]);
    expect(rows.filter((r) => r.area === '849')).toHaveLength(5);
  });

  it('samtalekadence by sex, age and category at the month end', async () => {
    const march = { kind: 'month' as const, from: '2018-03-01', to: '2018-03-31' };
    // 31 Mar 2018 (week of 26 Mar). A1 and A2 from 1 Jan: 90 days → k = ⌊90 ÷ 30.4375⌋ = 2;
    // A1 has 2 interviews (15 Jan, 20 Feb) → ok; A2 has 1 → not. A3 from 5 Feb: 55 days → k = 1,
    // 1 interview (20 Feb) → ok.
    const bySex = await run('cadence-sex', 'samtalekadence', { ...march, breakdown: 'sex' });
    const cell = (rows: Row[], k: number, gruppe: string) => {
      const r = pick(rows, { period: '2018-03', area: '849', k, gruppe });
      return [r.persons, r.with_k];
    };
    expect(cell(bySex, 2, 'K')).toEqual([1, 1]);
    expect(cell(bySex, 2, 'M')).toEqual([1, 0]);
    expect(cell(bySex, 1, 'K')).toEqual([1, 1]);
    expect(bySex.filter((r) => r.area === '849')).toHaveLength(3);
    // Age on 31 Mar: A1 and A2 37 (30-39), A3 26 (16-29).
    const byAge = await run('cadence-age', 'samtalekadence', { ...march, breakdown: 'age' });
    expect(cell(byAge, 2, '30-39')).toEqual([2, 1]);
    expect(pick(byAge, { period: '2018-03', area: '849', k: 2, gruppe: '30-39' }).pct).toBe(50);
    expect(cell(byAge, 1, '16-29')).toEqual([1, 1]);
    // A-dagpenge has no visitationskategori.
    const dp = await run('cadence-category-dp', 'samtalekadence', {
      ...march,
      breakdown: 'category',
    });
    expect(dp.filter((r) => r.area === '849').map((r) => r.gruppe)).toEqual([
      'ikke-relevant',
      'ikke-relevant',
    ]);
    // Kontanthjælp at 31 Mar: C1 from 26 Feb, 34 days → k = 1, aktivitetsparat in the week of
    // 26 Mar, interview 14 Mar → ok. C2 from 1 Jan, 90 days → k = 2, jobparat, no interview.
    // C3 (840) from 2 Oct 2017, 181 days → k = 5, no category → ukendt. (The others' spells
    // are longer than 5 months; C4 ended on 25 Mar.)
    const kh = await run('cadence-category-kh', 'samtalekadence', {
      ...march,
      benefits: ['kontanthjaelp'],
      breakdown: 'category',
    });
    expect(cell(kh, 1, 'aktivitetsparat')).toEqual([1, 1]);
    expect(cell(kh, 2, 'jobparat')).toEqual([1, 0]);
    const c3 = pick(kh, { period: '2018-03', area: '840', k: 5, gruppe: 'ukendt' });
    expect([c3.persons, c3.with_k]).toEqual([1, 0]);
  });

  it('manglende-aktiv-indsats by category, origin and age at the month end', async () => {
    const march = {
      kind: 'month' as const,
      from: '2018-03-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp'],
    };
    // Week of 26 Mar 2018: kontanthjælp spells begun at least 52 weeks before (by 3 Apr 2017)
    // in 849: Q1, Q2 (from 6 Jul 2015), Q3 (from 5 May 2014), Q4, Q5, Q7, F1–F3 (their July
    // 2017 jobs leave no whole calendar month without the benefit: one spell), F4 (from
    // 28 Jan 2013), L1 (from 4 Jan 2016). Only L1 had an offer in the 52 weeks (2 Oct 2017).
    // Jobparat: Q4 (from 1 Jan 2018); the others aktivitetsparat.
    const rows = await run('idle-category', 'manglende-aktiv-indsats', {
      ...march,
      breakdown: 'category',
    });
    const cell = (r: Row) => [r.long_term, r.without_offer];
    const akt = { period: '2018-03', benefit: 'kontanthjaelp', gruppe: 'aktivitetsparat' };
    const job = { ...akt, gruppe: 'jobparat' };
    expect(cell(pick(rows, { ...akt, area: '849' }))).toEqual([10, 9]);
    expect(pick(rows, { ...akt, area: '849' }).pct).toBeCloseTo(90, 9);
    expect(cell(pick(rows, { ...job, area: '849' }))).toEqual([1, 1]);
    // Country: + Q8 (København, aktivitetsparat, no offer).
    expect(cell(pick(rows, { ...akt, area: 'DK' }))).toEqual([11, 10]);
    // Suppression: 849's jobparat (1) is hidden, and with only two groups its aktivitetsparat
    // (10) would give it away against 849's total: hidden too. The country is shown.
    const m = measureById('manglende-aktiv-indsats');
    const p = { kind: 'month' as const, breakdown: 'category' as const };
    const shown = suppressRows(m, rows, columnsFor(m, p));
    expect(pick(shown, { ...job, area: '849' }).long_term).toBe('.');
    expect(pick(shown, { ...akt, area: '849' }).long_term).toBe('.');
    expect(pick(shown, { ...akt, area: 'DK' }).long_term).toBe(11);

    // Origin: Q1, Q2 dansk; Q7 vestlig; L1 ikke-vestlig (the one with an offer); Q3, Q4, Q5,
    // F1–F4 without attributes.
    const origin = await run('idle-origin', 'manglende-aktiv-indsats', {
      ...march,
      breakdown: 'origin',
    });
    const o = (gruppe: string) =>
      cell(pick(origin, { period: '2018-03', area: '849', benefit: 'kontanthjaelp', gruppe }));
    expect(o('dansk')).toEqual([2, 2]);
    expect(o('vestlig')).toEqual([1, 1]);
    expect(o('ikke-vestlig')).toEqual([1, 0]);
    expect(o('ukendt')).toEqual([7, 7]);

    // Age at the month end: Q1 (born 15 Feb 1988) is 29 on 31 Jan 2018 and 30 on 28 Feb.
    const age = await run('idle-age', 'manglende-aktiv-indsats', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-02-28',
      benefits: ['kontanthjaelp'],
      breakdown: 'age',
    });
    const groups = (period: string) =>
      age.filter((r) => r.period === period && r.area === '849').map((r) => r.gruppe);
    // Q2 47, Q7 43 (40-49); L1 53 (50-59); the rest ukendt.
    expect(groups('2018-01')).toEqual(['16-29', '40-49', '50-59', 'ukendt']);
    expect(groups('2018-02')).toEqual(['30-39', '40-49', '50-59', 'ukendt']);
    expect(pick(age, { period: '2018-02', area: '849', gruppe: '40-49' }).long_term).toBe(2);
  });

  it("loebende-sager by age on the week's Monday", async () => {
    const rows = await run('open-cases-age', 'loebende-sager', {
      kind: 'month',
      from: '2018-03-05',
      to: '2018-03-18',
      breakdown: 'age',
    });
    const at = (week: string, gruppe: string) => {
      const r = pick(rows, { week, area: '849', gruppe });
      return [r.jobafklaring, r.syg_5_52, r.syg_over_52];
    };
    // S2 (born 8 Mar 1988), sygedagpenge from 1 Jan: spell week 10 on 5 Mar (29 years old),
    // 11 on 12 Mar (30). S3 (42): jobafklaring. S1 (no attributes): sygedagpenge from 5 Mar,
    // spell weeks 1 and 2 → counted in neither column.
    expect(at('2018-03-05', '16-29')).toEqual([0, 1, 0]);
    expect(at('2018-03-05', '40-49')).toEqual([1, 0, 0]);
    expect(at('2018-03-05', 'ukendt')).toEqual([0, 0, 0]);
    expect(at('2018-03-12', '30-39')).toEqual([0, 1, 0]);
    expect(at('2018-03-12', '40-49')).toEqual([1, 0, 0]);
    expect(rows.filter((r) => r.area === '849').map((r) => `${r.week} ${r.gruppe}`)).toEqual([
      '2018-03-05 16-29',
      '2018-03-05 40-49',
      '2018-03-05 ukendt',
      '2018-03-12 30-39',
      '2018-03-12 40-49',
      '2018-03-12 ukendt',
    ]);
  });

  it('Flere skal med: no full-time job of more than three weeks in the five years (line 1166)', async () => {
    const rows = await run('fsm-full-time', 'flere-skal-med-40', {
      kind: 'month',
      referenceDate: '2018-01-31',
    });
    // category.test.ts's group in 849: Q1, Q2, Q6, Q7 (3 with a company course etc. in
    // Feb–Apr 2018: Q1, Q6, Q7). Added here, all aktivitetsparat on kontanthjælp in the week
    // of 29 Jan 2018 with a course from 31 Dec 2012 (F4: 28 Jan 2013, before 31 Jan 2013):
    // F1 worked 37 hours for 4 consecutive weeks in July 2017 → more than three weeks: out.
    // F2 (3 weeks), F3 (30 hours: part time) and F4 (its 4 weeks end on 27 Jan 2013, before
    // the five years from 31 Jan 2013) stay in. None of the F's has an outcome in the window.
    // 849: 7 persons, 3 → 42.9 % ≥ 40 % (with F1: 3 of 8 = 37.5 %, not met).
    const j = pick(rows, { area: '849' });
    expect([j.group_persons, j.in_company, j.criterion_met]).toEqual([7, 3, true]);
    expect(j.pct).toBeCloseTo(300 / 7, 9);
    // Country: + Q8 (København, no outcome): 3 of 8.
    const dk = pick(rows, { area: 'DK' });
    expect([dk.group_persons, dk.in_company, dk.pct, dk.criterion_met]).toEqual([
      8,
      3,
      37.5,
      false,
    ]);
  });

  it('Flere skal med by age on the reference date', async () => {
    const rows = await run('fsm-age', 'flere-skal-med-40', {
      kind: 'month',
      referenceDate: '2018-01-31',
      breakdown: 'age',
    });
    const at = (area: string, gruppe: string) => {
      const r = pick(rows, { area, gruppe });
      return [r.group_persons, r.in_company, r.criterion_met];
    };
    // 31 Jan 2018: Q1 29 (16-29, praktik → yes); Q2 47 and Q7 43 (40-49: Q7 yes, Q2 no);
    // Q6, F2, F3, F4 without attributes (ukendt: Q6 yes).
    expect(at('849', '16-29')).toEqual([1, 1, true]);
    expect(at('849', '40-49')).toEqual([2, 1, true]);
    expect(at('849', 'ukendt')).toEqual([4, 1, false]);
    expect(pick(rows, { area: '849', gruppe: 'ukendt' }).pct).toBe(25);
    // Country: + Q8 (28, 16-29, no outcome).
    expect(at('DK', '16-29')).toEqual([2, 1, true]);
    expect(rows.filter((r) => r.area === '849')).toHaveLength(3);
    expect(rows.every((r) => r.history_complete === true)).toBe(true);
  });

  it('refuses the breakdowns these measures do not offer', async () => {
    for (const [id, breakdown] of [
      ['tilgang-afgang', 'duration'],
      ['samtalekadence', 'duration'],
      ['manglende-aktiv-indsats', 'duration'],
      ['loebende-sager', 'category'],
      ['flere-skal-med-40', 'category'],
    ] as const) {
      await expect(session.run(id, { kind: 'month', breakdown })).rejects.toThrow(
        `${id} cannot be broken down by ${breakdown}`,
      );
    }
  });
});

itWith(POSTGRES, 'both engines give identical rows for these breakdowns', () =>
  results.compare(12),
);
