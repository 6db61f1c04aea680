/**
 * A measure session: one engine over one register, with the reference tables
 * and the derived tables (spells, months) built once and reused by every
 * measure; rows typed per the measure's columns so both engines give
 * identical rows.
 */
import { DEFAULT_REGISTER_SCHEMA, openPostgresRegisterEngine } from '../register/postgres.ts';
import { BENEFIT_YDELSESGRUPPER, REGISTER_BENEFITS } from '../register/schema.ts';
import type { StoredDerived } from '../register/store.ts';
import { openRegisterEngine, type RegisterManifest } from '../register/store.ts';
import { type DerivedTable, derivedSql } from '../sql/derived.ts';
import type { DuckDbOptions } from '../sql/duckdb.ts';
import type {
  DuckDbEngine,
  IntegerColumns,
  PostgresEngine,
  ResultColumns,
  Row,
  SqlEngine,
} from '../sql/engine.ts';
import { createReferenceTables } from '../sql/tables.ts';
import { benefitFilter, breakdownsOf, columnsFor, refDatesCte } from './measures/common.ts';
import { measureById } from './measures/index.ts';
import type { MeasureContext, MeasureParams, SqlMeasure } from './measures/types.ts';
import { columnsOfRows, measureRows } from './result-rows.ts';

/** Fills the placeholders that need the data's context (month-end dates, benefit filter). */
function finalSql(measure: SqlMeasure, params: MeasureParams, ctx: MeasureContext): string {
  let sql = measure.sql(params, ctx);
  if (sql.includes('__REFDATES__')) {
    sql = sql.replace('__REFDATES__', refDatesCte({ ...params, kind: 'month' }, ctx));
  }
  return sql.replaceAll('__BENEFITS__', benefitFilter(params, 'r.benefit'));
}

export const DEFAULT_PARAMS: MeasureParams = { kind: 'month' };

/**
 * A session on one engine over one register: the reference tables and the
 * derived spell table are built once and reused by every measure.
 */
export class MeasureSession {
  private built = new Set<string>();
  private constructor(
    readonly engine: SqlEngine,
    readonly ctx: MeasureContext,
    private readonly stored: Partial<StoredDerived>,
  ) {}

  /** Reads the register's week range and creates the reference tables. */
  static async open(
    engine: SqlEngine,
    /** The derived tables stored with the register (openRegisterEngine, openPostgresRegisterEngine). */
    stored: Partial<StoredDerived> = {},
  ): Promise<MeasureSession> {
    const [range] = await engine.all(
      'SELECT CAST(MIN(week) AS VARCHAR) AS first_week, CAST(MAX(week) AS VARCHAR) AS last_week FROM register',
    );
    if (!range?.first_week || !range.last_week) throw new Error('the register is empty');
    const ctx = { firstWeek: String(range.first_week), lastWeek: String(range.last_week) };
    await createReferenceTables(engine, ctx, BENEFIT_YDELSESGRUPPER);
    return new MeasureSession(engine, ctx, stored);
  }

  /** Whether each derived table is currently a view over the stored table or a table. */
  private readonly objects = new Map<DerivedTable, 'VIEW' | 'TABLE'>();

  /**
   * Makes the derived table `table` available under its name, from the stored copy (derived
   * when the register was written, by the same SQL) where there is one. On DuckDB the stored
   * tables but `spells` are read through a view over their Parquet file, not copied: the
   * copy into a temporary table cost more than the measures gained from it (11 of 83
   * CPU-seconds of the person-month measures at 1M persons; the measures read only the
   * columns they need). The spell table is copied: the spell measures took 93 CPU-seconds
   * through a view against 58 from the copy. On PostgreSQL all are copied: a view would tie
   * the stored table to this connection, and `register load-postgres` could not replace it
   * while a session is open. `case_weeks` is derived from `spells` under the same spell rule.
   */
  async ensure(table: DerivedTable, params: MeasureParams): Promise<void> {
    // months and activation_runs do not depend on the spell rule.
    const rule =
      table === 'months' || table === 'activation_runs'
        ? 'calendar-month'
        : (params.gapRule ?? 'calendar-month');
    const key = `${table}:${rule}`;
    if (this.built.has(key)) return;
    const old = this.objects.get(table);
    if (old) await this.engine.run(`DROP ${old} IF EXISTS ${table}`);
    for (const k of [...this.built]) if (k.startsWith(`${table}:`)) this.built.delete(k);
    if (this.stored[table] && rule === 'calendar-month') {
      const kind = this.engine.dialect === 'duckdb' && table !== 'spells' ? 'VIEW' : 'TABLE';
      await this.engine.run(`CREATE TEMP ${kind} ${table} AS SELECT * FROM register_${table}`);
      this.objects.set(table, kind);
    } else {
      if (table === 'case_weeks') await this.ensure('spells', params);
      await this.engine.run(derivedSql(table, this.ctx, rule));
      this.objects.set(table, 'TABLE');
    }
    if (this.engine.dialect === 'postgres') {
      // A temporary table has no statistics until analysed (autovacuum never does): PostgreSQL
      // then planned the measures for a handful of rows (samtalekadence at 100,000 persons:
      // 255 s).
      await this.engine.run(`ANALYZE ${table}`);
    }
    this.built.add(key);
  }

  /** Runs a measure; rows are typed per the measure's columns and sorted deterministically. */
  async run(
    measureId: string,
    params: MeasureParams = DEFAULT_PARAMS,
    filter: { municipality?: string } = {},
  ): Promise<Row[]> {
    const measure = measureById(measureId);
    for (const b of params.benefits ?? []) {
      if (!(REGISTER_BENEFITS as readonly string[]).includes(b)) {
        throw new Error(`unknown benefit ${JSON.stringify(b)}`);
      }
    }
    if (params.breakdown && !breakdownsOf(measure).includes(params.breakdown)) {
      throw new Error(
        `${measure.id} cannot be broken down by ${params.breakdown} (not implemented; it offers: ${breakdownsOf(measure).join(', ') || 'none'})`,
      );
    }
    if (
      params.breakdown === 'duration' &&
      (params.gapRule ?? 'calendar-month') !== 'calendar-month'
    ) {
      // The months table carries each month's calendar-month spell (monthsSql); under any-gap
      // a month can overlap two spells of one benefit: no one duration.
      throw new Error('the duration breakdown needs the calendar-month spell rule');
    }
    for (const need of measure.needs) await this.ensure(need, params);
    const columns = columnsFor(measure, params);
    const names = columns.map((c) => c.name);
    let result: ResultColumns;
    if ('integerInputs' in measure) {
      const { queries, dictionaries } = await measure.integerInputs(params, this.ctx, (sql) =>
        this.engine.all(sql),
      );
      const inputs: Record<string, IntegerColumns> = {};
      for (const [name, sql] of Object.entries(queries)) {
        inputs[name] = await this.engine.integers(sql);
      }
      const rows = await measure.computeFromIntegers(inputs, dictionaries, params, this.ctx);
      result = columnsOfRows(rows, names);
    } else {
      const sql = finalSql(measure, params, this.ctx);
      result = measure.compute
        ? columnsOfRows(await measure.compute(await this.engine.all(sql), params, this.ctx), names)
        : await this.engine.columns(sql, { unordered: true });
    }
    return measureRows(columns, result, filter.municipality);
  }
}

/** A DuckDB measure session over a register directory. Close the engine when done. */
export async function openRegisterSession(
  dir: string,
  options: DuckDbOptions = {},
): Promise<{ session: MeasureSession; engine: DuckDbEngine; manifest: RegisterManifest }> {
  const { engine, manifest, stored } = await openRegisterEngine(dir, options);
  try {
    const session = await MeasureSession.open(engine, stored);
    return { session, engine, manifest };
  } catch (error) {
    await engine.close();
    throw error;
  }
}

/** A measure session on a schema written by loadRegisterIntoPostgres. Close the engine when done. */
export async function openPostgresSession(
  url: string,
  schema = DEFAULT_REGISTER_SCHEMA,
): Promise<{ session: MeasureSession; engine: PostgresEngine }> {
  const { engine, stored } = await openPostgresRegisterEngine(url, schema);
  try {
    const session = await MeasureSession.open(engine, stored);
    return { session, engine };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
