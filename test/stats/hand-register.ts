/**
 * A small register built by hand for the measure tests. Every expected value
 * in measures.test.ts is worked out from the timelines written here.
 *
 * Weeks run from Monday 2018-01-01 to Monday 2019-03-25 (65 weeks) for every
 * person. Outside the segments listed, a person has no benefit and the
 * default hours/education given.
 */
import { addDays } from '../../src/calendar/index.ts';
import type { ActivationType, RegisterBenefit, RegisterWeek } from '../../src/register/schema.ts';
import type { InterviewRow, LabourForceRow } from '../../src/register/tables.ts';

export const FIRST_WEEK = '2018-01-01';
export const WEEKS = 65;

interface Segment {
  from: string;
  weeks: number;
  benefit?: RegisterBenefit;
  hours?: number;
  activation?: ActivationType;
  education?: boolean;
  partialSick?: boolean;
}

function person(
  personId: number,
  municipality: string,
  segments: Segment[],
  otherwise: { hours?: number; education?: boolean } = {},
): RegisterWeek[] {
  const weeks: RegisterWeek[] = [];
  for (let i = 0; i < WEEKS; i++) {
    const week = addDays(FIRST_WEEK, 7 * i);
    weeks.push({
      personId,
      week,
      municipality,
      benefit: null,
      hours: otherwise.hours ?? 0,
      activation: null,
      education: otherwise.education ?? false,
      partialSick: null,
    });
  }
  for (const s of segments) {
    for (let j = 0; j < s.weeks; j++) {
      const week = addDays(s.from, 7 * j);
      const w = weeks.find((x) => x.week === week);
      if (!w) throw new Error(`week ${week} outside the hand register`);
      if (s.benefit !== undefined) w.benefit = s.benefit;
      if (s.hours !== undefined) w.hours = s.hours;
      if (s.activation !== undefined) w.activation = s.activation;
      if (s.education !== undefined) w.education = s.education;
      w.partialSick = w.benefit === 'sygedagpenge' ? (s.partialSick ?? false) : null;
    }
  }
  return weeks;
}

// Jammerbugt 849, Rebild 840 (both Region Nordjylland 1081), København 101 (1084).
export const HAND_WEEKS: RegisterWeek[] = [
  // P1: sygedagpenge 8 weeks (1 Jan – 25 Feb 2018), then 37 h employment.
  ...person(1, '849', [
    { from: '2018-01-01', weeks: 8, benefit: 'sygedagpenge' },
    { from: '2018-02-26', weeks: 57, hours: 37 },
  ]),
  // P2: sygedagpenge 4 weeks, 3-week gap (29 Jan – 18 Feb), sygedagpenge 2 weeks (19 Feb – 4 Mar).
  ...person(2, '849', [
    { from: '2018-01-01', weeks: 4, benefit: 'sygedagpenge' },
    { from: '2018-02-19', weeks: 2, benefit: 'sygedagpenge' },
  ]),
  // P3: sygedagpenge 2 weeks (1–14 Jan), nothing in February, sygedagpenge 1 week (5–11 Mar),
  // in education from 30 Apr 2018.
  ...person(3, '849', [
    { from: '2018-01-01', weeks: 2, benefit: 'sygedagpenge' },
    { from: '2018-03-05', weeks: 1, benefit: 'sygedagpenge' },
    { from: '2018-04-30', weeks: 48, education: true },
  ]),
  // P4 (Rebild): sygedagpenge 10 weeks, partially sick-listed in the weeks of 5 and 12 Feb.
  ...person(4, '840', [
    { from: '2018-01-01', weeks: 10, benefit: 'sygedagpenge' },
    { from: '2018-02-05', weeks: 2, benefit: 'sygedagpenge', partialSick: true },
  ]),
  // P5 (København): sygedagpenge 1 week.
  ...person(5, '101', [{ from: '2018-01-01', weeks: 1, benefit: 'sygedagpenge' }], { hours: 37 }),
  // P6: a-dagpenge 1 Jan – 5 Aug 2018 (31 weeks); interviews below.
  ...person(6, '849', [{ from: '2018-01-01', weeks: 31, benefit: 'a-dagpenge' }]),
  // P7: kontanthjælp throughout; virksomhedspraktik in the 4 weeks from 4 Feb 2019.
  ...person(7, '849', [
    { from: '2018-01-01', weeks: 65, benefit: 'kontanthjaelp' },
    { from: '2019-02-04', weeks: 4, activation: 'virksomhedspraktik' },
  ]),
  // P8: kontanthjælp throughout; vejledning og opkvalificering in the week of 1 Jan 2018 only.
  ...person(8, '849', [
    { from: '2018-01-01', weeks: 65, benefit: 'kontanthjaelp' },
    { from: '2018-01-01', weeks: 1, activation: 'vejledning-opkvalificering' },
  ]),
  // P9: kontanthjælp throughout; vejledning in the week of 4 Jun 2018; 5 ordinary hours in the week of 11 Mar 2019.
  ...person(9, '849', [
    { from: '2018-01-01', weeks: 65, benefit: 'kontanthjaelp' },
    { from: '2018-06-04', weeks: 1, activation: 'vejledning-opkvalificering' },
    { from: '2019-03-11', weeks: 1, hours: 5 },
  ]),
  // P10: kontanthjælp from 4 Jun 2018 to the end.
  ...person(10, '849', [{ from: '2018-06-04', weeks: 43, benefit: 'kontanthjaelp' }]),
];

export const HAND_INTERVIEWS: InterviewRow[] = [
  { personId: 6, date: '2018-01-10', kind: 'jobsamtale' },
  { personId: 6, date: '2018-02-15', kind: 'jobsamtale' },
  { personId: 6, date: '2018-03-20', kind: 'jobsamtale' },
];

export const HAND_LABOUR_FORCE: LabourForceRow[] = [
  { year: 2018, municipality: '849', persons: 100 },
  { year: 2018, municipality: '840', persons: 50 },
  { year: 2018, municipality: '101', persons: 850 },
];
