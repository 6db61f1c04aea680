/**
 * DuckDb.columns: values converted as `all` promises (counts as numbers, decimals as numbers,
 * dates as YYYY-MM-DD), the same whether the result is read in order or `unordered` (through
 * ENUM dictionaries for its text columns). Expected values written by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../src/sql/duckdb.ts';

describe('DuckDb.columns', () => {
  let db: DuckDb;
  beforeAll(async () => {
    db = await DuckDb.open({ threads: 1 });
  });
  afterAll(() => db.close());

  const SQL = `SELECT * FROM (VALUES
      (1, 'b', 'it''s', CAST(5 AS BIGINT), CAST(2.50 AS DECIMAL(9, 2)), DATE '2020-02-29', TRUE),
      (2, NULL, 'x', CAST(NULL AS BIGINT), CAST(0.1 AS DECIMAL(9, 2)), NULL, FALSE),
      (3, 'a', 'x', CAST(9007199254740991 AS BIGINT), NULL, DATE '1969-12-31', NULL)
    ) AS t(n, "the ""name""", q, big, dec, day, flag)`;

  const EXPECTED = {
    names: ['n', 'the "name"', 'q', 'big', 'dec', 'day', 'flag'],
    rows: [
      [1, 'b', "it's", 5, 2.5, '2020-02-29', true],
      [2, null, 'x', null, 0.1, null, false],
      [3, 'a', 'x', 9007199254740991, null, '1969-12-31', null],
    ],
  };

  /** The rows of a column result, sorted by the first column. */
  const rowsOf = (r: { columns: unknown[][]; length: number }) =>
    Array.from({ length: r.length }, (_, i) => r.columns.map((c) => c[i])).sort(
      (a, b) => (a[0] as number) - (b[0] as number),
    );

  it('converts each type as `all` says, in the query order', async () => {
    const r = await db.columns(`${SQL} ORDER BY n`);
    expect(r.names).toEqual(EXPECTED.names);
    expect(rowsOf(r)).toEqual(EXPECTED.rows);
    expect(r.columns[0]).toEqual([1, 2, 3]);
  });

  it('gives the same values unordered, text through dictionaries', async () => {
    const r = await db.columns(SQL, { unordered: true });
    expect(r.names).toEqual(EXPECTED.names);
    expect(rowsOf(r)).toEqual(EXPECTED.rows);
  });

  it('reads a text column with more distinct values than a dictionary holds as text', async () => {
    const r = await db.columns(
      "SELECT i, 'v' || CAST(i AS VARCHAR) AS v FROM range(12000) t(i) WHERE i % 2 = 0 OR i < 11000",
      { unordered: true },
    );
    expect(r.length).toBe(11500);
    const v = new Map(r.columns[0]!.map((i, k) => [i as number, r.columns[1]![k]]));
    expect(v.get(0)).toBe('v0');
    expect(v.get(11998)).toBe('v11998');
    expect(v.has(11001)).toBe(false);
  });

  it('reads an empty result and a column of NULLs only', async () => {
    const empty = await db.columns(`${SQL} WHERE n > 9`, { unordered: true });
    expect(empty.names).toEqual(EXPECTED.names);
    expect(empty.length).toBe(0);
    const nulls = await db.columns('SELECT CAST(NULL AS VARCHAR) AS s, 1 AS n', {
      unordered: true,
    });
    expect(nulls.columns).toEqual([[null], [1]]);
  });

  it('leaves no result table behind', async () => {
    await db.columns(SQL, { unordered: true });
    const tables = await db.all(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'jobcenter_result_%'",
    );
    expect(tables).toEqual([]);
  });
});
