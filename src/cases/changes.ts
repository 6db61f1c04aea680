/**
 * Changes announced to every server process using the same database, so
 * that several processes behind a load balancer keep their caches exact
 * (docs/scale-out.md). A write announces its change inside its transaction
 * (`pg_notify`, delivered only if it commits); each server process listens
 * (`src/server/changes.ts`) and drops what the change makes stale.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

export const CHANGE_CHANNEL = 'jobcenter_changes';

export type Change =
  /**
   * Cases of the municipality changed (`citizenIds`), or, without them,
   * something every worklist of the municipality reads (a trial exemption).
   */
  | { kind: 'worklists'; municipality: string; citizenIds?: number[] }
  /** A session ended (logout): the SHA-256 of its token, as the sessions table stores it. */
  | { kind: 'session'; tokenHash: string };

/** Announces a change; inside a transaction it is sent when (and only if) that commits. */
export async function announceChange(
  db: Kysely<Database> | Transaction<Database>,
  change: Change,
): Promise<void> {
  await sql`select pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(change)})`.execute(db);
}

/** Reads a notification's payload; anything else on the channel is ignored. */
export function parseChange(payload: string): Change | null {
  try {
    const c = JSON.parse(payload) as Partial<Record<string, unknown>>;
    if (c.kind === 'worklists' && typeof c.municipality === 'string') {
      const ids = c.citizenIds;
      if (Array.isArray(ids) && ids.every((id) => Number.isInteger(id))) {
        return { kind: 'worklists', municipality: c.municipality, citizenIds: ids as number[] };
      }
      return { kind: 'worklists', municipality: c.municipality };
    }
    if (c.kind === 'session' && typeof c.tokenHash === 'string') {
      return { kind: 'session', tokenHash: c.tokenHash };
    }
  } catch {
    // not ours
  }
  return null;
}
