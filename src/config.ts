/**
 * Runtime configuration from the environment. Every setting has one place
 * where it is read, validated and documented (README "Configuration").
 */
import path from 'node:path';

export interface AppConfig {
  /** HTTP port of `jobcenter serve`. */
  port: number;
  /** Host interface to bind. */
  host: string;
  /** Directory for the embedded database and other local data. */
  dataDir: string;
  /** When set, PostgreSQL is used instead of the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Log level for the structured server log. */
  logLevel: string;
  /** The weekly register the statistics pages read (REGISTER_DIR, default DATA_DIR/register). */
  registerDir: string;
  /** Cached trial effect reports (DATA_DIR/reports). */
  reportsDir: string;
  /** The audit chain's HMAC key, kept outside the database (docs/privacy.md). */
  audit: AuditConfig;
}

export interface AuditConfig {
  /** JOBCENTER_AUDIT_KEY: the key itself (at least 32 characters). */
  key: string | undefined;
  /** JOBCENTER_AUDIT_KEY_FILE, default DATA_DIR/keys/audit-hmac.key (created when the default is missing). */
  keyFile: string;
  /** Whether keyFile is the default (then a missing file is created). */
  keyFileIsDefault: boolean;
  /** JOBCENTER_AUDIT_SIGNING_KEY_FILE: Ed25519 private key (PEM), default DATA_DIR/keys/audit-signing.pem. */
  signingKeyFile: string;
  signingKeyFileIsDefault: boolean;
  /** AUDIT_CHECKPOINT_DIR: where signed checkpoints go, default DATA_DIR/audit-checkpoints. */
  checkpointDir: string;
  /** AUDIT_CHECKPOINT_INTERVAL (seconds, default 60): how often the server signs the chain head. */
  checkpointIntervalMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${portText}"`);
  }
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const intervalText = env.AUDIT_CHECKPOINT_INTERVAL?.trim() || '60';
  const interval = Number(intervalText);
  if (!Number.isFinite(interval) || interval <= 0) {
    throw new ConfigError(
      `AUDIT_CHECKPOINT_INTERVAL must be a positive number of seconds, got "${intervalText}"`,
    );
  }
  const auditKey = env.JOBCENTER_AUDIT_KEY?.trim() || undefined;
  if (auditKey !== undefined && Buffer.byteLength(auditKey) < 32) {
    throw new ConfigError('JOBCENTER_AUDIT_KEY must be at least 32 characters');
  }
  const keyFile = env.JOBCENTER_AUDIT_KEY_FILE?.trim();
  const signingKeyFile = env.JOBCENTER_AUDIT_SIGNING_KEY_FILE?.trim();
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    logLevel: env.LOG_LEVEL ?? 'info',
    registerDir: path.resolve(env.REGISTER_DIR?.trim() || path.join(dataDir, 'register')),
    reportsDir: path.join(dataDir, 'reports'),
    audit: {
      key: auditKey,
      keyFile: path.resolve(keyFile || path.join(dataDir, 'keys', 'audit-hmac.key')),
      keyFileIsDefault: !keyFile,
      signingKeyFile: path.resolve(
        signingKeyFile || path.join(dataDir, 'keys', 'audit-signing.pem'),
      ),
      signingKeyFileIsDefault: !signingKeyFile,
      checkpointDir: path.resolve(
        env.AUDIT_CHECKPOINT_DIR?.trim() || path.join(dataDir, 'audit-checkpoints'),
      ),
      checkpointIntervalMs: interval * 1000,
    },
  };
}
