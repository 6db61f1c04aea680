/**
 * The worklist projection answers exactly what a fresh computation from the
 * stored cases answers, after changes to single citizens (a new interview,
 * a new caseworker, a new citizen) and across the daily roll-over; and it
 * re-evaluates only the citizen that changed.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { CaseDatabase } from '../../src/cases/db.ts';
import { openDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import type { Database } from '../../src/cases/schema.ts';
import { computeWorklist, type WorklistScope } from '../../src/server/services/worklist.ts';
import { WorklistProjection } from '../../src/server/services/worklist-projection.ts';

const AS_OF = '2026-11-24';
let database: CaseDatabase;
let db: Kysely<Database>;
let teamId: number;
let caseworkers: number[];

beforeAll(async () => {
  database = await openDatabase({ inMemory: true });
  db = database.db;
  await migrateToLatest(db);
  await generateDemo(db, {
    ...DEMO_DEFAULTS,
    seed: 7,
    citizens: 60,
    neighbourCitizens: 5,
    asOf: AS_OF,
    password: 'pw',
  });
  const team = await db
    .selectFrom('citizens')
    .select(['team_id', db.fn.countAll<number>().as('n')])
    .where('municipality_code', '=', '860')
    .where('team_id', 'is not', null)
    .groupBy('team_id')
    .orderBy('n', 'desc')
    .executeTakeFirstOrThrow();
  teamId = team.team_id!;
  caseworkers = (
    await db
      .selectFrom('citizens')
      .select('caseworker_id')
      .distinct()
      .where('team_id', '=', teamId)
      .where('caseworker_id', 'is not', null)
      .orderBy('caseworker_id')
      .execute()
  ).map((r) => r.caseworker_id!);
}, 400_000);
afterAll(async () => {
  await database?.close();
});

function teamScope(asOf = AS_OF): WorklistScope {
  return { municipalityCode: '860', scope: 'team', teamId, asOf, horizonDays: 30, withNames: true };
}
function mineScope(caseworkerId: number, asOf = AS_OF): WorklistScope {
  return {
    municipalityCode: '860',
    scope: 'mine',
    caseworkerId,
    asOf,
    horizonDays: 30,
    withNames: true,
  };
}
const key = (s: WorklistScope) => `${s.scope}|${s.caseworkerId ?? ''}|${s.teamId ?? ''}|${s.asOf}`;

async function expectSame(projection: WorklistProjection, scope: WorklistScope) {
  const projected = (await projection.read(scope, key(scope))).worklist;
  const fresh = await computeWorklist(db, scope);
  expect(projected).toEqual(fresh);
  return projected;
}

describe('worklist projection', () => {
  it('matches a fresh computation, and after a change re-evaluates only that citizen', async () => {
    const projection = new WorklistProjection(db, { refreshMs: 600_000 });
    const team = await expectSame(projection, teamScope());
    const mine = await expectSame(projection, mineScope(caseworkers[0]!));
    expect(team.items.length).toBeGreaterThan(0);
    // Served from the projection: nothing is evaluated again.
    const evaluated = projection.citizensEvaluated;
    await projection.read(teamScope(), key(teamScope()));
    expect(projection.citizensEvaluated).toBe(evaluated);

    // The citizen's benefit ends: its obligations leave the worklist.
    const target = mine.items[0]!;
    await db
      .updateTable('benefit_spells')
      .set({ end_date: addDays(AS_OF, -1) })
      .where('citizen_id', '=', target.citizenId)
      .where('end_date', 'is', null)
      .execute();
    projection.citizensChanged('860', [target.citizenId]);
    const after = await expectSame(projection, mineScope(caseworkers[0]!));
    // One citizen re-evaluated, not the scope.
    expect(projection.citizensEvaluated).toBe(evaluated + 1);
    expect(after.items.some((i) => i.citizenId === target.citizenId)).toBe(false);
    await expectSame(projection, teamScope());
    expect(projection.citizensEvaluated).toBe(evaluated + 1);
  });

  it('moves a citizen between caseworkers and picks up a new citizen', async () => {
    const projection = new WorklistProjection(db, { refreshMs: 600_000 });
    const [a, b] = caseworkers as [number, number];
    await expectSame(projection, mineScope(a));
    await expectSame(projection, mineScope(b));
    const moved = await db
      .selectFrom('citizens')
      .select('id')
      .where('caseworker_id', '=', a)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db.updateTable('citizens').set({ caseworker_id: b }).where('id', '=', moved.id).execute();
    projection.citizensChanged('860', [moved.id]);
    const mineA = await expectSame(projection, mineScope(a));
    const mineB = await expectSame(projection, mineScope(b));
    expect(mineA.items.some((i) => i.citizenId === moved.id)).toBe(false);
    expect(mineB.items.some((i) => i.citizenId === moved.id) || mineB.cases > 0).toBe(true);
    await expectSame(projection, teamScope());
  });

  it("a reader whose scope no change touched does not wait for other caseworkers' writes", async () => {
    const projection = new WorklistProjection(db, { refreshMs: 600_000 });
    const [a, b] = caseworkers as [number, number];
    const mineA = await expectSame(projection, mineScope(a));
    const before = await projection.read(mineScope(b), key(mineScope(b)));
    const evaluated = projection.citizensEvaluated;
    // A change to one of a's citizens; b's reader answers from its assembled
    // worklist at once (the re-evaluation starts on the next turn of the
    // event loop, so a reader that waited for it would see it counted).
    projection.citizensChanged('860', [mineA.items[0]!.citizenId]);
    const again = await projection.read(mineScope(b), key(mineScope(b)));
    expect(again).toBe(before);
    expect(projection.citizensEvaluated).toBe(evaluated);
    // a's reader waits for its citizen, evaluated alone.
    await expectSame(projection, mineScope(a));
    expect(projection.citizensEvaluated).toBe(evaluated + 1);
  });

  it('rolls over to the next day: statuses follow the date', async () => {
    const projection = new WorklistProjection(db, { refreshMs: 600_000 });
    await expectSame(projection, teamScope());
    // Law after 2026-12-31 is not encoded (the horizon), so roll between earlier dates.
    const later = addDays(AS_OF, -30);
    await projection.rollOver(AS_OF, later);
    const evaluated = projection.citizensEvaluated;
    const rolled = await expectSame(projection, teamScope(later));
    // The roll-over did the evaluation; the read only assembled.
    expect(projection.citizensEvaluated).toBe(evaluated);
    const before = await computeWorklist(db, teamScope());
    expect(rolled.counts).not.toEqual(before.counts);
  });

  it('starts afresh when a whole municipality changed', async () => {
    const projection = new WorklistProjection(db, { refreshMs: 600_000 });
    await expectSame(projection, teamScope());
    projection.municipalityChanged('860');
    const evaluated = projection.citizensEvaluated;
    const again = await projection.read(teamScope(), key(teamScope()));
    expect(projection.citizensEvaluated - evaluated).toBe(again.worklist.cases);
  });
});
