/**
 * The case store: the write and read paths over the case database that the
 * server, the CLI and the demo generator share. Writes to a citizen's case
 * append to the event log; nothing here edits an event.
 */
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { isBenefitCode, isTargetGroupAllowed } from '../reference/benefits.ts';
import { MUNICIPALITIES, municipalityByCode } from '../reference/municipalities.ts';
import { isTargetGroupCode } from '../reference/target-groups.ts';
import type { CaseEvent, CaseFile, EventType } from '../rules/case-format.ts';
import { isSpellFlag } from '../rules/vocabulary.ts';
import { parseCpr, pseudonymiseCpr } from './cpr.ts';
import type { Database, Role } from './schema.ts';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    /** The input field the error is about, for API error bodies. */
    readonly field?: string,
  ) {
    super(message);
  }
}

const PSEUDONYM_KEY_SETTING = 'pseudonym_key';

/** Loads all 98 municipalities (idempotent). */
export async function seedMunicipalities(db: Kysely<Database>): Promise<number> {
  await db
    .insertInto('municipalities')
    .values(MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name, region_code: m.regionCode })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        region_code: eb.ref('excluded.region_code'),
      })),
    )
    .execute();
  return MUNICIPALITIES.length;
}

/**
 * The installation's pseudonymisation key. Taken from JOBCENTER_PSEUDONYM_KEY
 * when set (so several installations can share pseudonyms), otherwise
 * generated once and kept in the settings table.
 */
export async function pseudonymKey(
  db: Kysely<Database>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (env.JOBCENTER_PSEUDONYM_KEY) return env.JOBCENTER_PSEUDONYM_KEY;
  const existing = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', PSEUDONYM_KEY_SETTING)
    .executeTakeFirst();
  if (existing) return existing.value;
  await db
    .insertInto('settings')
    .values({ key: PSEUDONYM_KEY_SETTING, value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', PSEUDONYM_KEY_SETTING)
    .executeTakeFirstOrThrow();
  return stored.value;
}

export interface NewTeam {
  municipalityCode: string;
  name: string;
}

export async function createTeam(db: Kysely<Database>, team: NewTeam): Promise<number> {
  requireMunicipality(team.municipalityCode);
  const row = await db
    .insertInto('teams')
    .values({ municipality_code: team.municipalityCode, name: team.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewUser {
  municipalityCode: string;
  username: string;
  displayName: string;
  role: Role;
  teamId?: number | null;
  passwordHash: string;
}

export async function createUser(db: Kysely<Database>, user: NewUser): Promise<number> {
  requireMunicipality(user.municipalityCode);
  const row = await db
    .insertInto('users')
    .values({
      municipality_code: user.municipalityCode,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      team_id: user.teamId ?? null,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewCitizenInput {
  municipalityCode: string;
  cpr: string;
  name: string;
  teamId?: number | null;
  caseworkerId?: number | null;
}

export async function createCitizen(
  db: Kysely<Database>,
  input: NewCitizenInput,
  key: string,
): Promise<number> {
  requireMunicipality(input.municipalityCode);
  let facts: ReturnType<typeof parseCpr>;
  try {
    facts = parseCpr(input.cpr);
  } catch (error) {
    throw new StoreError((error as Error).message, 'cpr');
  }
  if (!input.name.trim()) throw new StoreError('name must not be empty', 'name');
  const row = await db
    .insertInto('citizens')
    .values({
      municipality_code: input.municipalityCode,
      cpr: facts.digits,
      cpr_pseudonym: pseudonymiseCpr(facts.digits, key),
      name: input.name.trim(),
      birth_date: facts.birthDate,
      team_id: input.teamId ?? null,
      caseworker_id: input.caseworkerId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewSpell {
  citizenId: number;
  benefit: string;
  targetGroup: string;
  subGroups?: string[];
  /** Facts about the spell the rules read (SPELL_FLAGS). */
  flags?: string[];
  start: string;
  end?: string | null;
  transferredFromId?: number | null;
  createdBy?: number | null;
}

export async function addSpell(db: Kysely<Database>, spell: NewSpell): Promise<number> {
  if (spell.end && spell.end < spell.start) {
    throw new StoreError('end must not be before start', 'end');
  }
  if (!isBenefitCode(spell.benefit)) {
    throw new StoreError(
      `unknown benefit code "${spell.benefit}" (see src/reference/benefits.ts)`,
      'benefit',
    );
  }
  const unknownFlag = spell.flags?.find((f) => !isSpellFlag(f));
  if (unknownFlag !== undefined) {
    throw new StoreError(
      `unknown spell flag "${unknownFlag}" (see SPELL_FLAGS in src/rules/vocabulary.ts)`,
      'flags',
    );
  }
  if (spell.targetGroup !== null && spell.targetGroup !== undefined) {
    if (!isTargetGroupCode(spell.targetGroup)) {
      throw new StoreError(`unknown target group "${spell.targetGroup}"`, 'targetGroup');
    }
    if (!isTargetGroupAllowed(spell.benefit, spell.targetGroup)) {
      throw new StoreError(
        `target group ${spell.targetGroup} does not apply to benefit ${spell.benefit}`,
        'targetGroup',
      );
    }
  }
  const row = await db
    .insertInto('benefit_spells')
    .values({
      citizen_id: spell.citizenId,
      benefit: spell.benefit,
      target_group: spell.targetGroup,
      sub_groups: spell.subGroups ?? [],
      flags: [...new Set(spell.flags ?? [])],
      start_date: spell.start,
      end_date: spell.end ?? null,
      transferred_from_id: spell.transferredFromId ?? null,
      created_by: spell.createdBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewEvent {
  citizenId: number;
  type: EventType;
  date: string;
  recordedBy?: number | null;
  trialId?: string | null;
  /** The event's remaining case-format fields (form, conductedBy, contentItems, resetsClock, details). */
  payload?: Omit<CaseEvent, 'id' | 'type' | 'date' | 'trialId'>;
}

/**
 * Appends events to the case event log and returns their ids in order. A write
 * to a case runs this inside `changeCase` (src/cases/write.ts), which checks and
 * bumps the case version, audits and announces the change in the same transaction.
 */
export async function appendEvents(db: Kysely<Database>, events: NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insertInto('case_events')
    .values(
      events.map((e) => ({
        citizen_id: e.citizenId,
        type: e.type,
        occurred_on: e.date,
        recorded_by: e.recordedBy ?? null,
        trial_id: e.trialId ?? null,
        payload: JSON.stringify(e.payload ?? {}),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface NewTrialExemption {
  municipalityCode: string;
  trialId: string;
  targetGroups?: string[];
  start: string;
  end?: string | null;
  variant?: Record<string, unknown>;
  enabledBy?: number | null;
}

export async function enableTrial(db: Kysely<Database>, t: NewTrialExemption): Promise<number> {
  requireMunicipality(t.municipalityCode);
  const row = await db
    .insertInto('trial_exemptions')
    .values({
      municipality_code: t.municipalityCode,
      trial_id: t.trialId,
      target_groups: t.targetGroups ?? [],
      start_date: t.start,
      end_date: t.end ?? null,
      variant: JSON.stringify(t.variant ?? {}),
      enabled_by: t.enabledBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface StoreCounts {
  municipalities: number;
  teams: number;
  users: number;
  citizens: number;
  benefitSpells: number;
  caseEvents: number;
  trialExemptions: number;
  auditEntries: number;
}

export async function countAll(db: Kysely<Database>): Promise<StoreCounts> {
  const result = await sql<Record<string, number>>`
    select
      (select count(*) from municipalities)::int as municipalities,
      (select count(*) from teams)::int as teams,
      (select count(*) from users)::int as users,
      (select count(*) from citizens)::int as citizens,
      (select count(*) from benefit_spells)::int as benefit_spells,
      (select count(*) from case_events)::int as case_events,
      (select count(*) from trial_exemptions where disabled_at is null)::int as trial_exemptions,
      (select count(*) from audit_log)::int as audit_entries`.execute(db);
  const r = result.rows[0]!;
  return {
    municipalities: r.municipalities!,
    teams: r.teams!,
    users: r.users!,
    citizens: r.citizens!,
    benefitSpells: r.benefit_spells!,
    caseEvents: r.case_events!,
    trialExemptions: r.trial_exemptions!,
    auditEntries: r.audit_entries!,
  };
}

/**
 * Projects one citizen's stored case into the interchange format the rules
 * engine evaluates (docs/case-format.md). The citizen is identified by the
 * CPR pseudonym: the projection carries no CPR number and no name.
 */
export async function loadCaseFile(db: Kysely<Database>, citizenId: number): Promise<CaseFile> {
  const files = await loadCaseFiles(db, [citizenId]);
  const file = files.get(citizenId);
  if (!file) throw new StoreError(`no citizen with id ${citizenId}`, 'citizenId');
  return file;
}

/**
 * The case files of many citizens in four queries (citizens, spells, events,
 * the municipalities' trials), for the worklist. Unknown ids are left out.
 */
export async function loadCaseFiles(
  db: Kysely<Database>,
  citizenIds: readonly number[],
): Promise<Map<number, CaseFile>> {
  const out = new Map<number, CaseFile>();
  if (citizenIds.length === 0) return out;
  const ids = [...new Set(citizenIds)];
  const citizens = await db
    .selectFrom('citizens')
    .select(['id', 'municipality_code', 'cpr_pseudonym', 'birth_date'])
    .where('id', 'in', ids)
    .execute();
  if (citizens.length === 0) return out;
  const municipalities = [...new Set(citizens.map((c) => c.municipality_code))];
  const [spells, events, trials] = await Promise.all([
    db
      .selectFrom('benefit_spells')
      .selectAll()
      .where('citizen_id', 'in', ids)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('case_events')
      .selectAll()
      .where('citizen_id', 'in', ids)
      .orderBy('occurred_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('trial_exemptions')
      .selectAll()
      .where('municipality_code', 'in', municipalities)
      .where('disabled_at', 'is', null)
      .orderBy('id')
      .execute(),
  ]);
  const spellsBy = groupBy(spells, (s) => s.citizen_id);
  const eventsBy = groupBy(events, (e) => e.citizen_id);
  const trialsBy = groupBy(trials, (t) => t.municipality_code);
  for (const citizen of citizens) {
    out.set(citizen.id, {
      formatVersion: 1,
      municipality: citizen.municipality_code,
      citizen: { id: citizen.cpr_pseudonym, birthDate: citizen.birth_date },
      spells: (spellsBy.get(citizen.id) ?? []).map((s) => ({
        id: String(s.id),
        benefit: s.benefit as CaseFile['spells'][number]['benefit'],
        targetGroup: s.target_group as CaseFile['spells'][number]['targetGroup'],
        ...(s.sub_groups.length ? { subGroups: s.sub_groups } : {}),
        ...(s.flags.length ? { flags: s.flags } : {}),
        start: s.start_date,
        ...(s.end_date ? { end: s.end_date } : {}),
        ...(s.transferred_from_id ? { transferredFrom: String(s.transferred_from_id) } : {}),
      })),
      events: (eventsBy.get(citizen.id) ?? []).map((e) => ({
        ...(e.payload as object),
        id: String(e.id),
        type: e.type as EventType,
        date: e.occurred_on,
        ...(e.trial_id ? { trialId: e.trial_id } : {}),
      })),
      trials: (trialsBy.get(citizen.municipality_code) ?? []).map((t) => ({
        trialId: t.trial_id,
        start: t.start_date,
        ...(t.end_date ? { end: t.end_date } : {}),
        ...(t.target_groups.length
          ? { targetGroups: t.target_groups as CaseFile['spells'][number]['targetGroup'][] }
          : {}),
        ...(t.variant && Object.keys(t.variant as object).length
          ? { variant: t.variant as Record<string, unknown> }
          : {}),
      })),
    });
  }
  return out;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function requireMunicipality(code: string): void {
  if (!municipalityByCode(code)) {
    throw new StoreError(`unknown kommunekode ${code}`, 'municipalityCode');
  }
}
