/**
 * Sessions: random 256-bit tokens whose SHA-256 the database keeps (a copy of
 * the sessions table does not let anyone in), and a short cache of sessions
 * recently confirmed by the database.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../cases/schema.ts';
import { sessionUserRow } from '../../cases/sessions.ts';
import type { SessionUser } from '../access.ts';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sessions recently confirmed by the database, by token hash. A logout in this
 * process removes its entry at once; a logout or deactivation through another
 * process reaches this one within `sessionCacheMs` (default 10 s).
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser; until: number }>();
  constructor(private readonly ttlMs: number) {}
  get(hash: string): SessionUser | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (e.until <= Date.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return e.user;
  }
  set(hash: string, user: SessionUser, sessionExpires: number): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(hash, { user, until: Math.min(Date.now() + this.ttlMs, sessionExpires) });
  }
  delete(hash: string): void {
    this.entries.delete(hash);
  }
  /** Drops every cached session (notifications from other processes may have been missed). */
  clear(): void {
    this.entries.clear();
  }
  /** Drops every cached session of a user (password change, deactivation). */
  forgetUser(userId: number): void {
    for (const [k, e] of this.entries) if (e.user.id === userId) this.entries.delete(k);
  }
}

/** The logged-in user of a session token, from the cache or the database; null when none. */
export async function findSessionUser(
  db: Kysely<Database>,
  sessions: SessionCache,
  token: string | undefined,
): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const hash = tokenHash(token);
  const cached = sessions.get(hash);
  if (cached) return cached;
  const row = await sessionUserRow(db, hash);
  if (!row) return null;
  const user: SessionUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    teamId: row.team_id,
    teamName: row.team_name,
  };
  sessions.set(hash, user, row.expires_at.getTime());
  return user;
}
