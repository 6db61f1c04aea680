/**
 * Runs a suite on both measure engines: DuckDB (always) and PostgreSQL when
 * TEST_DATABASE_URL points at a server (a scratch schema, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { DuckDbEngine, PostgresEngine, type SqlEngine } from '../../src/sql/engine.ts';
import { describeWith, type Requirement } from '../support/requirements.ts';

const testUrl = process.env.TEST_DATABASE_URL;

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresAvailable = testUrl ? await reachable(testUrl) : false;

/** A PostgreSQL server at TEST_DATABASE_URL: without it the PostgreSQL halves skip, or fail under CI. */
export const POSTGRES: Requirement = {
  name: 'PostgreSQL (TEST_DATABASE_URL)',
  present: postgresAvailable,
  hint: testUrl
    ? 'no PostgreSQL server answers at TEST_DATABASE_URL'
    : 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
};

export interface MeasureEngine {
  name: 'duckdb' | 'postgres';
  open(): Promise<SqlEngine>;
}

const duckdb: MeasureEngine = { name: 'duckdb', open: () => DuckDbEngine.open() };

const postgres: MeasureEngine = {
  name: 'postgres',
  async open() {
    const schema = `jobcenter_stats_${randomBytes(5).toString('hex')}`;
    const engine = await PostgresEngine.open(testUrl!, schema);
    return {
      dialect: engine.dialect,
      all: (sql: string) => engine.all(sql),
      run: (sql: string) => engine.run(sql),
      close: async () => {
        await engine.run(`DROP SCHEMA ${schema} CASCADE`);
        await engine.close();
      },
    };
  },
};

export const ENGINES = [duckdb, postgres] as const;

/** `describe` once per engine; the PostgreSQL half is skipped (visibly) without a server, failing under CI=true. */
export function describeEachEngine(title: string, suite: (engine: MeasureEngine) => void): void {
  describe(`${title} [duckdb]`, () => suite(duckdb));
  describeWith(POSTGRES, `${title} [postgres]`, () => suite(postgres));
}
