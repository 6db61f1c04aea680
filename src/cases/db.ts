/**
 * Opens the case store: embedded PGlite under DATA_DIR by default, PostgreSQL
 * when a connection URL is given. Both speak the same SQL, so one Kysely
 * schema and one migration set serve both.
 */
import { accessSync, constants as fsConstants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface CaseDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** A description safe to print: never contains a password. */
  description: string;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Keep dates as 'YYYY-MM-DD' strings: a Date object would drag a time zone into plain dates. */
const keepDateAsText = (value: string) => value;
/** count(*) and sums come back as int8/numeric; the store's figures fit in a double. */
const toNumber = (value: string) => Number(value);

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** In-memory PGlite (tests, benchmarks). */
  inMemory?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<CaseDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.inMemory) return openPglite(undefined);
  const dataDir = options.dataDir ?? path.resolve('data');
  return openPglite(ensureWritableDir(path.join(dataDir, 'pglite'), dataDir));
}

function ensureWritableDir(dir: string, dataDir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, fsConstants.W_OK);
    return dir;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseOpenError(`DATA_DIR ${dataDir} is not writable (${code})`);
  }
}

async function openPglite(dataDir: string | undefined): Promise<CaseDatabase> {
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      parsers: { [DATE_OID]: keepDateAsText, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
    });
  } catch (error) {
    throw new DatabaseOpenError(
      `cannot open the embedded database in ${dataDir ?? 'memory'}: ${(error as Error).message}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    description: dataDir ? `PGlite at ${dataDir}` : 'PGlite in memory',
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}

/** Describe a PostgreSQL URL without its password. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

async function openPostgres(url: string): Promise<CaseDatabase> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseOpenError(
      'DATABASE_URL is not a valid URL (expected postgres://user@host:port/db)',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseOpenError(
      `DATABASE_URL must start with postgres:// or postgresql://, got ${parsed.protocol}//`,
    );
  }
  const safe = redactDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepDateAsText;
        if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const err = error as NodeJS.ErrnoException;
    const reason = err.code ? `${err.code}: ${err.message}` : err.message;
    throw new DatabaseOpenError(`cannot connect to PostgreSQL at ${safe} (${reason})`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', description: `PostgreSQL at ${safe}`, close: () => db.destroy() };
}

/** Quick liveness probe used by /api/health. */
export async function ping(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{ ok: number }>`select 1 as ok`.execute(db);
  return result.rows[0]?.ok === 1;
}
