/**
 * The register's tables as SQL tables (PostgreSQL, and DuckDB in tests):
 * the weekly records, the labour-force denominators and the interviews. On
 * DuckDB over a directory they are views over the Parquet files instead
 * (store.ts).
 */

import type { SqlEngine } from '../sql/engine.ts';
import { isoYearOfMonday } from '../sql/periods.ts';
import { insertValues } from '../sql/tables.ts';
import type { RegisterWeek } from './schema.ts';

export const REGISTER_DDL = `CREATE TABLE register (
  person_id BIGINT NOT NULL,
  week DATE NOT NULL,
  municipality VARCHAR(3) NOT NULL,
  benefit VARCHAR(32),
  hours DOUBLE PRECISION NOT NULL,
  activation VARCHAR(32),
  education BOOLEAN NOT NULL,
  partial_sick BOOLEAN,
  category VARCHAR(16),
  year INTEGER NOT NULL
)`;

export const LABOUR_FORCE_DDL = `CREATE TABLE labour_force (
  year INTEGER NOT NULL,
  municipality VARCHAR(3) NOT NULL,
  persons INTEGER NOT NULL
)`;

export const INTERVIEWS_DDL = `CREATE TABLE interviews (
  person_id BIGINT NOT NULL,
  date DATE NOT NULL,
  kind VARCHAR(32) NOT NULL
)`;

/** Person attributes (persons.parquet): the breakdowns' age, sex, origin and education. */
export const PERSONS_DDL = `CREATE TABLE persons (
  person_id BIGINT NOT NULL,
  birth_date DATE NOT NULL,
  sex VARCHAR(1) NOT NULL,
  origin VARCHAR(16) NOT NULL,
  education VARCHAR(16) NOT NULL
)`;

export interface PersonRow {
  personId: number;
  /** YYYY-MM-DD */
  birthDate: string;
  /** køn: 'M' or 'K' */
  sex: string;
  /** herkomst: 'dansk', 'vestlig' or 'ikke-vestlig' */
  origin: string;
  /** 'grundskole', 'gymnasial', 'erhvervsfaglig' or 'videregaaende' */
  education: string;
}

export interface LabourForceRow {
  year: number;
  municipality: string;
  /** Labour force aged 16–66 (arbejdsstyrken 16–66 år) in the municipality that year. */
  persons: number;
}

export interface InterviewRow {
  personId: number;
  date: string;
  /** e.g. 'jobsamtale' */
  kind: string;
}

/** Creates `register`, `labour_force` and `interviews` as tables and fills them (tests, PostgreSQL). */
export async function loadRegisterTables(
  engine: SqlEngine,
  data: {
    weeks: readonly RegisterWeek[];
    labourForce?: readonly LabourForceRow[];
    interviews?: readonly InterviewRow[];
    persons?: readonly PersonRow[];
  },
): Promise<void> {
  await engine.run(REGISTER_DDL);
  await engine.run(LABOUR_FORCE_DDL);
  await engine.run(INTERVIEWS_DDL);
  await engine.run(PERSONS_DDL);
  await insertValues(
    engine,
    'register',
    data.weeks.map((w) => [
      w.personId,
      w.week,
      w.municipality,
      w.benefit,
      w.hours,
      w.activation,
      w.education,
      w.partialSick,
      w.category ?? null,
      Number(isoYearOfMonday(w.week)),
    ]),
    ['', 'DATE', '', '', 'DOUBLE PRECISION', '', '', 'BOOLEAN', 'VARCHAR', ''],
  );
  await insertValues(
    engine,
    'labour_force',
    (data.labourForce ?? []).map((r) => [r.year, r.municipality, r.persons]),
  );
  await insertValues(
    engine,
    'persons',
    (data.persons ?? []).map((p) => [p.personId, p.birthDate, p.sex, p.origin, p.education]),
    ['', 'DATE', '', '', ''],
  );
  await insertValues(
    engine,
    'interviews',
    (data.interviews ?? []).map((r) => [r.personId, r.date, r.kind]),
    ['', 'DATE', ''],
  );
}
