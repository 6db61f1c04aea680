/**
 * Timeliness (rettidighed) on a small register built here, on DuckDB and
 * PostgreSQL. The expected counts are worked out by hand in the comments from
 * the interview dates and the 2015 reform's rules for insured unemployed
 * (målgruppe 6.1, in force 2015–2019; shared/domain, 000_213603cd5354bb1f.txt
 * pp. 16–17, 23, 26):
 *
 * - count: 6 job interviews within the first 6 months of unemployment; all
 *   six slots fall due on the last day of the 6 months (start + 6 months − 1
 *   day), each met by one interview held inside those 6 months;
 * - cadence: the first interview within 6 weeks (42 days) of the start, each
 *   next one 2–6 weeks after the previous (due previous + 42 days), windows
 *   opening inside the first 6 months; an interview after the due date meets
 *   the slot late; an unmet slot is due previous + 42 days and the chain stops.
 *
 * Joint meetings (fællessamtaler) and sickness follow-ups are other
 * requirements and are not counted. Register weeks: Monday 2017-12-04 to
 * Monday 2018-12-24 (55 weeks), so the data end on Sunday 2018-12-30 (the
 * day the engine evaluates on); the first whole month is January 2018 and
 * the last November 2018.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { RegisterBenefit, RegisterWeek } from '../../src/register/schema.ts';
import { type InterviewRow, loadRegisterTables } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { itWith } from '../support/requirements.ts';
import { describeEachEngine, EngineResults, POSTGRES, pick } from './engines.ts';

const FIRST = '2017-12-04';
const WEEKS = 55;

function person(
  personId: number,
  municipality: string,
  benefit: RegisterBenefit,
  from: string,
  weeks: number,
): RegisterWeek[] {
  const out: RegisterWeek[] = [];
  for (let i = 0; i < WEEKS; i++) {
    const week = addDays(FIRST, 7 * i);
    const on = week >= from && week < addDays(from, 7 * weeks);
    out.push({
      personId,
      week,
      municipality,
      benefit: on ? benefit : null,
      hours: 0,
      activation: null,
      education: false,
      partialSick: on && benefit === 'sygedagpenge' ? false : null,
    });
  }
  return out;
}

const WEEKS_ROWS: RegisterWeek[] = [
  // A (Jammerbugt 849): a-dagpenge Mon 1 Jan – Sun 5 Aug 2018 (31 weeks).
  ...person(1, '849', 'a-dagpenge', '2018-01-01', 31),
  // B (849): a-dagpenge 1 Jan – Sun 29 Jul 2018 (30 weeks).
  ...person(2, '849', 'a-dagpenge', '2018-01-01', 30),
  // C (Rebild 840, also Region Nordjylland): a-dagpenge from 1 Jan 2018 to the end of the data, no interviews.
  ...person(3, '840', 'a-dagpenge', '2018-01-01', 52),
  // D (849): a-dagpenge from the register's first week: left-censored, left out whatever its interviews.
  ...person(4, '849', 'a-dagpenge', FIRST, 20),
  // E (København 101, Region Hovedstaden): a-dagpenge from Mon 1 Oct 2018 to the end of the data.
  ...person(5, '101', 'a-dagpenge', '2018-10-01', 13),
  // F (849): sygedagpenge 1 Jan – 25 Mar 2018: follow-ups, no interview obligations.
  ...person(6, '849', 'sygedagpenge', '2018-01-01', 12),
];

const INTERVIEWS: InterviewRow[] = [
  ...['2018-01-10', '2018-02-15', '2018-03-20'].map((date) => ({
    personId: 1,
    date,
    kind: 'jobsamtale',
  })),
  ...['2018-01-29', '2018-04-02', '2018-05-07', '2018-06-11'].map((date) => ({
    personId: 2,
    date,
    kind: 'jobsamtale',
  })),
  ...['2017-12-20', '2018-01-15'].map((date) => ({ personId: 4, date, kind: 'jobsamtale' })),
  { personId: 5, date: '2018-10-15', kind: 'jobsamtale' },
  { personId: 6, date: '2018-01-20', kind: 'jobsamtale' },
];

/** Rows of each engine, compared at the end. */
const results = new EngineResults();

describeEachEngine('rettidighed on a hand-built register', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const record = (key: string, rows: Row[]) => results.record(spec.name, key, rows);

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, {
      weeks: WEEKS_ROWS,
      interviews: INTERVIEWS,
      persons: [
        {
          personId: 1,
          birthDate: '1980-05-05',
          sex: 'K',
          origin: 'dansk',
          education: 'gymnasial',
        },
      ],
    });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('counts interview obligations met on time, late and not at all, by month of the deadline', async () => {
    const rows = await session.run('rettidighed', { kind: 'month' });
    record('month', rows);
    // A (interviews 10 Jan, 15 Feb, 20 Mar):
    //   cadence 1: window 1 Jan – 12 Feb (1 Jan + 42 days), met 10 Jan → February, on time;
    //   cadence 2: 24 Jan – 21 Feb (10 Jan + 42), met 15 Feb → February, on time;
    //   cadence 3: 1 Mar – 29 Mar, met 20 Mar → March, on time;
    //   cadence 4: 3 Apr – 1 May, no interview → May, missed (the spell runs to 5 Aug, past 1 May);
    //   count: 6 slots due 30 Jun, 3 met by the three interviews → June, 3 on time, 3 missed.
    // B (interviews 29 Jan, 2 Apr, 7 May, 11 Jun):
    //   cadence 1: due 12 Feb, met 29 Jan → February, on time;
    //   cadence 2: due 12 Mar (29 Jan + 42), next interview 2 Apr → March, late;
    //   cadence 3: due 14 May (2 Apr + 42), met 7 May → May, on time;
    //   cadence 4: due 18 Jun (7 May + 42), met 11 Jun → June, on time;
    //   cadence 5: opens 25 Jun (inside the 6 months to 30 Jun), due 23 Jul, none → July, missed
    //     (the spell runs to 29 Jul, past 23 Jul);
    //   count: 4 of 6 met → June, 4 on time, 2 missed.
    // Jammerbugt 849 = A + B (D left-censored, F on sygedagpenge adds nothing):
    expect(pick(rows, { period: '2018-02', area: '849' })).toMatchObject({
      maalgruppe: '6.1',
      due: 3,
      on_time: 3,
      late: 0,
      missed: 0,
      pct_on_time: 100,
    });
    expect(pick(rows, { period: '2018-03', area: '849' })).toMatchObject({
      due: 2,
      on_time: 1,
      late: 1,
      missed: 0,
      pct_on_time: 50,
    });
    expect(pick(rows, { period: '2018-05', area: '849' })).toMatchObject({
      due: 2,
      on_time: 1,
      missed: 1,
      pct_on_time: 50,
    });
    // June: A 6 (3 on time, 3 missed) + B 1 cadence on time + 6 count (4 on time, 2 missed) = 13 due, 8 on time.
    const june = pick(rows, { period: '2018-06', area: '849' });
    expect(june).toMatchObject({ due: 13, on_time: 8, late: 0, missed: 5 });
    expect(june.pct_on_time).toBeCloseTo((100 * 8) / 13, 8);
    expect(pick(rows, { period: '2018-07', area: '849' })).toMatchObject({
      due: 1,
      on_time: 0,
      missed: 1,
      pct_on_time: 0,
    });
    // C (Rebild 840), no interviews: cadence 1 due 12 Feb missed; count 6 due 30 Jun missed.
    expect(pick(rows, { period: '2018-02', area: '840' })).toMatchObject({ due: 1, missed: 1 });
    expect(pick(rows, { period: '2018-06', area: '840' })).toMatchObject({ due: 6, missed: 6 });
    // Region Nordjylland 1081 = 849 + 840: February 4 due, 3 on time (75 %); June 19 due, 8 on time.
    expect(pick(rows, { period: '2018-02', area: '1081' })).toMatchObject({
      due: 4,
      on_time: 3,
      pct_on_time: 75,
    });
    expect(pick(rows, { period: '2018-06', area_level: 'country' })).toMatchObject({
      due: 19,
      on_time: 8,
      missed: 11,
    });
    // E (København 101), interview 15 Oct: cadence 1 due 12 Nov met 15 Oct; cadence 2 due
    // 26 Nov (15 Oct + 42), none by the end of the data → November 2 due, 1 on time. Its count
    // slots fall due 31 Mar 2019, after the data, and are left out.
    expect(pick(rows, { period: '2018-11', area: '101' })).toMatchObject({
      due: 2,
      on_time: 1,
      missed: 1,
      pct_on_time: 50,
    });
    // No other target group has interview obligations here (F's sygedagpenge has follow-ups),
    // and no month outside the data's whole months (January–November 2018) appears.
    expect(new Set(rows.map((r) => r.maalgruppe))).toEqual(new Set(['6.1']));
    expect(rows.filter((r) => r.area === '849').map((r) => r.period)).toEqual([
      '2018-02',
      '2018-03',
      '2018-05',
      '2018-06',
      '2018-07',
    ]);
  });

  it('sums months into quarters', async () => {
    const rows = await session.run('rettidighed', { kind: 'quarter' });
    record('quarter', rows);
    // 849, Q2 = May (2 due, 1 on time) + June (13 due, 8 on time) = 15 due, 9 on time, 60 %.
    expect(pick(rows, { period: '2018-Q2', area: '849' })).toMatchObject({
      due: 15,
      on_time: 9,
      missed: 6,
      pct_on_time: 60,
    });
  });
});

itWith(POSTGRES, 'rettidighed: both engines give identical rows', () => {
  results.compare(2);
});
