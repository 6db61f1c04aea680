import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoldenJson } from '../evaluation/support.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/jobcenter.js');
const golden = path.resolve('test/evaluation/golden');
const scratch = mkdtempSync(path.join(tmpdir(), 'jobcenter-evaluate-'));

async function jobcenter(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The same DiD data as Parquet, written by DuckDB itself.
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(
    `COPY (SELECT * FROM read_csv('${golden}/did.csv', header = true)) TO '${scratch}/did.parquet' (FORMAT parquet)`,
  );
  con.closeSync();
  db.closeSync();
  writeFileSync(path.join(scratch, 'bad.csv'), 'y,x\n1,2\n2,abc\n3,4\n');
  const late = ['y,x,id'];
  for (let i = 0; i < 30000; i++)
    late.push(
      `${(i * 7919) % 1000},${i === 25000 || i === 27000 ? 'abc' : (i * 104729) % 997},${i % 50}`,
    );
  writeFileSync(path.join(scratch, 'late.csv'), `${late.join('\n')}\n`);
  writeFileSync(path.join(scratch, 'empty.csv'), '');
  writeFileSync(path.join(scratch, 'header.csv'), 'time,event,g\n');
  writeFileSync(path.join(scratch, 'missing.csv'), 'time,event,g\n1,1,a\n2,0,\n3,1,b\n');
  const cox = ['time,event,c,g'];
  for (let i = 0; i < 200; i++) cox.push(`${1 + ((i * 37) % 20)},${i % 2},2,${i % 2}`);
  writeFileSync(path.join(scratch, 'cox.csv'), `${cox.join('\n')}\n`);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('jobcenter evaluate', () => {
  it('did on Parquet reproduces the R person-clustered estimate in JSON', async () => {
    const { code, stdout } = await jobcenter([
      'evaluate',
      'did',
      '--data',
      path.join(scratch, 'did.parquet'),
      '--outcome',
      'employed',
      '--treated',
      'treated',
      '--post',
      'post',
      '--covariates',
      'age,female,history',
      '--cluster',
      'person',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const ref = readGoldenJson('did.json');
    const r = ref.cluster.find((c: { name: string }) => c.name === 'treated:post');
    expect(out.effect.estimate).toBeCloseTo(r.estimate, 10);
    expect(out.effect.se).toBeCloseTo(r.se, 10);
    expect(out.effect.ci[0]).toBeCloseTo(r.ci[0], 10);
    expect(out.effect.p).toBeCloseTo(r.p, 10);
    expect(out.n).toBe(2000);
    expect(out.nClusters).toBe(ref.nClusters);
    for (const c of out.coefficients)
      expect(Object.keys(c).sort()).toEqual(['ci', 'estimate', 'name', 'p', 'se', 'stars']);
  });

  it('ols on CSV with HC1 errors matches R', async () => {
    const { code, stdout } = await jobcenter([
      'evaluate',
      'ols',
      '--data',
      path.join(golden, 'ols.csv'),
      '--outcome',
      'y',
      '--covariates',
      'x1,x2,x3',
      '--vcov',
      'hc1',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const ref = readGoldenJson('ols.json');
    out.coefficients.forEach((c: { se: number }, j: number) => {
      expect(c.se).toBeCloseTo(ref.hc1[j].se, 10);
    });
  });

  it('cox with split effect and km print tables', async () => {
    const cox = await jobcenter([
      'evaluate',
      'cox',
      '--data',
      path.join(golden, 'survival.csv'),
      '--time',
      'time',
      '--event',
      'event',
      '--covariates',
      'age,female',
      '--split-effect',
      'treat',
      '--cluster',
      'municipality',
      '--format',
      'table',
    ]);
    expect(cox.code).toBe(0);
    expect(cox.stdout).toMatch(/treat:weeks1-8/);
    expect(cox.stdout).toMatch(/treat:week9\+/);
    const km = await jobcenter([
      'evaluate',
      'km',
      '--data',
      path.join(golden, 'survival.csv'),
      '--time',
      'time',
      '--event',
      'event',
      '--group',
      'treat',
    ]);
    expect(km.code).toBe(0);
    const ref = readGoldenJson('survival.json');
    expect(JSON.parse(km.stdout).logRank.chiSquare).toBeCloseTo(ref.logRank.chiSquare, 9);
  });

  it('names an unknown column, a non-numeric value and a degenerate model', async () => {
    const unknown = await jobcenter([
      'evaluate',
      'ols',
      '--data',
      path.join(golden, 'ols.csv'),
      '--outcome',
      'y',
      '--covariates',
      'x1,income',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^jobcenter: unknown column "income"/);
    const bad = await jobcenter([
      'evaluate',
      'ols',
      '--data',
      path.join(scratch, 'bad.csv'),
      '--outcome',
      'y',
      '--covariates',
      'x',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/column "x" row 2 \(line 3\): "abc" is not a number/);
    const single = await jobcenter([
      'evaluate',
      'ols',
      '--data',
      path.join(golden, 'ols.csv'),
      '--outcome',
      'y',
      '--covariates',
      'x1,x1',
    ]);
    expect(single.code).toBe(1);
    expect(single.stderr).toMatch(/collinear/);
  });

  it('gives one line naming the column and row for each kind of bad file, exit 1', async () => {
    const cases: [string, string[], RegExp][] = [
      // a bad value after DuckDB's 20,000-row type sample, and a second one
      [
        'late.csv',
        ['ols', '--outcome', 'y', '--covariates', 'x'],
        /^jobcenter: .*late\.csv: column "x" row 25001 \(line 25002\): "abc" is not a number \(2 bad values in "x"; rows 25001, 27001\)\n$/,
      ],
      ['late.csv', ['ols', '--outcome', 'y', '--cluster', 'id'], /^(?!jobcenter)/],
      [
        'empty.csv',
        ['ols', '--outcome', 'y'],
        /^jobcenter: .*empty\.csv is empty: expected a header row naming the columns\n$/,
      ],
      [
        'header.csv',
        ['km', '--time', 'time', '--event', 'event', '--group', 'g'],
        /^jobcenter: .*header\.csv has a header row but no data rows\n$/,
      ],
      [
        'missing.csv',
        ['km', '--time', 'time', '--event', 'event', '--group', 'g'],
        /^jobcenter: .*missing\.csv: column "g" row 2 \(line 3\): missing value\n$/,
      ],
      [
        'cox.csv',
        ['cox', '--time', 'time', '--event', 'event', '--covariates', 'c'],
        /^jobcenter: covariate "c" is constant \(every row is 2\), so its hazard ratio is not identified\n$/,
      ],
      [
        'cox.csv',
        ['cox', '--time', 'time', '--event', 'event', '--covariates', 'g'],
        /^jobcenter: monotone partial likelihood: the coefficient of "g" diverges/,
      ],
    ];
    for (const [file, args, expected] of cases) {
      const [command, ...rest] = args;
      const r = await jobcenter([
        'evaluate',
        command!,
        '--data',
        path.join(scratch, file),
        ...rest,
      ]);
      if (expected.source.startsWith('^(?!')) {
        // OLS without covariates is the intercept-only model (the mean of y), not an error.
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout).coefficients.map((c: { name: string }) => c.name)).toEqual([
          '(Intercept)',
        ]);
        continue;
      }
      expect(r.code, `${file} ${args.join(' ')}`).toBe(1);
      expect(r.stderr).toMatch(expected);
    }
  });
});
