/**
 * DuckDB access for the register. Extension auto-install and auto-load are
 * turned off, so nothing is ever downloaded: Parquet, CSV and JSON support are
 * built into the @duckdb/node-api binaries.
 */
import { type DuckDBConnection, DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';

export interface DuckDbOptions {
  /** Worker threads; default: DuckDB's own choice (all cores). */
  threads?: number;
  /** e.g. '4GB'; default: DuckDB's own (80 % of RAM). */
  memoryLimit?: string;
  /** Spill directory for large sorts; default /tmp/jobcenter-duckdb. */
  tempDirectory?: string;
}

/** A result as one array of values per column. */
export interface ResultColumns {
  names: string[];
  columns: unknown[][];
  length: number;
}

/** A result of whole numbers only: one Int32Array per column. */
export interface IntegerColumns {
  names: string[];
  columns: Int32Array[];
  length: number;
}

export class DuckDb {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(options: DuckDbOptions = {}): Promise<DuckDb> {
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      temp_directory: options.tempDirectory ?? '/tmp/jobcenter-duckdb',
      preserve_insertion_order: 'false',
    };
    if (options.threads) config.threads = String(options.threads);
    if (options.memoryLimit) config.memory_limit = options.memoryLimit;
    const instance = await DuckDBInstance.create(':memory:', config);
    const connection = await instance.connect();
    await connection.run(`SET TimeZone = 'UTC'`);
    return new DuckDb(instance, connection);
  }

  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /**
   * Rows as plain objects. BIGINT and HUGEINT become numbers (they are counts
   * and ids within 2^53), DECIMAL becomes a number, DATE becomes 'YYYY-MM-DD'.
   */
  async all(sql: string): Promise<Record<string, unknown>[]> {
    const { names, columns, length } = await this.columns(sql);
    const rows: Record<string, unknown>[] = new Array(length);
    for (let i = 0; i < length; i++) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![i];
      rows[i] = row;
    }
    return rows;
  }

  /**
   * The result column by column, values converted as in `all`. Column-wise conversion is
   * about five times faster than getRowObjectsJS on results of tens of thousands of rows, and
   * a caller that types and sorts the values (MeasureSession) builds each row object once.
   */
  async columns(sql: string): Promise<ResultColumns> {
    const reader = await this.connection.runAndReadAll(sql);
    const names = reader.columnNames();
    const columns = reader.getColumnsJS() as unknown[][];
    for (const column of columns) {
      for (let i = 0; i < column.length; i++) column[i] = plain(column[i]);
    }
    return { names, columns, length: reader.currentRowCount };
  }

  /**
   * A result whose every column is an INTEGER without NULLs, as Int32Arrays read chunk by chunk
   * from DuckDB's vectors: about four times faster than `columns` (which converts each value
   * through the client's generic conversion), for inputs of millions of rows handed to
   * TypeScript (the measure rettidighed).
   */
  async integers(sql: string): Promise<IntegerColumns> {
    const result = await this.connection.run(sql);
    const names = result.columnNames();
    result.columnTypes().forEach((type, c) => {
      if (type.typeId !== DuckDBTypeId.INTEGER) {
        throw new Error(`column ${names[c]} is ${type}, not INTEGER`);
      }
    });
    const chunks = await result.fetchAllChunks();
    const length = chunks.reduce((n, chunk) => n + chunk.rowCount, 0);
    const columns = names.map(() => new Int32Array(length));
    let at = 0;
    for (const chunk of chunks) {
      const n = chunk.rowCount;
      for (let c = 0; c < names.length; c++) {
        const vector = chunk.getColumnVector(c);
        const out = columns[c]!;
        for (let i = 0; i < n; i++) {
          const v = vector.getItem(i);
          if (v === null) throw new Error(`column ${names[c]} is NULL in row ${at + i + 1}`);
          out[at + i] = v as number;
        }
      }
      at += n;
    }
    return { names, columns, length };
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'toDouble' in value) {
    return (value as { toDouble(): number }).toDouble();
  }
  return value;
}

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
