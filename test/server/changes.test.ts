/**
 * Two server instances on one database (as two processes behind a load
 * balancer would be): a write through one drops the other's cached worklists
 * and ended sessions at once, through the change announcements
 * (src/server/changes.ts), not after the cache lifetime. On PostgreSQL the
 * instances have separate connection pools and listening connections, exactly
 * as separate processes; PGlite allows only one owner of a database, so there
 * the two instances share it. On PostgreSQL a lost listening connection is
 * also cut on purpose: the instance drops its caches and listens again.
 */
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChange } from '../../src/cases/changes.ts';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { appendEvents } from '../../src/cases/store.ts';
import { buildServer } from '../../src/server/app.ts';
import { createScratchDatabase, describeEachEngine } from '../support/engines.ts';
import { call, type Fixture, login, openFixture, TODAY } from './support.ts';

interface Item {
  citizenId: number;
  ruleId: string;
  status: string;
  /** A count obligation is one row with its progress (held of required). */
  progress?: { met: number; of: number };
}

const HOUR = 60 * 60 * 1000;

/** Polls `probe` until it returns true or `ms` pass; returns whether it did. */
async function eventually(probe: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('change payloads', () => {
  it('reads the two kinds of change and ignores anything else on the channel', () => {
    expect(parseChange('{"kind":"worklists","municipality":"860"}')).toEqual({
      kind: 'worklists',
      municipality: '860',
    });
    expect(parseChange('{"kind":"session","tokenHash":"ab"}')).toEqual({
      kind: 'session',
      tokenHash: 'ab',
    });
    expect(parseChange('{"kind":"worklists"}')).toBeNull();
    expect(parseChange('hello')).toBeNull();
  });

  it('carries the changed citizens, and ignores a malformed list', () => {
    expect(parseChange('{"kind":"worklists","municipality":"860","citizenIds":[4,9]}')).toEqual({
      kind: 'worklists',
      municipality: '860',
      citizenIds: [4, 9],
    });
    // Not a list of ids: treated as a change to the whole municipality.
    expect(parseChange('{"kind":"worklists","municipality":"860","citizenIds":["x"]}')).toEqual({
      kind: 'worklists',
      municipality: '860',
    });
  });
});

describeEachEngine('two server instances on one database', (engine) => {
  let a: Fixture;
  let b: FastifyInstance;
  let bDatabase: CaseDatabase;
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    let aDatabase: CaseDatabase;
    if (engine.name === 'postgres') {
      const scratch = await createScratchDatabase();
      url = scratch.url;
      drop = scratch.drop;
      aDatabase = await openDatabase({ databaseUrl: url });
      bDatabase = await openDatabase({ databaseUrl: url });
    } else {
      aDatabase = await openDatabase({ inMemory: true });
      bDatabase = { ...aDatabase, close: async () => {} };
    }
    // Caches that would hold for an hour: only an announcement can explain a fresh answer.
    const api = { worklistCacheTtlMs: HOUR, sessionCacheMs: HOUR };
    a = await openFixture(aDatabase, api);
    b = await buildServer({
      database: bDatabase,
      logLevel: 'silent',
      api: { today: () => TODAY, ...api },
    });
    await b.ready();
  });

  afterAll(async () => {
    await b?.close();
    await bDatabase?.close();
    await a?.close();
    await drop?.();
  });

  const worklist = async (app: FastifyInstance, cookie: string) =>
    (await call(app, cookie, 'GET', '/api/worklist?limit=5000')).json().items as Item[];

  it("drops the other instance's cached worklist when a case changes", async () => {
    const cwA = await login(a.app, 'sagsbehandler');
    const cwB = await login(b, 'sagsbehandler');
    const before = await worklist(b, cwB);
    // An interview obligation of the 2020 (LAB § 31, stk. 3) or the 2024 contact course
    // (dagpenge, months 4–6): an in-person interview today meets one.
    const target = before.find(
      (i) =>
        (i.ruleId === 'lab2020-kontaktforloeb-min4' ||
          i.ruleId === 'lab2024-dp-jobcenter-samtaler') &&
        i.status === 'due',
    )!;
    expect(target).toBeDefined();
    // Open parts of the target's obligation: a count rule is one row, "met of of".
    const open = (items: Item[]) =>
      items
        .filter((i) => i.citizenId === target.citizenId && i.ruleId === target.ruleId)
        .reduce((n, i) => n + (i.progress ? i.progress.of - i.progress.met : 1), 0);

    // An interview written straight into the store announces nothing: B keeps serving its
    // cached worklist (which shows that it caches, and would stay stale for an hour).
    await appendEvents(a.database.db, [
      {
        citizenId: target.citizenId,
        type: 'job-interview',
        date: TODAY,
        payload: {
          form: 'in-person',
          conductedBy: 'sagsbehandler',
          contentItems: ['job-search-follow-up', 'next-contact-agreed'],
          resetsClock: true,
        },
      },
    ]);
    expect(open(await worklist(b, cwB))).toBe(open(before));

    // A journal note on another citizen re-evaluates only that citizen on B:
    // the target's stale evaluation stays (nothing announced it).
    const other = before.find((i) => i.citizenId !== target.citizenId)!;
    const otherCase = (await call(a.app, cwA, 'GET', `/api/citizens/${other.citizenId}`)).json();
    const otherSaved = await call(a.app, cwA, 'POST', `/api/citizens/${other.citizenId}/events`, {
      expectedVersion: otherCase.citizen.version,
      event: { type: 'journal-note', date: TODAY, details: { text: 'notat' } },
    });
    expect(otherSaved.statusCode).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(open(await worklist(b, cwB))).toBe(open(before));

    // A journal note on the same citizen, saved through A, is announced with the
    // citizen's id: B re-evaluates that citizen and now counts the interview
    // (LAB § 31: one more of the four is met).
    const citizen = (await call(a.app, cwA, 'GET', `/api/citizens/${target.citizenId}`)).json();
    const saved = await call(a.app, cwA, 'POST', `/api/citizens/${target.citizenId}/events`, {
      expectedVersion: citizen.citizen.version,
      event: { type: 'journal-note', date: TODAY, details: { text: 'notat' } },
    });
    expect(saved.statusCode).toBe(201);
    expect(await eventually(async () => open(await worklist(b, cwB)) === open(before) - 1)).toBe(
      true,
    );
  });

  it('ends on the other instance a session logged out through one', async () => {
    const cookie = await login(a.app, 'teamleder');
    expect((await call(b, cookie, 'GET', '/api/auth/me')).statusCode).toBe(200); // now cached in B
    expect((await call(a.app, cookie, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect(
      await eventually(
        async () => (await call(b, cookie, 'GET', '/api/auth/me')).statusCode === 401,
      ),
    ).toBe(true);
  });

  it.skipIf(engine.name !== 'postgres')(
    'drops its caches when its listening connection is lost, and listens again',
    async () => {
      const cwB = await login(b, 'sagsbehandler');
      const cookie = await login(a.app, 'analytiker');
      expect((await call(b, cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const listeners = async () =>
        (
          await admin.query(
            `select pid from pg_stat_activity where datname = current_database() and query = 'LISTEN jobcenter_changes'`,
          )
        ).rows as { pid: number }[];
      try {
        const pids = await listeners();
        expect(pids).toHaveLength(2); // one per instance
        // Cut every listening connection, then delete the analyst's session behind the API's
        // back: only the dropped cache can make B notice.
        for (const { pid } of pids) await admin.query('select pg_terminate_backend($1)', [pid]);
        await admin.query('delete from sessions');
        expect(
          await eventually(
            async () => (await call(b, cookie, 'GET', '/api/auth/me')).statusCode === 401,
          ),
        ).toBe(true);
        expect((await call(b, cwB, 'GET', '/api/auth/me')).statusCode).toBe(401);
        // Both instances listen again, and announcements reach B once more.
        expect(await eventually(async () => (await listeners()).length === 2, 10_000)).toBe(true);
        const again = await login(a.app, 'analytiker');
        expect((await call(b, again, 'GET', '/api/auth/me')).statusCode).toBe(200);
        expect((await call(a.app, again, 'POST', '/api/auth/logout')).statusCode).toBe(204);
        expect(
          await eventually(
            async () => (await call(b, again, 'GET', '/api/auth/me')).statusCode === 401,
          ),
        ).toBe(true);
      } finally {
        await admin.end();
      }
    },
  );
});
