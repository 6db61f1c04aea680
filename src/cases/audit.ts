/**
 * The audit log: who read or changed which citizen's data, when, and why.
 * Append-only (a database trigger rejects UPDATE and DELETE) and chained:
 * each entry's hash covers the previous entry's hash, so editing, deleting
 * or reordering any stored entry breaks verification from that point on.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { canonicalJson } from './canonical-json.ts';
import type { Database } from './schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  userId: number | null;
  action: string;
  citizenId?: number | null;
  detail?: Record<string, unknown>;
  reason?: string | null;
}

interface HashedFields {
  at: Date;
  user_id: number | null;
  action: string;
  citizen_id: number | null;
  detail: unknown;
  reason: string | null;
}

export function auditHash(prevHash: string, row: HashedFields): string {
  const body = canonicalJson({
    at: row.at.toISOString(),
    user_id: row.user_id,
    action: row.action,
    citizen_id: row.citizen_id,
    detail: row.detail,
    reason: row.reason,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
const AUDIT_LOCK_KEY = 0x6a6f6263;

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((trx) => appendAuditEntries(trx, [entry]));
}

/**
 * Appends several entries to the chain. Must run inside a transaction (`trx`):
 * the advisory lock that serialises the chain is held until it commits, so a
 * write and its audit entries commit together or not at all. Appending many
 * entries at once costs one lock, one read of the chain's head and one insert.
 */
export async function appendAuditEntries(
  trx: Transaction<Database>,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  // Millisecond precision so the timestamp reads back exactly as hashed.
  const at = new Date();
  const values = entries.map((entry) => {
    const row: HashedFields = {
      at,
      user_id: entry.userId,
      action: entry.action,
      citizen_id: entry.citizenId ?? null,
      detail: entry.detail ?? {},
      reason: entry.reason ?? null,
    };
    const hash = auditHash(prevHash, row);
    const value = {
      at,
      user_id: row.user_id,
      action: row.action,
      citizen_id: row.citizen_id,
      detail: JSON.stringify(row.detail),
      reason: row.reason,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return value;
  });
  // Identity ids follow the order of the VALUES list, which is the chain order.
  await trx.insertInto('audit_log').values(values).execute();
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** id of the first entry that does not verify. */
  brokenAt?: number;
  problem?: string;
}

export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let entries = 0;
  let afterId = 0;
  const pageSize = 5000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, entries, brokenAt: row.id, problem: 'previous-hash link broken' };
      }
      const expected = auditHash(prevHash, {
        at: row.at,
        user_id: row.user_id,
        action: row.action,
        citizen_id: row.citizen_id,
        detail: row.detail,
        reason: row.reason,
      });
      if (expected !== row.hash) {
        return {
          ok: false,
          entries,
          brokenAt: row.id,
          problem: 'entry content does not match its hash',
        };
      }
      prevHash = row.hash;
      entries += 1;
      afterId = row.id;
    }
    if (rows.length < pageSize) return { ok: true, entries };
  }
}
