/**
 * Case-work tables for the API (issue 4): login sessions and login throttling,
 * employers and placements (for the forholdstal check), rehabilitation-team
 * meetings with their agenda, management reviews (ledelsestilsyn) with their
 * sampled cases and answers, and the record of every use of a trial exemption.
 *
 * `case_events` stays append-only: offers, certificates and rehab decisions are
 * events there; the tables below only index or organise them.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie token: a copy of the table does not let anyone log in.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    // Lower-cased username (also for names that do not exist, so probing is throttled too).
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_failure_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('employers')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cvr', 'text', (c) => c.notNull().check(sql`cvr ~ '^[0-9]{8}$'`))
    .addColumn('ordinary_headcount', 'integer', (c) =>
      c.notNull().check(sql`ordinary_headcount >= 0`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('employers_municipality_cvr_unique', ['municipality_code', 'cvr'])
    .execute();

  await db.schema
    .createTable('placements')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('employer_id', 'integer', (c) => c.notNull().references('employers.id'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('case_events.id'))
    /** virksomhedspraktik | loentilskud | … */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('hours_per_week', 'real')
    .addColumn('counts_toward_ratio', 'boolean', (c) => c.notNull())
    .addCheckConstraint('placements_dates', sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('placements_employer_idx')
    .on('placements')
    .columns(['employer_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('rehab_meetings')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('meeting_date', 'date', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('rehab_meeting_cases')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('rehab_meetings.id'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position between 1 and 10`))
    /** indstilling */
    .addColumn('recommendation', 'text')
    /** afgørelse */
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    /** The `rehab-team-meeting` case event written when the case was first dealt with. */
    .addColumn('event_id', 'integer', (c) => c.references('case_events.id'))
    .addPrimaryKeyConstraint('rehab_meeting_cases_pk', ['meeting_id', 'citizen_id'])
    .addUniqueConstraint('rehab_meeting_cases_position_unique', ['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('per_caseworker', 'integer', (c) => c.notNull().check(sql`per_caseworker > 0`))
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('reviews_period', sql`period_end >= period_start`)
    .execute();
  await db.schema
    .createTable('review_cases')
    .addColumn('review_id', 'integer', (c) => c.notNull().references('reviews.id'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('caseworker_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('answered_at', 'timestamptz')
    .addPrimaryKeyConstraint('review_cases_pk', ['review_id', 'citizen_id'])
    .execute();

  await db.schema
    .createTable('trial_exemption_uses')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id'))
    .addColumn('trial_id', 'text', (c) => c.notNull())
    /** The case event that used the exemption (an offer, an interview, …). */
    .addColumn('event_id', 'integer', (c) => c.notNull().references('case_events.id'))
    /** The journal note documenting the use. */
    .addColumn('journal_event_id', 'integer', (c) => c.references('case_events.id'))
    .addColumn('documentation', 'text', (c) => c.notNull())
    .addColumn('used_by', 'integer', (c) => c.references('users.id'))
    .addColumn('used_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('trial_exemption_uses_citizen_idx')
    .on('trial_exemption_uses')
    .column('citizen_id')
    .execute();
  await sql`
    create trigger trial_exemption_uses_append_only
    before update or delete on trial_exemption_uses
    for each row execute function jobcenter_forbid_change()`.execute(db);

  await db.schema
    .createIndex('citizens_caseworker_idx')
    .on('citizens')
    .columns(['caseworker_id'])
    .execute();
  await db.schema
    .createIndex('audit_log_citizen_idx')
    .on('audit_log')
    .column('citizen_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_citizen_idx').execute();
  await db.schema.dropIndex('citizens_caseworker_idx').execute();
  for (const table of [
    'trial_exemption_uses',
    'review_cases',
    'reviews',
    'rehab_meeting_cases',
    'rehab_meetings',
    'placements',
    'employers',
    'login_throttle',
    'sessions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
