/**
 * Runs a suite on both measure engines: DuckDB (always) and PostgreSQL when
 * TEST_DATABASE_URL points at a server (a scratch schema, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect } from 'vitest';
import { DuckDbEngine, PostgresEngine, type Row, type SqlEngine } from '../../src/sql/engine.ts';
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
      columns: (sql: string, options?: { unordered?: boolean }) => engine.columns(sql, options),
      integers: (sql: string) => engine.integers(sql),
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

/** The one row matching `where`; throws when none or several match. */
export function pick(rows: Row[], where: Row): Row {
  const found = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  if (found.length !== 1) {
    throw new Error(`expected one row for ${JSON.stringify(where)}, found ${found.length}`);
  }
  return found[0]!;
}

/**
 * Rows each engine gave, by a key, to compare across engines once both suites ran:
 * `record(engine, key, rows)` in the suites, then `compareEngines(expected)` in a test after them.
 */
export class EngineResults {
  private readonly results = new Map<string, Map<string, Row[]>>();

  record(engine: MeasureEngine['name'], key: string, rows: Row[]): Row[] {
    if (!this.results.has(key)) this.results.set(key, new Map());
    this.results.get(key)!.set(engine, rows);
    return rows;
  }

  /** Asserts identical, non-empty rows on DuckDB and PostgreSQL for `expected` keys. */
  compare(expected: number): void {
    let compared = 0;
    for (const [key, byEngine] of this.results) {
      const duck = byEngine.get('duckdb');
      const pg = byEngine.get('postgres');
      if (!duck || !pg) continue;
      expect(duck.length, key).toBeGreaterThan(0);
      expect(pg, key).toEqual(duck);
      compared++;
    }
    expect(compared).toBe(expected);
  }
}
