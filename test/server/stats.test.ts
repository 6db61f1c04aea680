/**
 * The statistics and trial-report routes on a small synthetic register made
 * in the test (1,500 persons, 2016–2019, fixed seed). Expected figures are
 * counted straight from the register's Parquet files with a plain query
 * written here (distinct persons with the benefit in a week touching the
 * month), not with the report code.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { hashPassword } from '../../src/cases/passwords.ts';
import { createUser, seedMunicipalities } from '../../src/cases/store.ts';
import { generateSyntheticRegister } from '../../src/register/synth.ts';
import { buildServer } from '../../src/server/app.ts';
import { RegisterService } from '../../src/server/services/register-service.ts';
import { DuckDb } from '../../src/sql/duckdb.ts';
import { call, login, TODAY } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'jobcenter-stats-'));
const registerDir = join(work, 'register');
const reportsDir = join(work, 'reports');
const database = await openDatabase({ inMemory: true });
let app: FastifyInstance;
let empty: FastifyInstance;
let cookie: string;

/** Distinct persons on `benefit` in municipality 101 in a week touching month `ym` (YYYY-MM). */
async function personsInMonth(benefit: string, ym: string): Promise<number> {
  const db = await DuckDb.open({});
  try {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    const first = `${ym}-01`;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const [row] = await db.all(
      `SELECT COUNT(DISTINCT person_id) AS n FROM read_parquet('${registerDir}/weeks/**/*.parquet', hive_partitioning = true)
       WHERE municipality = '101' AND benefit = '${benefit}'
         AND week <= DATE '${last}' AND week + INTERVAL 6 DAY >= DATE '${first}'`,
    );
    return Number(row?.n);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  await generateSyntheticRegister({
    persons: 1500,
    from: '2016-01',
    to: '2019-12',
    seed: 11,
    out: registerDir,
  });
  await migrateToLatest(database.db);
  await seedMunicipalities(database.db);
  await generateDemo(database.db, {
    ...DEMO_DEFAULTS,
    citizens: 10,
    neighbourCitizens: 2,
    caseworkersPerTeam: 1,
    asOf: TODAY,
  });
  // København (101) holds enough of a small national register for cells above 3 persons.
  await createUser(database.db, {
    municipalityCode: '101',
    username: 'analytiker-101',
    displayName: 'Analytiker 101',
    role: 'analyst',
    passwordHash: await hashPassword('demo'),
  });
  app = await buildServer({
    database,
    logLevel: 'silent',
    api: { today: () => TODAY },
    stats: { registerDir, reportsDir },
  });
  empty = await buildServer({
    database,
    logLevel: 'silent',
    api: { today: () => TODAY },
    stats: { registerDir: join(work, 'none'), reportsDir },
  });
  cookie = await login(app, 'analytiker-101');
}, 60_000);

afterAll(async () => {
  await app?.close();
  await empty?.close();
  await database.close();
  rmSync(work, { recursive: true, force: true });
});

describe('GET /api/stats/status and /measures', () => {
  it('reports the register period and its years', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/status');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.present).toBe(true);
    expect(body.register.persons).toBe(1500);
    // 2016-01-01 is a Friday: its ISO week starts Monday 2015-12-28.
    expect(body.register.firstWeek).toBe('2015-12-28');
    expect(body.register.lastWeek).toBe('2019-12-30');
    // 2015 only holds 28–31 December: no month starts inside the register.
    expect(body.register.years).toEqual([2016, 2017, 2018, 2019]);
    expect(body.generation.state).toBe('idle');
  });

  it('says when there is no register, and the data routes answer 503', async () => {
    const c = await login(empty, 'analytiker-101');
    const status = (await call(empty, c, 'GET', '/api/stats/status')).json();
    expect(status).toMatchObject({ present: false, register: null, generation: { state: 'idle' } });
    const res = await call(empty, c, 'GET', '/api/stats/monthly?year=2019');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('register-unavailable');
  });

  it('lists the measures', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/measures');
    const ids = res.json().items.map((m: { id: string }) => m.id);
    expect(ids).toContain('fuldtidspersoner');
    expect(ids).toContain('loebende-sager');
  });
});

describe('GET /api/stats/monthly', () => {
  it('counts persons per month as the register does, with the committee-paper labels', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/monthly?year=2019');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.title).toContain('København');
    const persons = report.tables[0];
    expect(persons.columns.slice(0, 3)).toEqual(['', 'Jan', 'Feb']);
    const kth = persons.rows.find((r: unknown[]) => r[0] === 'Kontanthjælp');
    expect(kth).toBeDefined();
    for (const [i, ym] of [
      [1, '2019-01'],
      [3, '2019-03'],
      [12, '2019-12'],
    ] as const) {
      const n = await personsInMonth('kontanthjaelp', ym);
      expect(kth[i]).toBe(n < 3 ? '.' : n);
    }
    // Not derivable from the register: shown as "." in every month.
    const foreign = persons.rows.find((r: unknown[]) => String(r[0]).includes('udlændinge'));
    expect(foreign.slice(1).every((c: unknown) => c === '.')).toBe(true);
  });

  it('downloads CSV and XLSX with a file name', async () => {
    const csv = await call(app, cookie, 'GET', '/api/stats/monthly?year=2019&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="aktiv-passiv-forsoergelse-101-2019.csv"',
    );
    const line = csv.body.split('\n').find((l) => l.startsWith('Kontanthjælp,'));
    const march = await personsInMonth('kontanthjaelp', '2019-03');
    expect(line?.split(',')[3]).toBe(march < 3 ? '.' : String(march));

    const xlsx = await call(app, cookie, 'GET', '/api/stats/monthly?year=2019&format=xlsx');
    expect(xlsx.headers['content-disposition']).toContain('.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('A')!;
    const labels: string[] = [];
    sheet.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toContain('Kontanthjælp');
  });

  it('refuses a year outside the register, naming the field', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/monthly?year=2012');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('query.year');
  });

  it('writes one aggregate audit entry per read, with no citizen', async () => {
    const before = await database.db
      .selectFrom('audit_log')
      .select(['action', 'citizen_id'])
      .where('action', '=', 'stats-read')
      .execute();
    await call(app, cookie, 'GET', '/api/stats/monthly?year=2018');
    const after = await database.db
      .selectFrom('audit_log')
      .select(['action', 'citizen_id'])
      .where('action', '=', 'stats-read')
      .execute();
    expect(after.length).toBe(before.length + 1);
    expect(after.every((r) => r.citizen_id === null)).toBe(true);
  });
});

describe('GET /api/stats/open-cases and /comparison', () => {
  it('gives one row per ISO week of the year', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/open-cases?year=2019');
    expect(res.statusCode).toBe(200);
    const t = res.json().tables[0];
    // 2019 has 52 ISO weeks (1 January 2019 is a Tuesday; 2019 is not a 53-week year):
    // Monday 31 December 2018 is week 1, and Monday 30 December 2019 belongs to 2020.
    expect(t.rows.map((r: unknown[]) => r[0])).toEqual(
      Array.from({ length: 52 }, (_, i) => String(i + 1)),
    );
    expect(t.chart.series).toHaveLength(3);
  });

  it('compares the municipality with its region and the whole country', async () => {
    const res = await call(
      app,
      cookie,
      'GET',
      '/api/stats/comparison?measure=fuldtidspersoner&periods=2017-06,2019-06',
    );
    expect(res.statusCode).toBe(200);
    const t = res.json().tables[0];
    expect(t.columns).toEqual(['Område', '2017-06', '2019-06', 'Ændring fra 2017-06']);
    expect(t.rows.map((r: unknown[]) => r[0])).toEqual([
      'Hele landet',
      'Region Hovedstaden',
      'København',
    ]);
    const csv = await call(app, cookie, 'GET', '/api/stats/comparison?periods=2017-06&format=csv');
    expect(csv.headers['content-disposition']).toContain('sammenligning-fuldtidspersoner-101.csv');
  });

  it('breaks the comparison down by sex: one row per area and group, FTE compared', async () => {
    const res = await call(
      app,
      cookie,
      'GET',
      '/api/stats/comparison?measure=fuldtidspersoner&periods=2017-06,2019-06&breakdown=sex',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.title).toContain('opdelt på køn');
    expect(body.subtitle).toBe('Antal fuldtidspersoner');
    expect(body.tables[0].rows.map((r: unknown[]) => r[0])).toEqual([
      'Hele landet · K',
      'Hele landet · M',
      'Region Hovedstaden · K',
      'Region Hovedstaden · M',
      'København · K',
      'København · M',
    ]);
    const bad = await call(app, cookie, 'GET', '/api/stats/comparison?breakdown=shoe-size');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toContain('breakdown');
  });

  it('lists the breakdowns of each measure and breaks the activation rate down by duration', async () => {
    const list = await call(app, cookie, 'GET', '/api/stats/measures');
    const offered = (id: string) =>
      list.json().items.find((m: { id: string }) => m.id === id).breakdowns;
    expect(offered('aktiveringsgrad')).toEqual([
      'age',
      'sex',
      'origin',
      'education',
      'category',
      'duration',
    ]);
    expect(offered('forloeb')).toEqual(['age', 'sex', 'origin', 'education', 'category']);
    expect(offered('samtalekadence')).toEqual(['age', 'sex', 'origin', 'education', 'category']);
    expect(offered('loebende-sager')).toEqual(['age', 'sex', 'origin', 'education']);
    expect(offered('flere-skal-med-40')).toEqual(['age', 'sex', 'origin', 'education']);
    expect(offered('rettidighed')).toEqual([]);
    const res = await call(
      app,
      cookie,
      'GET',
      '/api/stats/comparison?measure=aktiveringsgrad&benefit=kontanthjaelp&periods=2018-06,2019-06&breakdown=duration',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.subtitle).toBe('Aktiveringsgrad (%)');
    expect(body.title).toContain('opdelt på varighed');
    // Only duration bands (and 'ukendt' for spells seen from the register's first week).
    const groups = new Set(body.tables[0].rows.map((r: string[]) => r[0]!.split(' · ')[1]));
    for (const g of groups) {
      expect([
        '0-1½ mdr',
        '1½-3 mdr',
        '3-6 mdr',
        '6-9 mdr',
        '9-12 mdr',
        'over 12 mdr',
        'ukendt',
      ]).toContain(g);
    }
    expect(groups.has('over 12 mdr')).toBe(true);
    // The whole country is never suppressed: its long-spell activation rate is a number.
    const dk = body.tables[0].rows.find((r: string[]) => r[0] === 'Hele landet · over 12 mdr');
    expect(typeof dk[1]).toBe('number');
    const bad = await call(
      app,
      cookie,
      'GET',
      '/api/stats/comparison?measure=forloeb&periods=2018&kind=year&breakdown=duration',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('query.breakdown');
  });

  it('compares inflow by category and the share without an offer by age, groups adding up to the whole', async () => {
    const get = (query: string) => call(app, cookie, 'GET', `/api/stats/comparison?${query}`);
    const values = (body: { tables: { rows: unknown[][] }[] }, label: string) =>
      body.tables[0]!.rows.find((r) => r[0] === label)!.slice(1, 3);
    const whole = await get(
      'measure=tilgang-afgang&benefit=kontanthjaelp&periods=2017,2019&kind=year',
    );
    expect(whole.statusCode).toBe(200);
    const byCategory = await get(
      'measure=tilgang-afgang&benefit=kontanthjaelp&periods=2017,2019&kind=year&breakdown=category',
    );
    expect(byCategory.statusCode).toBe(200);
    expect(byCategory.json().subtitle).toBe('Tilgang');
    const groups = byCategory
      .json()
      .tables[0].rows.filter((r: string[]) => r[0]!.startsWith('Hele landet · '))
      .map((r: unknown[]) => r.slice(1, 3) as number[]);
    // Kontanthjælp allows jobparat and aktivitetsparat (and ukendt where none is recorded);
    // the country is never suppressed, and its groups add up to its inflow.
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const total = values(whole.json(), 'Hele landet') as number[];
    expect(total[0]).toBeGreaterThan(0);
    expect([0, 1].map((i) => groups.reduce((sum: number, g: number[]) => sum + g[i]!, 0))).toEqual(
      total,
    );

    const byAge = await get(
      'measure=manglende-aktiv-indsats&benefit=kontanthjaelp&periods=2018-06,2019-06&breakdown=age',
    );
    expect(byAge.statusCode).toBe(200);
    const labels = byAge.json().tables[0].rows.map((r: string[]) => r[0]);
    expect(labels.filter((l: string) => l.startsWith('Hele landet · ')).length).toBeGreaterThan(1);
    const quarter = await get('measure=manglende-aktiv-indsats&periods=2018-Q2&kind=quarter');
    expect(quarter.statusCode).toBe(400);
    expect(quarter.json().error.fields[0].path).toBe('query.kind');
  });

  it('names the bad field', async () => {
    const res = await call(app, cookie, 'GET', '/api/stats/comparison?periods=2017-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('query.periods');
    const m = await call(app, cookie, 'GET', '/api/stats/comparison?measure=nope');
    expect(m.statusCode).toBe(400);
    expect(m.json().error.fields[0].path).toContain('measure');
  });
});

describe('GET /api/reports/trials/:trialId', () => {
  it('builds the effect report off the request path, then serves and caches the HTML', async () => {
    const url = '/api/reports/trials/fk2-formkrav-samtaler';
    const first = await call(app, cookie, 'GET', `${url}/status`);
    expect(first.statusCode).toBe(200);
    expect(first.json().status).toBe('building');
    const pending = await call(app, cookie, 'GET', url);
    expect([200, 202]).toContain(pending.statusCode);
    let status = 'building';
    for (let i = 0; i < 120 && status === 'building'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await call(app, cookie, 'GET', `${url}/status`)).json().status;
    }
    expect(status).toBe('ready');
    const html = await call(app, cookie, 'GET', url);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<svg');
    const dirs = readdirSync(join(reportsDir, 'trials'));
    expect(readdirSync(join(reportsDir, 'trials', dirs[0]!))).toEqual([
      'fk2-formkrav-samtaler.da.html',
    ]);
  }, 60_000);

  it('answers 404 for an unknown trial', async () => {
    const res = await call(app, cookie, 'GET', '/api/reports/trials/no-such-trial/status');
    expect(res.statusCode).toBe(404);
  });
});

describe('background generation', () => {
  it('generates a register in a child process while the event loop keeps running', async () => {
    const dir = join(work, 'generated');
    const service = new RegisterService({ registerDir: dir, reportsDir });
    service.startGeneration({ persons: 120, from: '2019-01', to: '2019-03', seed: 3 });
    expect(service.generationStatus().state).toBe('generating');
    expect(service.manifest()).toBeNull();
    let maxLag = 0;
    let last = Date.now();
    while (service.generationStatus().state === 'generating') {
      await new Promise((r) => setTimeout(r, 20));
      const now = Date.now();
      maxLag = Math.max(maxLag, now - last - 20);
      last = now;
    }
    expect(service.generationStatus()).toEqual({ state: 'idle' });
    expect(service.manifest()?.persons).toBe(120);
    expect(maxLag).toBeLessThan(250);
    await service.close();
  }, 60_000);
});
