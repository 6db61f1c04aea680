/**
 * Reads and writes of citizens' cases for the case-work API (src/server/citizens):
 * the list, the case view's parts, spells and trial exemption uses. Writes run
 * inside `changeCase` (write.ts), which owns the version check, the audit entry
 * and the change announcement.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface CitizenRow {
  id: number;
  municipality_code: string;
  team_id: number | null;
  caseworker_id: number | null;
  name: string;
  cpr: string;
  cpr_pseudonym: string;
  birth_date: string;
  version: number;
}

export async function findCitizen(db: Db, citizenId: number): Promise<CitizenRow | undefined> {
  return db
    .selectFrom('citizens')
    .select([
      'id',
      'municipality_code',
      'team_id',
      'caseworker_id',
      'name',
      'cpr',
      'cpr_pseudonym',
      'birth_date',
      'version',
    ])
    .where('id', '=', citizenId)
    .executeTakeFirst();
}

/** Citizens by id with their municipality (agenda and sample checks). */
export async function citizenMunicipalities(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('citizens')
    .select(['id', 'municipality_code'])
    .where('id', 'in', [...ids])
    .execute();
}

export interface CitizenSearch {
  municipalityCode: string;
  teamId?: number | undefined;
  caseworkerId?: number | undefined;
  /** How to match the search term: CPR prefix, name substring, or pseudonym prefix. */
  term?: { by: 'cpr' | 'name' | 'pseudonym'; value: string } | undefined;
  limit: number;
  offset: number;
}

/** One page of a municipality's citizens by name, with the total and each one's latest spell. */
export async function searchCitizens(db: Db, s: CitizenSearch) {
  let base = db.selectFrom('citizens as c').where('c.municipality_code', '=', s.municipalityCode);
  if (s.teamId) base = base.where('c.team_id', '=', s.teamId);
  if (s.caseworkerId !== undefined) base = base.where('c.caseworker_id', '=', s.caseworkerId);
  if (s.term?.by === 'pseudonym') {
    base = base.where('c.cpr_pseudonym', 'like', `${s.term.value.toLowerCase()}%`);
  } else if (s.term?.by === 'cpr') {
    base = base.where('c.cpr', 'like', `${s.term.value}%`);
  } else if (s.term?.by === 'name') {
    base = base.where('c.name', 'ilike', `%${s.term.value.replace(/[%_\\]/g, '\\$&')}%`);
  }
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('teams as t', 't.id', 'c.team_id')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id')
    .select([
      'c.id',
      'c.name',
      'c.cpr',
      'c.cpr_pseudonym',
      'c.version',
      't.name as team_name',
      'u.display_name as caseworker_name',
      sql<
        string | null
      >`(select s.benefit from benefit_spells s where s.citizen_id = c.id order by s.start_date desc, s.id desc limit 1)`.as(
        'benefit',
      ),
      sql<
        string | null
      >`(select s.target_group from benefit_spells s where s.citizen_id = c.id order by s.start_date desc, s.id desc limit 1)`.as(
        'target_group',
      ),
    ])
    .orderBy('c.name')
    .orderBy('c.id')
    .limit(s.limit)
    .offset(s.offset)
    .execute();
  return { total: Number(total), rows };
}

export interface EventRow {
  id: number;
  type: string;
  occurred_on: string;
  recorded_at: Date;
  recorded_by: number | null;
  recorded_by_name: string | null;
  payload: unknown;
  trial_id: string | null;
}

function eventsQuery(db: Db) {
  return db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.recorded_by')
    .select([
      'e.id',
      'e.type',
      'e.occurred_on',
      'e.recorded_at',
      'e.recorded_by',
      'u.display_name as recorded_by_name',
      'e.payload',
      'e.trial_id',
    ]);
}

export async function eventById(db: Db, eventId: number): Promise<EventRow> {
  return eventsQuery(db).where('e.id', '=', eventId).executeTakeFirstOrThrow();
}

/** What the case view shows besides the engine's evaluation. */
export async function caseRecords(db: Db, citizen: CitizenRow) {
  const [team, caseworker, spells, events, uses] = await Promise.all([
    citizen.team_id
      ? db.selectFrom('teams').select('name').where('id', '=', citizen.team_id).executeTakeFirst()
      : undefined,
    citizen.caseworker_id
      ? db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', citizen.caseworker_id)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('benefit_spells')
      .selectAll()
      .where('citizen_id', '=', citizen.id)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    eventsQuery(db)
      .where('e.citizen_id', '=', citizen.id)
      .orderBy('e.occurred_on')
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('trial_exemption_uses')
      .selectAll()
      .where('citizen_id', '=', citizen.id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    teamName: team?.name ?? null,
    caseworkerName: caseworker?.display_name ?? null,
    spells,
    events,
    uses,
  };
}

/** A spell of the citizen, or undefined. */
export async function findSpell(db: Db, citizenId: number, spellId: number) {
  return db
    .selectFrom('benefit_spells')
    .selectAll()
    .where('id', '=', spellId)
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
}

export async function spellById(db: Db, spellId: number) {
  return db
    .selectFrom('benefit_spells')
    .selectAll()
    .where('id', '=', spellId)
    .executeTakeFirstOrThrow();
}

/** Sets (or clears) a spell's end date. */
export async function setSpellEnd(
  trx: Transaction<Database>,
  spellId: number,
  end: string | null,
): Promise<void> {
  await trx
    .updateTable('benefit_spells')
    .set({ end_date: end })
    .where('id', '=', spellId)
    .execute();
}

/** Closes a spell the day before `date` (a transfer to a new spell). */
export async function closeSpellBefore(
  trx: Transaction<Database>,
  spellId: number,
  date: string,
): Promise<void> {
  await trx
    .updateTable('benefit_spells')
    .set({ end_date: sql`${date}::date - 1` })
    .where('id', '=', spellId)
    .execute();
}

/** The citizen's target group on a date (from the spell running then). */
export async function targetGroupOn(
  db: Db,
  citizenId: number,
  date: string,
): Promise<string | null> {
  const spell = await db
    .selectFrom('benefit_spells')
    .select('target_group')
    .where('citizen_id', '=', citizenId)
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]))
    .orderBy('start_date', 'desc')
    .executeTakeFirst();
  return spell?.target_group ?? null;
}

/** Trials enabled for a municipality on a date. */
export async function enabledTrialOn(
  db: Db,
  municipalityCode: string,
  trialId: string,
  date: string,
): Promise<{ id: number; target_groups: string[] } | undefined> {
  return db
    .selectFrom('trial_exemptions')
    .select(['id', 'target_groups'])
    .where('municipality_code', '=', municipalityCode)
    .where('trial_id', '=', trialId)
    .where('disabled_at', 'is', null)
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]))
    .executeTakeFirst();
}

export interface NewTrialUse {
  municipalityCode: string;
  citizenId: number;
  trialId: string;
  eventId: number;
  journalEventId: number;
  documentation: string;
  usedBy: number;
}

export async function insertTrialUse(trx: Transaction<Database>, u: NewTrialUse): Promise<number> {
  const row = await trx
    .insertInto('trial_exemption_uses')
    .values({
      municipality_code: u.municipalityCode,
      citizen_id: u.citizenId,
      trial_id: u.trialId,
      event_id: u.eventId,
      journal_event_id: u.journalEventId,
      documentation: u.documentation,
      used_by: u.usedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The citizens a worklist covers: a caseworker's or a team's, with the caseworkers' names. */
export async function worklistCitizens(
  db: Db,
  s: { municipalityCode: string; scope: 'mine' | 'team'; caseworkerId?: number; teamId?: number },
) {
  let query = db
    .selectFrom('citizens as c')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id')
    .select(['c.id', 'c.name', 'c.caseworker_id', 'u.display_name as caseworker_name'])
    .where('c.municipality_code', '=', s.municipalityCode);
  if (s.scope === 'mine') query = query.where('c.caseworker_id', '=', s.caseworkerId ?? -1);
  else query = query.where('c.team_id', '=', s.teamId ?? -1);
  return query.orderBy('c.id').execute();
}

/** The worklist's view of some citizens of a municipality (the projection re-reads changed ones). */
export async function worklistCitizensById(
  db: Db,
  municipalityCode: string,
  ids: readonly number[],
) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('citizens as c')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id')
    .select(['c.id', 'c.name', 'c.caseworker_id', 'c.team_id', 'u.display_name as cw_name'])
    .where('c.municipality_code', '=', municipalityCode)
    .where('c.id', 'in', ids)
    .execute();
}
