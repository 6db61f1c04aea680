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
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    logLevel: env.LOG_LEVEL ?? 'info',
    registerDir: path.resolve(env.REGISTER_DIR?.trim() || path.join(dataDir, 'register')),
    reportsDir: path.join(dataDir, 'reports'),
  };
}
