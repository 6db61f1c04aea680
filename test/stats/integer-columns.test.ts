/**
 * SqlEngine.integers: a result of INTEGER columns as Int32Arrays, on both engines, with errors
 * that name the column that is not whole numbers or is NULL. Expected values written by hand.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SqlEngine } from '../../src/sql/engine.ts';
import { describeEachEngine } from './engines.ts';

describeEachEngine('integer columns', (engineKind) => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await engineKind.open();
    await engine.run('CREATE TABLE t (a INTEGER, b INTEGER, d DATE, s VARCHAR(10))');
    await engine.run(
      "INSERT INTO t VALUES (1, -7, DATE '1970-01-02', 'x'), (2147483647, 0, DATE '2020-12-31', 'y'), (3, NULL, DATE '1969-12-31', 'z')",
    );
  });
  afterAll(() => engine.close());

  it('gives each INTEGER column as an Int32Array, dates as day numbers', async () => {
    const r = await engine.integers(
      "SELECT a, CAST(d - DATE '1970-01-01' AS INTEGER) AS day FROM t ORDER BY a",
    );
    expect(r.names).toEqual(['a', 'day']);
    expect(r.length).toBe(3);
    expect(r.columns[0]).toBeInstanceOf(Int32Array);
    expect([...r.columns[0]!]).toEqual([1, 3, 2147483647]);
    // 1970-01-02 is day 1; 1969-12-31 is day −1; 2020-12-31 is day 18627 (50 years of 365
    // days and 12 leap days 1972–2016, plus 365 days of 2020 less one).
    expect([...r.columns[1]!]).toEqual([1, -1, 18627]);
  });

  it('gives no rows as empty columns', async () => {
    const r = await engine.integers('SELECT a FROM t WHERE a < 0');
    expect(r.length).toBe(0);
    expect([...r.columns[0]!]).toEqual([]);
  });

  it('refuses a column that is not INTEGER, naming it', async () => {
    await expect(engine.integers('SELECT a, s FROM t')).rejects.toThrow(
      /column s is .*not INTEGER/,
    );
    await expect(engine.integers('SELECT CAST(a AS BIGINT) AS big FROM t')).rejects.toThrow(
      /column big/,
    );
  });

  it('refuses a NULL, naming the column and row', async () => {
    await expect(engine.integers('SELECT a, b FROM t ORDER BY a')).rejects.toThrow(
      'column b is NULL in row 2',
    );
  });
});
