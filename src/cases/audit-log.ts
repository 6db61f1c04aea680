/** Reading the audit log of a municipality (the administrator's view). */
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

export interface AuditQuery {
  municipalityCode: string;
  citizenId?: number | undefined;
  userId?: number | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

/** Entries by a user of the municipality or about one of its citizens, newest first. */
export async function listAuditEntries(db: Kysely<Database>, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('citizens as c', 'c.id', 'a.citizen_id')
    .where((eb) =>
      eb.or([
        eb('u.municipality_code', '=', q.municipalityCode),
        eb('c.municipality_code', '=', q.municipalityCode),
      ]),
    );
  if (q.citizenId) {
    const id = q.citizenId;
    query = query.where((eb) =>
      eb.or([
        eb('a.citizen_id', '=', id),
        eb(sql`a.detail -> 'citizenIds'`, '@>', sql`${JSON.stringify([id])}::jsonb`),
      ]),
    );
  }
  if (q.userId) query = query.where('a.user_id', '=', q.userId);
  if (q.action) query = query.where('a.action', '=', q.action);
  return query
    .select([
      'a.id',
      'a.at',
      'a.user_id',
      'u.username',
      'a.action',
      'a.citizen_id',
      'a.detail',
      'a.reason',
      'a.hash',
    ])
    .orderBy('a.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}
