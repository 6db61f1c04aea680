/**
 * The exemption decision on the citizen page (issue #11): who, when, which
 * trial, why. The server names each missing part as a field (the web form
 * shows the Danish message beside it), and the decision itself documents the
 * exemption: no separate journal note is asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/cases/db.ts';
import { call, type Fixture, login, openFixture, TODAY } from './support.ts';

describe('exemption decision input', () => {
  let f: Fixture;
  let cw: string;
  let citizen: { id: number; version: number };
  beforeAll(async () => {
    f = await openFixture(await openDatabase({ inMemory: true }));
    cw = await login(f.app, 'sagsbehandler');
    const me = (await call(f.app, cw, 'GET', '/api/auth/me')).json();
    citizen = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'version'])
      .where('caseworker_id', '=', me.user.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
  });
  afterAll(async () => {
    await f?.close();
  });

  const post = (event: unknown) =>
    call(f.app, cw, 'POST', `/api/citizens/${citizen.id}/events`, {
      expectedVersion: citizen.version,
      event,
    });
  const paths = (body: { error?: { fields?: { path: string }[] } }) =>
    (body.error?.fields ?? []).map((x) => x.path);

  it('names the trial, the decision maker and the reason when they are missing', async () => {
    const res = await post({ type: 'exemption-decision', date: TODAY, details: {} });
    expect(res.statusCode).toBe(400);
    const p = paths(res.json());
    expect(p).toEqual(
      expect.arrayContaining([
        'body.event.trialId',
        'body.event.conductedBy',
        'body.event.details.reason',
      ]),
    );
    expect(p).not.toContain('body.event.journalNote');
  });

  it('does not ask for a journal note beside a complete decision', async () => {
    const res = await post({
      type: 'exemption-decision',
      date: TODAY,
      trialId: 'fk2-formkrav-samtaler',
      conductedBy: 'Sagsbehandler',
      details: { reason: 'Borgeren er tæt på job; individuel kadence.' },
    });
    expect(paths(res.json())).not.toContain('body.event.journalNote');
  });
});
