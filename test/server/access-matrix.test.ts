/**
 * The access matrix, table-driven: each role × each endpoint × a case of the
 * user's own team, of another team in the same municipality, and of another
 * municipality. The expected status codes are written out by hand from the
 * issue's rules (own municipality only; caseworkers and team leaders edit only
 * their own team's cases; analysts never write and see no identity;
 * administrators manage trials, users and the audit log). The access test
 * beside each action (`<resource>/<action>.access.ts`, run by
 * access-by-action.test.ts) derives the same statuses from the policy table.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/cases/schema.ts';
import { describeEachEngine } from '../support/engines.ts';
import {
  cvr,
  openTargets,
  PUBLIC_ROUTES,
  ROLE_LOGINS,
  registeredApiRoutes,
  type Target,
  type TargetFacts,
} from './access-spec.ts';
import { call, type Fixture, login, openFixture, TODAY } from './support.ts';

type Expect = Record<Role, number>;

interface Row {
  /** Method and path as the server registers it: every registered route has a row. */
  route: string;
  /** What the row tries, when a route has more than one row. */
  name?: string;
  request: (t: TargetFacts) => {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH';
    url: string;
    payload?: unknown;
  };
  expect: Record<Target, Expect>;
}

const all = (status: number): Expect => ({
  caseworker: status,
  'team-leader': status,
  analyst: status,
  administrator: status,
});
const same = (e: Expect): Record<Target, Expect> => ({
  'own-team': e,
  'other-team': e,
  'other-municipality': e,
});

const READ: Expect = all(200);
const WRITE_OWN: Expect = { caseworker: 201, 'team-leader': 201, analyst: 403, administrator: 403 };

/**
 * Another municipality's citizen answers 404 whatever the role and action, as
 * an id that does not exist would (issue #13): the answer reveals nothing.
 */
const ROWS: Row[] = [
  {
    route: 'GET /api/citizens/:id',
    request: (t) => ({ method: 'GET', url: `/api/citizens/${t.citizenId}` }),
    expect: { 'own-team': READ, 'other-team': READ, 'other-municipality': all(404) },
  },
  {
    route: 'GET /api/citizens/:id',
    name: '?reveal=cpr',
    request: (t) => ({ method: 'GET', url: `/api/citizens/${t.citizenId}?reveal=cpr` }),
    expect: {
      'own-team': { caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 403 },
      'other-team': all(403),
      'other-municipality': all(404),
    },
  },
  {
    route: 'POST /api/citizens/:id/events',
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/events`,
      payload: {
        expectedVersion: t.version,
        event: { type: 'journal-note', date: TODAY, details: { text: `matrix ${t.n}` } },
      },
    }),
    expect: { 'own-team': WRITE_OWN, 'other-team': all(403), 'other-municipality': all(404) },
  },
  {
    route: 'POST /api/citizens/:id/offers',
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/offers`,
      payload: {
        expectedVersion: t.version,
        offer: { kind: 'mentor', start: TODAY, end: '2026-06-30' },
      },
    }),
    expect: { 'own-team': WRITE_OWN, 'other-team': all(403), 'other-municipality': all(404) },
  },
  {
    route: 'POST /api/citizens/:id/spells',
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/spells`,
      payload: {
        expectedVersion: t.version,
        spell: { benefit: 'selvforsoergende', targetGroup: '6.12', start: '2026-06-01' },
      },
    }),
    expect: { 'own-team': WRITE_OWN, 'other-team': all(403), 'other-municipality': all(404) },
  },
  {
    route: 'GET /api/worklist',
    name: '?scope=team&teamId=',
    request: (t) => ({ method: 'GET', url: `/api/worklist?scope=team&teamId=${t.teamId}` }),
    expect: {
      'own-team': { caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-team': { caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 },
      'other-municipality': all(403),
    },
  },
  {
    route: 'GET /api/worklist',
    name: '?cache=off (bypass the projection: team leader and administrator only)',
    request: (t) => ({
      method: 'GET',
      url: `/api/worklist?scope=team&teamId=${t.teamId}&cache=off`,
    }),
    expect: {
      'own-team': { caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-team': { caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 },
      'other-municipality': all(403),
    },
  },
  {
    route: 'GET /api/worklist',
    name: 'mine',
    request: () => ({ method: 'GET', url: '/api/worklist' }),
    expect: same({ caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 403 }),
  },
  {
    route: 'GET /api/citizens',
    request: () => ({ method: 'GET', url: '/api/citizens?limit=5' }),
    expect: same(READ),
  },
  {
    route: 'GET /api/municipality/obligations',
    request: () => ({ method: 'GET', url: '/api/municipality/obligations' }),
    expect: same({ caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 }),
  },
  {
    route: 'GET /api/employers',
    request: () => ({ method: 'GET', url: '/api/employers' }),
    expect: same(READ),
  },
  {
    route: 'POST /api/employers',
    request: (t) => ({
      method: 'POST',
      url: '/api/employers',
      payload: { name: `Firma ${t.n}`, cvr: cvr(t.n), ordinaryHeadcount: 12 },
    }),
    expect: same({ caseworker: 201, 'team-leader': 201, analyst: 403, administrator: 201 }),
  },
  {
    route: 'GET /api/rehab-meetings',
    request: () => ({ method: 'GET', url: '/api/rehab-meetings' }),
    expect: same({ caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 200 }),
  },
  {
    route: 'POST /api/rehab-meetings',
    request: (t) => ({
      method: 'POST',
      url: '/api/rehab-meetings',
      payload: { date: '2026-03-20', citizenIds: [t.citizenId] },
    }),
    expect: {
      'own-team': { caseworker: 201, 'team-leader': 201, analyst: 403, administrator: 403 },
      'other-team': { caseworker: 201, 'team-leader': 201, analyst: 403, administrator: 403 },
      // The agenda may only hold the municipality's own citizens.
      'other-municipality': {
        caseworker: 400,
        'team-leader': 400,
        analyst: 403,
        administrator: 403,
      },
    },
  },
  {
    route: 'GET /api/trials',
    request: () => ({ method: 'GET', url: '/api/trials' }),
    expect: same(READ),
  },
  {
    route: 'POST /api/trials/:trialId/enable',
    request: () => ({
      method: 'POST',
      url: '/api/trials/fk2-lae285/enable',
      payload: { targetGroups: ['6.6'], start: '2018-03-01', end: '2019-12-31' },
    }),
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 201 }),
  },
  {
    route: 'POST /api/reviews',
    request: () => ({
      method: 'POST',
      url: '/api/reviews',
      payload: { periodStart: '2026-01-01', periodEnd: '2026-02-28', perCaseworker: 1, seed: 1 },
    }),
    expect: same({ caseworker: 403, 'team-leader': 201, analyst: 403, administrator: 201 }),
  },
  {
    route: 'GET /api/audit',
    request: () => ({ method: 'GET', url: '/api/audit?limit=5' }),
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 }),
  },
  {
    route: 'GET /api/users',
    request: () => ({ method: 'GET', url: '/api/users' }),
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 }),
  },
  // Statistics: aggregate figures of the user's own municipality, every role.
  {
    route: 'GET /api/stats/status',
    request: () => ({ method: 'GET', url: '/api/stats/status' }),
    expect: same(READ),
  },
  {
    route: 'GET /api/stats/measures',
    request: () => ({ method: 'GET', url: '/api/stats/measures' }),
    expect: same(READ),
  },
  // The fixture has no register: 503 "register-unavailable" shows the policy let
  // the request through (a refusal is 403 before the register is looked at).
  {
    route: 'GET /api/stats/monthly',
    request: () => ({ method: 'GET', url: '/api/stats/monthly?year=2019' }),
    expect: same(all(503)),
  },
  {
    route: 'GET /api/stats/comparison',
    request: () => ({ method: 'GET', url: '/api/stats/comparison?format=csv' }),
    expect: same(all(503)),
  },
  {
    route: 'GET /api/reports/trials/:trialId',
    request: () => ({ method: 'GET', url: '/api/reports/trials/fk2-formkrav-samtaler' }),
    expect: same(all(503)),
  },
  {
    route: 'GET /api/reports/trials/:trialId/status',
    request: () => ({ method: 'GET', url: '/api/reports/trials/fk2-formkrav-samtaler/status' }),
    expect: same(all(503)),
  },
  // The Reformberegner: managers and analysts, on their own municipality's caseload.
  {
    route: 'POST /api/simulate',
    request: () => ({
      method: 'POST',
      url: '/api/simulate',
      payload: {
        caseload: 'store',
        baseYear: 2019,
        rulesAt: '2020-06-01',
        vsRulesAt: '2019-06-01',
      },
    }),
    expect: same({ caseworker: 403, 'team-leader': 200, analyst: 200, administrator: 200 }),
  },
  {
    route: 'GET /api/stats/open-cases',
    request: () => ({ method: 'GET', url: '/api/stats/open-cases?year=2019' }),
    expect: same(all(503)),
  },
  {
    route: 'GET /api/auth/me',
    request: () => ({ method: 'GET', url: '/api/auth/me' }),
    expect: same(READ),
  },
  {
    route: 'GET /api/teams',
    request: () => ({ method: 'GET', url: '/api/teams' }),
    expect: same(READ),
  },
  {
    route: 'PATCH /api/citizens/:id/spells/:spellId',
    request: (t) => ({
      method: 'PATCH',
      url: `/api/citizens/${t.citizenId}/spells/${t.spellId}`,
      payload: { expectedVersion: t.version, end: null },
    }),
    expect: {
      'own-team': { caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 403 },
      'other-team': all(403),
      'other-municipality': all(404),
    },
  },
  {
    route: 'PUT /api/rehab-meetings/:id/cases/:citizenId',
    request: (t) => ({
      method: 'PUT',
      url: `/api/rehab-meetings/${t.meetingId}/cases/${t.citizenId}`,
      payload: { recommendation: `indstilling ${t.n}`, decision: null },
    }),
    expect: {
      // Recording the team's recommendation changes the case: the case's own team only.
      'own-team': { caseworker: 200, 'team-leader': 200, analyst: 403, administrator: 403 },
      'other-team': { caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 403 },
      // Another municipality's meeting does not exist for the user (404, nothing revealed).
      'other-municipality': {
        caseworker: 404,
        'team-leader': 404,
        analyst: 403,
        administrator: 403,
      },
    },
  },
  {
    route: 'GET /api/reviews',
    request: () => ({ method: 'GET', url: '/api/reviews' }),
    expect: same({ caseworker: 403, 'team-leader': 200, analyst: 200, administrator: 200 }),
  },
  {
    route: 'GET /api/reviews/:id',
    request: (t) => ({ method: 'GET', url: `/api/reviews/${t.reviewId}` }),
    expect: {
      'own-team': { caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-team': { caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-municipality': {
        caseworker: 403,
        'team-leader': 404,
        analyst: 403,
        administrator: 404,
      },
    },
  },
  {
    route: 'PUT /api/reviews/:id/answers',
    request: (t) => ({
      method: 'PUT',
      url: `/api/reviews/${t.reviewId}/answers`,
      payload: { citizenId: t.sampledCitizenId, answers: { 'interviews-on-time': 'yes' } },
    }),
    expect: {
      'own-team': { caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-team': { caseworker: 403, 'team-leader': 200, analyst: 403, administrator: 200 },
      'other-municipality': {
        caseworker: 403,
        'team-leader': 404,
        analyst: 403,
        administrator: 404,
      },
    },
  },
  {
    route: 'GET /api/reviews/:id/tally',
    request: (t) => ({ method: 'GET', url: `/api/reviews/${t.reviewId}/tally` }),
    expect: {
      'own-team': { caseworker: 403, 'team-leader': 200, analyst: 200, administrator: 200 },
      'other-team': { caseworker: 403, 'team-leader': 200, analyst: 200, administrator: 200 },
      'other-municipality': {
        caseworker: 403,
        'team-leader': 404,
        analyst: 404,
        administrator: 404,
      },
    },
  },
  {
    route: 'POST /api/trials/:trialId/disable',
    request: () => ({
      method: 'POST',
      url: '/api/trials/fk2-lae285/disable',
      payload: { end: '2019-06-30' },
    }),
    // The enable row above has enabled it (end dates are moved, so each call finds it).
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 }),
  },
  {
    route: 'GET /api/audit/verify',
    request: () => ({ method: 'GET', url: '/api/audit/verify' }),
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 200 }),
  },
  {
    route: 'POST /api/users',
    request: (t) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `matrix-${t.n}`,
        displayName: `Matrix ${t.n}`,
        role: 'caseworker',
        password: 'a long enough password',
      },
    }),
    expect: same({ caseworker: 403, 'team-leader': 403, analyst: 403, administrator: 201 }),
  },
];

describeEachEngine('access matrix', (engine) => {
  let f: Fixture;
  const cookies = new Map<Role, string>();
  const targets = new Map<Target, Omit<TargetFacts, 'version' | 'n'>>();

  beforeAll(async () => {
    f = await openFixture(await engine.open());
    for (const [role, username] of ROLE_LOGINS) cookies.set(role, await login(f.app, username));
    // The three targets, shared with the per-action access tests (access-spec.ts).
    for (const [k, v] of await openTargets(f, cookies.get('team-leader')!)) targets.set(k, v);
  });
  afterAll(async () => {
    await f?.close();
  });

  let n = 0;
  for (const row of ROWS) {
    it(`${row.route}${row.name ? ` (${row.name})` : ''}`, async () => {
      const got: Record<string, Record<string, number>> = {};
      for (const target of ['own-team', 'other-team', 'other-municipality'] as Target[]) {
        got[target] = {};
        for (const [role] of ROLE_LOGINS) {
          const t = targets.get(target)!;
          const { version } = await f.database.db
            .selectFrom('citizens')
            .select('version')
            .where('id', '=', t.citizenId)
            .executeTakeFirstOrThrow();
          n += 1;
          const req = row.request({ ...t, version, n });
          const res = await call(f.app, cookies.get(role)!, req.method, req.url, req.payload);
          got[target]![role] = res.statusCode;
          if (res.statusCode === 403) expect(res.json().error.code).toBe('forbidden');
        }
      }
      expect(got).toEqual(row.expect);
    });
  }

  it('has a row for every route the server registers (and no row for a route it does not)', () => {
    const registered = registeredApiRoutes(f.app.printRoutes({ commonPrefix: false }));
    expect(registered.length).toBeGreaterThan(30);
    const covered = new Set(ROWS.map((r) => r.route));
    expect(registered.filter((r) => !covered.has(r) && !PUBLIC_ROUTES.has(r))).toEqual([]);
    expect([...covered].filter((r) => !registered.includes(r))).toEqual([]);
  });

  it('answers 401 on every endpoint without a session', async () => {
    const t = targets.get('own-team')!;
    for (const row of ROWS) {
      const req = row.request({ ...t, version: 1, n: 0 });
      const res = await call(f.app, null, req.method, req.url, req.payload);
      expect(res.statusCode, row.route).toBe(401);
    }
  });

  it('records refused attempts on a citizen in the audit log', async () => {
    const t = targets.get('other-municipality')!;
    const rows = await f.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access-denied')
      .where('citizen_id', '=', t.citizenId)
      .execute();
    // Every role tried GET, reveal, events, offers, a new spell and ending a spell on the other
    // municipality's citizen. (The rehab decision on the other municipality's meeting is refused
    // before its citizen is looked at: 404 or the role's 403.)
    expect(rows.length).toBe(4 * 6);
  });
});
