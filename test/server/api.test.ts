/**
 * The case-work API end to end over a small demo installation, on PGlite and
 * (with TEST_DATABASE_URL) PostgreSQL: sessions and throttling, the worklist,
 * citizens and their events, validation naming the field, optimistic
 * concurrency, spells, employers and the forholdstal, rehab meetings, trials,
 * management review and the audit log. Expected values are worked out by hand
 * from the statute or the request (see the comments), not read from the code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/cases/audit.ts';
import { hashPassword } from '../../src/cases/passwords.ts';
import {
  addSpell,
  createCitizen,
  createTeam,
  createUser,
  pseudonymKey,
} from '../../src/cases/store.ts';
import { describeEachEngine } from '../support/engines.ts';
import { call, type Fixture, login, openFixture, TODAY } from './support.ts';

interface WorklistBody {
  asOf: string;
  items: {
    citizenId: number;
    ruleId: string;
    dueBy: string;
    status: string;
    /** One row per obligation: the parts held of all ("2 af 4"). */
    progress?: { met: number; of: number };
    legalRef: string;
    ruleTitle: { da: string; en: string };
    spellId: string;
    caseworkerId: number;
  }[];
  counts: { overdue: number; due: number; upcoming: number };
  perCaseworker?: { caseworkerId: number; overdue: number; due: number; upcoming: number }[];
}

describeEachEngine('case-work API', (engine) => {
  let f: Fixture;
  let cw: string; // sagsbehandler, team Jobklar, 860
  let tl: string; // teamleder, Jobklar
  let analyst: string;
  let admin: string;
  let cwId: number;
  let ownCitizen: { id: number; version: number };

  beforeAll(async () => {
    f = await openFixture(await engine.open(), {
      throttle: { maxFailures: 3, baseLockMs: 60_000 },
    });
    cw = await login(f.app, 'sagsbehandler');
    tl = await login(f.app, 'teamleder');
    analyst = await login(f.app, 'analytiker');
    admin = await login(f.app, 'administrator');
    const me = (await call(f.app, cw, 'GET', '/api/auth/me')).json();
    cwId = me.user.id;
    const c = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'version'])
      .where('caseworker_id', '=', cwId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    ownCitizen = c;
  });
  afterAll(async () => {
    await f?.close();
  });

  it('logs in with a secure session cookie, tells who is logged in, and logs out', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'teamleder', password: 'demo' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^jc_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(res.json().user).toMatchObject({
      username: 'teamleder',
      role: 'team-leader',
      municipalityCode: '860',
      municipalityName: 'Hjørring',
      teamName: 'Jobklar',
    });
    const cookie = `jc_session=${res.cookies[0]!.value}`;
    expect((await call(f.app, cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(f.app, cookie, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await call(f.app, cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(f.app, null, 'GET', '/api/worklist')).statusCode).toBe(401);
    // The token is stored only as a hash.
    const rows = await f.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === res.cookies[0]!.value)).toBe(false);
  });

  it('rejects a wrong password and throttles a username after repeated failures', async () => {
    const bad = () =>
      f.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'sb04', password: 'wrong' },
      });
    // maxFailures is 3 in this fixture: failures 1–3 answer 401, then the name is locked.
    for (let i = 0; i < 3; i += 1) {
      const r = await bad();
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('bad-credentials');
    }
    const locked = await f.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sb04', password: 'demo' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('throttled');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another username is not affected.
    expect(
      (await call(f.app, null, 'POST', '/api/auth/login', { username: 'sb01', password: 'demo' }))
        .statusCode,
    ).toBe(200);
  });

  it('gives a caseworker the open obligations of their cases, sorted by due date', async () => {
    const res = await call(f.app, cw, 'GET', '/api/worklist?limit=5000');
    expect(res.statusCode).toBe(200);
    const body = res.json() as WorklistBody;
    expect(body.asOf).toBe(TODAY);
    expect(body.items.length).toBeGreaterThan(0);
    const dues = body.items.map((i) => i.dueBy);
    expect(dues).toEqual([...dues].sort());
    for (const i of body.items) {
      expect(['upcoming', 'due', 'overdue']).toContain(i.status);
      expect(i.legalRef).toMatch(/§/);
      expect(i.ruleTitle.da.length).toBeGreaterThan(0);
      // overdue = due date passed; due = window open, due date not passed (as of TODAY)
      if (i.status === 'overdue') expect(i.dueBy < TODAY).toBe(true);
      if (i.status === 'due') expect(i.dueBy >= TODAY).toBe(true);
    }
    const mine = await f.database.db
      .selectFrom('citizens')
      .select('id')
      .where('caseworker_id', '=', cwId)
      .execute();
    const ids = new Set(mine.map((m) => m.id));
    expect(body.items.every((i) => ids.has(i.citizenId))).toBe(true);
    const counted = { overdue: 0, due: 0, upcoming: 0 } as Record<string, number>;
    for (const i of body.items) counted[i.status]! += 1;
    expect(body.counts).toEqual(counted);
  });

  it('pages the worklist by due date and filters it by status, counting all pages', async () => {
    const all = (
      await call(f.app, tl, 'GET', '/api/worklist?scope=team&limit=5000')
    ).json() as WorklistBody & { total: number };
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBe(all.counts.overdue + all.counts.due + all.counts.upcoming);
    const pageSize = Math.max(1, Math.floor(all.total / 3));
    const pages: WorklistBody['items'] = [];
    for (let offset = 0; offset < all.total; offset += pageSize) {
      const page = (
        await call(f.app, tl, 'GET', `/api/worklist?scope=team&limit=${pageSize}&offset=${offset}`)
      ).json() as WorklistBody & { total: number };
      expect(page.total).toBe(all.total);
      expect(page.counts).toEqual(all.counts);
      expect(page.items.length).toBeLessThanOrEqual(pageSize);
      pages.push(...page.items);
    }
    expect(pages).toEqual(all.items);
    const overdue = (
      await call(f.app, tl, 'GET', '/api/worklist?scope=team&status=overdue&limit=5000')
    ).json() as WorklistBody & { total: number };
    expect(overdue.total).toBe(all.counts.overdue);
    expect(overdue.items).toEqual(all.items.filter((i) => i.status === 'overdue'));
    const bad = await call(f.app, tl, 'GET', '/api/worklist?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toMatch(/limit/);
  });

  it("gives a team leader the team's worklist with overdue counts per caseworker", async () => {
    const body = (
      await call(f.app, tl, 'GET', '/api/worklist?scope=team&limit=5000')
    ).json() as WorklistBody;
    expect(body.perCaseworker!.length).toBeGreaterThan(0);
    const sum = (k: 'overdue' | 'due' | 'upcoming') =>
      body.perCaseworker!.reduce((s, p) => s + p[k], 0);
    expect(sum('overdue')).toBe(body.counts.overdue);
    expect(sum('due')).toBe(body.counts.due);
    for (const p of body.perCaseworker!) {
      expect(p.overdue).toBe(
        body.items.filter((i) => i.caseworkerId === p.caseworkerId && i.status === 'overdue')
          .length,
      );
    }
  });

  it('drops a met obligation from the worklist right after the interview is recorded', async () => {
    const before = (await call(f.app, cw, 'GET', '/api/worklist')).json() as WorklistBody;
    // LAB § 31: each individual job interview in the first six months counts toward the
    // four (stk. 3), or for dagpenge from 2024 toward the municipality's interviews in
    // months 4–6 (stk. 1, 2. pkt.); one more interview today meets exactly one open one.
    const target = before.items.find(
      (i) =>
        (i.ruleId === 'lab2020-kontaktforloeb-min4' ||
          i.ruleId === 'lab2024-dp-jobcenter-samtaler') &&
        i.status === 'due',
    );
    expect(target).toBeDefined();
    // Open parts of the obligation: one row per obligation, its progress counts the parts.
    const openFor = (w: WorklistBody) =>
      w.items
        .filter((i) => i.citizenId === target!.citizenId && i.ruleId === target!.ruleId)
        .reduce((n, i) => n + (i.progress ? i.progress.of - i.progress.met : 1), 0);
    const citizen = (await call(f.app, cw, 'GET', `/api/citizens/${target!.citizenId}`)).json();
    const res = await call(f.app, cw, 'POST', `/api/citizens/${target!.citizenId}/events`, {
      expectedVersion: citizen.citizen.version,
      event: {
        type: 'job-interview',
        date: TODAY,
        form: 'in-person',
        conductedBy: 'sagsbehandler',
        contentItems: ['job-search-follow-up', 'next-contact-agreed'],
        resetsClock: true,
        nextAgreement: { form: 'phone', date: '2026-04-01', content: ['cv-check'] },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toBe(citizen.citizen.version + 1);
    const after = (await call(f.app, cw, 'GET', '/api/worklist')).json() as WorklistBody;
    expect(openFor(after)).toBe(openFor(before) - 1);
  });

  it('lists and searches citizens; the case view carries spells, events and the evaluation', async () => {
    const list = (await call(f.app, cw, 'GET', '/api/citizens?limit=5')).json();
    expect(list.total).toBe(60); // the 60 demo citizens of Hjørring, not the neighbour's 6
    expect(list.items).toHaveLength(5);
    const all = (await call(f.app, cw, 'GET', '/api/citizens?limit=500')).json();
    expect(all.items.length).toBe(60);
    const one = all.items[0];
    expect(one.cprMasked).toMatch(/^\d{6}-xxxx$/);
    const byName = (
      await call(f.app, cw, 'GET', `/api/citizens?q=${encodeURIComponent(one.name)}`)
    ).json();
    expect(byName.items.some((i: { id: number }) => i.id === one.id)).toBe(true);
    const detail = (await call(f.app, cw, 'GET', `/api/citizens/${ownCitizen.id}`)).json();
    expect(detail.citizen.cpr).toMatch(/^\d{6}-xxxx$/);
    // The citizen page names the municipality, not its code (issue #11).
    expect(detail.citizen).toMatchObject({ municipalityCode: '860', municipalityName: 'Hjørring' });
    expect(detail.spells.length).toBeGreaterThan(0);
    expect(detail.evaluation.asOf).toBe(TODAY);
    expect(Array.isArray(detail.evaluation.obligations)).toBe(true);
    expect(detail.canWrite).toBe(true);
    const revealed = (
      await call(f.app, cw, 'GET', `/api/citizens/${ownCitizen.id}?reveal=cpr`)
    ).json();
    const stored = await f.database.db
      .selectFrom('citizens')
      .select('cpr')
      .where('id', '=', ownCitizen.id)
      .executeTakeFirstOrThrow();
    expect(revealed.citizen.cpr).toBe(stored.cpr);
  });

  it('names the invalid field in validation errors', async () => {
    const post = (payload: unknown) =>
      call(f.app, cw, 'POST', `/api/citizens/${ownCitizen.id}/events`, payload);
    const cases: [unknown, string][] = [
      [
        { expectedVersion: 1, event: { type: 'job-interview', date: '2026-02-30' } },
        'body.event.date',
      ],
      [{ expectedVersion: 1, event: { type: 'chat', date: TODAY } }, 'body.event.type'],
      [
        { event: { type: 'journal-note', date: TODAY, details: { text: 'x' } } },
        'body.expectedVersion',
      ],
      [
        {
          expectedVersion: 1,
          event: { type: 'certificate-requested', date: TODAY, details: { certificate: 'LAE999' } },
        },
        'body.event.details.certificate',
      ],
      [
        {
          expectedVersion: 1,
          event: { type: 'plan', date: TODAY, details: { planType: 'min-plan', horizonMonths: 0 } },
        },
        'body.event.details.horizonMonths',
      ],
      [
        { expectedVersion: 1, event: { type: 'job-interview', date: TODAY, form: 'telepathy' } },
        'body.event.form',
      ],
      [
        {
          expectedVersion: 1,
          event: { type: 'job-interview', date: TODAY, trialId: 'fk2-formkrav-samtaler' },
        },
        'body.event.journalNote',
      ],
    ];
    for (const [payload, path] of cases) {
      const res = await post(payload);
      expect(res.statusCode, path).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('validation');
      expect(body.error.fields.map((x: { path: string }) => x.path)).toContain(path);
      expect(body.error.message).toContain(path);
    }
  });

  it('answers 409 on a stale expectedVersion and stores nothing', async () => {
    const detail = (await call(f.app, cw, 'GET', `/api/citizens/${ownCitizen.id}`)).json();
    const v = detail.citizen.version;
    const note = (text: string, expectedVersion: number) =>
      call(f.app, cw, 'POST', `/api/citizens/${ownCitizen.id}/events`, {
        expectedVersion,
        event: { type: 'journal-note', date: TODAY, details: { text } },
      });
    expect((await note('first', v)).statusCode).toBe(201);
    const stale = await note('second, from an old screen', v);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', currentVersion: v + 1 });
    const events = await f.database.db
      .selectFrom('case_events')
      .select('payload')
      .where('citizen_id', '=', ownCitizen.id)
      .where('type', '=', 'journal-note')
      .execute();
    expect(JSON.stringify(events)).not.toContain('from an old screen');
    // Two saves racing on the same version: exactly one wins.
    const [a, b] = await Promise.all([note('race a', v + 1), note('race b', v + 1)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
  });

  it('transfers sygedagpenge to jobafklaring, closing the first spell the day before', async () => {
    const citizenId = await createCitizen(
      f.database.db,
      {
        municipalityCode: '860',
        cpr: '0101801234',
        name: 'Overført Borger',
        teamId: (
          await f.database.db
            .selectFrom('users')
            .select('team_id')
            .where('id', '=', cwId)
            .executeTakeFirstOrThrow()
        ).team_id,
        caseworkerId: cwId,
      },
      await pseudonymKey(f.database.db),
    );
    const badFlag = await call(f.app, cw, 'POST', `/api/citizens/${citizenId}/spells`, {
      expectedVersion: 1,
      spell: { benefit: 'sygedagpenge', targetGroup: '6.6', start: '2025-06-02', flags: ['x'] },
    });
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().error.fields[0].path).toBe('body.spell.flags.0');
    const first = await call(f.app, cw, 'POST', `/api/citizens/${citizenId}/spells`, {
      expectedVersion: 1,
      spell: {
        benefit: 'sygedagpenge',
        targetGroup: '6.6',
        start: '2025-06-02',
        flags: ['expected-over-8-weeks'],
      },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().spell.flags).toEqual(['expected-over-8-weeks']);
    const sickId = first.json().spell.id;
    const wrongGroup = await call(f.app, cw, 'POST', `/api/citizens/${citizenId}/spells`, {
      expectedVersion: 2,
      spell: { benefit: 'jobafklaring', targetGroup: '6.1', start: '2025-11-03' },
    });
    expect(wrongGroup.statusCode).toBe(400);
    expect(wrongGroup.json().error.fields[0].path).toBe('body.spell.targetGroup');
    const jaf = await call(f.app, cw, 'POST', `/api/citizens/${citizenId}/spells`, {
      expectedVersion: 2,
      spell: {
        benefit: 'jobafklaring',
        targetGroup: '6.7',
        start: '2025-11-03',
        transferredFromId: sickId,
      },
    });
    expect(jaf.statusCode).toBe(201);
    expect(jaf.json().spell.transferredFromId).toBe(sickId);
    const detail = (await call(f.app, cw, 'GET', `/api/citizens/${citizenId}`)).json();
    // 3 November 2025 minus one day.
    expect(detail.spells.find((s: { id: number }) => s.id === sickId).end).toBe('2025-11-02');
    const ended = await call(
      f.app,
      cw,
      'PATCH',
      `/api/citizens/${citizenId}/spells/${jaf.json().spell.id}`,
      {
        expectedVersion: detail.citizen.version,
        end: '2025-10-01',
      },
    );
    expect(ended.statusCode).toBe(400);
    expect(ended.json().error.fields[0].path).toBe('body.end');
  });

  it('counts an LÆ265 recorded through the API before the rehabilitation-team meeting', async () => {
    // rehab-lae265-required: the LÆ265 must be received before the case goes to the
    // rehabilitation team (000_213603cd5354bb1f.txt pp. 139, 173). One case without it
    // gets an error finding; one with it gets none.
    const teamId = (
      await f.database.db
        .selectFrom('users')
        .select('team_id')
        .where('id', '=', cwId)
        .executeTakeFirstOrThrow()
    ).team_id;
    const key = await pseudonymKey(f.database.db);
    const findingsFor = async (cpr: string, withCertificate: boolean) => {
      const citizenId = await createCitizen(
        f.database.db,
        { municipalityCode: '860', cpr, name: 'Rehab Borger', teamId, caseworkerId: cwId },
        key,
      );
      let version = 1;
      const post = async (path: string, body: Record<string, unknown>) => {
        const res = await call(f.app, cw, 'POST', `/api/citizens/${citizenId}/${path}`, {
          expectedVersion: version,
          ...body,
        });
        expect(res.statusCode, res.body).toBe(201);
        version = res.json().version ?? version + 1;
      };
      await post('spells', {
        spell: { benefit: 'ressourceforloeb', targetGroup: '6.8', start: '2025-01-06' },
      });
      if (withCertificate) {
        await post('events', {
          event: {
            type: 'certificate-received',
            date: '2025-02-03',
            details: { certificate: 'LÆ265', priceDkk: 1742 },
          },
        });
      }
      await post('events', { event: { type: 'rehab-team-meeting', date: '2025-02-20' } });
      const detail = (await call(f.app, cw, 'GET', `/api/citizens/${citizenId}`)).json();
      return (detail.evaluation.findings as { ruleId: string }[]).filter(
        (x) => x.ruleId === 'rehab-lae265-required',
      );
    };
    expect(await findingsFor('0202801234', false)).toHaveLength(1);
    expect(await findingsFor('0303801234', true)).toHaveLength(0);
  });

  it('registers employers with a checked CVR number', async () => {
    // 1·2+2·7+3·6+4·5+5·4+6·3+7·2+4·1 = 110 ≡ 0 (mod 11): valid; ending in 5 is not.
    const bad = await call(f.app, cw, 'POST', '/api/employers', {
      name: 'Forkert ApS',
      cvr: '12345675',
      ordinaryHeadcount: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.cvr');
    const ok = await call(f.app, cw, 'POST', '/api/employers', {
      name: 'Lille Værksted ApS',
      cvr: '12345674',
      ordinaryHeadcount: 4,
    });
    expect(ok.statusCode).toBe(201);
    // BAB § 65: 0–50 employees, 1 per 5 but at least 1 → 4 employees give 1 place.
    expect(ok.json().employer).toMatchObject({ capacity: 1, currentPlacements: 0 });
    const dup = await call(f.app, cw, 'POST', '/api/employers', {
      name: 'Igen',
      cvr: '12345674',
      ordinaryHeadcount: 4,
    });
    expect(dup.statusCode).toBe(409);
    expect(
      (
        await call(f.app, analyst, 'POST', '/api/employers', {
          name: 'X',
          cvr: '12345674',
          ordinaryHeadcount: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('rejects a placement beyond the forholdstal with the reason', async () => {
    const employers = (await call(f.app, cw, 'GET', '/api/employers')).json().items;
    const small = employers.find((e: { cvr: string }) => e.cvr === '12345674');
    const own = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'version'])
      .where('caseworker_id', '=', cwId)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    const offer = (citizenId: number, version: number) =>
      call(f.app, cw, 'POST', `/api/citizens/${citizenId}/offers`, {
        expectedVersion: version,
        offer: {
          kind: 'virksomhedspraktik',
          start: '2026-03-09',
          end: '2026-04-17',
          employerId: small.id,
          hoursPerWeek: 20,
        },
      });
    const first = await offer(own[0]!.id, own[0]!.version);
    expect(first.statusCode).toBe(201);
    expect(first.json().ratio).toMatchObject({ allowed: true, capacity: 1 });
    const second = await offer(own[1]!.id, own[1]!.version);
    expect(second.statusCode).toBe(422);
    const err = second.json().error;
    expect(err.code).toBe('ratio');
    expect(err.capacity).toBe(1);
    expect(err.reason.da).toMatch(/Forholdstallet er overskredet/);
    // Nothing was stored for the rejected placement, and the case version is unchanged.
    const v = await f.database.db
      .selectFrom('citizens')
      .select('version')
      .where('id', '=', own[1]!.id)
      .executeTakeFirstOrThrow();
    expect(v.version).toBe(own[1]!.version);
    const needsEmployer = await call(f.app, cw, 'POST', `/api/citizens/${own[1]!.id}/offers`, {
      expectedVersion: own[1]!.version,
      offer: { kind: 'loentilskud', start: '2026-03-09', end: '2026-09-09' },
    });
    expect(needsEmployer.json().error.fields[0].path).toBe('body.offer.employerId');
    const mentor = await call(f.app, cw, 'POST', `/api/citizens/${own[1]!.id}/offers`, {
      expectedVersion: own[1]!.version,
      offer: { kind: 'mentor', start: '2026-03-09', end: '2026-06-09' },
    });
    expect(mentor.statusCode).toBe(201);
  });

  it('accepts a placement beyond the forholdstal under an enabled trial, with its journal note', async () => {
    // Jammerbugt (849) took part in fk2-forholdstal from 1 Sep 2017 for 6.3, 6.5, 6.8, 6.9.
    const db = f.database.db;
    const team = await createTeam(db, { municipalityCode: '849', name: 'Jobcenter' });
    const hash = await hashPassword('demo');
    const cwJ = await createUser(db, {
      municipalityCode: '849',
      username: 'sb-849',
      displayName: 'SB Jammerbugt',
      role: 'caseworker',
      teamId: team,
      passwordHash: hash,
    });
    await createUser(db, {
      municipalityCode: '849',
      username: 'admin-849',
      displayName: 'Admin Jammerbugt',
      role: 'administrator',
      passwordHash: hash,
    });
    const key = await pseudonymKey(db);
    const ids: number[] = [];
    for (const cpr of ['0203751234', '0405761234']) {
      const id = await createCitizen(
        db,
        { municipalityCode: '849', cpr, name: `Borger ${cpr}`, teamId: team, caseworkerId: cwJ },
        key,
      );
      await addSpell(db, {
        citizenId: id,
        benefit: 'kontanthjaelp',
        targetGroup: '6.3',
        start: '2020-09-01',
      });
      ids.push(id);
    }
    const [sb, ad] = [await login(f.app, 'sb-849'), await login(f.app, 'admin-849')];
    const notYet = await call(f.app, sb, 'POST', '/api/employers', {
      name: 'Fiskeriet',
      cvr: '12345674',
      ordinaryHeadcount: 2,
    });
    expect(notYet.statusCode).toBe(201); // the same CVR may be registered in another municipality
    const employerId = notYet.json().employer.id;
    const offer = (citizenId: number, extra: object = {}) =>
      call(f.app, sb, 'POST', `/api/citizens/${citizenId}/offers`, {
        expectedVersion: 1,
        offer: {
          kind: 'virksomhedspraktik',
          start: '2021-03-01',
          end: '2021-04-30',
          employerId,
          ...extra,
        },
      });
    expect((await offer(ids[0]!)).statusCode).toBe(201);
    const withoutTrial = await offer(ids[1]!, {
      trialId: 'fk2-forholdstal',
      journalNote: 'Lille, tryg arbejdsplads.',
    });
    expect(withoutTrial.statusCode).toBe(400);
    expect(withoutTrial.json().error.fields[0].path).toBe('body.offer.trialId');
    const enable = await call(f.app, ad, 'POST', '/api/trials/fk2-forholdstal/enable', {
      targetGroups: ['6.3'],
      start: '2017-09-01',
      end: '2021-12-31',
    });
    expect(enable.statusCode).toBe(201);
    const noNote = await offer(ids[1]!, { trialId: 'fk2-forholdstal' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields[0].path).toBe('body.offer.journalNote');
    const ok = await offer(ids[1]!, {
      trialId: 'fk2-forholdstal',
      journalNote: 'Lille, tryg arbejdsplads; borgeren udgør ikke egentlig arbejdskraft.',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().ratio).toMatchObject({ allowed: false, capacity: 1 });
    const uses = await db
      .selectFrom('trial_exemption_uses')
      .selectAll()
      .where('citizen_id', '=', ids[1]!)
      .execute();
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({
      trial_id: 'fk2-forholdstal',
      documentation: 'Lille, tryg arbejdsplads; borgeren udgør ikke egentlig arbejdskraft.',
    });
    const note = await db
      .selectFrom('case_events')
      .selectAll()
      .where('id', '=', uses[0]!.journal_event_id!)
      .executeTakeFirstOrThrow();
    expect(note).toMatchObject({ type: 'journal-note', trial_id: 'fk2-forholdstal' });
    // Hjørring is not in fk2-forholdstal: its administrator cannot enable it.
    const refused = await call(f.app, admin, 'POST', '/api/trials/fk2-forholdstal/enable', {
      targetGroups: ['6.3'],
      start: '2018-01-01',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('not-participant');
  });

  it('keeps rehabilitation-team agendas to 10 cases and records recommendation and decision', async () => {
    const own = await f.database.db
      .selectFrom('citizens')
      .select('id')
      .where('caseworker_id', '=', cwId)
      .orderBy('id')
      .execute();
    const eleven = (
      await f.database.db
        .selectFrom('citizens')
        .select('id')
        .where('municipality_code', '=', '860')
        .limit(11)
        .execute()
    ).map((r) => r.id);
    const tooMany = await call(f.app, cw, 'POST', '/api/rehab-meetings', {
      date: '2026-03-10',
      citizenIds: eleven,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].path).toBe('body.citizenIds');
    const foreign = await f.database.db
      .selectFrom('citizens')
      .select('id')
      .where('municipality_code', '=', '813')
      .executeTakeFirstOrThrow();
    const withForeign = await call(f.app, cw, 'POST', '/api/rehab-meetings', {
      date: '2026-03-10',
      citizenIds: [own[0]!.id, foreign.id],
    });
    expect(withForeign.statusCode).toBe(400);
    expect(withForeign.json().error.fields[0].path).toBe('body.citizenIds.1');
    const created = await call(f.app, cw, 'POST', '/api/rehab-meetings', {
      date: '2026-03-10',
      citizenIds: [own[0]!.id, own[1]!.id],
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json().meeting;
    expect(meeting.cases.map((c: { position: number }) => c.position)).toEqual([1, 2]);
    const countEvents = async (type: string) =>
      (
        await f.database.db
          .selectFrom('case_events')
          .select('id')
          .where('citizen_id', '=', own[0]!.id)
          .where('type', '=', type)
          .execute()
      ).length;
    const meetingsBefore = await countEvents('rehab-team-meeting');
    const notesBefore = await countEvents('journal-note');
    const put = (body: object) =>
      call(f.app, cw, 'PUT', `/api/rehab-meetings/${meeting.id}/cases/${own[0]!.id}`, body);
    const first = await put({ recommendation: 'ressourceforløb', decision: 'bevilget' });
    expect(first.statusCode).toBe(200);
    expect(await countEvents('rehab-team-meeting')).toBe(meetingsBefore + 1);
    // A changed decision is a correction: a journal note, not an edited event.
    expect((await put({ recommendation: 'ressourceforløb', decision: 'afslået' })).statusCode).toBe(
      200,
    );
    expect(await countEvents('rehab-team-meeting')).toBe(meetingsBefore + 1);
    expect(await countEvents('journal-note')).toBe(notesBefore + 1);
    const list = (await call(f.app, cw, 'GET', '/api/rehab-meetings')).json().items;
    const shown = list.find((m: { id: number }) => m.id === meeting.id).cases[0];
    expect(shown).toMatchObject({ recommendation: 'ressourceforløb', decision: 'afslået' });
  });

  it('lets the administrator enable and disable a trial, and no one else', async () => {
    const body = { targetGroups: ['6.1'], start: '2019-01-01', end: '2020-12-31' };
    expect(
      (await call(f.app, cw, 'POST', '/api/trials/fk2-formkrav-samtaler/enable', body)).statusCode,
    ).toBe(403);
    expect(
      (await call(f.app, tl, 'POST', '/api/trials/fk2-formkrav-samtaler/enable', body)).statusCode,
    ).toBe(403);
    const bad = await call(f.app, admin, 'POST', '/api/trials/fk2-formkrav-samtaler/enable', {
      ...body,
      targetGroups: ['6.1', '6.7'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.targetGroups.1');
    expect(
      (await call(f.app, admin, 'POST', '/api/trials/no-such-trial/enable', body)).statusCode,
    ).toBe(404);
    expect(
      (await call(f.app, admin, 'POST', '/api/trials/fk2-formkrav-samtaler/enable', body))
        .statusCode,
    ).toBe(201);
    const listed = (await call(f.app, cw, 'GET', '/api/trials')).json().items;
    const trial = listed.find((t: { id: string }) => t.id === 'fk2-formkrav-samtaler');
    expect(trial.enabled).toEqual([
      expect.objectContaining({ start: '2019-01-01', end: '2020-12-31', targetGroups: ['6.1'] }),
    ]);
    expect(trial.participant).toBe(true);
    const off = await call(f.app, admin, 'POST', '/api/trials/fk2-formkrav-samtaler/disable', {
      end: '2019-12-31',
    });
    expect(off.statusCode).toBe(200);
    const after = (await call(f.app, cw, 'GET', '/api/trials'))
      .json()
      .items.find((t: { id: string }) => t.id === 'fk2-formkrav-samtaler');
    expect(after.enabled[0].end).toBe('2019-12-31');
    await call(f.app, admin, 'POST', '/api/trials/fk2-formkrav-samtaler/disable', {});
    const gone = (await call(f.app, cw, 'GET', '/api/trials'))
      .json()
      .items.find((t: { id: string }) => t.id === 'fk2-formkrav-samtaler');
    expect(gone.enabled).toEqual([]);
  });

  it('draws a reproducible management-review sample and tallies the answers', async () => {
    const draw = () =>
      call(f.app, tl, 'POST', '/api/reviews', {
        periodStart: '2026-01-01',
        periodEnd: '2026-02-28',
        perCaseworker: 2,
        seed: 42,
      });
    const a = await draw();
    expect(a.statusCode).toBe(201);
    const b = (await draw()).json();
    const sample = a.json().sample as { citizenId: number; caseworkerId: number }[];
    expect(b.sample.map((s: { citizenId: number }) => s.citizenId)).toEqual(
      sample.map((s) => s.citizenId),
    );
    const per = new Map<number, number>();
    for (const s of sample) per.set(s.caseworkerId, (per.get(s.caseworkerId) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(2);
    expect(new Set(sample.map((s) => s.citizenId)).size).toBe(sample.length);
    expect(a.json().questions.length).toBeGreaterThanOrEqual(5);
    const id = a.json().id;
    const unknown = await call(f.app, tl, 'PUT', `/api/reviews/${id}/answers`, {
      citizenId: sample[0]!.citizenId,
      answers: { 'is-it-nice': 'yes' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('body.answers.is-it-nice');
    const badValue = await call(f.app, tl, 'PUT', `/api/reviews/${id}/answers`, {
      citizenId: sample[0]!.citizenId,
      answers: { 'interviews-on-time': 'maybe' },
    });
    expect(badValue.json().error.fields[0].path).toBe('body.answers.interviews-on-time');
    await call(f.app, tl, 'PUT', `/api/reviews/${id}/answers`, {
      citizenId: sample[0]!.citizenId,
      answers: { 'interviews-on-time': 'yes', 'form-registered': 'no' },
    });
    await call(f.app, tl, 'PUT', `/api/reviews/${id}/answers`, {
      citizenId: sample[1]!.citizenId,
      answers: { 'interviews-on-time': 'no', 'trial-documented': 'not-relevant' },
    });
    const tally = (await call(f.app, analyst, 'GET', `/api/reviews/${id}/tally`)).json();
    const row = (q: string) => tally.rows.find((r: { questionId: string }) => r.questionId === q);
    // By hand from the two answer sets above.
    expect(row('interviews-on-time')).toMatchObject({
      yes: 1,
      no: 1,
      notRelevant: 0,
      unanswered: sample.length - 2,
    });
    expect(row('form-registered')).toMatchObject({ yes: 0, no: 1, notRelevant: 0 });
    expect(row('trial-documented')).toMatchObject({ yes: 0, no: 0, notRelevant: 1 });
    expect(tally.answeredCases).toBe(2);
    expect(
      (
        await call(f.app, cw, 'POST', '/api/reviews', {
          periodStart: '2026-01-01',
          periodEnd: '2026-02-28',
          perCaseworker: 2,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('audits every read of a citizen, shows the log to administrators only, and keeps the chain intact', async () => {
    const reader = await login(f.app, 'sb01');
    const target = await f.database.db
      .selectFrom('citizens')
      .select('id')
      .where('municipality_code', '=', '860')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await f.app.inject({
      method: 'GET',
      url: `/api/citizens/${target.id}`,
      headers: { cookie: reader, 'x-access-reason': 'klage over afgørelse' },
    });
    const log = (await call(f.app, admin, 'GET', `/api/audit?citizenId=${target.id}`)).json().items;
    const read = log.find(
      (e: { action: string; username: string }) =>
        e.action === 'citizen.read' && e.username === 'sb01',
    );
    expect(read).toMatchObject({ citizenId: target.id, reason: 'klage over afgørelse' });
    // Worklist reads are audited too, with the citizens they showed.
    await call(f.app, cw, 'GET', '/api/worklist');
    const wl = (await call(f.app, admin, 'GET', '/api/audit?action=worklist.read')).json().items;
    expect(wl.length).toBeGreaterThan(0);
    expect(wl[0].detail.citizenIds.length).toBeGreaterThan(0);
    expect((await call(f.app, tl, 'GET', '/api/audit')).statusCode).toBe(403);
    const verified = (await call(f.app, admin, 'GET', '/api/audit/verify')).json();
    expect(verified.ok).toBe(true);
    expect((await verifyAuditChain(f.database.db)).ok).toBe(true);
  });

  it('never sends an analyst a CPR number or a name', async () => {
    const citizens = await f.database.db
      .selectFrom('citizens')
      .select(['id', 'cpr', 'name'])
      .where('municipality_code', '=', '860')
      .execute();
    const bodies: string[] = [];
    bodies.push((await call(f.app, analyst, 'GET', '/api/citizens?limit=500')).body);
    for (const c of citizens.slice(0, 8))
      bodies.push((await call(f.app, analyst, 'GET', `/api/citizens/${c.id}`)).body);
    bodies.push(
      (await call(f.app, analyst, 'GET', `/api/citizens/${citizens[0]!.id}?reveal=cpr`)).body,
    );
    bodies.push((await call(f.app, analyst, 'GET', '/api/worklist')).body);
    bodies.push((await call(f.app, analyst, 'GET', '/api/reviews')).body);
    const text = bodies.join('\n');
    expect(JSON.parse(bodies[0]!).items.length).toBe(citizens.length);
    // Caseworkers' names are shown; a citizen who shares a name with one cannot be told apart.
    const staff = new Set(
      (await f.database.db.selectFrom('users').select('display_name').execute()).map(
        (u) => u.display_name,
      ),
    );
    for (const c of citizens) {
      expect(text).not.toContain(c.cpr);
      expect(text).not.toContain(`${c.cpr.slice(0, 6)}-`);
      if (!staff.has(c.name)) expect(text).not.toContain(c.name);
    }
  });
});
