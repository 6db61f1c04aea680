/**
 * The audit log's keys, read from the configuration (src/config.ts): the
 * HMAC key of the chain and the Ed25519 key that signs checkpoints. Both live
 * outside the database, so database access alone cannot forge the log. The
 * defaults under DATA_DIR/keys are created on first use so `npm start` needs
 * no manual step; production points JOBCENTER_AUDIT_KEY(_FILE) and
 * JOBCENTER_AUDIT_SIGNING_KEY_FILE at a secret store (docs/privacy.md).
 */

import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditConfig } from '../config.ts';
import { MIN_AUDIT_KEY_BYTES, setAuditChainKey } from './audit.ts';
import { loadSigningKey } from './audit-checkpoint.ts';

export interface AuditKeys {
  hmacKey: Buffer;
  signingKey: KeyObject;
  checkpointDir: string;
  checkpointIntervalMs: number;
}

function readKeyFile(file: string, create: boolean): Buffer {
  try {
    const key = Buffer.from(readFileSync(file, 'utf8').trim());
    if (key.length < MIN_AUDIT_KEY_BYTES) {
      throw new Error(
        `the audit key file ${file} holds fewer than ${MIN_AUDIT_KEY_BYTES} characters`,
      );
    }
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !create) throw error;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const key = randomBytes(32).toString('hex');
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(key);
  }
}

/** Loads (creating the defaults if missing) and installs the chain key for this process. */
export function loadAuditKeys(config: AuditConfig): AuditKeys {
  const hmacKey = config.key
    ? Buffer.from(config.key)
    : readKeyFile(config.keyFile, config.keyFileIsDefault);
  setAuditChainKey(hmacKey);
  const signingKey = loadSigningKey(config.signingKeyFile, {
    create: config.signingKeyFileIsDefault,
  });
  return {
    hmacKey,
    signingKey,
    checkpointDir: config.checkpointDir,
    checkpointIntervalMs: config.checkpointIntervalMs,
  };
}
