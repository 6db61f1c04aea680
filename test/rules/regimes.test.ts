/**
 * Regime boundaries (fast-check): on each side of an in-force date a case gets
 * exactly the rules in force on that side — L 129 from 1 January 2024 (lov nr.
 * 727/2023) for dagpenge spells begun from that day, the numbers of 1 July 2026
 * (lov nr. 1750/2025) for what falls due from that day, the rehabilitation
 * team only for jobafklaring begun before 1 July 2026 — and nothing past the
 * horizon (2026-12-31), where the law is not encoded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/rules/case-format.ts';
import { evaluate, getDefaultCatalog } from '../../src/rules/engine.ts';
import { ENCODED_UNTIL } from '../../src/rules/horizon.ts';

const catalog = getDefaultCatalog();
const BASE = Date.UTC(2023, 5, 1) / 86_400_000; // 2023-06-01
const iso = (d: number) => new Date((BASE + d) * 86_400_000).toISOString().slice(0, 10);

const GROUPS = [
  ['6.1', 'a-dagpenge'],
  ['6.2', 'kontanthjaelp'],
  ['6.6', 'sygedagpenge'],
  ['6.7', 'jobafklaring'],
  ['6.9', 'ledighedsydelse'],
] as const;

/** Sygedagpenge spell flags: category 2 (over 8 weeks) and lov nr. 1750/2025's employed, back within 26 weeks. */
const SDP_FLAGS = [
  'expected-over-8-weeks',
  'employed-expected-back-within-26-weeks',
  'employed-uncomplicated-back-within-13-weeks',
] as const;

const arb = fc
  .record({
    group: fc.constantFrom(...GROUPS),
    start: fc.integer({ min: 0, max: 1310 }), // 2023-06-01 … 2026-12-31
    asOfAfter: fc.integer({ min: 0, max: 700 }),
    exempt: fc.boolean(),
    flags: fc.subarray([...SDP_FLAGS]),
    events: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 600 }),
        kind: fc.constantFrom('akasse', 'jobcentre', 'joint', 'rehab', 'jobrotation', 'followup'),
        form: fc.constantFrom('in-person', 'phone', 'video'),
      }),
      { maxLength: 12 },
    ),
  })
  .map((r) => {
    const events: CaseFile['events'] = r.events.map((e, i) => {
      const date = iso(r.start + e.at);
      if (e.kind === 'akasse')
        return {
          id: `e${i}`,
          type: 'job-interview',
          date,
          form: e.form,
          details: { holder: 'a-kasse' },
        };
      if (e.kind === 'jobcentre') return { id: `e${i}`, type: 'job-interview', date, form: e.form };
      if (e.kind === 'joint') return { id: `e${i}`, type: 'joint-meeting', date };
      if (e.kind === 'rehab') return { id: `e${i}`, type: 'rehab-team-meeting', date };
      if (e.kind === 'followup') return { id: `e${i}`, type: 'follow-up-interview', date };
      return { id: `e${i}`, type: 'offer', date, details: { offerKind: 'jobrotation' } };
    });
    if (r.exempt)
      events.push({
        id: 'd',
        type: 'decision',
        date: iso(r.start + 2),
        details: { decision: 'contact-course-exemption' },
      });
    const file: CaseFile = {
      formatVersion: 1,
      municipality: '101',
      citizen: { id: 'c', birthDate: '1985-03-03' },
      spells: [
        {
          id: 's1',
          benefit: r.group[1],
          targetGroup: r.group[0],
          start: iso(r.start),
          ...(r.group[0] === '6.6' && r.flags.length > 0 ? { flags: [...r.flags] } : {}),
        },
      ],
      events,
      trials: [],
    };
    // The decision is known only from its date on (events after the as-of date are ignored).
    const exempt = r.exempt && r.asOfAfter >= 2;
    return { file, start: iso(r.start), asOf: iso(r.start + r.asOfAfter), exempt };
  });

const RUNS = { numRuns: 400 };

const dayBefore = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

/** Calendar months with clamp rounding (docs/rules.md: 31 Jan + 1 month = 28/29 Feb), worked by hand. */
const addMonthsClamped = (d: string, n: number) => {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7) - 1 + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(+d.slice(8, 10), last);
  return new Date(Date.UTC(y, m, day)).toISOString().slice(0, 10);
};

/** In-force days of the encoded law after 2021: lov nr. 295/2023, 727/2023, 1750/2025 (both phases). */
const IN_FORCE = ['2023-03-22', '2024-01-01', '2026-02-01', '2026-07-01'] as const;
const identity = (o: { ruleId: string; spellId: string; seq?: number; dueBy: string }) =>
  `${o.ruleId}/${o.spellId}/${o.seq ?? 0}/${o.dueBy}`;

describe('regime boundaries', () => {
  it('every obligation falls due inside a version of its rule, and none after the horizon', () => {
    fc.assert(
      fc.property(arb, ({ file, asOf }) => {
        const r = evaluate(file, asOf, { trace: false });
        for (const o of r.obligations) {
          expect(o.dueBy <= ENCODED_UNTIL).toBe(true);
          const vs = catalog.versions.get(o.ruleId)!;
          const covering = vs.filter(
            (v) => v.validity.from <= o.dueBy && (!v.validity.to || o.dueBy <= v.validity.to),
          );
          expect(covering).toHaveLength(1);
        }
      }),
      RUNS,
    );
  });

  it('past the horizon there are no obligations, only the not-encoded finding', () => {
    fc.assert(
      fc.property(arb, ({ file, asOf }) => {
        const r = evaluate(file, asOf, { trace: false });
        if (asOf <= ENCODED_UNTIL) return;
        expect(r.obligations).toEqual([]);
        expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['horizon', 'warning']]);
      }),
      RUNS,
    );
  });

  it('dagpenge spells get the 2024 contact course from 1 January 2024 and the 2020 one before', () => {
    fc.assert(
      fc.property(arb, ({ file, start, asOf }) => {
        if (file.spells[0]!.targetGroup !== '6.1') return;
        const ids = new Set(
          evaluate(file, asOf, { trace: false }).obligations.map((o) => o.ruleId),
        );
        if (start < '2024-01-01') {
          expect(ids.has('lab2024-dp-akasse-samtaler')).toBe(false);
          expect(ids.has('lab2024-dp-jobcenter-samtaler')).toBe(false);
          expect(ids.has('lab2024-dp-akasse-first-2w')).toBe(false);
        } else {
          expect(ids.has('lab2020-kontaktforloeb-min4')).toBe(false);
          expect(ids.has('lab2020-dp-akasse-samtale-3to6')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('the a-kasse and municipality counts are 3 before 1 July 2026 and 2 from it; exempted persons have none from it', () => {
    fc.assert(
      fc.property(arb, ({ file, asOf, exempt }) => {
        const obs = evaluate(file, asOf, { trace: false }).obligations;
        for (const id of ['lab2024-dp-akasse-samtaler', 'lab2024-dp-jobcenter-samtaler']) {
          const mine = obs.filter((o) => o.ruleId === id);
          if (mine.length === 0) continue;
          const due = mine[0]!.dueBy;
          expect(mine.length).toBe(due < '2026-07-01' ? 3 : 2);
          if (exempt) expect(due < '2026-07-01').toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the rehabilitation team is required only for jobafklaring begun before 1 July 2026', () => {
    fc.assert(
      fc.property(arb, ({ file, start, asOf }) => {
        const obs = evaluate(file, asOf, { trace: false }).obligations;
        if (start >= '2026-07-01')
          expect(obs.some((o) => o.ruleId === 'jaf-rehabteam-4w')).toBe(false);
      }),
      RUNS,
    );
  });

  it('a job-rotation offer is a finding exactly when it starts on or after 1 July 2026', () => {
    fc.assert(
      fc.property(arb, ({ file, asOf }) => {
        if (asOf > ENCODED_UNTIL || !['6.1', '6.2'].includes(file.spells[0]!.targetGroup)) return;
        const found = new Set(
          evaluate(file, asOf, { trace: false })
            .findings.filter((f) => f.ruleId === 'ref2026-jobrotation-abolished')
            .flatMap((f) => f.events),
        );
        for (const e of file.events) {
          if (e.type !== 'offer' || e.date > asOf) continue;
          expect(found.has(e.id)).toBe(e.date >= '2026-07-01');
        }
      }),
      RUNS,
    );
  });

  it('a case evaluated the day before and the day an amendment takes effect keeps what fell due before it', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...IN_FORCE), ({ file, start }, day) => {
        const before = dayBefore(day);
        if (start > before) return;
        const known = (asOf: string) =>
          new Set(
            evaluate(file, asOf, { trace: false })
              .obligations.filter((o) => o.dueBy < before)
              .map(identity),
          );
        expect([...known(day)].sort()).toEqual([...known(before)].sort());
      }),
      RUNS,
    );
  });

  it('a case spanning 1 January 2027: deadlines up to the horizon on 31 December 2026, nothing on 1 January 2027', () => {
    fc.assert(
      fc.property(arb, ({ file, start }) => {
        if (start > ENCODED_UNTIL) return;
        const last = evaluate(file, ENCODED_UNTIL, { trace: false });
        for (const o of last.obligations) expect(o.dueBy <= ENCODED_UNTIL).toBe(true);
        const next = evaluate(file, '2027-01-01', { trace: false });
        expect(next.obligations).toEqual([]);
        expect(next.findings.map((f) => f.ruleId)).toEqual(['horizon']);
      }),
      RUNS,
    );
  });

  it('sygedagpenge follow-up (§ 13 b) applies to category 2 from 22 March 2023; § 13 f from 1 January 2025 and lov nr. 1750/2025 from 1 July 2026 take employed persons out', () => {
    fc.assert(
      fc.property(arb, ({ file, start, asOf }) => {
        const spell = file.spells[0]!;
        if (spell.targetGroup !== '6.6' || asOf > ENCODED_UNTIL) return;
        const flags = new Set(spell.flags ?? []);
        const obs = evaluate(file, asOf, { trace: false }).obligations.filter(
          (o) => o.ruleId === 'sdp-opfoelgning-4in6m' || o.ruleId === 'sdp-first-followup-8w',
        );
        const exempt = flags.has('employed-expected-back-within-26-weeks') && start >= '2026-07-01';
        if (!flags.has('expected-over-8-weeks') || exempt) {
          expect(obs).toEqual([]);
          return;
        }
        const four = obs.filter((o) => o.ruleId === 'sdp-opfoelgning-4in6m');
        // § 13 f (L 74, 2024-25): absences from 1 January 2025 flagged uncomplicated keep only the first follow-up.
        const only1 =
          flags.has('employed-uncomplicated-back-within-13-weeks') && start >= '2025-01-01';
        // The half year's last day decides the version; the engine shows a version from its first day on.
        const end = dayBefore(addMonthsClamped(start, 6));
        const versionFrom =
          end < '2025-01-01' ? '2023-03-22' : end < '2026-07-01' ? '2025-01-01' : '2026-07-01';
        const expected =
          !only1 && end >= '2023-03-22' && end <= ENCODED_UNTIL && asOf >= versionFrom;
        expect(four).toHaveLength(expected ? 4 : 0);
        for (const o of four) expect(o.dueBy).toBe(end);
      }),
      RUNS,
    );
  });

  it('the form choice of lov nr. 295/2023: a later phone or video interview is lawful from 22 March 2023, not before (in the first 6 months)', () => {
    const FORM_BASE = Date.UTC(2022, 5, 1) / 86_400_000; // 2022-06-01
    const day = (d: number) => new Date((FORM_BASE + d) * 86_400_000).toISOString().slice(0, 10);
    const formArb = fc.record({
      group: fc.constantFrom(['6.1', 'a-dagpenge'] as const, ['6.2', 'kontanthjaelp'] as const),
      start: fc.integer({ min: 0, max: 480 }), // 2022-06-01 … 2023-09-24
      interviews: fc.array(
        fc.record({
          at: fc.integer({ min: 0, max: 170 }),
          form: fc.constantFrom('in-person', 'phone', 'video'),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(formArb, ({ group, start, interviews }) => {
        const events: CaseFile['events'] = interviews.map((e, i) => ({
          id: `j${i}`,
          type: 'job-interview',
          date: day(start + e.at),
          form: e.form,
        }));
        const file: CaseFile = {
          formatVersion: 1,
          municipality: '101',
          citizen: { id: 'c', birthDate: '1985-03-03' },
          spells: [{ id: 's1', benefit: group[1], targetGroup: group[0], start: day(start) }],
          events,
          trials: [],
        };
        const flagged = new Set(
          evaluate(file, day(start + 200), { trace: false })
            .findings.filter((f) => f.ruleId === 'lab2020-jobsamtale-form')
            .flatMap((f) => f.events),
        );
        const first = events.map((e) => e.date).sort()[0]!;
        const sixMonths = addMonthsClamped(day(start), 6);
        for (const e of events) {
          if (e.form === 'in-person') continue;
          // Phone or video: lawful from 22 March 2023 unless it is the first interview.
          if (e.date >= '2023-03-22' && e.date > first) expect(flagged.has(e.id)).toBe(false);
          // Before 22 March 2023, in the spell's first 6 months (no 2021 choice, no COVID rule), a finding.
          if (e.date < '2023-03-22' && e.date < sixMonths) expect(flagged.has(e.id)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
