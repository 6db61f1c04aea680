/**
 * A small register built by hand for the visitationskategori, the duration-so-far bands and
 * the 'Flere skal med' 40 % criterion (category.test.ts). Every expected value there is
 * worked out from the timelines written here.
 *
 * Weeks run from Monday 2012-12-31 (ISO 2013-W01) to Monday 2018-06-25 for every person, so
 * that the register reaches back more than five years before 31 January 2018. Outside the
 * segments listed, a person has no benefit, no hours, no offer and no education.
 */
import { addDays } from '../../src/calendar/index.ts';
import type {
  ActivationType,
  Category,
  RegisterBenefit,
  RegisterWeek,
} from '../../src/register/schema.ts';

export const CAT_FIRST_WEEK = '2012-12-31';
export const CAT_LAST_WEEK = '2018-06-25';

export interface Segment {
  /** Monday of the first and of the last week of the segment (inclusive). */
  from: string;
  until: string;
  benefit?: RegisterBenefit;
  category?: Category;
  activation?: ActivationType;
  hours?: number;
  education?: boolean;
}

export function person(
  personId: number,
  municipality: string,
  segments: Segment[],
): RegisterWeek[] {
  const weeks: RegisterWeek[] = [];
  for (let week = CAT_FIRST_WEEK; week <= CAT_LAST_WEEK; week = addDays(week, 7)) {
    weeks.push({
      personId,
      week,
      municipality,
      benefit: null,
      hours: 0,
      activation: null,
      education: false,
      partialSick: null,
      category: null,
    });
  }
  for (const s of segments) {
    for (const w of weeks.filter((x) => x.week >= s.from && x.week <= s.until)) {
      if (s.benefit !== undefined) w.benefit = s.benefit;
      if (s.category !== undefined) w.category = s.category;
      if (s.activation !== undefined) w.activation = s.activation;
      if (s.hours !== undefined) w.hours = s.hours;
      if (s.education !== undefined) w.education = s.education;
      w.partialSick = w.benefit === 'sygedagpenge' ? false : null;
    }
  }
  return weeks;
}

const END = CAT_LAST_WEEK;

// Jammerbugt 849 and Rebild 840 (Region Nordjylland 1081), København 101 (Region Hovedstaden 1084).
export const CATEGORY_WEEKS: RegisterWeek[] = [
  // Q1: kontanthjælp, aktivitetsparat, from the first week to the end; virksomhedspraktik in
  // the week of 30 Apr 2018 (the last week touching April).
  ...person(1, '849', [
    { from: CAT_FIRST_WEEK, until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-04-30', until: '2018-04-30', activation: 'virksomhedspraktik' },
  ]),
  // Q2: uddannelseshjælp (aktivitetsparat) to the week of 29 Jun 2015, kontanthjælp
  // (aktivitetsparat) from 6 Jul 2015 without a gap; løntilskud in the week of 7 May 2018.
  ...person(2, '849', [
    {
      from: CAT_FIRST_WEEK,
      until: '2015-06-29',
      benefit: 'uddannelseshjaelp',
      category: 'aktivitetsparat',
    },
    { from: '2015-07-06', until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-05-07', until: '2018-05-07', activation: 'loentilskud' },
  ]),
  // Q3: kontanthjælp (aktivitetsparat) to the week of 24 Mar 2014 (ending Sunday 30 Mar), none
  // in April 2014 (a whole calendar month), again from 5 May 2014; 10 hours in the week of 5 Mar 2018.
  ...person(3, '849', [
    {
      from: CAT_FIRST_WEEK,
      until: '2014-03-24',
      benefit: 'kontanthjaelp',
      category: 'aktivitetsparat',
    },
    { from: '2014-05-05', until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-03-05', until: '2018-03-05', hours: 10 },
  ]),
  // Q4: kontanthjælp throughout, aktivitetsparat to the week of 25 Dec 2017, jobparat from
  // 1 Jan 2018; 10 hours in the week of 12 Mar 2018.
  ...person(4, '849', [
    {
      from: CAT_FIRST_WEEK,
      until: '2017-12-25',
      benefit: 'kontanthjaelp',
      category: 'aktivitetsparat',
    },
    { from: '2018-01-01', until: END, benefit: 'kontanthjaelp', category: 'jobparat' },
    { from: '2018-03-12', until: '2018-03-12', hours: 10 },
  ]),
  // Q5: kontanthjælp (aktivitetsparat) from 4 Feb 2013; 5 hours in the week of 19 Feb 2018.
  ...person(5, '849', [
    { from: '2013-02-04', until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-02-19', until: '2018-02-19', hours: 5 },
  ]),
  // Q6: integrationsydelse (aktivitetsparat) to the week of 26 Feb 2018 (ending Sunday 4 Mar),
  // then fleksjob from 5 Mar 2018.
  ...person(6, '849', [
    {
      from: CAT_FIRST_WEEK,
      until: '2018-02-26',
      benefit: 'integrationsydelse',
      category: 'aktivitetsparat',
    },
    { from: '2018-03-05', until: END, benefit: 'fleksjob' },
  ]),
  // Q7: kontanthjælp (aktivitetsparat) throughout; in education in the week of 12 Feb 2018.
  ...person(7, '849', [
    { from: CAT_FIRST_WEEK, until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-02-12', until: '2018-02-12', education: true },
  ]),
  // Q8 (København): kontanthjælp (aktivitetsparat) throughout, nothing else.
  ...person(8, '101', [
    { from: CAT_FIRST_WEEK, until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
  ]),
  // C1: kontanthjælp from 26 Feb 2018: jobparat in the weeks of 26 Feb and 5 Mar, aktivitetsparat
  // from 12 Mar; vejledning og opkvalificering in the weeks of 5 and 12 Mar.
  ...person(11, '849', [
    { from: '2018-02-26', until: '2018-03-05', benefit: 'kontanthjaelp', category: 'jobparat' },
    { from: '2018-03-12', until: END, benefit: 'kontanthjaelp', category: 'aktivitetsparat' },
    { from: '2018-03-05', until: '2018-03-12', activation: 'vejledning-opkvalificering' },
  ]),
  // C2: kontanthjælp from 1 Jan 2018: aktivitetsparat to the week of 5 Mar, jobparat from
  // 12 Mar; virksomhedspraktik in the week of 19 Mar.
  ...person(12, '849', [
    {
      from: '2018-01-01',
      until: '2018-03-05',
      benefit: 'kontanthjaelp',
      category: 'aktivitetsparat',
    },
    { from: '2018-03-12', until: END, benefit: 'kontanthjaelp', category: 'jobparat' },
    { from: '2018-03-19', until: '2018-03-19', activation: 'virksomhedspraktik' },
  ]),
  // C3 (Rebild): kontanthjælp from 2 Oct 2017 to the end, category not recorded.
  ...person(13, '840', [{ from: '2017-10-02', until: END, benefit: 'kontanthjaelp' }]),
  // C4: kontanthjælp (jobparat) from 1 Jan 2018 to the week of 19 Mar (ending Sunday 25 Mar);
  // 37 hours a week from 2 Apr 2018.
  ...person(14, '849', [
    { from: '2018-01-01', until: '2018-03-19', benefit: 'kontanthjaelp', category: 'jobparat' },
    { from: '2018-04-02', until: END, hours: 37 },
  ]),
  // S1: sygedagpenge in the weeks of 5, 12, 19 and 26 Mar 2018 (no category).
  ...person(21, '849', [{ from: '2018-03-05', until: '2018-03-26', benefit: 'sygedagpenge' }]),
];
