/**
 * Invariants of the engine, checked on random cases (fast-check):
 * windows are well-formed and statuses agree with the as-of date; evaluation
 * is deterministic and independent of event order; a trial outside its scope
 * or period changes nothing; adding an event that meets an obligation never
 * adds an overdue one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseFile } from '../../src/rules/case-format.ts';
import { buildCatalog, evaluate, type Obligation } from '../../src/rules/engine.ts';
import type { EventMatch } from '../../src/rules/model.ts';
import { STATUTES } from '../../src/rules/statutes/index.ts';
import { TRIALS } from '../../src/rules/trials/index.ts';
import { FIXTURE_TRIAL, randomCase } from './fixtures.ts';

const catalog = buildCatalog(STATUTES, [FIXTURE_TRIAL]);
const real = buildCatalog(STATUTES, TRIALS);
const RUNS = { numRuns: 300 };

function overdue(obs: Obligation[]): number {
  return obs.filter((o) => o.status === 'overdue').length;
}

describe('engine properties', () => {
  it('windows are well-formed and statuses agree with the as-of date', () => {
    fc.assert(
      fc.property(randomCase, ({ file, asOf }) => {
        for (const o of evaluate(file, asOf, { catalog }).obligations) {
          expect(o.windowStart <= o.dueBy).toBe(true);
          if (o.status === 'upcoming') expect(asOf < o.windowStart).toBe(true);
          if (o.status === 'due') expect(o.windowStart <= asOf && asOf <= o.dueBy).toBe(true);
          if (o.status === 'overdue') expect(asOf > o.dueBy).toBe(true);
          if (o.metBy !== undefined) expect(o.status).toBe('met');
          if (o.status === 'waived') expect(o.trialId).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it('windows are well-formed with real trials starting before a spell and events linked to it dated before its start', () => {
    // Issue #11 item 4: a trial period that begins before the spell, and a decision,
    // certificate or rehab-team meeting linked by spellId before the spell's start.
    const groups = [
      ['ressourceforloeb', '6.8'],
      ['revalidering', '6.10'],
      ['jobafklaring', '6.7'],
      ['sygedagpenge', '6.6'],
      ['a-dagpenge', '6.1'],
    ] as const;
    const types = [
      'decision',
      'rehab-team-meeting',
      'certificate-received',
      'follow-up-interview',
      'job-interview',
      'plan',
    ] as const;
    const linked = fc.record({
      type: fc.constantFrom(...types),
      before: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...groups),
        fc.integer({ min: 0, max: 1500 }),
        fc.array(linked, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('851', '820', '849', '813', '860'),
        fc.integer({ min: 0, max: 900 }),
        ([benefit, targetGroup], startOffset, evs, municipality, asOfOffset) => {
          const day = (n: number) =>
            new Date(Date.UTC(2017, 6, 1) + n * 864e5).toISOString().slice(0, 10);
          const start = day(startOffset + 200);
          const file: CaseFile = {
            formatVersion: 1,
            municipality,
            citizen: { id: 'c1', birthDate: '1975-01-01' },
            spells: [{ id: 's1', benefit, targetGroup, start }],
            events: evs.map((e, i) => ({
              id: `e${i}`,
              type: e.type,
              date: day(startOffset + 200 - e.before),
              spellId: 's1',
              details: { decision: 'rf-extension', certificate: 'LÆ265' },
            })),
            trials: TRIALS.map((t) => ({ trialId: t.id, start: '2017-07-01' })),
          };
          const asOf = day(startOffset + 200 + asOfOffset);
          for (const o of evaluate(file, asOf, { catalog: real }).obligations) {
            expect(o.windowStart <= o.dueBy, `${o.ruleId} ${o.windowStart} ${o.dueBy}`).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('evaluation is deterministic and independent of event order', () => {
    fc.assert(
      fc.property(randomCase, ({ file, asOf }) => {
        const a = evaluate(file, asOf, { catalog });
        const b = evaluate(structuredClone(file), asOf, { catalog });
        const c = evaluate({ ...file, events: [...file.events].reverse() }, asOf, { catalog });
        expect(b).toEqual(a);
        expect(c.obligations).toEqual(a.obligations);
        expect(c.findings).toEqual(a.findings);
      }),
      RUNS,
    );
  });

  it('switching the trace off changes only the trace', () => {
    fc.assert(
      fc.property(randomCase, ({ file, asOf }) => {
        const full = evaluate(file, asOf, { catalog });
        const lean = evaluate(file, asOf, { catalog, trace: false });
        expect(lean.trace).toEqual([]);
        expect(full.trace.length).toBeGreaterThan(0);
        expect(lean.obligations).toEqual(full.obligations);
        expect(lean.findings).toEqual(full.findings);
      }),
      RUNS,
    );
  });

  it('a trial outside its municipality or period changes nothing', () => {
    fc.assert(
      fc.property(randomCase, fc.boolean(), ({ file, asOf }, outsidePeriod) => {
        const plain: CaseFile = { ...file, trials: [] };
        const listed: CaseFile = outsidePeriod
          ? {
              ...file,
              municipality: '851',
              trials: [{ trialId: FIXTURE_TRIAL.id, start: '2030-01-01' }],
            }
          : {
              ...file,
              municipality: '101',
              trials: [{ trialId: FIXTURE_TRIAL.id, start: '2017-01-01' }],
            };
        const base = outsidePeriod
          ? { ...plain, municipality: '851' }
          : { ...plain, municipality: '101' };
        const a = evaluate(base, asOf, { catalog });
        const b = evaluate(listed, asOf, { catalog });
        expect(b.obligations).toEqual(a.obligations);
        expect(b.findings).toEqual(a.findings);
      }),
      RUNS,
    );
  });

  it('each of the 18 real trials changes nothing outside its municipalities or period', () => {
    expect(TRIALS).toHaveLength(18);
    fc.assert(
      fc.property(
        randomCase,
        fc.constantFrom(...TRIALS),
        fc.boolean(),
        ({ file, asOf }, trial, outsidePeriod) => {
          // Outside the period: a participating municipality, but the case lists the
          // trial from 2030; outside the scope: København (101), in no trial.
          const municipality = outsidePeriod ? trial.scope.municipalities[0]!.code : '101';
          const start = outsidePeriod ? '2030-01-01' : '2017-01-01';
          const plain: CaseFile = { ...file, municipality, trials: [] };
          const listed: CaseFile = { ...plain, trials: [{ trialId: trial.id, start }] };
          const a = evaluate(plain, asOf, { catalog: real });
          const b = evaluate(listed, asOf, { catalog: real });
          expect(b.obligations).toEqual(a.obligations);
          expect(b.findings).toEqual(a.findings);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adding an event that meets an open obligation never adds an overdue one', () => {
    fc.assert(
      fc.property(randomCase, fc.nat(), fc.nat(), ({ file, asOf }, pick, offset) => {
        const before = evaluate(file, asOf, { catalog });
        const open = before.obligations.filter(
          (o) => (o.status === 'due' || o.status === 'overdue') && meetingEvent(o) !== undefined,
        );
        if (open.length === 0) return;
        const o = open[pick % open.length]!;
        const last = [o.dueBy, asOf].sort()[0]!;
        const span = dayDiff(o.windowStart, last);
        const date = addDaysIso(o.windowStart, span <= 0 ? 0 : offset % (span + 1));
        const ev: CaseEvent = { ...meetingEvent(o)!, id: 'added', date };
        const after = evaluate({ ...file, events: [...file.events, ev] }, asOf, { catalog });
        expect(overdue(after.obligations)).toBeLessThanOrEqual(overdue(before.obligations));
      }),
      RUNS,
    );
  });
});

/** An event that meets the obligation's rule (first type, first detail values, in person). */
function meetingEvent(o: Obligation): Omit<CaseEvent, 'id' | 'date'> | undefined {
  const rule = catalog.byId.get(o.ruleId);
  if (!rule) return undefined;
  const s = rule.schedule;
  if (s.kind !== 'once' && s.kind !== 'count' && s.kind !== 'cadence') return undefined;
  const m: EventMatch = s.met;
  const details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.details ?? {})) details[k] = Array.isArray(v) ? v[0] : v;
  return {
    type: m.types[0]!,
    form: 'in-person',
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

function dayDiff(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function addDaysIso(d: string, n: number): string {
  return new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
}
