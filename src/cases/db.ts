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

export interface ChangeListener {
  /** A notification on the channel (sent by any process, this one included). */
  message(payload: string): void;
  /**
   * Notifications may have been missed (the listening connection was lost and
   * is being re-established): whatever was cached must be dropped.
   */
  gap(): void;
}

export interface CaseDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** A description safe to print: never contains a password. */
  description: string;
  /**
   * LISTEN on a channel, so that every process using this database hears of
   * the changes the others make (`pg_notify`, delivered on commit). Returns
   * the function that stops listening.
   */
  listen(channel: string, listener: ChangeListener): Promise<() => Promise<void>>;
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
    // One process owns a PGlite directory; its own notifications come back on commit.
    listen: async (channel, listener) => {
      const unlisten = await client.listen(channel, (payload) => listener.message(payload));
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
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
  return {
    db,
    kind: 'postgres',
    description: `PostgreSQL at ${safe}`,
    listen: (channel, listener) => listenPostgres(url, channel, listener),
    close: () => db.destroy(),
  };
}

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other
 * queries). When it is lost, the listener is told of the gap and the
 * connection is re-made, after 0.5 s and then up to every 30 s, until stopped.
 */
async function listenPostgres(
  url: string,
  channel: string,
  listener: ChangeListener,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = 500;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    c.on('notification', (n) => {
      if (n.channel === channel) listener.message(n.payload ?? '');
    });
    const lost = () => {
      if (client !== c) return;
      client = undefined;
      c.end().catch(() => {});
      if (stopped) return;
      listener.gap();
      retry = setTimeout(reconnect, delay);
      delay = Math.min(delay * 2, 30_000);
    };
    c.on('error', lost);
    c.on('end', lost);
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    client = c;
    delay = 500;
  };
  const reconnect = () => {
    retry = undefined;
    if (stopped) return;
    connect().catch(() => {
      if (stopped) return;
      retry = setTimeout(reconnect, delay);
      delay = Math.min(delay * 2, 30_000);
    });
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = undefined;
    await c?.end().catch(() => {});
  };
}

/** Quick liveness probe used by /api/health. */
export async function ping(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{ ok: number }>`select 1 as ok`.execute(db);
  return result.rows[0]?.ok === 1;
}
