import { createHmac } from 'node:crypto';
import { type Kysely, type Migration, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/cases/audit.ts';
import type { CaseDatabase } from '../../src/cases/db.ts';
import { MigrationError, migrateToLatest } from '../../src/cases/migrate.ts';
import { MIGRATIONS } from '../../src/cases/migrations/index.ts';
import type { Database } from '../../src/cases/schema.ts';
import {
  addSpell,
  appendEvents,
  countAll,
  createCitizen,
  createTeam,
  createUser,
  enableTrial,
  loadCaseFile,
  pseudonymKey,
  StoreError,
  seedMunicipalities,
} from '../../src/cases/store.ts';
import { CaseFileSchema } from '../../src/rules/case-format.ts';
import { evaluate } from '../../src/rules/engine.ts';
import { describeEachEngine } from '../support/engines.ts';

const KEY = 'test-key';

describeEachEngine('case store', (engine) => {
  let database: CaseDatabase;
  let db: Kysely<Database>;
  beforeEach(async () => {
    database = await engine.open();
    db = database.db;
  });
  afterEach(async () => {
    await database.close();
  });

  async function tableNames(): Promise<string[]> {
    const r = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
      db,
    );
    return r.rows.map((x) => x.table_name);
  }

  it('applies the migration set and is idempotent', async () => {
    const first = await migrateToLatest(db);
    expect(first.applied).toEqual(['0001-initial', '0002-casework', '0003-spell-flags']);
    expect(await tableNames()).toEqual([
      'audit_log',
      'benefit_spells',
      'case_events',
      'citizens',
      'employers',
      'kysely_migration',
      'kysely_migration_lock',
      'login_throttle',
      'municipalities',
      'placements',
      'rehab_meeting_cases',
      'rehab_meetings',
      'review_cases',
      'reviews',
      'sessions',
      'settings',
      'teams',
      'trial_exemption_uses',
      'trial_exemptions',
      'users',
    ]);
    const second = await migrateToLatest(db);
    expect(second.applied).toEqual([]);
  });

  it('leaves a fresh database untouched when a migration fails halfway', async () => {
    const broken: Migration = {
      async up(trx) {
        await trx.schema.createTable('half_done').addColumn('id', 'integer').execute();
        throw new Error('boom in the middle');
      },
    };
    await expect(migrateToLatest(db, { ...MIGRATIONS, '0099-broken': broken })).rejects.toThrow(
      /migration 0099-broken failed: boom in the middle/,
    );
    const tables = await tableNames();
    expect(tables).not.toContain('half_done');
    expect(tables).not.toContain('citizens'); // 0001 ran in the same transaction and was rolled back
  });

  it('leaves a migrated database as it was when a later migration fails', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    const broken: Migration = {
      async up(trx) {
        await trx.schema.alterTable('citizens').addColumn('nickname', 'text').execute();
        await sql`select 1/0`.execute(trx);
      },
    };
    await expect(migrateToLatest(db, { ...MIGRATIONS, '0099-broken': broken })).rejects.toThrow(
      MigrationError,
    );
    const cols = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'citizens'`.execute(db);
    expect(cols.rows.map((c) => c.column_name)).not.toContain('nickname');
    const executed = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    expect(executed.rows.map((r) => r.name)).toEqual([
      '0001-initial',
      '0002-casework',
      '0003-spell-flags',
    ]);
    expect((await countAll(db)).municipalities).toBe(98);
  });

  it('stores citizens with a keyed CPR pseudonym and the birth date read from the CPR', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    const id = await createCitizen(
      db,
      { municipalityCode: '860', cpr: '010170-1234', name: 'Test Person' },
      KEY,
    );
    const row = await db
      .selectFrom('citizens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.cpr).toBe('0101701234');
    expect(row.birth_date).toBe('1970-01-01');
    expect(row.cpr_pseudonym).toBe(
      createHmac('sha256', KEY).update('0101701234').digest('hex').slice(0, 32),
    );
  });

  it('rejects bad input naming the field and stores nothing', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    await expect(
      createCitizen(db, { municipalityCode: '860', cpr: '3002701234', name: 'X' }, KEY),
    ).rejects.toMatchObject({ name: 'StoreError', field: 'cpr' });
    await expect(
      createCitizen(db, { municipalityCode: '999', cpr: '0101701234', name: 'X' }, KEY),
    ).rejects.toMatchObject({ field: 'municipalityCode' });
    await expect(
      createCitizen(db, { municipalityCode: '860', cpr: '0101701234', name: '  ' }, KEY),
    ).rejects.toBeInstanceOf(StoreError);
    expect((await countAll(db)).citizens).toBe(0);

    const citizenId = await createCitizen(
      db,
      { municipalityCode: '860', cpr: '0101701234', name: 'A' },
      KEY,
    );
    const spell = { citizenId, benefit: 'a-dagpenge', targetGroup: '6.1', start: '2020-01-06' };
    await expect(addSpell(db, { ...spell, benefit: 'dagpenge' })).rejects.toMatchObject({
      field: 'benefit',
    });
    // Sygedagpenge recipients are LAB § 6 nr. 6, never nr. 1.
    await expect(addSpell(db, { ...spell, benefit: 'sygedagpenge' })).rejects.toMatchObject({
      field: 'targetGroup',
    });
    await expect(addSpell(db, { ...spell, end: '2020-01-05' })).rejects.toMatchObject({
      field: 'end',
    });
    expect((await countAll(db)).benefitSpells).toBe(0);
    await addSpell(db, spell);
    expect((await countAll(db)).benefitSpells).toBe(1);
  });

  it('keeps the case event log and the audit log append-only', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    const citizenId = await createCitizen(
      db,
      { municipalityCode: '860', cpr: '0101701234', name: 'A' },
      KEY,
    );
    await appendEvents(db, [
      { citizenId, type: 'job-interview', date: '2020-02-03', payload: { form: 'phone' } },
    ]);
    await expect(db.updateTable('case_events').set({ type: 'plan' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('case_events').execute()).rejects.toThrow(/append-only/);
    await appendAudit(db, { userId: null, action: 'test' });
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect((await countAll(db)).caseEvents).toBe(1);
  });

  it('projects a stored case into the rules interchange format without CPR or name', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    const teamId = await createTeam(db, { municipalityCode: '860', name: 'Jobklar' });
    const userId = await createUser(db, {
      municipalityCode: '860',
      username: 'u',
      displayName: 'U',
      role: 'caseworker',
      teamId,
      passwordHash: 'x',
    });
    const citizenId = await createCitizen(
      db,
      {
        municipalityCode: '860',
        cpr: '0101701234',
        name: 'Secret Name',
        teamId,
        caseworkerId: userId,
      },
      KEY,
    );
    const sick = await addSpell(db, {
      citizenId,
      benefit: 'sygedagpenge',
      targetGroup: '6.6',
      start: '2019-06-03',
      end: '2019-11-03',
    });
    await addSpell(db, {
      citizenId,
      benefit: 'jobafklaring',
      targetGroup: '6.7',
      start: '2019-11-04',
      transferredFromId: sick,
    });
    await appendEvents(db, [
      {
        citizenId,
        type: 'rehab-team-meeting',
        date: '2019-11-28',
        recordedBy: userId,
        payload: { details: { recommendation: 'jafplan' } },
      },
      {
        citizenId,
        type: 'follow-up-interview',
        date: '2019-06-20',
        recordedBy: userId,
        payload: { form: 'in-person', contentItems: ['health-situation'], resetsClock: true },
      },
    ]);
    await enableTrial(db, {
      municipalityCode: '860',
      trialId: 'some-trial',
      targetGroups: ['6.7'],
      start: '2017-07-01',
      end: '2021-12-31',
    });
    const file = await loadCaseFile(db, citizenId);
    expect(CaseFileSchema.parse(file)).toEqual(file);
    expect(file.municipality).toBe('860');
    expect(file.citizen.birthDate).toBe('1970-01-01');
    expect(file.spells.map((s) => [s.targetGroup, s.start, s.end ?? null])).toEqual([
      ['6.6', '2019-06-03', '2019-11-03'],
      ['6.7', '2019-11-04', null],
    ]);
    expect(file.spells[1]!.transferredFrom).toBe(file.spells[0]!.id);
    expect(file.events.map((e) => [e.type, e.date])).toEqual([
      ['follow-up-interview', '2019-06-20'],
      ['rehab-team-meeting', '2019-11-28'],
    ]);
    expect(file.events[0]).toMatchObject({
      form: 'in-person',
      contentItems: ['health-situation'],
      resetsClock: true,
    });
    expect(file.trials).toEqual([
      { trialId: 'some-trial', start: '2017-07-01', end: '2021-12-31', targetGroups: ['6.7'] },
    ]);
    const text = JSON.stringify(file);
    expect(text).not.toContain('0101701234');
    expect(text).not.toContain('Secret Name');
  });

  it('keeps spell flags, so the rules that read them apply to a stored case', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    const citizenId = await createCitizen(
      db,
      { municipalityCode: '860', cpr: '0101701234', name: 'N' },
      KEY,
    );
    // Sick leave from 2 March 2026, expected to last over 8 weeks (category 2): the first
    // follow-up is due by the end of week 8 (sygedagpengeloven § 13 b, stk. 1).
    await addSpell(db, {
      citizenId,
      benefit: 'sygedagpenge',
      targetGroup: '6.6',
      start: '2026-03-02',
      flags: ['expected-over-8-weeks', 'expected-over-8-weeks'],
    });
    const file = await loadCaseFile(db, citizenId);
    expect(file.spells[0]!.flags).toEqual(['expected-over-8-weeks']);
    const due = evaluate(file, '2026-04-01', { trace: false }).obligations.filter(
      (o) => o.ruleId === 'sdp-first-followup-8w',
    );
    expect(due.map((o) => o.dueBy)).toEqual(['2026-04-26']);
    await expect(
      addSpell(db, {
        citizenId,
        benefit: 'sygedagpenge',
        targetGroup: '6.6',
        start: '2026-06-01',
        flags: ['expected-over-8-weekz'],
      }),
    ).rejects.toMatchObject({ field: 'flags' });
    expect((await loadCaseFile(db, citizenId)).spells).toHaveLength(1);
  });

  it('chains the audit log so that tampering is detected', async () => {
    await migrateToLatest(db);
    await seedMunicipalities(db);
    for (const action of ['citizen.read', 'citizen.update', 'event.append']) {
      await appendAudit(db, {
        userId: null,
        action,
        detail: { b: 2, a: [1, { z: 1, y: 2 }] },
        reason: 'test',
      });
    }
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    // A privileged attacker disables the append-only trigger and edits entry 2.
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await db
      .updateTable('audit_log')
      .set({ action: 'nothing.to.see' })
      .where('id', '=', 2)
      .execute();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, entries: 1 });
  });

  it('generates one pseudonymisation key per installation and keeps it', async () => {
    await migrateToLatest(db);
    const a = await pseudonymKey(db, {});
    const b = await pseudonymKey(db, {});
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(await pseudonymKey(db, { JOBCENTER_PSEUDONYM_KEY: 'shared' })).toBe('shared');
  });
});
