/**
 * Reading the columns of a CSV or Parquet file for `jobcenter evaluate`,
 * through an in-memory DuckDB, straight into typed arrays.
 *
 * - Numeric columns are cast by DuckDB (TRY_CAST … AS DOUBLE, a failed cast
 *   becomes NaN) and copied chunk by chunk from DuckDB's vector memory into one
 *   Float64Array per column, instead of building a JavaScript object per value.
 * - CSV files are read with every column as text (all_varchar), so a bad value
 *   late in the file is found by our own check rather than ending DuckDB's type
 *   sniffing with "Conversion Error: CSV Error on Line: N" and no column name.
 * - Every problem is one line naming the file, the column and the row (data
 *   row N is line N + 1 of a CSV), with the number of bad values in the column.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

export interface ColumnRequest {
  readonly numeric: readonly string[];
  readonly labels: readonly string[];
}

export interface LoadedData {
  readonly n: number;
  readonly numeric: Map<string, Float64Array>;
  /** Label columns (clusters, groups): numbers when every value is a number, else text. */
  readonly labels: Map<string, Float64Array | string[]>;
}

/** An input-file problem: the message is the one line the command prints. */
export class InputError extends Error {}

function sourceOf(file: string): { sql: string; csv: boolean } {
  const ext = extname(file).toLowerCase();
  if (ext === '.parquet') return { sql: `read_parquet(${quoteString(file)})`, csv: false };
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt')
    return {
      sql: `read_csv(${quoteString(file)}, header = true, all_varchar = true)`,
      csv: true,
    };
  throw new InputError(`--data ${file}: expected a .csv or .parquet file`);
}

function checkNotEmpty(file: string, csv: boolean): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`--data ${file}: no such file`);
  }
  if (size === 0 || (csv && size < 4096 && readFileSync(file, 'utf8').trim() === ''))
    throw new InputError(`${file} is empty: expected a header row naming the columns`);
}

/** Describes why row `row` (0-based) of `column` is not usable, reading the raw text back. */
async function describeBad(
  connection: DuckDBConnection,
  source: string,
  column: string,
  rows: number[],
  count: number,
  csv: boolean,
  file: string,
): Promise<string> {
  const first = rows[0]!;
  const raw = await connection.runAndReadAll(
    `SELECT CAST(${quoteIdent(column)} AS VARCHAR) AS v FROM ${source} LIMIT 1 OFFSET ${first}`,
  );
  const value = raw.getColumnsJS()[0]?.[0];
  const what =
    value === null || value === undefined || String(value).trim() === ''
      ? 'missing value'
      : `${JSON.stringify(String(value))} is not a number`;
  const where = `row ${first + 1}${csv ? ` (line ${first + 2})` : ''}`;
  const more =
    count > 1
      ? ` (${count} bad values in "${column}"; rows ${rows
          .slice(0, 5)
          .map((r) => r + 1)
          .join(', ')}${count > 5 ? ', …' : ''})`
      : '';
  return `${file}: column "${column}" ${where}: ${what}${more}`;
}

/** Reads the requested columns; unknown columns, empty files and bad values are named. */
export async function loadColumns(file: string, request: ColumnRequest): Promise<LoadedData> {
  const { sql: source, csv } = sourceOf(file);
  checkNotEmpty(file, csv);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  try {
    let columns: string[];
    try {
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
      columns = described.getColumnsObjectJS().column_name!.map(String);
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
    }
    const wanted = [...new Set([...request.numeric, ...request.labels])];
    for (const c of wanted) {
      if (!columns.includes(c)) {
        throw new InputError(`unknown column "${c}" in ${file} (columns: ${columns.join(', ')})`);
      }
    }
    const selects = [
      ...request.numeric.map(
        (c) => `coalesce(TRY_CAST(${quoteIdent(c)} AS DOUBLE), 'NaN'::DOUBLE)`,
      ),
      // A label is read as a number when it is one (ids, kommunekoder: a typed array,
      // fast to factorise) and as text only where it is not.
      ...request.labels.flatMap((c) => [
        `TRY_CAST(${quoteIdent(c)} AS DOUBLE)`,
        `CASE WHEN TRY_CAST(${quoteIdent(c)} AS DOUBLE) IS NULL THEN CAST(${quoteIdent(c)} AS VARCHAR) END`,
      ]),
    ];
    if (selects.length === 0) selects.push('1');
    const result = await connection.run(`SELECT ${selects.join(', ')} FROM ${source}`);
    const nNum = request.numeric.length;
    const parts: Float64Array[][] = request.numeric.map(() => []);
    const labelNumbers: Float64Array[][] = request.labels.map(() => []);
    const labelText: Map<number, string | null>[] = request.labels.map(() => new Map());
    let n = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const rows = chunk.rowCount;
      for (let j = 0; j < nNum; j++) {
        const vector = chunk.getColumnVector(j);
        // The double vector exposes DuckDB's memory as a Float64Array (`items`);
        // copy it, since the chunk's memory is reused. Fall back to getItem otherwise.
        const items = (vector as unknown as { items?: unknown }).items;
        if (items instanceof Float64Array && items.length === rows) parts[j]!.push(items.slice());
        else {
          const out = new Float64Array(rows);
          for (let i = 0; i < rows; i++)
            out[i] = (vector.getItem(i) as number | null) ?? Number.NaN;
          parts[j]!.push(out);
        }
      }
      request.labels.forEach((_, j) => {
        const numbers = chunk.getColumnVector(nNum + 2 * j);
        const text = chunk.getColumnVector(nNum + 2 * j + 1);
        const out = new Float64Array(rows);
        const texts = labelText[j]!;
        for (let i = 0; i < rows; i++) {
          const v = numbers.getItem(i) as number | null;
          if (v === null) {
            out[i] = Number.NaN;
            texts.set(n + i, text.getItem(i) as string | null);
          } else out[i] = v;
        }
        labelNumbers[j]!.push(out);
      });
      n += rows;
    }
    if (n === 0) throw new InputError(`${file} has a header row but no data rows`);
    const numeric = new Map<string, Float64Array>();
    for (let j = 0; j < nNum; j++) {
      const name = request.numeric[j]!;
      const all = new Float64Array(n);
      let offset = 0;
      for (const p of parts[j]!) {
        all.set(p, offset);
        offset += p.length;
      }
      const bad: number[] = [];
      let count = 0;
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(all[i]!)) {
          count++;
          if (bad.length < 5) bad.push(i);
        }
      }
      if (count > 0)
        throw new InputError(await describeBad(connection, source, name, bad, count, csv, file));
      numeric.set(name, all);
    }
    const labels = new Map<string, Float64Array | string[]>();
    for (let j = 0; j < request.labels.length; j++) {
      const name = request.labels[j]!;
      const texts = labelText[j]!;
      const bad: number[] = [];
      let count = 0;
      for (const [i, v] of texts) {
        if (v === null || v.trim() === '') {
          count++;
          if (bad.length < 5) bad.push(i);
        }
      }
      if (count > 0)
        throw new InputError(await describeBad(connection, source, name, bad, count, csv, file));
      const all = new Float64Array(n);
      let offset = 0;
      for (const p of labelNumbers[j]!) {
        all.set(p, offset);
        offset += p.length;
      }
      if (texts.size === 0) labels.set(name, all);
      else {
        // Mixed or text labels: numbers written back as text, so "7" and 7 are one group.
        labels.set(
          name,
          Array.from(all, (v, i) => (Number.isNaN(v) ? texts.get(i)! : String(v))),
        );
      }
    }
    return { n, numeric, labels };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
