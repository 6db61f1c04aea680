/**
 * The two SQL engines every measure runs on: DuckDB over the Parquet register
 * (the default, single machine) and PostgreSQL (the path to a distributed
 * PostgreSQL). Both are driven through this one interface; the measure SQL is
 * written once in the portable subset both understand.
 */
import pg from 'pg';
import { DuckDb, type IntegerColumns, type ResultColumns } from './duckdb.ts';

export type { IntegerColumns, ResultColumns };

export type Dialect = 'duckdb' | 'postgres';
export type Row = Record<string, unknown>;

export interface SqlEngine {
  readonly dialect: Dialect;
  all(sql: string): Promise<Row[]>;
  /**
   * The result column by column (values as `all` gives them). `unordered`: the caller sorts
   * the rows itself, so the engine need not keep the query's row order (DuckDB then reads
   * text columns through a dictionary).
   */
  columns(sql: string, options?: { unordered?: boolean }): Promise<ResultColumns>;
  /** A result of INTEGER columns without NULLs as Int32Arrays (an error names a column that is not). */
  integers(sql: string): Promise<IntegerColumns>;
  run(sql: string): Promise<void>;
  close(): Promise<void>;
}

export class DuckDbEngine implements SqlEngine {
  readonly dialect = 'duckdb' as const;
  constructor(
    readonly db: DuckDb,
    private readonly owned = true,
  ) {}
  static async open(): Promise<DuckDbEngine> {
    return new DuckDbEngine(await DuckDb.open());
  }
  all(sql: string): Promise<Row[]> {
    return this.db.all(sql);
  }
  columns(sql: string, options: { unordered?: boolean } = {}): Promise<ResultColumns> {
    return this.db.columns(sql, options);
  }
  integers(sql: string): Promise<IntegerColumns> {
    return this.db.integers(sql);
  }
  run(sql: string): Promise<void> {
    return this.db.run(sql);
  }
  async close(): Promise<void> {
    if (this.owned) this.db.close();
  }
}

/** pg type parsers: DATE stays 'YYYY-MM-DD' (no time zone games), int8/numeric become numbers. */
export const PG_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1082) return (value: string) => value;
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export class PostgresEngine implements SqlEngine {
  readonly dialect = 'postgres' as const;
  private constructor(
    private readonly client: pg.Client,
    private readonly owned = true,
  ) {}

  /** An engine over a connection the caller owns (and closes), e.g. inside its transaction. */
  static wrap(client: pg.Client): PostgresEngine {
    return new PostgresEngine(client, false);
  }

  /** Connects; with `schema`, creates it if needed and puts it first on the search path. */
  static async open(url: string, schema?: string): Promise<PostgresEngine> {
    const client = new pg.Client({ connectionString: url, types: PG_TYPES });
    await client.connect();
    await client.query(`SET TIME ZONE 'UTC'`);
    if (schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`SET search_path TO ${schema}, public`);
    }
    return new PostgresEngine(client);
  }
  async all(sql: string): Promise<Row[]> {
    const result = await this.client.query(sql);
    return result.rows as Row[];
  }
  /** `unordered` changes nothing here: the rows come as the query gives them. */
  async columns(sql: string, _options: { unordered?: boolean } = {}): Promise<ResultColumns> {
    const result = await this.client.query({ text: sql, rowMode: 'array' });
    const names = result.fields.map((f) => f.name);
    const rows = result.rows as unknown[][];
    const columns = names.map((_, c) => rows.map((r) => r[c]));
    return { names, columns, length: rows.length };
  }
  async integers(sql: string): Promise<IntegerColumns> {
    const result = await this.client.query({ text: sql, rowMode: 'array' });
    const names = result.fields.map((f) => f.name);
    result.fields.forEach((f, c) => {
      if (f.dataTypeID !== 23)
        throw new Error(`column ${names[c]} is not INTEGER (type ${f.dataTypeID})`);
    });
    const rows = result.rows as (number | null)[][];
    const columns = names.map((name, c) => {
      const out = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const v = rows[i]![c];
        if (v === null || v === undefined)
          throw new Error(`column ${name} is NULL in row ${i + 1}`);
        out[i] = v;
      }
      return out;
    });
    return { names, columns, length: rows.length };
  }
  async run(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  async close(): Promise<void> {
    if (this.owned) await this.client.end();
  }
}
