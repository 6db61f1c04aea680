import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { addSpell, createCitizen, seedMunicipalities } from '../../src/cases/store.ts';
import { buildServer } from '../../src/server/app.ts';

describe('server skeleton', () => {
  let database: CaseDatabase;
  let app: FastifyInstance;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await openDatabase({ inMemory: true });
    await migrateToLatest(database.db);
    await seedMunicipalities(database.db);
    const citizenId = await createCitizen(
      database.db,
      { municipalityCode: '860', cpr: '0101701234', name: 'Hemmelig Borger' },
      'key',
    );
    await addSpell(database.db, {
      citizenId,
      benefit: 'a-dagpenge',
      targetGroup: '6.1',
      start: '2020-01-06',
    });
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildServer({ database, logLevel: 'info', logStream: stream });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('reports database kind and counts at /api/health', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { kind: 'pglite', reachable: true },
      counts: { municipalities: 98, citizens: 1, benefitSpells: 1, caseEvents: 0 },
    });
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    const spec = json.json() as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/health');
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('serves a Danish start page: the web app when built, else the landing page with the counts', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('lang="da"');
    // The built app (dist/web, from `npm run build:web` or the e2e tests, which may build it while
    // this file runs) if it was there when the server started; else the landing page.
    const spa = app.hasRoute({ method: 'GET', url: '/*' });
    expect(res.body).toContain(spa ? '<div id="root">' : 'Borgere');
  });

  it('never writes a CPR number to the log', async () => {
    await app.inject({ method: 'GET', url: '/api/health?cpr=0101701234' });
    await app.inject({ method: 'GET', url: '/api/citizens/010170-1234' });
    await app.inject({
      method: 'POST',
      url: '/api/nothing',
      payload: { cpr: '0101701234' },
      headers: { cookie: 'session=secret' },
    });
    app.log.info({ note: 'borger 0101701234 ringede' }, 'besked om 010170-1234');
    const log = logLines.join('');
    expect(logLines.length).toBeGreaterThan(3);
    expect(log).not.toMatch(/0101701234|010170-1234/);
    expect(log).not.toContain('secret');
    expect(log).toContain('[CPR]');
  });
});
