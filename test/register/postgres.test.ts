/**
 * The register on PostgreSQL: a synthetic register directory is loaded into a
 * scratch schema (register load-postgres), then every measure and the monthly
 * report must come out identical on DuckDB (over the Parquet directory) and on
 * PostgreSQL (over the loaded schema, with spells and months derived by
 * PostgreSQL itself). A load that fails half-way leaves the schema as it was.
 * Needs TEST_DATABASE_URL (skipped visibly otherwise, see test/stats/engines.ts).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSchemaName, loadRegisterIntoPostgres } from '../../src/register/postgres.ts';
import { generateSyntheticRegister } from '../../src/register/synth.ts';
import { DuckDb } from '../../src/sql/duckdb.ts';
import { MEASURES, type MeasureParams } from '../../src/stats/measures/index.ts';
import { buildMonthlyReport } from '../../src/stats/reports.ts';
import {
  type MeasureSession,
  openPostgresSession,
  openRegisterSession,
} from '../../src/stats/session.ts';
import { POSTGRES, postgresAvailable } from '../stats/engines.ts';
import { describeWith } from '../support/requirements.ts';

const url = process.env.TEST_DATABASE_URL ?? '';
const base = mkdtempSync(join(tmpdir(), 'jobcenter-pgload-test-'));
const dir = join(base, 'register');
const schema = `jobcenter_reg_${randomBytes(4).toString('hex')}`;
const run = promisify(execFile);
const bin = path.resolve('bin/jobcenter.js');

async function sql<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const PARAMS: Record<string, MeasureParams> = {
  'flere-skal-med-40': { kind: 'month', referenceDate: '2018-01-31' },
  fuldtidspersoner: { kind: 'quarter' },
};

describe('schema names', () => {
  it('accepts lower-case identifiers and rejects anything else, naming the option', () => {
    expect(checkSchemaName('jobcenter_register')).toBe('jobcenter_register');
    expect(() => checkSchemaName('x; DROP TABLE register')).toThrow(/--schema/);
    expect(() => checkSchemaName('Register')).toThrow(/not a valid schema name/);
  });
});

describeWith(POSTGRES, 'register on PostgreSQL', () => {
  let duck: { session: MeasureSession; close: () => Promise<void> };
  let pgs: { session: MeasureSession; close: () => Promise<void> };
  let rows = 0;

  beforeAll(async () => {
    const summary = await generateSyntheticRegister({
      persons: 3_000,
      from: '2017-01',
      to: '2018-12',
      seed: 11,
      out: dir,
    });
    rows = summary.rows;
    const steps: string[] = [];
    const loaded = await loadRegisterIntoPostgres(dir, url, {
      schema,
      onProgress: (p) => steps.push(p.step),
    });
    expect(loaded.rows).toBe(rows);
    expect(steps).toContain('register 2018');
    const d = await openRegisterSession(dir);
    duck = { session: d.session, close: () => d.engine.close() };
    const p = await openPostgresSession(url, schema);
    pgs = { session: p.session, close: () => p.engine.close() };
  });

  afterAll(async () => {
    await duck?.close();
    await pgs?.close();
    if (postgresAvailable) await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    rmSync(base, { recursive: true, force: true });
  });

  it('holds every weekly row and the derived tables', async () => {
    const [r] = await sql<{ n: number; persons: number }>(
      `SELECT COUNT(*)::int AS n, COUNT(DISTINCT person_id)::int AS persons FROM ${schema}.register`,
    );
    // Everyone with a week in the register (the population ages: some leave, some enter).
    const db = await DuckDb.open();
    const [d] = await db.all(
      `SELECT COUNT(DISTINCT person_id) AS persons FROM read_parquet('${dir}/weeks/**/*.parquet')`,
    );
    db.close();
    expect(r).toEqual({ n: rows, persons: Number(d!.persons) });
    expect(r!.persons).toBeGreaterThan(2_900);
    const [s] = await sql<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM ${schema}.register_spells`,
    );
    expect(s!.n).toBeGreaterThan(1_000);
  });

  it.each(MEASURES.map((m) => m.id))('%s gives the same rows on both engines', async (id) => {
    const params = PARAMS[id] ?? { kind: 'month' };
    const [a, b] = await Promise.all([
      duck.session.run(id, params, { municipality: '851' }),
      pgs.session.run(id, params, { municipality: '851' }),
    ]);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('gives the same monthly report on both engines', async () => {
    const [a, b] = await Promise.all([
      buildMonthlyReport(duck.session, '851', 2018),
      buildMonthlyReport(pgs.session, '851', 2018),
    ]);
    expect(b).toEqual(a);
  });

  it('leaves the schema as it was when a load fails half-way', async () => {
    // A register whose labour-force file has a municipality code PostgreSQL's
    // VARCHAR(3) refuses: the load fails after the weekly rows have been
    // copied, inside the transaction.
    const broken = join(base, 'broken');
    await generateSyntheticRegister({
      persons: 200,
      from: '2018-01',
      to: '2018-06',
      seed: 3,
      out: broken,
    });
    const db = await DuckDb.open();
    await db.run(
      `COPY (SELECT 2018 AS year, 'TOO LONG' AS municipality, 5 AS persons) TO '${join(broken, 'labour_force.parquet')}' (FORMAT parquet)`,
    );
    db.close();
    const steps: string[] = [];
    await expect(
      loadRegisterIntoPostgres(broken, url, { schema, onProgress: (p) => steps.push(p.step) }),
    ).rejects.toThrow(/value too long/);
    expect(steps).toContain('labour force, interviews and persons');
    const [r] = await sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${schema}.register`);
    expect(r!.n).toBe(rows);
  });

  it('runs through the command line: stats --engine postgres equals the DuckDB answer', async () => {
    const args = ['stats', 'status-efter', '--municipality', '851', '--format', 'json'];
    const env = { ...process.env, REGISTER_DATABASE_URL: url };
    const [duckOut, pgOut] = await Promise.all([
      run('node', [bin, ...args, '--register', dir], { env }),
      run('node', [bin, ...args, '--engine', 'postgres', '--schema', schema], { env }),
    ]);
    const parsed = JSON.parse(pgOut.stdout) as unknown[];
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed).toEqual(JSON.parse(duckOut.stdout));
  });

  it('names the missing option when --engine postgres has no URL', async () => {
    const { REGISTER_DATABASE_URL: _unset, ...env } = process.env;
    await expect(
      run('node', [bin, 'stats', 'forloeb', '--engine', 'postgres'], { env }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('--database-url') });
  });

  it('says which schema holds no register', async () => {
    await expect(openPostgresSession(url, 'jobcenter_no_such_schema')).rejects.toThrow(
      /schema jobcenter_no_such_schema holds no register/,
    );
  });
});
