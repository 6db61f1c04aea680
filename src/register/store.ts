/**
 * A register directory on disk:
 *
 *   DIR/manifest.json                    what the directory holds and how it was made
 *   DIR/weeks/year=YYYY/*.parquet        the weekly records, Hive-partitioned by ISO year
 *   DIR/labour_force.parquet             labour-force denominators (year × municipality)
 *   DIR/interviews.parquet               interviews (case events) for the cadence measure
 *   DIR/persons.parquet                  person attributes: birth date, sex, origin, education
 *   DIR/spells.parquet                   derived: benefit spells (calendar-month rule)
 *   DIR/months.parquet                   derived: person × month × municipality × benefit aggregate
 *
 * DuckDB reads it through views named like the tables the measures expect
 * (the measure session over them: src/stats/session.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DERIVED_COLUMNS, DERIVED_TABLES, type DerivedTable, derivedSql } from '../sql/derived.ts';
import { DuckDb, type DuckDbOptions, sqlString } from '../sql/duckdb.ts';
import { DuckDbEngine } from '../sql/engine.ts';
import { createReferenceTables } from '../sql/tables.ts';
import { BENEFIT_YDELSESGRUPPER } from './schema.ts';
import { INTERVIEWS_DDL, LABOUR_FORCE_DDL, PERSONS_DDL } from './tables.ts';

export const REGISTER_FORMAT = 'jobcenter-weekly-register';
export const REGISTER_FORMAT_VERSION = 1;

export interface RegisterManifest {
  format: typeof REGISTER_FORMAT;
  version: number;
  /** Monday of the first and of the last week. */
  firstWeek: string;
  lastWeek: string;
  persons: number;
  rows: number;
  source: 'synthetic' | 'import';
  /** Generator settings (synthetic registers). */
  synth?: Record<string, unknown>;
  createdAt: string;
}

export function weeksGlob(dir: string): string {
  return join(dir, 'weeks', '**', '*.parquet');
}

export function readManifest(dir: string): RegisterManifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${dir} is not a register directory (no manifest.json)`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as RegisterManifest;
  if (manifest.format !== REGISTER_FORMAT) {
    throw new Error(`${path}: format ${JSON.stringify(manifest.format)} is not ${REGISTER_FORMAT}`);
  }
  if (manifest.version > REGISTER_FORMAT_VERSION) {
    throw new Error(`${path}: format version ${manifest.version} is newer than this program`);
  }
  return manifest;
}

export function writeManifest(dir: string, manifest: RegisterManifest): void {
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The weekly records of a register directory with every column of REGISTER_COLUMNS: a
 * register written before the visitationskategori existed has no `category` (unknown, NULL).
 */
export async function weeksSelect(db: DuckDb, dir: string): Promise<string> {
  const weeks = `read_parquet(${sqlString(weeksGlob(dir))}, hive_partitioning = true)`;
  const hasCategory = (await db.all(`DESCRIBE SELECT * FROM ${weeks}`)).some(
    (r) => r.column_name === 'category',
  );
  return `SELECT person_id, week, municipality, benefit, hours, activation, education, partial_sick, ${hasCategory ? 'category' : 'CAST(NULL AS VARCHAR) AS category'}, year FROM ${weeks}`;
}

/** Creates the views register, labour_force and interviews over the directory's files. */
export async function attachRegister(db: DuckDb, dir: string): Promise<RegisterManifest> {
  const manifest = readManifest(dir);
  await db.run(`CREATE OR REPLACE VIEW register AS ${await weeksSelect(db, dir)}`);
  const optional = [
    ['labour_force', 'labour_force.parquet', LABOUR_FORCE_DDL],
    ['interviews', 'interviews.parquet', INTERVIEWS_DDL],
    ['persons', 'persons.parquet', PERSONS_DDL],
  ] as const;
  for (const [name, file, ddl] of optional) {
    const path = join(dir, file);
    if (existsSync(path)) {
      await db.run(
        `CREATE OR REPLACE VIEW ${name} AS SELECT * FROM read_parquet(${sqlString(path)})`,
      );
    } else {
      await db.run(ddl.replace('CREATE TABLE', 'CREATE TEMP TABLE'));
    }
  }
  return manifest;
}

/** Which derived tables a session may read as stored (register_spells, register_months, …). */
export type StoredDerived = Record<DerivedTable, boolean>;

/**
 * A DuckDB engine over a register directory: the views of attachRegister plus
 * register_spells and register_months over the stored derived tables, and
 * which of those are current (a file written by an older version may lack a
 * column the measures now read, spells.follow_status: then the session derives
 * the table itself). Close the engine when done.
 */
export async function openRegisterEngine(
  dir: string,
  options: DuckDbOptions = {},
): Promise<{ engine: DuckDbEngine; manifest: RegisterManifest; stored: StoredDerived }> {
  const db = await DuckDb.open(options);
  try {
    const manifest = await attachRegister(db, dir);
    const stored = Object.fromEntries(DERIVED_TABLES.map((t) => [t, false])) as StoredDerived;
    for (const name of DERIVED_TABLES) {
      const path = join(dir, `${name}.parquet`);
      if (!existsSync(path)) continue;
      await db.run(
        `CREATE OR REPLACE VIEW register_${name} AS SELECT * FROM read_parquet(${sqlString(path)})`,
      );
      const columns = new Set(
        (await db.all(`DESCRIBE register_${name}`)).map((r) => String(r.column_name)),
      );
      stored[name] = DERIVED_COLUMNS[name].every((c) => columns.has(c));
    }
    return { engine: new DuckDbEngine(db), manifest, stored };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Derives the spell table (calendar-month rule), the case benefits' weekly
 * rows with their spell, the activation runs and the person-month aggregate
 * once and stores them as DIR/spells.parquet, DIR/case_weeks.parquet,
 * DIR/activation_runs.parquet and DIR/months.parquet, so measure sessions need
 * not recompute them. Called after the register is written (synth, import);
 * the SQL is the same the sessions use when the files are missing (and
 * PostgreSQL always uses).
 */
export async function storeSpells(db: DuckDb, dir: string): Promise<void> {
  await attachRegister(db, dir);
  const [range] = await db.all(
    'SELECT CAST(MIN(week) AS VARCHAR) AS first_week, CAST(MAX(week) AS VARCHAR) AS last_week FROM register',
  );
  const ctx = { firstWeek: String(range?.first_week), lastWeek: String(range?.last_week) };
  await createReferenceTables(new DuckDbEngine(db, false), ctx, BENEFIT_YDELSESGRUPPER);
  for (const table of DERIVED_TABLES) {
    await db.run(`DROP TABLE IF EXISTS ${table}`);
    await db.run(derivedSql(table, ctx));
    const order = STORED_ORDER[table];
    await db.run(
      `COPY (SELECT * FROM ${table}${order ? ` ORDER BY ${order}` : ''}) TO ${sqlString(join(dir, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`,
    );
    // case_weeks is derived from the spells; every other table can go as soon as it is stored.
    if (table !== 'spells') await db.run(`DROP TABLE ${table}`);
    if (table === 'case_weeks') await db.run('DROP TABLE spells');
  }
}

/**
 * The order each derived table is stored in: the measures read case_weeks by benefit and week
 * (row groups of other benefits are skipped) and months by month.
 */
const STORED_ORDER: Record<DerivedTable, string | undefined> = {
  spells: undefined,
  case_weeks: 'benefit, week',
  activation_runs: 'person_id, first_week',
  months: 'month, municipality',
};
