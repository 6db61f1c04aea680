/**
 * The visitationskategori breakdown, the duration-so-far breakdown (activation rate by
 * duration band) and the 'Flere skal med' 40 % criterion on the hand-built register of
 * category-register.ts, on DuckDB and PostgreSQL. Expected values are worked out in the
 * comments from the timelines, not taken from the code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { columnsFor } from '../../src/stats/measures/common.ts';
import { measureById } from '../../src/stats/measures/index.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { suppressRows } from '../../src/stats/suppress.ts';
import { itWith } from '../support/requirements.ts';
import { CATEGORY_WEEKS } from './category-register.ts';
import { describeEachEngine, EngineResults, POSTGRES, pick } from './engines.ts';

const results = new EngineResults();

describeEachEngine('visitationskategori, duration bands and Flere skal med', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const record = (key: string, rows: Row[]) => results.record(spec.name, key, rows);

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: CATEGORY_WEEKS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('fuldtidspersoner by category: the category of at least half the month, ikke-relevant, ukendt', async () => {
    const params = {
      kind: 'month' as const,
      from: '2018-03-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp', 'sygedagpenge'],
      breakdown: 'category' as const,
    };
    const rows = await session.run('fuldtidspersoner', params);
    record('fte-category', rows);
    const kh = { period: '2018-03', ydelsesgruppe: 'Kontanthjælp' };
    // March 2018 has 31 days. 849, aktivitetsparat all month: Q1, Q2, Q3, Q5, Q7; C1 jobparat
    // 11 days (4 of the week of 26 Feb + 7), aktivitetsparat 20 (7 + 7 + 6) → aktivitetsparat.
    const akt = pick(rows, { ...kh, area: '849', gruppe: 'aktivitetsparat' });
    expect(akt.persons).toBe(6);
    expect(akt.fte).toBeCloseTo(6, 9);
    // Jobparat: Q4 (31 days), C2 (aktivitetsparat 11 days, jobparat 20 → jobparat, 31 days),
    // C4 (weeks of 26 Feb – 19 Mar: 4 + 7 + 7 + 7 = 25 days).
    const job = pick(rows, { ...kh, area: '849', gruppe: 'jobparat' });
    expect(job.persons).toBe(3);
    expect(job.fte).toBeCloseTo(87 / 31, 9);
    // 840: C3 without a recorded category → ukendt.
    expect(pick(rows, { ...kh, area: '840', gruppe: 'ukendt' }).persons).toBe(1);
    // Sygedagpenge has no category: S1, weeks of 5–26 Mar, 7 + 7 + 7 + 6 = 27 days.
    const syg = pick(rows, {
      period: '2018-03',
      ydelsesgruppe: 'Sygedagpenge',
      area: '849',
      gruppe: 'ikke-relevant',
    });
    expect(syg.fte).toBeCloseTo(27 / 31, 9);
    // Country: + Q8 (København, aktivitetsparat).
    expect(pick(rows, { ...kh, area: 'DK', gruppe: 'aktivitetsparat' }).persons).toBe(7);
    expect(rows.filter((r) => r.gruppe === 'uddannelsesparat')).toEqual([]);

    // Suppression: Region 1081's kontanthjælp groups are aktivitetsparat 6, jobparat 3 and
    // ukendt 1 (840). Ukendt is hidden (< 3); the groups add up to the region's figure, so
    // the smallest other group, jobparat, is hidden too. Region Hovedstaden's aktivitetsparat
    // (Q8, 1) is hidden, and the regions' aktivitetsparat add up to the country's 7 (shown,
    // never suppressed), so 1081's 6 would give it away: hidden as well.
    const m = measureById('fuldtidspersoner');
    const shown = suppressRows(m, rows, columnsFor(m, params));
    const cell = (area: string, g: string) => pick(shown, { ...kh, area, gruppe: g }).persons;
    expect(cell('1081', 'ukendt')).toBe('.');
    expect(cell('1081', 'jobparat')).toBe('.');
    expect(cell('1084', 'aktivitetsparat')).toBe('.');
    expect(cell('1081', 'aktivitetsparat')).toBe('.');
    expect(cell('DK', 'aktivitetsparat')).toBe(7);
    expect(cell('849', 'aktivitetsparat')).toBe(6);
    expect(cell('849', 'jobparat')).toBe(3);
  });

  it('forloeb and status-efter by the category of the spell end', async () => {
    const rows = await session.run('forloeb', {
      kind: 'month',
      from: '2018-03-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp', 'integrationsydelse'],
      breakdown: 'category',
    });
    record('forloeb-category', rows);
    // Ended in March 2018: C4's kontanthjælp spell (last benefit day Sunday 25 Mar, jobparat)
    // and Q6's integrationsydelse spell (last benefit day Sunday 4 Mar, aktivitetsparat).
    const kh = rows.filter((r) => r.area === '849' && r.benefit === 'kontanthjaelp');
    expect(kh.map((r) => [r.gruppe, r.ended_spells])).toEqual([['jobparat', 1]]);
    const ity = rows.filter((r) => r.area === '849' && r.benefit === 'integrationsydelse');
    expect(ity.map((r) => [r.gruppe, r.ended_spells])).toEqual([['aktivitetsparat', 1]]);
    // Q3's first spell ended in March 2014 (Sunday 30 Mar), aktivitetsparat.
    const early = await session.run('forloeb', {
      kind: 'month',
      from: '2014-03-01',
      to: '2014-03-31',
      benefits: ['kontanthjaelp'],
      breakdown: 'category',
    });
    expect(pick(early, { area: '849', gruppe: 'aktivitetsparat' }).ended_spells).toBe(1);

    const status = await session.run('status-efter', {
      kind: 'month',
      from: '2018-03-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp'],
      breakdown: 'category',
    });
    record('status-category', status);
    // C4: 13 weeks after the week of 19 Mar is the week of 18 Jun: 37 hours, no benefit → wage.
    const c4 = pick(status, { area: '849', gruppe: 'jobparat' });
    expect(c4.ended_spells).toBe(1);
    expect(c4.pct_wage).toBeCloseTo(100, 9);
  });

  it('aktiveringsgrad by duration band: the spell so far at the last benefit day of the month', async () => {
    const rows = await session.run('aktiveringsgrad', {
      kind: 'month',
      from: '2018-03-01',
      to: '2018-03-31',
      benefits: ['kontanthjaelp'],
      breakdown: 'duration',
    });
    record('activation-duration', rows);
    const at = (area: string, gruppe: string) =>
      pick(rows, { period: '2018-03', ydelsesgruppe: 'Kontanthjælp', area, gruppe });
    // C1: spell from 26 Feb; on 31 Mar 3 + 31 = 34 days ≤ 1½ × 30.4375 = 45.66 → 0–1½ months.
    // 31 days in March, 14 in vejledning (weeks of 5 and 12 Mar).
    const first = at('849', '0-1½ mdr');
    expect(first.persons).toBe(1);
    expect(first.activated).toBe(1);
    expect(first.activation_pct).toBeCloseTo((100 * 14) / 31, 9);
    // C2: from 1 Jan, 31 + 28 + 31 = 90 days ≤ 91.31 → 1½–3; 31 days, 7 in praktik (19 Mar).
    // C4: from 1 Jan to Sunday 25 Mar: 84 days → 1½–3; 25 days in March, no offer.
    const second = at('849', '1½-3 mdr');
    expect(second.persons).toBe(2);
    expect(second.activated).toBe(1);
    expect(second.activation_pct).toBeCloseTo((100 * 7) / 56, 9);
    // C3 (840): from 2 Oct 2017, 30 + 30 + 31 + 31 + 28 + 31 = 181 days ≤ 182.63 → 3–6.
    expect(at('840', '3-6 mdr').persons).toBe(1);
    // Q1–Q5, Q7: spells of years (Q1 and Q4 seen from the register's first week, but already
    // longer than 12 months) → over 12 months; no offer in March.
    const long = at('849', 'over 12 mdr');
    expect(long.persons).toBe(6);
    expect(long.activation_pct).toBe(0);
    expect(rows.filter((r) => r.area === '849').map((r) => r.gruppe)).toEqual([
      '0-1½ mdr',
      '1½-3 mdr',
      'over 12 mdr',
    ]);

    // March 2013: spells seen from the register's first week (31 Dec 2012) are 91 days long
    // so far, which a spell begun before the register could exceed by any amount → ukendt
    // (Q1, Q3, Q4, Q7); Q5 from 4 Feb 2013: 25 + 31 = 56 days → 1½–3.
    const early = await session.run('fuldtidspersoner', {
      kind: 'month',
      from: '2013-03-01',
      to: '2013-03-31',
      benefits: ['kontanthjaelp'],
      breakdown: 'duration',
    });
    record('fte-duration-2013', early);
    expect(pick(early, { area: '849', gruppe: 'ukendt' }).persons).toBe(4);
    expect(pick(early, { area: '849', gruppe: '1½-3 mdr' }).persons).toBe(1);
  });

  it('Flere skal med: aktivitetsparate with more than 5 years, outcome over 3 calendar months', async () => {
    const rows = await session.run('flere-skal-med-40', {
      kind: 'month',
      referenceDate: '2018-01-31',
    });
    record('fsm', rows);
    // Reference week: 29 Jan 2018. Aktivitetsparat on kontanthjælp, uddannelseshjælp or
    // integrationsydelse that week: Q1, Q2, Q3, Q5, Q6, Q7, Q8, C2 (not Q4 and C4: jobparat;
    // not C3: no category). A course begun before 31 Jan 2013 (60 months before):
    // Q1 (31 Dec 2012); Q2 (uddannelseshjælp from 31 Dec 2012, then kontanthjælp without a
    // gap: one course); Q6 and Q7 (31 Dec 2012); Q8 (København). Not Q3 (a whole benefit-free
    // April 2014 restarts the course on 5 May 2014), Q5 (4 Feb 2013), C2 (1 Jan 2018).
    // Window: 1 Feb – 30 Apr 2018, weeks of 29 Jan to 30 Apr. Q1 praktik in the week of
    // 30 Apr → yes; Q2 løntilskud on 7 May → no; Q6 fleksjob from 5 Mar → yes; Q7 education
    // 12 Feb → yes; Q8 nothing. (Q3, Q4, Q5 have hours in the window but are not in the group.)
    const j = pick(rows, { area: '849' });
    expect(j.group_persons).toBe(4);
    expect(j.in_company).toBe(3);
    expect(j.pct).toBeCloseTo(75, 9);
    expect(j.criterion_met).toBe(true);
    expect(j.history_complete).toBe(true);
    const dk = pick(rows, { area: 'DK' });
    expect([dk.group_persons, dk.in_company, dk.pct, dk.criterion_met]).toEqual([5, 3, 60, true]);
    const kbh = pick(rows, { area: '101' });
    expect([kbh.group_persons, kbh.in_company, kbh.criterion_met]).toEqual([1, 0, false]);

    // Reference date 31 Dec 2017: five years before is 31 Dec 2012, not after the register's
    // first week, so no course can be shown to be longer: the group is empty, and said so.
    const short = await session.run('flere-skal-med-40', {
      kind: 'month',
      referenceDate: '2017-12-31',
    });
    record('fsm-short', short);
    const s = pick(short, { area_level: 'country' });
    expect([s.group_persons, s.history_complete]).toEqual([0, false]);
  });

  it('refuses a breakdown a measure does not offer', async () => {
    await expect(
      session.run('delvise-raskmeldinger', { kind: 'month', breakdown: 'category' }),
    ).rejects.toThrow(/cannot be broken down by category/);
    await expect(session.run('forloeb', { kind: 'month', breakdown: 'duration' })).rejects.toThrow(
      /cannot be broken down by duration/,
    );
  });
});

itWith(POSTGRES, 'both engines give identical rows for the category, duration and FSM rows', () =>
  results.compare(7),
);
