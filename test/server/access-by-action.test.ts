/**
 * Runs the access test beside each action (`test/server/<resource>/<action>.access.ts`,
 * see access-spec.ts) on one fixture: every role × own team, other team and
 * another municipality, expected statuses derived from the policy table. One
 * fixture for all (opening PGlite and the demo costs ~20 s), one `describe` per
 * action file. Also checks that every action file has its access test and that
 * every registered route is covered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/cases/db.ts';
import type { Role } from '../../src/cases/schema.ts';
import {
  type AccessRequest,
  type AccessRow,
  expectedStatus,
  type Logins,
  loginRoles,
  openTargets,
  PUBLIC_ROUTES,
  registeredApiRoutes,
  TARGETS,
  type Target,
  type TargetFacts,
} from './access-spec.ts';
import { call, type Fixture, openFixture } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'src', 'server');
const HERE = import.meta.dirname;

const ROUTE_CALL = /\bapi\.(get|post|put|patch|delete)\(\s*'([^']+)'/g;

/** `resource/action` of every action file: a file in a resource folder that registers a route. */
function actionFiles(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of readdirSync(SERVER, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'services' || entry.name === 'shared') continue;
    for (const file of readdirSync(join(SERVER, entry.name))) {
      if (!file.endsWith('.ts')) continue;
      const source = readFileSync(join(SERVER, entry.name, file), 'utf8');
      const routes = [...source.matchAll(ROUTE_CALL)].map((m) => `${m[1]!.toUpperCase()} ${m[2]!}`);
      if (routes.length > 0) out.set(`${entry.name}/${file.replace(/\.ts$/, '')}`, routes);
    }
  }
  return out;
}

/** The access tests beside the actions, by `resource/action`. */
async function accessSpecs(): Promise<Map<string, AccessRow[]>> {
  const out = new Map<string, AccessRow[]>();
  for (const entry of readdirSync(HERE, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(HERE, entry.name)).sort()) {
      if (!file.endsWith('.access.ts')) continue;
      const mod = (await import(join(HERE, entry.name, file))) as { access: AccessRow[] };
      out.set(`${entry.name}/${file.replace(/\.access\.ts$/, '')}`, mod.access);
    }
  }
  return out;
}

const ACTIONS = actionFiles();
const SPECS = await accessSpecs();

it('every action in src/server/<resource>/ has its access test in test/server/<resource>/<action>.access.ts', () => {
  expect([...SPECS.keys()].sort()).toEqual(
    [...ACTIONS.keys()].filter((a) => !ACTIONS.get(a)!.every((r) => PUBLIC_ROUTES.has(r))).sort(),
  );
});

it("each access test's routes are the routes its action file registers", () => {
  for (const [action, rows] of SPECS) {
    const routes = [...new Set(rows.map((r) => r.route))].sort();
    expect(routes, action).toEqual([...new Set(ACTIONS.get(action) ?? [])].sort());
  }
});

describe('access by action', () => {
  let f: Fixture;
  let logins: Logins;
  let targets: Map<Target, Omit<TargetFacts, 'version' | 'n'>>;
  let n = 0;

  beforeAll(async () => {
    f = await openFixture(await openDatabase({ inMemory: true }));
    logins = await loginRoles(f);
    targets = await openTargets(f, logins.cookie.get('team-leader')!);
  });
  afterAll(async () => {
    await f?.close();
  });

  const send = async (role: Role, req: AccessRequest) =>
    call(f.app, logins.cookie.get(role)!, req.method, req.url, req.payload);

  async function statuses(row: AccessRow) {
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const target of TARGETS) {
      got[target] = {};
      want[target] = {};
      for (const [role, user] of logins.user) {
        const t = targets.get(target)!;
        const { version } = await f.database.db
          .selectFrom('citizens')
          .select('version')
          .where('id', '=', t.citizenId)
          .executeTakeFirstOrThrow();
        n += 1;
        const facts = { ...t, version, n };
        const res = await send(role, row.request(facts));
        got[target]![role] = res.statusCode;
        want[target]![role] = expectedStatus(row, user, facts);
        if (res.statusCode === 403) expect(res.json().error.code).toBe('forbidden');
      }
    }
    return { got, want };
  }

  for (const [action, rows] of SPECS) {
    describe(action, () => {
      for (const row of rows) {
        it(`${row.route}${row.name ? ` (${row.name})` : ''}`, async () => {
          await row.prepare?.(async (req) => (await send('administrator', req)).statusCode);
          const { got, want } = await statuses(row);
          expect(got).toEqual(want);
        });
      }
    });
  }

  it('covers every route the server registers (and no route it does not)', () => {
    const registered = registeredApiRoutes(f.app.printRoutes({ commonPrefix: false }));
    const covered = new Set([...SPECS.values()].flat().map((r) => r.route));
    expect(registered.filter((r) => !covered.has(r) && !PUBLIC_ROUTES.has(r))).toEqual([]);
    expect([...covered].filter((r) => !registered.includes(r))).toEqual([]);
  });
});
