/**
 * `jobcenter register import FILE`: loads weekly records from CSV or Parquet
 * into a register directory. Every row is validated (in DuckDB, so large files
 * are fine); rows that fail go to an error file with their line number and the
 * reasons, and then nothing is imported. On success the existing register and
 * the new rows are written to a staging directory that then replaces the old
 * one in a single rename (swap.ts), so a failure at any point leaves the old
 * register intact; the next import cleans up after a killed one.
 * Columns are matched by header name; rows DuckDB cannot read (wrong number
 * of fields, invalid UTF-8) are errors with their line like any other.
 *
 * Person ids must be pseudonyms: anything that looks like a CPR number is
 * rejected, and person ids are never copied into the error file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays, dayOfWeek } from '../calendar/index.ts';
import { MUNICIPALITIES } from '../reference/municipalities.ts';
import { DuckDb, sqlString } from '../sql/duckdb.ts';
import { EDUCATION_LEVELS, ORIGINS } from './population.ts';
import {
  ACTIVATION_TYPES,
  CATEGORY_BENEFITS,
  MAX_WEEKLY_HOURS,
  NO_BENEFIT,
  REGISTER_BENEFITS,
  REGISTER_COLUMNS,
} from './schema.ts';
import {
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
  readManifest,
  storeSpells,
  weeksGlob,
  weeksSelect,
  writeManifest,
} from './store.ts';
import { cleanUpRegisterDir, swapDirectory } from './swap.ts';

/** The columns of an import file: the register's, without the partition key `year`. */
export const IMPORT_COLUMNS = REGISTER_COLUMNS.map(([name]) => name).filter((c) => c !== 'year');

/**
 * Import columns a file may leave out: `category` (visitationskategori), so that files
 * made before it existed still import (every category unknown). When the column is there,
 * it is checked like any other (a category where the benefit has none, or none where it has).
 */
export const OPTIONAL_IMPORT_COLUMNS: readonly string[] = ['category'];

export interface ImportResult {
  imported: number;
  totalRows: number;
  errors: number;
  errorFile?: string;
}

export class ImportRejected extends Error {
  constructor(
    message: string,
    readonly errorFile: string,
    readonly errors: number,
  ) {
    super(message);
  }
}

const list = (values: readonly string[]) => values.map(sqlString).join(', ');

type FileKind = 'csv' | 'parquet';

function kindOf(file: string): FileKind {
  const lower = file.toLowerCase();
  if (lower.endsWith('.parquet')) return 'parquet';
  if (lower.endsWith('.csv') || lower.endsWith('.csv.gz')) return 'csv';
  throw new Error(`${file}: expected a .csv, .csv.gz or .parquet file`);
}

/**
 * The file's column names, in file order: the CSV header row (read as data, so a
 * misspelt name is seen as it is) or the Parquet schema.
 */
async function headerOf(db: DuckDb, file: string, kind: FileKind): Promise<string[]> {
  if (kind === 'parquet') {
    return (await db.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`)).map((r) =>
      String(r.column_name),
    );
  }
  const [first] = await db.all(
    `SELECT * FROM read_csv(${sqlString(file)}, header = false, all_varchar = true, delim = ',', quote = '"', null_padding = true, ignore_errors = true) LIMIT 1`,
  );
  return first ? Object.values(first).map((v) => String(v ?? '')) : [];
}

/** Problems of the header, on line 1: unknown, duplicate and missing column names. */
function headerProblems(
  header: readonly string[],
  expected: readonly string[] = IMPORT_COLUMNS,
  optional: readonly string[] = [],
): { field: string; reason: string }[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: { field: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!expected.includes(name)) {
      problems.push({
        field: name || '(empty)',
        reason: `unknown column; expected ${expected.join(', ')}`,
      });
    } else if (seen.has(name)) {
      problems.push({ field: name, reason: 'column given twice' });
    }
    seen.add(name);
  }
  for (const c of expected) {
    if (!seen.has(c) && !optional.includes(c)) {
      problems.push({ field: c, reason: 'missing column' });
    }
  }
  return problems;
}

/**
 * Reads the file's rows into table `raw` (the import columns, by header name,
 * as text, with `line`, the file line) and the rows DuckDB could not read at
 * all (wrong number of fields, invalid UTF-8) into `unreadable` (line, reason).
 */
async function readRows(
  db: DuckDb,
  file: string,
  kind: FileKind,
  header: readonly string[],
  expected: readonly string[] = IMPORT_COLUMNS,
) {
  const pick = (alias: string) =>
    expected
      .map((c) => {
        const name = header.find((h) => h.trim().toLowerCase() === c);
        // An optional column the file leaves out (OPTIONAL_IMPORT_COLUMNS) reads as empty.
        if (name === undefined) return `CAST(NULL AS VARCHAR) AS ${c}`;
        return `CAST(${alias}."${name.replaceAll('"', '""')}" AS VARCHAR) AS ${c}`;
      })
      .join(', ');
  if (kind === 'parquet') {
    await db.run(
      `CREATE TEMP TABLE raw AS SELECT ${pick('f')}, CAST(row_number() OVER () AS BIGINT) AS line FROM read_parquet(${sqlString(file)}) f`,
    );
    await db.run('CREATE TEMP TABLE unreadable (line BIGINT, reason VARCHAR)');
    return;
  }
  await db.run(
    `CREATE TEMP TABLE rows AS SELECT *, row_number() OVER () AS k FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, auto_detect = false, delim = ',', quote = '"', columns = {${header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ')}}, store_rejects = true)`,
  );
  await db.run(
    `CREATE TEMP TABLE unreadable AS SELECT CAST(line AS BIGINT) AS line, error_type || ': ' || split_part(error_message, '.', 1) AS reason FROM reject_errors`,
  );
  // The k-th row read is on the k-th data line not rejected (line 1 is the header; one record
  // per line: quoted fields spanning lines are not supported).
  await db.run(`CREATE TEMP TABLE raw AS
WITH n AS (SELECT (SELECT COUNT(*) FROM rows) + (SELECT COUNT(DISTINCT line) FROM unreadable) AS lines),
good AS (
  SELECT l.line, row_number() OVER (ORDER BY l.line) AS k
  FROM (SELECT CAST(range + 2 AS BIGINT) AS line FROM range((SELECT lines FROM n))) l
  WHERE l.line NOT IN (SELECT line FROM unreadable)
)
SELECT ${pick('r')}, good.line FROM rows r JOIN good ON good.k = r.k`);
}

/** Refuses the file when its header has problems, writing them to FILE.errors.csv (line 1). */
function rejectWrongHeader(
  file: string,
  path: string,
  wrongHeader: readonly { field: string; reason: string }[],
): void {
  if (wrongHeader.length === 0) return;
  const errorFile = `${path}.errors.csv`;
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  writeFileSync(
    errorFile,
    `line,field,reason\n${wrongHeader.map((p) => `1,${quote(p.field)},${quote(p.reason)}`).join('\n')}\n`,
  );
  throw new ImportRejected(
    `${file}: the header is wrong (${wrongHeader.map((p) => `${p.field}: ${p.reason.split(';')[0]}`).join('; ')}; see ${errorFile}); nothing was imported`,
    errorFile,
    wrongHeader.length,
  );
}

/** Writes the problems table to FILE.errors.csv and refuses the file when there are any. */
async function rejectProblems(db: DuckDb, file: string, path: string): Promise<number> {
  const [{ n: errorCount } = { n: 0 }] = (await db.all('SELECT COUNT(*) AS n FROM problems')) as {
    n: number;
  }[];
  const [{ n: totalRows } = { n: 0 }] = (await db.all(
    'SELECT (SELECT COUNT(*) FROM raw) + (SELECT COUNT(DISTINCT line) FROM unreadable) AS n',
  )) as { n: number }[];
  if (errorCount > 0) {
    const errorFile = `${path}.errors.csv`;
    await db.run(
      `COPY (SELECT line, field, reason FROM problems ORDER BY line, field) TO ${sqlString(errorFile)} (FORMAT csv, HEADER true)`,
    );
    const lines = (await db.all('SELECT COUNT(DISTINCT line) AS n FROM problems'))[0]?.n;
    throw new ImportRejected(
      `${file}: ${lines} of ${totalRows} rows are invalid (${errorCount} problems, see ${errorFile}); nothing was imported`,
      errorFile,
      errorCount,
    );
  }
  if (totalRows === 0) throw new Error(`${file}: no rows`);
  return Number(totalRows);
}

/** The person attribute columns of persons.parquet (register-format.md). */
export const PERSON_COLUMNS = ['person_id', 'birth_date', 'sex', 'origin', 'education'] as const;

/**
 * `jobcenter register import-persons FILE`: person attributes (birth date,
 * sex, origin, education) for the breakdowns, checked like the weekly rows
 * (header by name, a line per problem in FILE.errors.csv, all or nothing).
 * A person already in persons.parquet gets the new attributes. The new file
 * replaces the old in one rename.
 */
export async function importPersons(file: string, registerDir: string): Promise<ImportResult> {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${file}: no such file`);
  const dir = resolve(registerDir);
  readManifest(dir);
  const kind = kindOf(path);
  const db = await DuckDb.open();
  try {
    await db.run('SET preserve_insertion_order = true');
    const header = await headerOf(db, path, kind);
    rejectWrongHeader(file, path, headerProblems(header, PERSON_COLUMNS));
    await readRows(db, path, kind, header, PERSON_COLUMNS);
    const today = new Date().toISOString().slice(0, 10);
    await db.run(`CREATE TEMP TABLE problems AS
WITH v AS (
  SELECT line, trim(person_id) AS person_id, trim(birth_date) AS birth_date, trim(sex) AS sex,
    lower(trim(origin)) AS origin, lower(trim(education)) AS education,
    TRY_CAST(trim(person_id) AS BIGINT) AS pid, TRY_CAST(trim(birth_date) AS DATE) AS bd
  FROM raw
)
SELECT line, 'person_id' AS field, 'looks like a CPR number; pseudonymise before import' AS reason FROM v
  WHERE regexp_full_match(coalesce(person_id, ''), '(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}')
UNION ALL SELECT line, 'person_id', 'must be a positive integer pseudonym of at most 15 digits' FROM v
  WHERE NOT regexp_full_match(coalesce(person_id, ''), '[1-9][0-9]{0,14}')
    AND NOT regexp_full_match(coalesce(person_id, ''), '(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}')
UNION ALL SELECT line, 'birth_date', 'must be a date YYYY-MM-DD from 1900-01-01 to today (got ' || coalesce(birth_date, 'nothing') || ')' FROM v
  WHERE bd IS NULL OR NOT regexp_full_match(birth_date, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
    OR bd < DATE '1900-01-01' OR bd > DATE '${today}'
UNION ALL SELECT line, 'sex', 'must be M or K (got ' || coalesce(sex, 'nothing') || ')' FROM v
  WHERE sex IS NULL OR upper(sex) NOT IN ('M', 'K')
UNION ALL SELECT line, 'origin', 'must be one of ${ORIGINS.join(', ')} (got ' || coalesce(origin, 'nothing') || ')' FROM v
  WHERE origin IS NULL OR origin NOT IN (${list(ORIGINS)})
UNION ALL SELECT line, 'education', 'must be one of ${EDUCATION_LEVELS.join(', ')} (got ' || coalesce(education, 'nothing') || ')' FROM v
  WHERE education IS NULL OR education NOT IN (${list(EDUCATION_LEVELS)})
UNION ALL SELECT line, 'person_id', 'duplicate person (also on line ' || CAST(first_line AS VARCHAR) || ')' FROM (
  SELECT line, MIN(line) OVER (PARTITION BY pid) AS first_line FROM v WHERE pid IS NOT NULL
) d WHERE line > first_line
UNION ALL SELECT line, 'row', reason FROM unreadable`);
    const totalRows = await rejectProblems(db, file, path);
    const target = join(dir, 'persons.parquet');
    const old = existsSync(target)
      ? `SELECT * FROM read_parquet(${sqlString(target)}) WHERE person_id NOT IN (SELECT person_id FROM incoming) UNION ALL `
      : '';
    await db.run(`CREATE TEMP TABLE incoming AS
SELECT CAST(trim(person_id) AS BIGINT) AS person_id, CAST(trim(birth_date) AS DATE) AS birth_date,
  upper(trim(sex)) AS sex, lower(trim(origin)) AS origin, lower(trim(education)) AS education
FROM raw`);
    const staging = `${target}.staging-${process.pid}`;
    await db.run(
      `COPY (${old}SELECT * FROM incoming ORDER BY person_id) TO ${sqlString(staging)} (FORMAT parquet)`,
    );
    renameSync(staging, target);
    return { imported: totalRows, totalRows, errors: 0 };
  } finally {
    db.close();
  }
}

/** The earliest week accepted: the weekly DREAM register begins in 1991. */
export const FIRST_PLAUSIBLE_WEEK = '1991-01-07';

/**
 * Removes what a killed import left beside the register (staging directories,
 * unswapped links, old versions) and restores a register cut short in its
 * one-off conversion: see `cleanUpRegisterDir` in swap.ts.
 */
export function cleanUpInterruptedImports(dir: string): string[] {
  return cleanUpRegisterDir(dir);
}

/**
 * The category checks (problems CTE rows): a category must be one the week's benefit allows
 * (CATEGORY_BENEFITS), none on other weeks; with the column present, weeks of a benefit with
 * categories must carry one.
 */
function categoryProblems(hasCategory: boolean): string {
  const allowed = Object.entries(CATEGORY_BENEFITS);
  const fits = allowed
    .map(([b, cs]) => `(benefit = ${sqlString(b)} AND category IN (${list(cs)}))`)
    .join(' OR ');
  const names = allowed.map(([b, cs]) => `${b}: ${cs.join('/')}`).join('; ');
  const withCategory = list(allowed.map(([b]) => b));
  return `  UNION ALL SELECT line, 'category', 'must be empty on ' || CASE WHEN benefit IN ('', ${sqlString(NO_BENEFIT)}) THEN 'weeks without a benefit' ELSE benefit || ' weeks' END || ' (got ' || category || ')' FROM v
    WHERE category <> '' AND benefit NOT IN (${withCategory})
  UNION ALL SELECT line, 'category', 'unknown category ' || category || ' for ' || benefit || ' (${names})' FROM v
    WHERE category <> '' AND benefit IN (${withCategory}) AND NOT (${fits})${
      hasCategory
        ? `
  UNION ALL SELECT line, 'category', 'missing: ' || benefit || ' weeks need a visitationskategori (${names})' FROM v
    WHERE category = '' AND benefit IN (${withCategory})`
        : ''
    }`;
}

const BOOL = `('true', 'false', '1', '0', 't', 'f', 'ja', 'nej')`;
const TRUE_VALUES = `('true', '1', 't', 'ja')`;

export async function importRegister(file: string, registerDir: string): Promise<ImportResult> {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${file}: no such file`);
  const dir = resolve(registerDir);
  const kind = kindOf(path);
  cleanUpInterruptedImports(dir);
  const existing = existsSync(join(dir, 'manifest.json')) ? readManifest(dir) : null;
  if (!existing && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(
      `${registerDir} exists and is not a register directory; refusing to replace it`,
    );
  }
  const db = await DuckDb.open();
  try {
    await db.run('SET preserve_insertion_order = true');
    let header: string[];
    try {
      header = await headerOf(db, path, kind);
    } catch (error) {
      throw new Error(
        `${file}: cannot read it as a register file (${(error as Error).message.split('\n')[0]}); expected columns ${IMPORT_COLUMNS.join(', ')}`,
      );
    }
    rejectWrongHeader(file, path, headerProblems(header, IMPORT_COLUMNS, OPTIONAL_IMPORT_COLUMNS));
    const hasCategory = header.some((h) => h.trim().toLowerCase() === 'category');
    try {
      await readRows(db, path, kind, header);
    } catch (error) {
      throw new Error(
        `${file}: cannot read it as a register file (${(error as Error).message.split('\n')[0]})`,
      );
    }
    if (existing) {
      await db.run(
        `CREATE TEMP TABLE old AS SELECT person_id, week FROM read_parquet(${sqlString(weeksGlob(dir))})`,
      );
    } else {
      await db.run('CREATE TEMP TABLE old (person_id BIGINT, week DATE)');
    }
    // The latest week accepted: the current one (a register does not hold the future).
    const today = new Date().toISOString().slice(0, 10);
    const thisMonday = addDays(today, 1 - dayOfWeek(today));
    // One row per problem: line, field, reason.
    await db.run(`CREATE TEMP TABLE problems AS
WITH v AS (
  SELECT line, trim(person_id) AS person_id, trim(week) AS week, trim(municipality) AS municipality,
    lower(trim(coalesce(benefit, ''))) AS benefit, trim(hours) AS hours,
    lower(trim(coalesce(activation, ''))) AS activation, lower(trim(education)) AS education,
    lower(trim(coalesce(partial_sick, ''))) AS partial_sick,
    lower(trim(coalesce(category, ''))) AS category,
    TRY_CAST(trim(person_id) AS BIGINT) AS pid, TRY_CAST(trim(week) AS DATE) AS wk,
    TRY_CAST(trim(hours) AS DOUBLE) AS h
  FROM raw
), p AS (
  SELECT line, 'person_id' AS field, 'missing' AS reason FROM v WHERE person_id IS NULL OR person_id = ''
  UNION ALL SELECT line, 'person_id', 'looks like a CPR number; pseudonymise before import' FROM v
    WHERE regexp_full_match(person_id, '(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}')
  UNION ALL SELECT line, 'person_id', 'must be a positive integer pseudonym of at most 15 digits' FROM v
    WHERE person_id <> '' AND NOT regexp_full_match(person_id, '[1-9][0-9]{0,14}')
      AND NOT regexp_full_match(person_id, '(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}')
  UNION ALL SELECT line, 'week', 'must be a date YYYY-MM-DD (got ' || coalesce(week, 'nothing') || ')' FROM v
    WHERE wk IS NULL OR NOT regexp_full_match(week, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
  UNION ALL SELECT line, 'week', 'must be the Monday of an ISO week (got ' || week || ')' FROM v
    WHERE wk IS NOT NULL AND isodow(wk) <> 1
  UNION ALL SELECT line, 'week', 'outside the plausible range ${FIRST_PLAUSIBLE_WEEK} to ${thisMonday} (got ' || week || ')' FROM v
    WHERE wk IS NOT NULL AND (wk < DATE '${FIRST_PLAUSIBLE_WEEK}' OR wk > DATE '${thisMonday}')
  UNION ALL SELECT line, 'row', reason FROM unreadable
  UNION ALL SELECT line, 'municipality', 'unknown kommunekode ' || coalesce(municipality, 'nothing') FROM v
    WHERE municipality IS NULL OR municipality NOT IN (${list(MUNICIPALITIES.map((m) => m.code))})
  UNION ALL SELECT line, 'benefit', 'unknown benefit code ' || benefit FROM v
    WHERE benefit NOT IN ('', ${list([NO_BENEFIT, ...REGISTER_BENEFITS])})
  UNION ALL SELECT line, 'hours', 'must be a number from 0 to ${MAX_WEEKLY_HOURS} (got ' || coalesce(hours, 'nothing') || ')' FROM v
    WHERE h IS NULL OR h < 0 OR h > ${MAX_WEEKLY_HOURS} OR isnan(h)
  UNION ALL SELECT line, 'activation', 'unknown activation type ' || activation FROM v
    WHERE activation NOT IN ('', ${list(ACTIVATION_TYPES)})
  UNION ALL SELECT line, 'education', 'must be true or false (got ' || coalesce(education, 'nothing') || ')' FROM v
    WHERE education IS NULL OR education NOT IN ${BOOL}
  UNION ALL SELECT line, 'partial_sick', 'must be true, false or empty (got ' || partial_sick || ')' FROM v
    WHERE partial_sick <> '' AND partial_sick NOT IN ${BOOL}
  UNION ALL SELECT line, 'partial_sick', 'only allowed on sygedagpenge weeks' FROM v
    WHERE partial_sick <> '' AND benefit <> 'sygedagpenge'
${categoryProblems(hasCategory)}
  UNION ALL SELECT line, 'week', 'duplicate person and week (also on line ' || CAST(first_line AS VARCHAR) || ')' FROM (
    SELECT line, MIN(line) OVER (PARTITION BY pid, wk) AS first_line FROM v WHERE pid IS NOT NULL AND wk IS NOT NULL
  ) d WHERE line > first_line
  UNION ALL SELECT v.line, 'week', 'this person and week are already in the register' FROM v
    JOIN old o ON o.person_id = v.pid AND o.week = v.wk
)
SELECT * FROM p`);
    const totalRows = await rejectProblems(db, file, path);

    const staging = `${dir}.staging-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(join(staging, 'weeks'), { recursive: true });
    const union = existing
      ? `SELECT person_id, week, municipality, benefit, hours, activation, education, partial_sick, category FROM (${await weeksSelect(db, dir)}) UNION ALL `
      : '';
    await db.run(`CREATE TEMP TABLE incoming AS
SELECT CAST(trim(person_id) AS BIGINT) AS person_id, CAST(trim(week) AS DATE) AS week, trim(municipality) AS municipality,
  CASE WHEN lower(trim(coalesce(benefit, ''))) IN ('', ${sqlString(NO_BENEFIT)}) THEN NULL ELSE lower(trim(benefit)) END AS benefit,
  CAST(trim(hours) AS DOUBLE) AS hours,
  CASE WHEN lower(trim(coalesce(activation, ''))) = '' THEN NULL ELSE lower(trim(activation)) END AS activation,
  lower(trim(education)) IN ${TRUE_VALUES} AS education,
  CASE WHEN lower(trim(coalesce(partial_sick, ''))) = '' THEN NULL ELSE lower(trim(partial_sick)) IN ${TRUE_VALUES} END AS partial_sick,
  CASE WHEN lower(trim(coalesce(category, ''))) = '' THEN NULL ELSE lower(trim(category)) END AS category
FROM raw`);
    await db.run(
      `CREATE TEMP TABLE combined AS SELECT *, CAST(EXTRACT(isoyear FROM week) AS INTEGER) AS year FROM (${union}SELECT * FROM incoming)`,
    );
    const years = (await db.all('SELECT DISTINCT year FROM combined ORDER BY year')).map((r) =>
      Number(r.year),
    );
    for (const year of years) {
      const yearDir = join(staging, 'weeks', `year=${year}`);
      mkdirSync(yearDir, { recursive: true });
      await db.run(
        `COPY (SELECT person_id, week, municipality, benefit, hours, activation, education, partial_sick, category FROM combined WHERE year = ${year} ORDER BY person_id, week) TO ${sqlString(join(yearDir, 'data.parquet'))} (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
    for (const file of ['labour_force.parquet', 'interviews.parquet', 'persons.parquet']) {
      if (existing && existsSync(join(dir, file))) {
        await db.run(
          `COPY (SELECT * FROM read_parquet(${sqlString(join(dir, file))})) TO ${sqlString(join(staging, file))} (FORMAT parquet)`,
        );
      }
    }
    const [stats] = await db.all(
      'SELECT CAST(MIN(week) AS VARCHAR) AS first_week, CAST(MAX(week) AS VARCHAR) AS last_week, COUNT(DISTINCT person_id) AS persons, COUNT(*) AS n FROM combined',
    );
    writeManifest(staging, {
      format: REGISTER_FORMAT,
      version: REGISTER_FORMAT_VERSION,
      firstWeek: String(stats?.first_week),
      lastWeek: String(stats?.last_week),
      persons: Number(stats?.persons),
      rows: Number(stats?.n),
      source: 'import',
      createdAt: new Date().toISOString(),
    });
    await storeSpells(db, staging);
    // Swap in one rename: the old register survives until the new one is complete.
    swapDirectory(dir, staging);
    return { imported: totalRows, totalRows, errors: 0 };
  } finally {
    db.close();
  }
}

/** Writes a CSV template with the import columns and one example row. */
export function writeImportTemplate(path: string): void {
  writeFileSync(
    path,
    `${IMPORT_COLUMNS.join(',')}\n1001,2018-01-01,849,sygedagpenge,0,,false,true,\n1002,2018-01-01,849,kontanthjaelp,0,,false,,aktivitetsparat\n`,
  );
}
