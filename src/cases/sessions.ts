/**
 * Login sessions and the failed-login throttle. The sessions table keeps
 * only the SHA-256 of each token (src/server/services/sessions.ts).
 */
import { type Kysely, sql } from 'kysely';
import { announceChange } from './changes.ts';
import type { Database } from './schema.ts';

/** The active user of an unexpired session, with municipality and team names. */
export async function sessionUserRow(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('municipalities as m', 'm.code', 'u.municipality_code')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.municipality_code',
      'm.name as municipality_name',
      'u.team_id',
      't.name as team_name',
      's.expires_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

/** Starts a session; the user's expired sessions are cleared at the same time. */
export async function createSession(
  db: Kysely<Database>,
  s: { tokenHash: string; userId: number; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, user_id: s.userId, expires_at: s.expiresAt })
    .execute();
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', s.userId)
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute();
}

/** Ends a session and announces it, so other server processes drop it from their caches. */
export async function endSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    await announceChange(trx, { kind: 'session', tokenHash });
  });
}

export async function throttleState(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('login_throttle')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function clearThrottle(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}

/**
 * Counts a failed login; from the `maxFailures`th on, locks the username (or
 * the `@address …` key of a client address) for `baseLockMs`, doubling with
 * each further failure up to `maxLockMs`. With `forgetAfterMs`, a failure
 * that long after the previous one starts the count afresh (an office behind
 * one address must not lock itself out over a day of typos).
 */
export async function recordLoginFailure(
  db: Kysely<Database>,
  username: string,
  t: { maxFailures: number; baseLockMs: number; maxLockMs: number; forgetAfterMs?: number },
): Promise<void> {
  const now = new Date();
  const forgetBefore =
    t.forgetAfterMs === undefined ? null : new Date(now.getTime() - t.forgetAfterMs);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('login_throttle')
      .values({ username, failures: 1, last_failure_at: now })
      .onConflict((oc) =>
        oc.column('username').doUpdateSet({
          failures:
            forgetBefore === null
              ? sql`login_throttle.failures + 1`
              : sql`case when login_throttle.last_failure_at < ${forgetBefore} then 1 else login_throttle.failures + 1 end`,
          last_failure_at: now,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (row.failures >= t.maxFailures) {
      const lockMs = Math.min(t.maxLockMs, t.baseLockMs * 2 ** (row.failures - t.maxFailures));
      await trx
        .updateTable('login_throttle')
        .set({ locked_until: new Date(Date.now() + lockMs) })
        .where('username', '=', username)
        .execute();
    }
  });
}
