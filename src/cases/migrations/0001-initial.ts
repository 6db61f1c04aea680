/**
 * Initial schema: reference tables, users, citizens, benefit spells, the
 * append-only case event log, trial exemptions, the hash-chained audit log.
 *
 * Runs unchanged on PGlite and PostgreSQL. Kysely runs the pending migrations inside
 * one transaction on both (PostgreSQL has transactional DDL), so a migration that
 * fails halfway leaves the database as it was.
 */
import { type Kysely, sql } from 'kysely';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import { ROLES } from '../schema.ts';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[0-9]{3}$'`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('region_code', 'text', (c) =>
      c.notNull().check(sql`region_code in ('1081', '1082', '1083', '1084', '1085')`),
    )
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('teams_municipality_name_unique', ['municipality_code', 'name'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql.raw(`role in (${quoted(ROLES)})`)))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('citizens')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('cpr', 'text', (c) => c.notNull().unique().check(sql`cpr ~ '^[0-9]{10}$'`))
    .addColumn('cpr_pseudonym', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date', (c) => c.notNull())
    .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
    .addColumn('caseworker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('citizens_municipality_idx')
    .on('citizens')
    .columns(['municipality_code', 'team_id'])
    .execute();

  await db.schema
    .createTable('benefit_spells')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('benefit', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text', (c) =>
      c.notNull().check(sql.raw(`target_group in (${quoted(TARGET_GROUP_CODES)})`)),
    )
    .addColumn('sub_groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('transferred_from_id', 'integer', (c) => c.references('benefit_spells.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('benefit_spells_dates', sql`end_date is null or end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('benefit_spells_citizen_idx')
    .on('benefit_spells')
    .column('citizen_id')
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('trial_id', 'text')
    .execute();
  await db.schema
    .createIndex('case_events_citizen_idx')
    .on('case_events')
    .columns(['citizen_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('trial_exemptions')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('trial_id', 'text', (c) => c.notNull())
    .addColumn('target_groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('variant', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('enabled_by', 'integer', (c) => c.references('users.id'))
    .addColumn('enabled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .addCheckConstraint('trial_exemptions_dates', sql`end_date is null or end_date >= start_date`)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('citizen_id', 'integer', (c) => c.references('citizens.id'))
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('reason', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // The event log and the audit log are append-only: corrections are new
  // events, never edits. Enforced in the database so that no code path can
  // bypass it (OpenCRVS-style action log).
  await sql`
    create function jobcenter_forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception 'table % is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'P0001';
    end;
    $$`.execute(db);
  for (const table of ['case_events', 'audit_log']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)}
      before update or delete on ${sql.table(table)}
      for each row execute function jobcenter_forbid_change()`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'settings',
    'audit_log',
    'trial_exemptions',
    'case_events',
    'benefit_spells',
    'citizens',
    'users',
    'teams',
    'municipalities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function jobcenter_forbid_change()`.execute(db);
}
