/**
 * Runs a test suite against both storage engines: embedded PGlite (always)
 * and a real PostgreSQL server when TEST_DATABASE_URL points at one. Each
 * PostgreSQL suite gets a fresh database, dropped afterwards, so runs never
 * see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { describeWith, type Requirement } from './requirements.ts';

export type EngineName = 'pglite' | 'postgres';

export interface Engine {
  name: EngineName;
  /** Open a fresh, empty database on this engine. */
  open(): Promise<CaseDatabase>;
}

const testUrl = process.env.TEST_DATABASE_URL;

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresAvailable = testUrl ? await postgresReachable(testUrl) : false;

/** A PostgreSQL server at TEST_DATABASE_URL: without it the PostgreSQL halves skip, or fail under CI. */
export const POSTGRES: Requirement = {
  name: 'PostgreSQL (TEST_DATABASE_URL)',
  present: postgresAvailable,
  hint: testUrl
    ? 'TEST_DATABASE_URL is set but no PostgreSQL server answers there'
    : 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
};

/** Creates a throwaway database on the test server and returns its URL and a drop function. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!testUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `jobcenter_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: testUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const pglite: Engine = {
  name: 'pglite',
  open: () => openDatabase({ inMemory: true }),
};

const postgres: Engine = {
  name: 'postgres',
  async open() {
    const scratch = await createScratchDatabase();
    const database = await openDatabase({ databaseUrl: scratch.url });
    return {
      ...database,
      close: async () => {
        await database.close();
        await scratch.drop();
      },
    };
  },
};

/**
 * `describe` once per engine; the PostgreSQL half is skipped (visibly) when no
 * server is reachable, and fails under CI=true.
 */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  describe(`${title} [pglite]`, () => suite(pglite));
  describeWith(POSTGRES, `${title} [postgres]`, () => suite(postgres));
}

export { postgresAvailable };
