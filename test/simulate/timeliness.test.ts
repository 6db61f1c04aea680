import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import { getDefaultCatalog } from '../../src/rules/engine.ts';
import { caseFromRegister } from '../../src/simulate/register-cases.ts';
import {
  columnsOfPersons,
  interviewBenefits,
  personsOfColumns,
  Timeliness,
  type TimelinessCell,
  type TimelinessOptions,
  type TimelinessPerson,
  tallyColumns,
} from '../../src/simulate/timeliness.ts';
import { tallyColumnsInParallel, tallyOnWorker } from '../../src/stats/timeliness-pool.ts';

/**
 * 600 recipients of a-dagpenge, kontanthjælp, uddannelseshjælp and sygedagpenge in three
 * municipalities, spells starting on Mondays from 2018 to 2020 (some still running), interviews
 * every 3 to 7 weeks for three in four of them, none for the rest.
 */
function persons(): TimelinessPerson[] {
  const out: TimelinessPerson[] = [];
  const municipalities = ['849', '851', '101'];
  const benefits = ['a-dagpenge', 'kontanthjaelp', 'uddannelseshjaelp', 'sygedagpenge'];
  for (let i = 0; i < 600; i++) {
    const start = addDays('2018-01-01', 7 * (i % 130));
    const last = addDays(start, 7 * (20 + (i % 70)));
    const spell = {
      startWeek: start,
      benefit: benefits[i % 4]!,
      lastWeek: last,
      ended: last < '2020-12-01',
      leftCensored: false,
      municipality: municipalities[i % 3]!,
    };
    const interviews: { date: string; kind: string }[] = [];
    if (i % 4 !== 1) {
      for (let d = start, n = 0; d <= last; n++) {
        d = addDays(d, 7 * (3 + ((i + n) % 5)));
        if (d <= last) interviews.push({ date: d, kind: 'jobsamtale' });
      }
    }
    out.push({
      personId: String(i),
      birthDate: `19${60 + (i % 40)}-05-17`,
      spells: [spell],
      interviews,
    });
  }
  return out;
}

const OPTS = { asOf: '2020-12-31', from: '2018-01-01', to: '2020-12-31' };

/** The cells of persons added one by one (Timeliness.add: no columns involved). */
function tallyPersons(all: readonly TimelinessPerson[], opts: TimelinessOptions): TimelinessCell[] {
  const t = new Timeliness(opts);
  for (const p of all) t.add(p);
  return t.result();
}
const sorted = (cells: TimelinessCell[]) =>
  cells
    .map(
      (c) =>
        `${c.municipality}|${c.targetGroup}|${c.month}|${c.due}|${c.onTime}|${c.late}|${c.missed}`,
    )
    .sort();

describe('timeliness on encoded persons', () => {
  it('groups the columns into persons, spells and interviews in date order', () => {
    // Rows out of order, two persons interleaved, as SQL may give them.
    const cols = columnsOfPersons([
      {
        personId: '7',
        spells: [
          {
            startWeek: '2019-03-04',
            benefit: 'kontanthjaelp',
            lastWeek: '2019-06-03',
            ended: true,
            leftCensored: false,
            municipality: '851',
            category: 'jobparat',
          },
        ],
        interviews: [
          { date: '2019-04-01', kind: 'jobsamtale' },
          { date: '2018-02-05', kind: 'jobsamtale' },
          { date: '2018-02-05', kind: 'cv-samtale' },
        ],
      },
      {
        personId: '3',
        birthDate: '1980-05-17',
        spells: [
          {
            startWeek: '2020-01-06',
            benefit: 'sygedagpenge',
            lastWeek: '2020-02-03',
            ended: true,
            leftCensored: false,
            municipality: '101',
          },
        ],
        interviews: [],
      },
      {
        personId: '7',
        spells: [
          {
            startWeek: '2018-01-01',
            benefit: 'a-dagpenge',
            lastWeek: '2018-05-28',
            ended: true,
            leftCensored: true,
            municipality: '849',
          },
        ],
        interviews: [],
      },
    ]);
    const [three, seven] = [...personsOfColumns(cols)];
    expect(three!.personId).toBe('3');
    expect(three!.birthDate).toBe('1980-05-17');
    expect(seven!.personId).toBe('7');
    expect(seven!.birthDate).toBeUndefined();
    expect(
      seven!.spells.map((s) => [
        s.startWeek,
        s.benefit,
        s.lastWeek,
        s.ended,
        s.leftCensored,
        s.municipality,
        s.category,
      ]),
    ).toEqual([
      ['2018-01-01', 'a-dagpenge', '2018-05-28', true, true, '849', undefined],
      ['2019-03-04', 'kontanthjaelp', '2019-06-03', true, false, '851', 'jobparat'],
    ]);
    // Same day: by kind, as the text sorts (cv-samtale before jobsamtale).
    expect(seven!.interviews).toEqual([
      { date: '2018-02-05', kind: 'cv-samtale' },
      { date: '2018-02-05', kind: 'jobsamtale' },
      { date: '2019-04-01', kind: 'jobsamtale' },
    ]);
    // A part takes the persons whose id modulo `of` is its index.
    expect([...personsOfColumns(cols, { index: 1, of: 2 })].map((p) => p.personId)).toEqual([
      '3',
      '7',
    ]);
    expect([...personsOfColumns(cols, { index: 0, of: 2 })]).toEqual([]);
  });

  it('counts the same interview obligations with the interview rules alone as with the whole catalogue', () => {
    const all = persons();
    const narrow = tallyPersons(all, OPTS);
    const full = tallyPersons(all, { ...OPTS, catalog: getDefaultCatalog() });
    // Not trivial: several target groups, and met, late and missed obligations.
    expect(new Set(narrow.map((c) => c.targetGroup)).size).toBeGreaterThanOrEqual(3);
    for (const field of ['onTime', 'late', 'missed'] as const) {
      expect(narrow.reduce((s, c) => s + c[field], 0)).toBeGreaterThan(0);
    }
    expect(sorted(narrow)).toEqual(sorted(full));
  });

  it('gives each person their own target group, also persons with the same spells and birth date', () => {
    // Two kontanthjælp recipients with identical spells and no interviews whom the simulator's
    // readiness draw puts in different groups (6.2 jobparat, 6.3 aktivitetsparat).
    const row = {
      benefit: 'kontanthjaelp',
      startWeek: '2020-01-06',
      lastWeek: '2020-10-26',
      ended: true,
      municipality: '851',
    };
    const groupOf = (id: string) => caseFromRegister(id, [row], 2020)?.spells[0]?.targetGroup;
    const ids = Array.from({ length: 50 }, (_, i) => String(i));
    const jobready = ids.find((id) => groupOf(id) === '6.2')!;
    const activityReady = ids.find((id) => groupOf(id) === '6.3')!;
    const person = (personId: string): TimelinessPerson => ({
      personId,
      birthDate: '1980-05-17',
      spells: [{ ...row, leftCensored: false }],
      interviews: [],
    });
    for (const order of [
      [jobready, activityReady],
      [activityReady, jobready],
    ]) {
      const cells = tallyPersons(order.map(person), OPTS);
      const due = (group: string) =>
        cells.filter((c) => c.targetGroup === group).reduce((s, c) => s + c.due, 0);
      // Each has interview obligations in 2020 (lab2020-kontaktforloeb-min4 covers 6.2 and 6.3),
      // and the same number, since their cases differ only in the group.
      expect(due('6.2')).toBeGreaterThan(0);
      expect(due('6.2')).toBe(due('6.3'));
    }
  });

  it('hands the engine only persons with a benefit some interview rule covers', () => {
    // Sygedagpenge (6.6) has follow-ups (sygedagpengeloven § 13), no jobsamtale rule; every
    // other replayed benefit falls in a group of LAB §§ 31–32 (6.1–6.5, 6.7–6.10) or of the
    // 2015 rules (6.1, 6.5, 6.9).
    expect(interviewBenefits().sort()).toEqual(
      [
        'a-dagpenge',
        'integrationsydelse',
        'jobafklaring',
        'kontanthjaelp',
        'ledighedsydelse',
        'ressourceforloeb',
        'revalidering',
        'uddannelseshjaelp',
      ].sort(),
    );
  });
});

describe('timeliness from columns, on worker threads (src/stats/timeliness-pool.ts)', () => {
  const all = persons();
  const cols = columnsOfPersons(all);
  /** Cells summed per municipality, group and month (workers each give their own cells). */
  const summed = (cells: TimelinessCell[]) => {
    const m = new Map<string, number[]>();
    for (const c of cells) {
      const key = `${c.municipality}|${c.targetGroup}|${c.month}`;
      const s = m.get(key) ?? [0, 0, 0, 0];
      m.set(key, [s[0]! + c.due, s[1]! + c.onTime, s[2]! + c.late, s[3]! + c.missed]);
    }
    return [...m].map(([k, v]) => `${k}|${v.join('|')}`).sort();
  };

  it('the columns give the cells of the persons added one by one', () => {
    expect(sorted(tallyColumns(cols, OPTS))).toEqual(sorted(tallyPersons(all, OPTS)));
  });

  it('a worker thread loads the engine and gives the same cells', async () => {
    const cells = await tallyOnWorker(cols, OPTS);
    expect(cells).toBeDefined();
    expect(sorted(cells!)).toEqual(sorted(tallyPersons(all, OPTS)));
  });

  it('three workers together give the cells of one thread', async () => {
    const one = tallyPersons(all, OPTS);
    expect(one.length).toBeGreaterThan(50);
    const parallel = await tallyColumnsInParallel(cols, OPTS, { threads: 3, minSpells: 0 });
    expect(summed(parallel)).toEqual(summed(one));
  });
});
