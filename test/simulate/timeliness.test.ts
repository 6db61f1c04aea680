import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import { getDefaultCatalog } from '../../src/rules/engine.ts';
import {
  decodePerson,
  type EncodedPerson,
  type TimelinessCell,
  tallyEncoded,
} from '../../src/simulate/timeliness.ts';

/**
 * 600 recipients of a-dagpenge, kontanthjælp, uddannelseshjælp and sygedagpenge in three
 * municipalities, spells starting on Mondays from 2018 to 2020 (some still running), interviews
 * every 3 to 7 weeks for three in four of them, none for the rest.
 */
function persons(): EncodedPerson[] {
  const out: EncodedPerson[] = [];
  const municipalities = ['849', '851', '101'];
  const benefits = ['a-dagpenge', 'kontanthjaelp', 'uddannelseshjaelp', 'sygedagpenge'];
  for (let i = 0; i < 600; i++) {
    const start = addDays('2018-01-01', 7 * (i % 130));
    const last = addDays(start, 7 * (20 + (i % 70)));
    const ended = last < '2020-12-01' ? '1' : '0';
    const spells = `${start}|${benefits[i % 4]}|${last}|${ended}|0|${municipalities[i % 3]}`;
    const interviews: string[] = [];
    if (i % 4 !== 1) {
      for (let d = start, n = 0; d <= last; n++) {
        d = addDays(d, 7 * (3 + ((i + n) % 5)));
        if (d <= last) interviews.push(`${d}|jobsamtale`);
      }
    }
    out.push({
      personId: String(i),
      birthDate: `19${60 + (i % 40)}-05-17`,
      spells,
      interviews: interviews.length ? interviews.reverse().join(';') : null,
    });
  }
  return out;
}

const OPTS = { asOf: '2020-12-31', from: '2018-01-01', to: '2020-12-31' };
const sorted = (cells: TimelinessCell[]) =>
  cells
    .map(
      (c) =>
        `${c.municipality}|${c.targetGroup}|${c.month}|${c.due}|${c.onTime}|${c.late}|${c.missed}`,
    )
    .sort();

describe('timeliness on encoded persons', () => {
  it('decodes spells and interviews in date order', () => {
    const p = decodePerson({
      personId: '7',
      birthDate: null,
      spells:
        '2019-03-04|kontanthjaelp|2019-06-03|1|0|851;2018-01-01|a-dagpenge|2018-05-28|1|1|849',
      interviews: '2019-04-01|jobsamtale;2018-02-05|cv-samtale',
    });
    expect(p.birthDate).toBeUndefined();
    expect(p.spells.map((s) => [s.startWeek, s.benefit, s.ended, s.leftCensored])).toEqual([
      ['2018-01-01', 'a-dagpenge', true, true],
      ['2019-03-04', 'kontanthjaelp', true, false],
    ]);
    expect(p.interviews).toEqual([
      { date: '2018-02-05', kind: 'cv-samtale' },
      { date: '2019-04-01', kind: 'jobsamtale' },
    ]);
  });

  it('counts the same interview obligations with the interview rules alone as with the whole catalogue', () => {
    const all = persons();
    const narrow = tallyEncoded(all, OPTS);
    const full = tallyEncoded(all, { ...OPTS, catalog: getDefaultCatalog() });
    // Not trivial: several target groups, and met, late and missed obligations.
    expect(new Set(narrow.map((c) => c.targetGroup)).size).toBeGreaterThanOrEqual(3);
    for (const field of ['onTime', 'late', 'missed'] as const) {
      expect(narrow.reduce((s, c) => s + c[field], 0)).toBeGreaterThan(0);
    }
    expect(sorted(narrow)).toEqual(sorted(full));
  });
});
