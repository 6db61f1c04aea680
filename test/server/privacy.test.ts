/**
 * Data protection against a curious insider (issue #13): CPR search is no
 * oracle across teams, audit entries hold no CPR number, analysts receive no
 * free text, names, CPR numbers or birth dates (a name and a CPR number are
 * planted in every free-text field), login throttling per address, no-store
 * and frame protection, free-text limits, and no source map served.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp } from '../../src/server/web.ts';
import { describeEachEngine } from '../support/engines.ts';
import { call, type Fixture, login, openFixture, TODAY } from './support.ts';

const PLANTED_NAME = 'Plantet Navnesen';
const PLANTED_CPR = '2412879996';

describeEachEngine('privacy', (engine) => {
  let f: Fixture;
  let cw: string;
  let admin: string;
  let analyst: string;
  /** A citizen of the caseworker's team, and one of another team. */
  let own: { id: number; cpr: string; version: number; team_id: number | null };
  let other: { id: number; cpr: string };

  beforeAll(async () => {
    f = await openFixture(await engine.open(), { cprSearchesPer10Minutes: 8 });
    cw = await login(f.app, 'sagsbehandler');
    admin = await login(f.app, 'administrator');
    analyst = await login(f.app, 'analytiker');
    const me = (await call(f.app, cw, 'GET', '/api/auth/me')).json().user;
    own = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'cpr', 'version', 'team_id'])
      .where('team_id', '=', me.teamId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    other = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'cpr'])
      .where('municipality_code', '=', '860')
      .where('team_id', '!=', me.teamId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
  }, 400_000);
  afterAll(async () => {
    await f?.close();
  });

  const search = (cookie: string, q: string) =>
    call(f.app, cookie, 'GET', `/api/citizens?q=${encodeURIComponent(q)}`);
  const ids = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((c) => c.id);

  it('finds a CPR number only within the need-to-know scope: no oracle across teams', async () => {
    // Own team: the full number and a 8-digit prefix find the citizen.
    expect(ids(await search(cw, own.cpr))).toContain(own.id);
    expect(ids(await search(cw, own.cpr.slice(0, 8)))).toContain(own.id);
    // Another team: the full number answers as if nobody had it, and so does every prefix
    // beyond the birth date, so narrowing the prefix reveals nothing.
    expect(ids(await search(cw, other.cpr))).toEqual([]);
    expect(ids(await search(cw, `${other.cpr.slice(0, 6)}-${other.cpr.slice(6)}`))).toEqual([]);
    expect(ids(await search(cw, other.cpr.slice(0, 7)))).not.toContain(other.id);
    // The birth date (shown masked to everyone who sees identities) still finds them.
    expect(ids(await search(cw, other.cpr.slice(0, 6)))).toContain(other.id);
    // The administrator may not see CPR numbers: no search beyond the birth date.
    expect(ids(await search(admin, own.cpr))).toEqual([]);
  });

  it('audits CPR searches without the number, and throttles them per user', async () => {
    const entries = await f.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['citizen.search-cpr', 'citizen.list'])
      .execute();
    const text = JSON.stringify(entries);
    expect(text).not.toContain(own.cpr);
    expect(text).not.toContain(other.cpr);
    expect(text).not.toContain(other.cpr.slice(0, 8));
    expect(entries.filter((e) => e.action === 'citizen.search-cpr').length).toBeGreaterThanOrEqual(
      4,
    );
    // 8 searches beyond the birth date per 10 minutes in this fixture; 5 made above.
    const tl = await login(f.app, 'teamleder');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++)
      statuses.push((await search(tl, `${own.cpr.slice(0, 7)}`)).statusCode);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
    const refused = await search(tl, own.cpr.slice(0, 8));
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.retryAfterSeconds).toBeGreaterThan(0);
    // A name search is not a CPR search: not throttled.
    expect((await search(tl, 'a')).statusCode).toBe(200);
  });

  it('never sends an analyst free text, a name, a CPR number or a birth date', async () => {
    // Plant the name and the CPR number in every free-text field of the case.
    const spell = (await call(f.app, cw, 'GET', `/api/citizens/${own.id}`)).json().spells[0];
    let version = own.version;
    const post = async (url: string, payload: Record<string, unknown>) => {
      const res = await call(f.app, cw, 'POST', url, { expectedVersion: version, ...payload });
      expect(res.statusCode, res.body).toBe(201);
      version = res.json().version;
    };
    const planted = `${PLANTED_NAME} ${PLANTED_CPR}`;
    await post(`/api/citizens/${own.id}/events`, {
      event: { type: 'journal-note', date: TODAY, details: { text: planted } },
    });
    await post(`/api/citizens/${own.id}/events`, {
      event: {
        type: 'job-interview',
        date: TODAY,
        spellId: String(spell.id),
        form: 'in-person',
        conductedBy: planted,
        nextAgreement: { form: 'phone', date: '2026-04-01', content: [planted] },
        details: { documentation: planted, note: planted },
      },
    });
    await post(`/api/citizens/${own.id}/events`, {
      event: {
        type: 'certificate-requested',
        date: TODAY,
        details: { certificate: 'LÆ265', note: planted },
      },
    });
    const employer = await call(f.app, cw, 'POST', '/api/employers', {
      name: planted.replace(/\d/g, ''),
      cvr: '12345674',
      ordinaryHeadcount: 30,
    });
    expect(employer.statusCode).toBe(201);
    await post(`/api/citizens/${own.id}/offers`, {
      offer: {
        kind: 'virksomhedspraktik',
        start: TODAY,
        end: '2026-04-10',
        employerId: employer.json().employer.id,
        hoursPerWeek: 20,
      },
    });
    const citizenRow = await f.database.db
      .selectFrom('citizens')
      .select(['name', 'cpr', 'birth_date'])
      .where('id', '=', own.id)
      .executeTakeFirstOrThrow();

    // Every analyst-readable route.
    const bodies: string[] = [];
    for (const url of [
      '/api/citizens?limit=500',
      `/api/citizens/${own.id}`,
      `/api/citizens/${own.id}?reveal=cpr`,
      `/api/citizens?q=${own.cpr}`,
      '/api/employers',
      '/api/reviews',
      '/api/trials',
      '/api/teams',
      '/api/auth/me',
    ]) {
      bodies.push((await call(f.app, analyst, 'GET', url)).body);
    }
    const all = bodies.join('\n');
    expect(all).not.toContain('Plantet');
    expect(all).not.toContain(PLANTED_CPR);
    expect(all).not.toContain(citizenRow.cpr);
    expect(all).not.toContain(`${citizenRow.cpr.slice(0, 6)}-xxxx`);
    expect(all).not.toContain(citizenRow.name);
    expect(all).not.toContain(citizenRow.birth_date);
    // What the analyst does get: the pseudonym, the event dates, the birth year.
    const one = JSON.parse(bodies[1]!);
    expect(one.citizen.pseudonym).toMatch(/^[0-9a-f]{32}$/);
    expect(one.citizen.birthYear).toBe(Number(citizenRow.birth_date.slice(0, 4)));
    expect(one.events.some((e: { type: string }) => e.type === 'job-interview')).toBe(true);
    // The caseworker still sees the text (the hook is for analysts only).
    const mine = (await call(f.app, cw, 'GET', `/api/citizens/${own.id}`)).body;
    expect(mine).toContain(PLANTED_NAME);
  });

  it('limits free text (10,000 characters) and names the field', async () => {
    const current = (await call(f.app, cw, 'GET', `/api/citizens/${own.id}`)).json().citizen;
    const res = await call(f.app, cw, 'POST', `/api/citizens/${own.id}/events`, {
      expectedVersion: current.version,
      event: { type: 'journal-note', date: TODAY, details: { text: 'x'.repeat(10_001) } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('body.event.details.text');
  });

  it('answers every API response with no-store, and protects /api/docs from framing', async () => {
    for (const url of ['/api/auth/me', `/api/citizens/${own.id}`, '/api/employers']) {
      const res = await call(f.app, cw, 'GET', url);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect((await call(f.app, null, 'GET', '/api/citizens')).headers['cache-control']).toBe(
      'no-store',
    );
    const docs = await f.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['x-frame-options']).toBe('DENY');
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('validator.swagger.io');
  });

  it('throttles failed logins per address, across usernames', async () => {
    const tryLogin = (username: string) =>
      f.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.7',
        payload: { username, password: 'wrong' },
      });
    // 20 failures from one address over ten usernames (two each: no username is locked).
    for (let i = 0; i < 20; i++) expect((await tryLogin(`gaet${i % 10}`)).statusCode).toBe(401);
    const locked = await tryLogin('sagsbehandler');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.scope).toBe('address');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    const elsewhere = await f.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.2',
      payload: { username: 'sagsbehandler', password: 'demo' },
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('web app serving', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'jc-web-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('never serves a source map, even one left in the build directory', async () => {
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(root, 'app.js'), 'console.log(1)\n//# sourceMappingURL=app.js.map');
    writeFileSync(path.join(root, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const app = Fastify();
    await app.register(webApp, { root, landing: async () => '' });
    const map = await app.inject({ method: 'GET', url: '/app.js.map' });
    expect(map.body).not.toContain('secret.ts');
    expect((await app.inject({ method: 'GET', url: '/app.js' })).statusCode).toBe(200);
    await app.close();
  });
});
