/**
 * A double click on "Gem" saves once (issue #13): two requests with the same
 * Idempotency-Key, one after the other or at the same time, write one event
 * and get the same answer; a new key is a new submission.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../support/engines.ts';
import { type Fixture, login, openFixture, TODAY } from './support.ts';

describeEachEngine('idempotent writes', (engine) => {
  let f: Fixture;
  let cw: string;
  let citizenId: number;
  beforeAll(async () => {
    f = await openFixture(await engine.open());
    cw = await login(f.app, 'sagsbehandler');
    const me = (
      await f.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cw } })
    ).json().user;
    citizenId = (
      await f.database.db
        .selectFrom('citizens')
        .select('id')
        .where('team_id', '=', me.teamId)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  }, 400_000);
  afterAll(async () => {
    await f?.close();
  });

  const notes = async () =>
    (
      await f.database.db
        .selectFrom('case_events')
        .select('id')
        .where('citizen_id', '=', citizenId)
        .where('type', '=', 'journal-note')
        .execute()
    ).length;
  const version = async () =>
    (
      await f.database.db
        .selectFrom('citizens')
        .select('version')
        .where('id', '=', citizenId)
        .executeTakeFirstOrThrow()
    ).version;
  const save = (key: string, expectedVersion: number, text: string) =>
    f.app.inject({
      method: 'POST',
      url: `/api/citizens/${citizenId}/events`,
      headers: { cookie: cw, 'idempotency-key': key },
      payload: { expectedVersion, event: { type: 'journal-note', date: TODAY, details: { text } } },
    });

  it('saves once for two clicks, one after the other', async () => {
    const before = await notes();
    const v = await version();
    const first = await save('form-submission-0001', v, 'første');
    const second = await save('form-submission-0001', v, 'første');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await notes()).toBe(before + 1);
  });

  it('saves once for two clicks at the same time', async () => {
    const before = await notes();
    const v = await version();
    const [a, b] = await Promise.all([
      save('form-submission-0002', v, 'anden'),
      save('form-submission-0002', v, 'anden'),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json()).toEqual(a.json());
    expect(await notes()).toBe(before + 1);
  });

  it('treats a new key as a new submission, and refuses a malformed key', async () => {
    const before = await notes();
    const v = await version();
    expect((await save('form-submission-0003', v, 'tredje')).statusCode).toBe(201);
    // Same stale version with a new key: an ordinary conflict, nothing written.
    expect((await save('form-submission-0004', v, 'tredje')).statusCode).toBe(409);
    expect(await notes()).toBe(before + 1);
    const bad = await save('x', v + 1, 'fjerde');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('headers.idempotency-key');
  });
});
