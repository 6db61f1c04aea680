/**
 * The worklist under today's law (4 December 2026) and past the horizon:
 * - a jobafklaring course begun after the rehabilitation team was abolished
 *   (1 July 2026, lov nr. 1750/2025) has no team obligation; one begun before
 *   keeps it under the transitional rule (transfer 2026-06-20 + 28 days = 2026-07-18);
 * - a dagpenge spell begun 2026-06-01 gets the municipality's two interviews in
 *   months 4–6 (2026-09-01 … 2026-11-30), not the 2020 rule's four;
 * - past 2026-12-31 the worklist is empty and says the law is not encoded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { syntheticCpr } from '../../src/cases/demo-cpr.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { SeededRandom } from '../../src/cases/random.ts';
import {
  addSpell,
  createCitizen,
  createTeam,
  pseudonymKey,
  seedMunicipalities,
} from '../../src/cases/store.ts';
import { computeWorklist } from '../../src/server/services/worklist.ts';

let database: CaseDatabase;
let teamId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  database = await openDatabase({ inMemory: true });
  const db = database.db;
  await migrateToLatest(db);
  await seedMunicipalities(db);
  const key = await pseudonymKey(db);
  teamId = await createTeam(db, { municipalityCode: '860', name: 'Team' });
  const rnd = new SeededRandom(7);
  const citizen = async (name: string) =>
    createCitizen(
      db,
      { municipalityCode: '860', cpr: syntheticCpr('1975-05-01', 'female', rnd), name, teamId },
      key,
    );
  for (const [name, jafStart] of [
    ['before', '2026-06-20'],
    ['after', '2026-07-10'],
  ] as const) {
    ids[name] = await citizen(name);
    const sick = await addSpell(db, {
      citizenId: ids[name]!,
      benefit: 'sygedagpenge',
      targetGroup: '6.6',
      start: '2026-01-05',
      end: jafStart === '2026-06-20' ? '2026-06-19' : '2026-07-09',
    });
    await addSpell(db, {
      citizenId: ids[name]!,
      benefit: 'jobafklaring',
      targetGroup: '6.7',
      start: jafStart,
      transferredFromId: sick,
    });
  }
  ids.dagpenge = await citizen('dagpenge');
  await addSpell(db, {
    citizenId: ids.dagpenge,
    benefit: 'a-dagpenge',
    targetGroup: '6.1',
    start: '2026-06-01',
  });
});

afterAll(async () => {
  await database.close();
});

const scope = (asOf: string) => ({
  municipalityCode: '860',
  scope: 'team' as const,
  teamId,
  asOf,
  horizonDays: 30,
  withNames: false,
});

describe('worklist and the law of 2026', () => {
  it('shows the rehabilitation team only for the jobafklaring course the transitional rule keeps', async () => {
    const w = await computeWorklist(database.db, scope('2026-12-04'));
    const rehab = w.items.filter((i) => i.ruleId === 'jaf-rehabteam-4w');
    expect(rehab.map((i) => [i.citizenId, i.status, i.dueBy])).toEqual([
      [ids.before, 'overdue', '2026-07-18'],
    ]);
    expect(w.law).toMatchObject({ encodedUntil: '2026-12-31', encoded: true });
  });

  it('says on the worklist row that a Saturday deadline is not moved, and nothing on a weekday', async () => {
    // 2026-06-20 + 28 days = Saturday 18 July 2026; 2026-11-30 is a Monday.
    const w = await computeWorklist(database.db, scope('2026-12-04'));
    const rehab = w.items.find((i) => i.ruleId === 'jaf-rehabteam-4w');
    expect(rehab?.dueNote?.short).toEqual({
      da: 'lørdag – fristen rykkes ikke',
      en: 'Saturday – not moved',
    });
    // The row carries the short words only; the full note (with its source) is on the citizen page.
    expect(Object.keys(rehab?.dueNote ?? {})).toEqual(['short']);
    const interviews = w.items.find((i) => i.ruleId === 'lab2024-dp-jobcenter-samtaler');
    expect(interviews?.dueNote).toBeUndefined();
  });

  it('gives a dagpenge spell of June 2026 the municipality’s two interviews, not the 2020 four', async () => {
    const w = await computeWorklist(database.db, scope('2026-12-04'));
    const mine = w.items.filter((i) => i.citizenId === ids.dagpenge);
    // One row for the obligation, with its two interviews as progress ("0 af 2").
    const rows = mine.filter((i) => i.ruleId === 'lab2024-dp-jobcenter-samtaler');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.progress).toEqual({ met: 0, of: 2 });
    expect(mine.every((i) => i.ruleId !== 'lab2020-kontaktforloeb-min4')).toBe(true);
    expect(mine.find((i) => i.ruleId === 'lab2024-dp-jobcenter-samtaler')?.dueBy).toBe(
      '2026-11-30',
    );
  });

  it('is empty past the horizon and says the law is not encoded', async () => {
    const w = await computeWorklist(database.db, scope('2027-01-04'));
    expect(w.items).toEqual([]);
    expect(w.law.encoded).toBe(false);
    expect(w.law.message.en).toContain('The law after 2026-12-31 is not encoded');
    expect(w.law.message.da).toContain('Loven efter 2026-12-31 er ikke indkodet');
  });
});
