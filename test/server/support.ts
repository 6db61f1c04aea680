/**
 * A small demo installation for the API tests: Hjørring (860) with a few dozen
 * citizens and the neighbour Frederikshavn (813), the demo logins (password
 * `demo`), a fixed "today", and helpers to log in and call the API.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CaseDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { hashPassword } from '../../src/cases/passwords.ts';
import { createTeam, createUser } from '../../src/cases/store.ts';
import { buildServer } from '../../src/server/app.ts';
import type { ApiOptions } from '../../src/server/context.ts';

export const TODAY = '2026-03-02';

export interface Fixture {
  database: CaseDatabase;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openFixture(database: CaseDatabase, api: ApiOptions = {}): Promise<Fixture> {
  await migrateToLatest(database.db);
  await generateDemo(database.db, {
    ...DEMO_DEFAULTS,
    citizens: 60,
    neighbourCitizens: 6,
    caseworkersPerTeam: 1,
    asOf: TODAY,
  });
  // The neighbour gets every role too, so the access matrix can be checked from both sides.
  const hash = await hashPassword('demo');
  const team = await createTeam(database.db, { municipalityCode: '813', name: 'Ledelse' });
  for (const [username, role] of [
    ['teamleder-813', 'team-leader'],
    ['analytiker-813', 'analyst'],
    ['administrator-813', 'administrator'],
  ] as const) {
    await createUser(database.db, {
      municipalityCode: '813',
      username,
      displayName: username,
      role,
      teamId: role === 'team-leader' ? team : null,
      passwordHash: hash,
    });
  }
  const app = await buildServer({
    database,
    logLevel: 'silent',
    api: { today: () => TODAY, ...api },
  });
  await app.ready();
  return {
    database,
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Logs in and returns the cookie header value. */
export async function login(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'demo' },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'jc_session');
  if (!cookie) throw new Error('no session cookie');
  return `jc_session=${cookie.value}`;
}

export function call(
  app: FastifyInstance,
  cookie: string | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
