/**
 * The register on PostgreSQL: the path to scale-out on a distributed
 * PostgreSQL (docs/scale-out.md). `loadRegisterIntoPostgres` copies a register
 * directory into one schema (tables register, labour_force, interviews, plus
 * the derived register_spells, register_months, register_case_weeks and
 * register_activation_runs, computed by PostgreSQL itself with the same SQL
 * DuckDB uses), and
 * `openPostgresRegisterEngine` opens an engine on that schema (the measure
 * session over it: src/stats/session.ts).
 *
 * DuckDB (offline: no postgres extension) writes each ISO-year partition to a
 * CSV file in a scratch directory, which is streamed into `COPY … FROM STDIN`.
 * Everything happens in one transaction: a failed load leaves the schema as it
 * was (all or nothing).
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DERIVED_COLUMNS, DERIVED_TABLES, derivedSql } from '../sql/derived.ts';
import { DuckDb, sqlString } from '../sql/duckdb.ts';
import { PG_TYPES, PostgresEngine } from '../sql/engine.ts';
import { createReferenceTables } from '../sql/tables.ts';
import { BENEFIT_YDELSESGRUPPER, REGISTER_COLUMNS } from './schema.ts';
import { attachRegister, type RegisterManifest, type StoredDerived } from './store.ts';
import { INTERVIEWS_DDL, LABOUR_FORCE_DDL, PERSONS_DDL, REGISTER_DDL } from './tables.ts';

export const DEFAULT_REGISTER_SCHEMA = 'jobcenter_register';

/**
 * The PostgreSQL URL of the register: the `--database-url` option, else
 * REGISTER_DATABASE_URL (not DATABASE_URL, which is the case store).
 */
export function registerDatabaseUrl(option: string | undefined): string {
  const url = option ?? process.env.REGISTER_DATABASE_URL;
  if (!url) throw new Error('--database-url is required (or set REGISTER_DATABASE_URL)');
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('--database-url must start with postgres:// or postgresql://');
  }
  return url;
}

/** A PostgreSQL schema name we are willing to put into SQL text. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(
      `--schema: ${JSON.stringify(schema)} is not a valid schema name (lower-case letters, digits, _)`,
    );
  }
  return schema;
}

export interface LoadProgress {
  step: string;
  done: number;
  total: number;
}

export interface LoadSummary {
  schema: string;
  rows: number;
  spells: number;
  months: number;
  firstWeek: string;
  lastWeek: string;
}

/** The register's columns in file order, which is REGISTER_DDL's order, as COPY expects them. */
const COLUMN_NAMES = REGISTER_COLUMNS.map(([name]) => name);

async function copyCsv(client: pg.Client, table: string, file: string) {
  const stream = client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv)`));
  await pipeline(createReadStream(file), stream);
  return stream.rowCount ?? 0;
}

/**
 * Copies the register directory `dir` into `schema` at `url`, replacing what
 * the schema held, in one transaction.
 */
export async function loadRegisterIntoPostgres(
  dir: string,
  url: string,
  options: { schema?: string; onProgress?: (p: LoadProgress) => void } = {},
): Promise<LoadSummary> {
  const schema = checkSchemaName(options.schema ?? DEFAULT_REGISTER_SCHEMA);
  const progress = options.onProgress ?? (() => {});
  const scratch = mkdtempSync(join(tmpdir(), 'jobcenter-pgload-'));
  const db = await DuckDb.open();
  const client = new pg.Client({ connectionString: url, types: PG_TYPES });
  try {
    const manifest: RegisterManifest = await attachRegister(db, dir);
    const years = (await db.all('SELECT DISTINCT year FROM register ORDER BY year')).map((r) =>
      Number(r.year),
    );
    await client.connect();
    await client.query('BEGIN');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET LOCAL search_path TO ${schema}, public`);
    for (const table of [
      'register',
      'labour_force',
      'interviews',
      'persons',
      ...DERIVED_TABLES.map((t) => `register_${t}`),
    ]) {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
    }
    // UNLOGGED would be faster but is not crash-safe; the load is one transaction anyway.
    await client.query(REGISTER_DDL);
    await client.query(LABOUR_FORCE_DDL);
    await client.query(INTERVIEWS_DDL);
    await client.query(PERSONS_DDL);

    let rows = 0;
    const steps = years.length + 3;
    let done = 0;
    for (const year of years) {
      progress({ step: `register ${year}`, done, total: steps });
      const file = join(scratch, `register-${year}.csv`);
      await db.run(
        `COPY (SELECT ${COLUMN_NAMES.join(', ')} FROM register WHERE year = ${year}) TO ${sqlString(file)} (FORMAT csv, HEADER false)`,
      );
      rows += await copyCsv(client, 'register', file);
      rmSync(file);
      done++;
    }
    progress({ step: 'labour force, interviews and persons', done, total: steps });
    for (const [table, columns] of [
      ['labour_force', 'year, municipality, persons'],
      ['interviews', 'person_id, date, kind'],
      ['persons', 'person_id, birth_date, sex, origin, education'],
    ] as const) {
      const file = join(scratch, `${table}.csv`);
      await db.run(
        `COPY (SELECT ${columns} FROM ${table}) TO ${sqlString(file)} (FORMAT csv, HEADER false)`,
      );
      await copyCsv(client, table, file);
    }
    done++;

    // The derived tables, computed by PostgreSQL with the same SQL as DuckDB.
    progress({ step: 'spells and months', done, total: steps });
    const engine = PostgresEngine.wrap(client);
    const ctx = { firstWeek: manifest.firstWeek, lastWeek: manifest.lastWeek };
    await client.query('ANALYZE register');
    await createReferenceTables(engine, ctx, BENEFIT_YDELSESGRUPPER);
    for (const table of DERIVED_TABLES) {
      await engine.run(derivedSql(table, ctx));
      await client.query(`CREATE TABLE register_${table} AS SELECT * FROM ${table}`);
    }
    for (const table of DERIVED_TABLES) await client.query(`DROP TABLE ${table}`);
    done++;
    progress({ step: 'analyse', done, total: steps });
    for (const table of [
      'register',
      ...DERIVED_TABLES.map((t) => `register_${t}`),
      'interviews',
      'persons',
    ]) {
      await client.query(`ANALYZE ${table}`);
    }
    const [spells, months] = await Promise.all(
      ['register_spells', 'register_months'].map(async (t) =>
        Number((await client.query(`SELECT COUNT(*) AS n FROM ${t}`)).rows[0].n),
      ),
    );
    await client.query('COMMIT');
    done++;
    progress({ step: 'done', done, total: steps });
    return {
      schema,
      rows,
      spells: spells!,
      months: months!,
      firstWeek: manifest.firstWeek,
      lastWeek: manifest.lastWeek,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
    db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A PostgreSQL engine on a schema written by loadRegisterIntoPostgres, with
 * the schema first on the search path, and which derived tables are current
 * (a schema loaded by an older version may lack a column the measures now
 * read). Close the engine when done.
 */
export async function openPostgresRegisterEngine(
  url: string,
  schema = DEFAULT_REGISTER_SCHEMA,
): Promise<{ engine: PostgresEngine; stored: StoredDerived }> {
  checkSchemaName(schema);
  const engine = await PostgresEngine.open(url);
  try {
    const columns = await engine.all(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ${sqlString(schema)}`,
    );
    const names = new Set(columns.map((t) => String(t.table_name)));
    const has = (table: string, cols: readonly string[]) =>
      cols.every((c) => columns.some((r) => r.table_name === table && r.column_name === c));
    if (!names.has('register')) {
      throw new Error(
        `schema ${schema} holds no register; load one with "jobcenter register load-postgres DIR"`,
      );
    }
    await engine.run(`SET search_path TO ${schema}, public`);
    const stored = Object.fromEntries(
      DERIVED_TABLES.map((t) => [t, has(`register_${t}`, DERIVED_COLUMNS[t])]),
    ) as StoredDerived;
    return { engine, stored };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
