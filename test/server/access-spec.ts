/**
 * Access tests beside each action (OpenCRVS style, mirrored under test/):
 * `test/server/<resource>/<action>.access.ts` states, for the action file
 * `src/server/<resource>/<action>.ts`, which policy actions (src/server/access.ts
 * `POLICY`) its route asks, in which order and on what. The expected status of
 * every role on every target is then derived from the policy table by
 * `expectedStatus` (the policy's own `decide`), so a route that asks the wrong
 * policy action, or forgets to ask, fails here. `access-by-action.test.ts` runs
 * them all on one fixture; `access-matrix.test.ts` keeps the hand-written matrix
 * (independent expected values) and checks it against the route tree.
 */
import { expect } from 'vitest';
import type { Role } from '../../src/cases/schema.ts';
import { type Action, decide, type SessionUser } from '../../src/server/access.ts';
import { call, type Fixture, login } from './support.ts';

export type Target = 'own-team' | 'other-team' | 'other-municipality';
export const TARGETS: Target[] = ['own-team', 'other-team', 'other-municipality'];

/** What a request may refer to, per target (own team, other team, other municipality). */
export interface TargetFacts {
  /** The target's municipality and the team of its citizen. */
  municipalityCode: string;
  citizenId: number;
  version: number;
  teamId: number;
  /** A spell of the citizen. */
  spellId: number;
  /** A rehabilitation-team meeting of the target's municipality with the citizen on its agenda. */
  meetingId: number;
  /** A management review of the target's municipality, and a case in its sample. */
  reviewId: number;
  sampledCitizenId: number;
  /** A counter, unique per request (names, CVR numbers). */
  n: number;
}

export interface AccessRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  payload?: unknown;
}

/**
 * One step of a route's access decision, in the order the route takes them:
 * - `{ allow, on: 'user' }` (default): the policy action on the user's own
 *   municipality (`authorize(user, action, { municipalityCode: user's })`);
 * - `{ allow, on: 'target' }`: on the target case (its municipality and team);
 * - `{ elsewhere }`: a target in another municipality answers this status here
 *   (404: as if it did not exist; 400: not allowed in the request).
 */
export type Step = { allow: Action; on?: 'user' | 'target' } | { elsewhere: number };

export interface AccessRow {
  /** Method and path as the server registers it. */
  route: string;
  /** What the row tries, when a route has more than one row. */
  name?: string;
  /** The access decision's steps; none: any logged-in user. */
  steps: Step[];
  /** The status when every step lets the request through. */
  ok: number;
  request: (t: TargetFacts) => AccessRequest;
  /** Runs once before the row (as the administrator of the own municipality). */
  prepare?: (send: (req: AccessRequest) => Promise<number>) => Promise<void>;
}

/** The status the policy table gives `user` on `target` for the row. */
export function expectedStatus(row: AccessRow, user: SessionUser, target: TargetFacts): number {
  for (const step of row.steps) {
    if ('elsewhere' in step) {
      if (target.municipalityCode !== user.municipalityCode) return step.elsewhere;
      continue;
    }
    const resource =
      step.on === 'target'
        ? { municipalityCode: target.municipalityCode, teamId: target.teamId }
        : { municipalityCode: user.municipalityCode };
    if (!decide(user, step.allow, resource).allowed) return 403;
  }
  return row.ok;
}

/** The demo logins of the own municipality (860), one per role. */
export const ROLE_LOGINS: [Role, string][] = [
  ['caseworker', 'sagsbehandler'],
  ['team-leader', 'teamleder'],
  ['analyst', 'analytiker'],
  ['administrator', 'administrator'],
];

export interface Logins {
  cookie: Map<Role, string>;
  user: Map<Role, SessionUser>;
}

/** Logs every role in and reads who they are (role, municipality, team) from `GET /api/auth/me`. */
export async function loginRoles(f: Fixture): Promise<Logins> {
  const cookie = new Map<Role, string>();
  const user = new Map<Role, SessionUser>();
  for (const [role, username] of ROLE_LOGINS) {
    const c = await login(f.app, username);
    cookie.set(role, c);
    const me = await call(f.app, c, 'GET', '/api/auth/me');
    user.set(role, me.json().user as SessionUser);
  }
  return { cookie, user };
}

/**
 * The three targets: a citizen of the caseworker's team, one of another team
 * in the same municipality, one of another municipality (813); a rehab
 * meeting and a management review in each municipality, made through the API.
 */
export async function openTargets(
  f: Fixture,
  teamLeaderCookie: string,
): Promise<Map<Target, Omit<TargetFacts, 'version' | 'n'>>> {
  const db = f.database.db;
  const me = await db
    .selectFrom('users')
    .select('team_id')
    .where('username', '=', 'sagsbehandler')
    .executeTakeFirstOrThrow();
  const pick = async (municipality: string, sameTeam: boolean) => {
    let q = db
      .selectFrom('citizens')
      .select(['id', 'team_id'])
      .where('municipality_code', '=', municipality);
    q = sameTeam ? q.where('team_id', '=', me.team_id) : q.where('team_id', '!=', me.team_id!);
    const c = await q.orderBy('id').executeTakeFirstOrThrow();
    return { municipalityCode: municipality, citizenId: c.id, teamId: c.team_id! };
  };
  const own = await pick('860', true);
  const otherTeam = await pick('860', false);
  const otherMunicipality = await pick('813', false);
  const tl813 = await login(f.app, 'teamleder-813');
  const meeting = async (cookie: string, citizenIds: number[]) => {
    const res = await call(f.app, cookie, 'POST', '/api/rehab-meetings', {
      date: '2026-03-20',
      citizenIds,
    });
    expect(res.statusCode).toBe(201);
    return res.json().meeting.id as number;
  };
  const review = async (cookie: string, fallbackCitizenId: number) => {
    const res = await call(f.app, cookie, 'POST', '/api/reviews', {
      periodStart: '2026-01-01',
      periodEnd: '2026-02-28',
      perCaseworker: 2,
      seed: 7,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as number;
    const c = await db
      .selectFrom('review_cases')
      .select('citizen_id')
      .where('review_id', '=', id)
      .orderBy('position')
      .executeTakeFirst();
    return { reviewId: id, sampledCitizenId: c?.citizen_id ?? fallbackCitizenId };
  };
  const spellOf = async (citizenId: number) =>
    (
      await db
        .selectFrom('benefit_spells')
        .select('id')
        .where('citizen_id', '=', citizenId)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  const meeting860 = await meeting(teamLeaderCookie, [own.citizenId, otherTeam.citizenId]);
  const meeting813 = await meeting(tl813, [otherMunicipality.citizenId]);
  const review860 = await review(teamLeaderCookie, own.citizenId);
  const review813 = await review(tl813, otherMunicipality.citizenId);
  return new Map<Target, Omit<TargetFacts, 'version' | 'n'>>([
    [
      'own-team',
      { ...own, spellId: await spellOf(own.citizenId), meetingId: meeting860, ...review860 },
    ],
    [
      'other-team',
      {
        ...otherTeam,
        spellId: await spellOf(otherTeam.citizenId),
        meetingId: meeting860,
        ...review860,
      },
    ],
    [
      'other-municipality',
      {
        ...otherMunicipality,
        spellId: await spellOf(otherMunicipality.citizenId),
        meetingId: meeting813,
        ...review813,
      },
    ],
  ]);
}

/** Valid CVR numbers: seven digits and a check digit making the weighted sum divisible by 11. */
export function cvr(n: number): string {
  for (let base = 3_000_000 + n * 13; ; base += 1) {
    const d = String(base).split('').map(Number);
    const sum = [2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * d[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return `${base}${check}`;
  }
}

/** Every `METHOD /api/…` route the server registers (HEAD mirrors GET), from its route tree. */
export function registeredApiRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)(?:└── |├── )(.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('');
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const method of m[3]!.split(', ')) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

/** Routes without a policy decision: open without a session, or the session itself. */
export const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
]);
