/**
 * The audit log: who read or changed which citizen's data, when, and why.
 * Append-only (a database trigger rejects UPDATE and DELETE) and chained with
 * a key: each entry's hash is HMAC-SHA256(key, previous hash + entry), and the
 * key is kept outside the database (JOBCENTER_AUDIT_KEY or a key file; see
 * docs/privacy.md). Someone who can write to the database but does not hold
 * the key cannot edit an entry and re-hash the entries after it. Truncating
 * the tail leaves a valid chain, which is why the chain's head is also
 * anchored in signed checkpoints outside the database (audit-checkpoint.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { canonicalJson } from './canonical-json.ts';
import { scrubCpr } from './cpr.ts';
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

/** At least 32 bytes: the HMAC key is as strong as SHA-256's block of secrecy needs. */
export const MIN_AUDIT_KEY_BYTES = 32;

let chainKey: Buffer | undefined;

/**
 * Sets the process's audit chain key (the CLI and the server do this from the
 * configuration before opening the database, src/cases/audit-keys.ts). One
 * process serves one installation, so the key is process-wide.
 */
export function setAuditChainKey(key: Buffer): void {
  if (key.length < MIN_AUDIT_KEY_BYTES) {
    throw new Error(`the audit key must have at least ${MIN_AUDIT_KEY_BYTES} bytes`);
  }
  chainKey = key;
}

/**
 * The configured key; without one (tests and benchmarks on a throwaway
 * in-memory database) a random key for this process only: a chain written
 * with it does not verify in another process, which is loud, not silent.
 */
export function auditChainKey(): Buffer {
  chainKey ??= randomBytes(32);
  return chainKey;
}

export function auditHash(prevHash: string, row: HashedFields, key = auditChainKey()): string {
  const body = canonicalJson({
    at: row.at.toISOString(),
    user_id: row.user_id,
    action: row.action,
    citizen_id: row.citizen_id,
    detail: row.detail,
    reason: row.reason,
  });
  return createHmac('sha256', key).update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * No CPR number is ever stored in an entry (docs/privacy.md): callers record
 * pseudonyms, and as a safety net every string in the detail and the reason
 * is scrubbed of CPR-shaped digit runs before it is chained.
 */
function scrubDetail(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubCpr(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDetail(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDetail(v, depth + 1);
  return out;
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
      detail: scrubDetail(entry.detail ?? {}),
      reason: entry.reason == null ? null : scrubCpr(entry.reason),
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

/** A chain head recorded outside the database (a verified signed checkpoint). */
export interface AuditAnchor {
  /** id of the last entry the checkpoint covers. */
  lastId: number;
  /** That entry's hash. */
  hash: string;
  /** Number of entries up to and including lastId. */
  entries: number;
  /** Where it came from (file name), for the report. */
  source: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** id of the first entry that does not verify. */
  brokenAt?: number;
  problem?: string;
  /** How many anchors (checkpoints) the chain was checked against. */
  anchors?: number;
}

function auditPage(db: Kysely<Database>, afterId: number, pageSize: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(pageSize)
    .execute();
}

type AuditRow = Awaited<ReturnType<typeof auditPage>>[number];

/** Where the walk along the chain is: the last hash, entries verified, the next anchor expected. */
interface ChainWalk {
  prevHash: string;
  entries: number;
  nextAnchor: number;
}

type Broken = { entries: number; brokenAt: number; problem: string };

/** Checks one entry against the walk so far and the anchors, and advances the walk. */
function checkEntry(
  row: AuditRow,
  walk: ChainWalk,
  anchors: readonly AuditAnchor[],
  anchorById: ReadonlyMap<number, AuditAnchor>,
  key: Buffer,
): Broken | null {
  // An anchored id that the scan passed without seeing: that entry is gone.
  const skipped = anchors[walk.nextAnchor];
  if (skipped && skipped.lastId < row.id) {
    return {
      entries: walk.entries,
      brokenAt: skipped.lastId,
      problem: `entry ${skipped.lastId} recorded in checkpoint ${skipped.source} is missing`,
    };
  }
  if (row.prev_hash !== walk.prevHash) {
    return { entries: walk.entries, brokenAt: row.id, problem: 'previous-hash link broken' };
  }
  const expected = auditHash(
    walk.prevHash,
    {
      at: row.at,
      user_id: row.user_id,
      action: row.action,
      citizen_id: row.citizen_id,
      detail: row.detail,
      reason: row.reason,
    },
    key,
  );
  if (expected !== row.hash) {
    return {
      entries: walk.entries,
      brokenAt: row.id,
      problem: 'entry content does not match its keyed hash',
    };
  }
  walk.prevHash = row.hash;
  walk.entries += 1;
  const anchor = anchorById.get(row.id);
  if (!anchor) return null;
  walk.nextAnchor += 1;
  if (anchor.hash === row.hash && anchor.entries === walk.entries) return null;
  return {
    entries: walk.entries - 1,
    brokenAt: row.id,
    problem: `entry ${row.id} differs from checkpoint ${anchor.source} (the log was rewritten up to here)`,
  };
}

/**
 * Walks the chain from the genesis hash, recomputing every entry's keyed hash,
 * then checks it against the anchors: an anchored entry must still be there
 * with the hash it had (a rewritten tail fails here even if it was re-hashed
 * with the key), with as many entries before it (a deleted entry), and the log
 * must reach the last anchor (a truncated tail).
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: { key?: Buffer; anchors?: readonly AuditAnchor[] } = {},
): Promise<AuditVerification> {
  const key = options.key ?? auditChainKey();
  const anchors = [...(options.anchors ?? [])].sort((a, b) => a.lastId - b.lastId);
  const anchorById = new Map(anchors.map((a) => [a.lastId, a]));
  const anchorCount = anchors.length > 0 ? { anchors: anchors.length } : {};
  const walk: ChainWalk = { prevHash: GENESIS_HASH, entries: 0, nextAnchor: 0 };
  let afterId = 0;
  const pageSize = 5000;
  for (;;) {
    const rows = await auditPage(db, afterId, pageSize);
    for (const row of rows) {
      const broken = checkEntry(row, walk, anchors, anchorById, key);
      if (broken) return { ok: false, ...broken, ...anchorCount };
      afterId = row.id;
    }
    if (rows.length < pageSize) break;
  }
  const entries = walk.entries;
  const last = anchors[anchors.length - 1];
  if (last && last.lastId > afterId) {
    return {
      ok: false,
      entries,
      brokenAt: afterId + 1,
      problem: `the log ends at entry ${afterId} but checkpoint ${last.source} records entries up to ${last.lastId} (truncated)`,
      ...anchorCount,
    };
  }
  return { ok: true, entries, ...anchorCount };
}
