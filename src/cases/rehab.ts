/**
 * Rehabilitation-team meetings (rehabiliteringsteam): agendas of cases, the
 * team's recommendation (indstilling) and the decision (afgørelse) per case.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function meetingIds(
  db: Db,
  municipalityCode: string,
  from: string | undefined,
  to: string | undefined,
): Promise<number[]> {
  let q = db
    .selectFrom('rehab_meetings')
    .select('id')
    .where('municipality_code', '=', municipalityCode);
  if (from) q = q.where('meeting_date', '>=', from);
  if (to) q = q.where('meeting_date', '<=', to);
  return (await q.execute()).map((r) => r.id);
}

/** Meetings (newest first) and their agenda rows with the citizens' names and versions. */
export async function meetingsWithCases(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return { meetings: [], cases: [] };
  const meetings = await db
    .selectFrom('rehab_meetings')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('meeting_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const cases = await db
    .selectFrom('rehab_meeting_cases as r')
    .innerJoin('citizens as c', 'c.id', 'r.citizen_id')
    .leftJoin('users as u', 'u.id', 'c.caseworker_id')
    .select([
      'r.meeting_id',
      'r.citizen_id',
      'r.position',
      'r.recommendation',
      'r.decision',
      'r.decided_at',
      'r.event_id',
      'c.name',
      'c.cpr_pseudonym',
      'c.team_id',
      'c.version',
      'u.display_name as caseworker_name',
    ])
    .where('r.meeting_id', 'in', [...ids])
    .orderBy('r.position')
    .execute();
  return { meetings, cases };
}

/** Creates a meeting with its agenda in the given order; returns its id. */
export async function insertMeeting(
  db: Kysely<Database>,
  m: { municipalityCode: string; date: string; createdBy: number; citizenIds: readonly number[] },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('rehab_meetings')
      .values({
        municipality_code: m.municipalityCode,
        meeting_date: m.date,
        created_by: m.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('rehab_meeting_cases')
      .values(
        m.citizenIds.map((citizenId, i) => ({
          meeting_id: row.id,
          citizen_id: citizenId,
          position: i + 1,
        })),
      )
      .execute();
    return row.id;
  });
}

export async function findMeeting(db: Db, id: number) {
  return db.selectFrom('rehab_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAgendaItem(db: Db, meetingId: number, citizenId: number) {
  return db
    .selectFrom('rehab_meeting_cases')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
}

export async function recordAgendaDecision(
  trx: Transaction<Database>,
  d: {
    meetingId: number;
    citizenId: number;
    recommendation: string | null;
    decision: string | null;
    decidedBy: number;
    eventId: number;
  },
): Promise<void> {
  await trx
    .updateTable('rehab_meeting_cases')
    .set({
      recommendation: d.recommendation,
      decision: d.decision,
      decided_by: d.decidedBy,
      decided_at: new Date(),
      event_id: d.eventId,
    })
    .where('meeting_id', '=', d.meetingId)
    .where('citizen_id', '=', d.citizenId)
    .execute();
}
