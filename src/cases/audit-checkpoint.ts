/**
 * Signed checkpoints of the audit chain's head, kept outside the database.
 *
 * The keyed chain (audit.ts) stops someone without the key from rewriting
 * entries, but deleting the last entries leaves a chain that still verifies.
 * So at intervals the head (last id, its hash, the number of entries) is
 * signed with Ed25519 and written as one small file to a directory outside
 * the database (AUDIT_CHECKPOINT_DIR; on another machine or write-once
 * storage in production). `audit verify` checks the chain against every
 * checkpoint whose signature holds: a tail that was rewritten (even by someone
 * holding the HMAC key) no longer matches, and a truncated tail no longer
 * reaches the last checkpoint. Entries written after the last checkpoint are
 * protected by the key only; the interval bounds that window.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type AuditAnchor, type AuditVerification, verifyAuditChain } from './audit.ts';
import { canonicalJson } from './canonical-json.ts';
import type { Database } from './schema.ts';

export const CHECKPOINT_FORMAT = 'jobcenter-audit-checkpoint/1';

export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  lastId: number;
  hash: string;
  entries: number;
  /** When the checkpoint was taken (ISO time). */
  at: string;
  /** SHA-256 of the signing public key (SPKI DER), first 16 hex digits. */
  keyId: string;
}

export interface Checkpoint extends CheckpointBody {
  /** Ed25519 signature of the canonical JSON of the body, base64. */
  signature: string;
}

export function publicKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * Reads the Ed25519 private key (PKCS#8 PEM); with `create`, a missing file is
 * generated (mode 0600) and its public key written beside it as `.pub.pem`,
 * which is all a verifier on another machine needs.
 */
export function loadSigningKey(file: string, options: { create?: boolean } = {}): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) {
      throw new Error(`cannot read the audit signing key ${file}: ${(error as Error).message}`);
    }
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
    writeFileSync(publicKeyFileFor(file), publicKey.export({ type: 'spki', format: 'pem' }));
    return privateKey;
  }
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the audit signing key ${file} is not an Ed25519 key`);
  }
  return key;
}

export function publicKeyFileFor(privateKeyFile: string): string {
  return privateKeyFile.replace(/(\.pem)?$/, '.pub.pem');
}

export function loadPublicKey(file: string): KeyObject {
  const key = createPublicKey(readFileSync(file, 'utf8'));
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the audit public key ${file} is not an Ed25519 key`);
  }
  return key;
}

function checkpointFileName(lastId: number): string {
  return `audit-checkpoint-${String(lastId).padStart(12, '0')}.json`;
}

/**
 * Signs the chain's current head and writes it to `dir` (atomically: a
 * temporary file renamed into place). Returns null when the log is empty or
 * the head has not moved since the checkpoint already there.
 */
export async function writeAuditCheckpoint(
  db: Kysely<Database>,
  options: { dir: string; privateKey: KeyObject; now?: Date },
): Promise<Checkpoint | null> {
  const head = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return null;
  const counted = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', head.id)
    .executeTakeFirstOrThrow();
  mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, checkpointFileName(head.id));
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    lastId: head.id,
    hash: head.hash,
    entries: Number(counted.n),
    at: (options.now ?? new Date()).toISOString(),
    keyId: publicKeyId(createPublicKey(options.privateKey)),
  };
  const signature = sign(null, Buffer.from(canonicalJson(body)), options.privateKey);
  const checkpoint: Checkpoint = { ...body, signature: signature.toString('base64') };
  // Written in full under a temporary name, then linked into place: link()
  // fails if a checkpoint for this head exists, so none is ever replaced.
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'wx' });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
  return checkpoint;
}

export interface CheckpointReading {
  anchors: AuditAnchor[];
  /** Files that are not valid signed checkpoints: each is itself a finding. */
  invalid: { file: string; problem: string }[];
}

/** Reads every checkpoint in `dir` and keeps those whose signature verifies with `publicKey`. */
export function readAuditCheckpoints(dir: string, publicKey: KeyObject): CheckpointReading {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^audit-checkpoint-\d+\.json$/.test(n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { anchors: [], invalid: [] };
    throw error;
  }
  const anchors: AuditAnchor[] = [];
  const invalid: CheckpointReading['invalid'] = [];
  for (const name of names.sort()) {
    let parsed: Checkpoint;
    try {
      parsed = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Checkpoint;
    } catch {
      invalid.push({ file: name, problem: 'not JSON' });
      continue;
    }
    const { signature, ...body } = parsed;
    const valid =
      body.format === CHECKPOINT_FORMAT &&
      typeof signature === 'string' &&
      Number.isInteger(body.lastId) &&
      verify(null, Buffer.from(canonicalJson(body)), publicKey, Buffer.from(signature, 'base64'));
    if (!valid) {
      invalid.push({ file: name, problem: 'signature does not verify' });
      continue;
    }
    anchors.push({ lastId: body.lastId, hash: body.hash, entries: body.entries, source: name });
  }
  return { anchors, invalid };
}

export interface AuditLogVerification extends AuditVerification {
  /** The last verified checkpoint's id and time, if any. */
  lastCheckpoint?: { lastId: number; source: string };
  invalidCheckpoints?: CheckpointReading['invalid'];
}

/** The chain with its key, against the signed checkpoints in `checkpointDir`. */
export async function verifyAuditLog(
  db: Kysely<Database>,
  options: { key?: Buffer; checkpointDir?: string; publicKey?: KeyObject },
): Promise<AuditLogVerification> {
  const reading =
    options.checkpointDir && options.publicKey
      ? readAuditCheckpoints(options.checkpointDir, options.publicKey)
      : { anchors: [], invalid: [] };
  const result = await verifyAuditChain(db, {
    ...(options.key ? { key: options.key } : {}),
    anchors: reading.anchors,
  });
  const last = reading.anchors[reading.anchors.length - 1];
  const out: AuditLogVerification = {
    ...result,
    ...(last ? { lastCheckpoint: { lastId: last.lastId, source: last.source } } : {}),
  };
  if (reading.invalid.length > 0) {
    // A forged or altered checkpoint means someone wrote where only the server should.
    out.ok = false;
    out.invalidCheckpoints = reading.invalid;
    out.problem ??= `${reading.invalid.length} checkpoint file(s) do not verify: ${reading.invalid.map((i) => i.file).join(', ')}`;
  }
  return out;
}

/**
 * Writes a checkpoint every `intervalMs` while the head moves (the server
 * runs one), and a last one when stopped.
 */
export class AuditCheckpointer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: {
      dir: string;
      privateKey: KeyObject;
      intervalMs: number;
      onError?: (error: unknown) => void;
    },
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      void this.checkpoint();
    }, this.options.intervalMs);
    this.timer.unref();
  }

  checkpoint(): Promise<unknown> {
    this.running = this.running
      .then(() => writeAuditCheckpoint(this.db, this.options))
      .catch((error: unknown) => this.options.onError?.(error));
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checkpoint();
  }
}
