/**
 * The two attacks on the audit log of issue #13, by someone with full access
 * to the database: rewrite an entry and re-hash the tail after it, and delete
 * the last entries. The chain is keyed (the key is outside the database) and
 * anchored by signed checkpoints written outside the database; both attacks
 * must be reported, on PGlite and PostgreSQL.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, setAuditChainKey, verifyAuditChain } from '../../src/cases/audit.ts';
import {
  AuditCheckpointer,
  verifyAuditLog,
  writeAuditCheckpoint,
} from '../../src/cases/audit-checkpoint.ts';
import { loadAuditKeys } from '../../src/cases/audit-keys.ts';
import type { CaseDatabase } from '../../src/cases/db.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import type { Database } from '../../src/cases/schema.ts';
import { loadConfig } from '../../src/config.ts';
import { describeEachEngine } from '../support/engines.ts';

const KEY = Buffer.from('k'.repeat(40));

/** The attacker's re-hash, written out here rather than taken from the code under test. */
function rehash(
  prev: string,
  row: {
    at: Date;
    user_id: number | null;
    action: string;
    citizen_id: number | null;
    detail: unknown;
    reason: string | null;
  },
  key?: Buffer,
) {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  const body = JSON.stringify(
    sorted({
      at: row.at.toISOString(),
      user_id: row.user_id,
      action: row.action,
      citizen_id: row.citizen_id,
      detail: row.detail,
      reason: row.reason,
    }),
  );
  const h = key ? createHmac('sha256', key) : createHash('sha256');
  return h.update(prev).update('\n').update(body).digest('hex');
}

describeEachEngine('audit log under attack', (engine) => {
  let database: CaseDatabase;
  let db: Kysely<Database>;
  let dir: string;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  beforeEach(async () => {
    setAuditChainKey(KEY);
    database = await engine.open();
    db = database.db;
    await migrateToLatest(db);
    dir = mkdtempSync(path.join(tmpdir(), 'jc-audit-'));
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function append(n: number, from = 0) {
    for (let i = 0; i < n; i++) {
      await appendAudit(db, {
        userId: null,
        action: 'citizen.read',
        detail: { i: from + i },
        reason: 'casework',
      });
    }
  }

  /** Disable the trigger, rewrite entry `id`, re-hash every later entry (with or without the key). */
  async function rewriteFrom(id: number, key?: Buffer) {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await db
      .updateTable('audit_log')
      .set({ action: 'nothing.to.see' })
      .where('id', '=', id)
      .execute();
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    let prev = rows.find((r) => r.id === id - 1)?.hash ?? '0'.repeat(64);
    for (const row of rows.filter((r) => r.id >= id)) {
      const hash = rehash(prev, row, key);
      await db
        .updateTable('audit_log')
        .set({ prev_hash: prev, hash })
        .where('id', '=', row.id)
        .execute();
      prev = hash;
    }
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
  }

  it('verifies an untouched log against its checkpoints', async () => {
    await append(5);
    expect(await writeAuditCheckpoint(db, { dir, privateKey })).toMatchObject({
      lastId: 5,
      entries: 5,
    });
    // No new entries: no new checkpoint.
    expect(await writeAuditCheckpoint(db, { dir, privateKey })).toBeNull();
    await append(3, 5);
    await writeAuditCheckpoint(db, { dir, privateKey });
    await append(2, 8);
    expect(await verifyAuditLog(db, { key: KEY, checkpointDir: dir, publicKey })).toMatchObject({
      ok: true,
      entries: 10,
      anchors: 2,
      lastCheckpoint: { lastId: 8 },
    });
  });

  it('detects a rewritten tail re-hashed without the key (the old unkeyed scheme)', async () => {
    await append(6);
    await rewriteFrom(3);
    expect(await verifyAuditChain(db, { key: KEY })).toMatchObject({
      ok: false,
      brokenAt: 3,
      entries: 2,
    });
  });

  it('detects a rewritten tail re-hashed with the stolen key, against the last checkpoint', async () => {
    await append(6);
    await writeAuditCheckpoint(db, { dir, privateKey });
    await append(2, 6);
    await rewriteFrom(3, KEY);
    // The chain alone now verifies: the attacker held the key.
    expect((await verifyAuditChain(db, { key: KEY })).ok).toBe(true);
    const result = await verifyAuditLog(db, { key: KEY, checkpointDir: dir, publicKey });
    expect(result).toMatchObject({ ok: false, brokenAt: 6 });
    expect(result.problem).toMatch(/differs from checkpoint audit-checkpoint-000000000006\.json/);
  });

  it('detects a truncated tail against the last checkpoint', async () => {
    await append(8);
    await writeAuditCheckpoint(db, { dir, privateKey });
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await db.deleteFrom('audit_log').where('id', '>', 5).execute();
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
    // Entries 1–5 still form a valid keyed chain …
    expect(await verifyAuditChain(db, { key: KEY })).toEqual({ ok: true, entries: 5 });
    // … but the checkpoint says there were 8.
    const result = await verifyAuditLog(db, { key: KEY, checkpointDir: dir, publicKey });
    expect(result).toMatchObject({ ok: false, entries: 5, brokenAt: 6 });
    expect(result.problem).toMatch(/ends at entry 5 .* up to 8 \(truncated\)/);
  });

  it('detects a truncation followed by new entries (the checkpointed id is gone)', async () => {
    await append(6);
    await writeAuditCheckpoint(db, { dir, privateKey });
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
    await db.deleteFrom('audit_log').where('id', '>', 4).execute();
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
    await append(3, 100); // ids 7–9 (identities are not reused), chained to entry 4
    const result = await verifyAuditLog(db, { key: KEY, checkpointDir: dir, publicKey });
    expect(result).toMatchObject({ ok: false, brokenAt: 6 });
    expect(result.problem).toMatch(/entry 6 recorded in checkpoint .* is missing/);
  });

  it('rejects a checkpoint file that was edited or signed by another key', async () => {
    await append(4);
    const cp = await writeAuditCheckpoint(db, { dir, privateKey });
    const file = path.join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, JSON.stringify({ ...cp, lastId: 2 }));
    const result = await verifyAuditLog(db, { key: KEY, checkpointDir: dir, publicKey });
    expect(result.ok).toBe(false);
    expect(result.invalidCheckpoints).toEqual([
      { file: path.basename(file), problem: 'signature does not verify' },
    ]);
  });

  it('writes checkpoints at intervals while the head moves, and one more on stop', async () => {
    const checkpointer = new AuditCheckpointer(db, { dir, privateKey, intervalMs: 20 });
    checkpointer.start();
    await append(2);
    await new Promise((r) => setTimeout(r, 150));
    await append(2, 2);
    await checkpointer.stop();
    const names = readdirSync(dir).sort();
    expect(names.at(-1)).toBe('audit-checkpoint-000000000004.json');
    expect(names).toContain('audit-checkpoint-000000000002.json');
    expect(names.every((n) => n.endsWith('.json'))).toBe(true);
  });

  it('never stores a CPR number in an entry (detail and reason are scrubbed)', async () => {
    await appendAudit(db, {
      userId: null,
      action: 'citizen.search',
      detail: { q: '0101701234', nested: ['x 010170-1234 y'] },
      reason: 'looked up 0101701234',
    });
    const row = await db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toMatch(/0101701234|010170-1234/);
    expect((await verifyAuditChain(db, { key: KEY })).ok).toBe(true);
  });
});

describe('audit keys from the configuration', () => {
  it('creates the default key files once (mode 0600) and keeps them; refuses a short key', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-keys-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const a = loadAuditKeys(config.audit);
      const b = loadAuditKeys(config.audit);
      expect(b.hmacKey.equals(a.hmacKey)).toBe(true);
      const keyFile = path.join(dataDir, 'keys', 'audit-hmac.key');
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(dataDir, 'keys', 'audit-signing.pem')).mode & 0o777).toBe(0o600);
      expect(readFileSync(path.join(dataDir, 'keys', 'audit-signing.pub.pem'), 'utf8')).toMatch(
        /BEGIN PUBLIC KEY/,
      );
      expect(a.checkpointDir).toBe(path.join(dataDir, 'audit-checkpoints'));
      const fromEnv = loadAuditKeys(
        loadConfig({ DATA_DIR: dataDir, JOBCENTER_AUDIT_KEY: 'e'.repeat(32) }).audit,
      );
      expect(fromEnv.hmacKey.toString()).toBe('e'.repeat(32));
      expect(() => loadConfig({ JOBCENTER_AUDIT_KEY: 'short' })).toThrow(/at least 32/);
      // An explicitly named key file that is missing is an error, not a new key.
      expect(() =>
        loadAuditKeys(
          loadConfig({
            DATA_DIR: dataDir,
            JOBCENTER_AUDIT_KEY_FILE: path.join(dataDir, randomBytes(4).toString('hex')),
          }).audit,
        ),
      ).toThrow(/ENOENT/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
