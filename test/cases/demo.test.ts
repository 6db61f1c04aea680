import { afterEach, describe, expect, it } from 'vitest';
import { parseCpr } from '../../src/cases/cpr.ts';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { verifyPassword } from '../../src/cases/passwords.ts';
import { countAll, loadCaseFile } from '../../src/cases/store.ts';
import { TARGET_GROUP_CODES } from '../../src/reference/target-groups.ts';
import { CaseFileSchema } from '../../src/rules/case-format.ts';

const opened: CaseDatabase[] = [];
async function demoDb(seed: number, citizens = 120): Promise<CaseDatabase> {
  const database = await openDatabase({ inMemory: true });
  opened.push(database);
  await migrateToLatest(database.db);
  await generateDemo(database.db, {
    ...DEMO_DEFAULTS,
    seed,
    citizens,
    neighbourCitizens: 10,
    asOf: '2026-11-24',
    password: 'pw',
  });
  return database;
}

async function snapshot(database: CaseDatabase) {
  const { db } = database;
  const citizens = await db
    .selectFrom('citizens')
    .select(['cpr', 'name', 'birth_date', 'municipality_code'])
    .orderBy('id')
    .execute();
  const spells = await db
    .selectFrom('benefit_spells')
    .select(['citizen_id', 'target_group', 'start_date', 'end_date'])
    .orderBy('id')
    .execute();
  const events = await db
    .selectFrom('case_events')
    .select(['citizen_id', 'type', 'occurred_on', 'payload'])
    .orderBy('id')
    .execute();
  return { citizens, spells, events };
}

afterEach(async () => {
  for (const d of opened.splice(0)) await d.close();
});

describe('demo data', () => {
  it('is deterministic given the seed and reference date', async () => {
    const a = await snapshot(await demoDb(7, 60));
    const b = await snapshot(await demoDb(7, 60));
    const c = await snapshot(await demoDb(8, 60));
    expect(b).toEqual(a);
    expect(c.citizens).not.toEqual(a.citizens);
  }, 240_000); // three embedded databases, each migrated and filled

  it('covers every target group with plausible histories', async () => {
    const database = await demoDb(1, 200);
    const { db } = database;
    const counts = await countAll(db);
    expect(counts.citizens).toBe(210);
    expect(counts.caseEvents).toBeGreaterThan(counts.citizens * 3);
    const groups = await db
      .selectFrom('benefit_spells')
      .select('target_group')
      .distinct()
      .execute();
    expect(groups.map((g) => g.target_group).sort()).toEqual([...TARGET_GROUP_CODES].sort());
    const forms = await db
      .selectFrom('case_events')
      .select((eb) =>
        eb
          .ref('payload', '->>')
          .key('form' as never)
          .as('form'),
      )
      .where('type', 'in', ['job-interview', 'joint-meeting', 'follow-up-interview'])
      .distinct()
      .execute();
    expect(forms.map((f) => f.form).sort()).toEqual(['in-person', 'phone', 'via-other', 'video']);
    const types = await db.selectFrom('case_events').select('type').distinct().execute();
    for (const t of [
      'plan',
      'offer',
      'certificate-requested',
      'certificate-received',
      'rehab-team-meeting',
    ]) {
      expect(types.map((x) => x.type)).toContain(t);
    }
    // Jobafklaring follows a sygedagpenge spell of 22 weeks (rules.md sdp-jaf-transition).
    const jaf = await db
      .selectFrom('benefit_spells')
      .selectAll()
      .where('target_group', '=', '6.7')
      .execute();
    expect(jaf.length).toBeGreaterThan(0);
    for (const s of jaf) expect(s.transferred_from_id).not.toBeNull();
    // Every stored case projects into a valid rules interchange file.
    for (const id of [1, 50, 150, 205]) CaseFileSchema.parse(await loadCaseFile(db, id));
  });

  it('uses CPR numbers that are valid in form but substitute-style (day + 60), matching the birth date', async () => {
    const database = await demoDb(3, 100);
    const rows = await database.db.selectFrom('citizens').select(['cpr', 'birth_date']).execute();
    for (const row of rows) {
      const facts = parseCpr(row.cpr);
      expect(facts.substitute).toBe(true);
      expect(Number(row.cpr.slice(0, 2))).toBeGreaterThan(60);
      expect(facts.birthDate).toBe(row.birth_date);
    }
    expect(new Set(rows.map((r) => r.cpr)).size).toBe(rows.length);
  });

  it('creates a login for every role in the demo municipality, and one next door', async () => {
    const database = await demoDb(4, 20);
    const users = await database.db.selectFrom('users').selectAll().execute();
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(byName.get('sagsbehandler')).toMatchObject({
      role: 'caseworker',
      municipality_code: '860',
    });
    expect(byName.get('teamleder')).toMatchObject({
      role: 'team-leader',
      municipality_code: '860',
    });
    expect(byName.get('analytiker')).toMatchObject({ role: 'analyst', municipality_code: '860' });
    expect(byName.get('administrator')).toMatchObject({
      role: 'administrator',
      municipality_code: '860',
    });
    expect(byName.get('sagsbehandler-813')).toMatchObject({
      role: 'caseworker',
      municipality_code: '813',
    });
    expect(await verifyPassword('pw', byName.get('sagsbehandler')!.password_hash)).toBe(true);
    expect(await verifyPassword('wrong', byName.get('sagsbehandler')!.password_hash)).toBe(false);
  });

  it('registers employers with valid CVR numbers, so an offer can be saved', async () => {
    const database = await demoDb(3, 20);
    const employers = await database.db
      .selectFrom('employers')
      .select(['name', 'cvr', 'ordinary_headcount', 'municipality_code'])
      .execute();
    expect(employers.length).toBeGreaterThanOrEqual(5);
    for (const e of employers) {
      expect(e.municipality_code).toBe('860');
      // CVR modulus 11 with weights 2 7 6 5 4 3 2 1 (Erhvervsstyrelsen), worked out here.
      const weights = [2, 7, 6, 5, 4, 3, 2, 1];
      const sum = [...e.cvr].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
      expect(e.cvr).toMatch(/^[1-9]\d{7}$/);
      expect(sum % 11).toBe(0);
    }
    // One worked by hand: 31415926 → 6+7+24+5+20+27+4+6 = 99 = 9 × 11.
    expect(employers.map((e) => e.cvr)).toContain('31415926');
  });

  it('refuses to run twice on the same database', async () => {
    const database = await demoDb(5, 10);
    await expect(
      generateDemo(database.db, { ...DEMO_DEFAULTS, citizens: 10, asOf: '2026-11-24' }),
    ).rejects.toThrow(/already holds citizens/);
  });
});
