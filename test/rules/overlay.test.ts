/** The engine applies a trial's operations only inside scope and period, and checks documentation. */
import { describe, expect, it } from 'vitest';
import { type CaseFile, CaseFileSchema } from '../../src/rules/case-format.ts';
import { buildCatalog, evaluate } from '../../src/rules/engine.ts';
import { STATUTES } from '../../src/rules/statutes/index.ts';
import { FIXTURE_TRIAL } from './fixtures.ts';

const catalog = buildCatalog(STATUTES, [FIXTURE_TRIAL]);

function dpCase(
  events: unknown[],
  extra: Partial<CaseFile> = {},
  entry: Record<string, unknown> = {},
): CaseFile {
  return CaseFileSchema.parse({
    formatVersion: 1,
    municipality: '851',
    citizen: { id: 'c1', birthDate: '1980-06-15' },
    spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start: '2019-03-04' }],
    events,
    trials: [
      { trialId: 'fx-formkrav', start: '2017-07-01', responsible: 'Team leader A', ...entry },
    ],
    ...extra,
  });
}

const docEvents = [
  { id: 'mk', type: 'person-group-marker', date: '2019-03-04', trialId: 'fx-formkrav' },
];

describe('trial overlays', () => {
  it('a phone interview counts under the trial and needs a journal note', () => {
    const c = dpCase([
      ...docEvents,
      { id: 'j1', type: 'joint-meeting', date: '2019-03-20' },
      { id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' },
    ]);
    const r = evaluate(c, '2019-05-01', { catalog });
    expect(r.findings.filter((f) => f.ruleId === 'lab2015-jobsamtale-form' && !f.trialId)).toEqual(
      [],
    );
    const counted = r.obligations.filter(
      (o) => o.ruleId === 'lab2015-dp-jobsamtale-count' && o.status === 'met',
    );
    expect(counted.map((o) => o.metBy)).toEqual(['j1', 'e1']);
    const doc = r.findings.filter((f) => f.trialId === 'fx-formkrav');
    expect(doc).toHaveLength(1);
    expect(doc[0]!.message.en).toContain('journal note');
  });

  it('a journal note citing the trial within the grace period documents the use', () => {
    const c = dpCase([
      ...docEvents,
      { id: 'j1', type: 'joint-meeting', date: '2019-03-20' },
      { id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' },
      { id: 'n1', type: 'journal-note', date: '2019-04-12', trialId: 'fx-formkrav' },
    ]);
    const r = evaluate(c, '2019-05-01', { catalog });
    expect(r.findings.filter((f) => f.trialId === 'fx-formkrav')).toEqual([]);
  });

  it('missing marker and responsible person are reported once each', () => {
    const c = dpCase(
      [
        { id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' },
        { id: 'e2', type: 'job-interview', date: '2019-05-08', form: 'phone' },
        { id: 'n1', type: 'journal-note', date: '2019-04-10', trialId: 'fx-formkrav' },
        { id: 'n2', type: 'journal-note', date: '2019-05-08', trialId: 'fx-formkrav' },
      ],
      {},
      { responsible: undefined },
    );
    const r = evaluate(c, '2019-05-20', { catalog });
    const msgs = r.findings.filter((f) => f.trialId === 'fx-formkrav').map((f) => f.message.en);
    expect(msgs.filter((m) => m.includes('person-group marker'))).toHaveLength(1);
    expect(msgs.filter((m) => m.includes('named person'))).toHaveLength(1);
  });

  it('outside the municipality the trial changes nothing', () => {
    const events = [{ id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' }];
    const withTrial = evaluate(dpCase(events, { municipality: '101' }), '2019-05-01', { catalog });
    const without = evaluate(dpCase(events, { municipality: '101', trials: [] }), '2019-05-01', {
      catalog,
    });
    expect(withTrial.obligations).toEqual(without.obligations);
    expect(withTrial.findings).toEqual(without.findings);
  });

  it('before the trial period the statute applies', () => {
    const c = dpCase(
      [{ id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' }],
      {},
      { start: '2019-06-01' },
    );
    const r = evaluate(c, '2019-05-01', { catalog });
    expect(r.findings.some((f) => f.ruleId === 'lab2015-jobsamtale-form')).toBe(true);
  });

  it('a waived cadence obligation becomes waived with the trial id', () => {
    const c = dpCase([...docEvents, { id: 'e1', type: 'joint-meeting', date: '2019-03-20' }]);
    const r = evaluate(c, '2019-06-01', { catalog });
    const cad = r.obligations.filter((o) => o.ruleId === 'lab2015-dp-jobsamtale-cadence');
    expect(cad).toEqual([
      expect.objectContaining({ seq: 1, status: 'met', metBy: 'e1' }),
      expect.objectContaining({
        seq: 2,
        status: 'waived',
        trialId: 'fx-formkrav',
        dueBy: '2019-05-01',
      }),
    ]);
    expect(cad[0]!.trialId).toBeUndefined();
  });

  it('relying on a moved deadline is a use that needs a journal note', () => {
    const c = dpCase([...docEvents, { id: 'e1', type: 'joint-meeting', date: '2019-05-01' }]);
    const r = evaluate(c, '2019-06-01', { catalog });
    const doc = r.findings.filter((f) => f.trialId === 'fx-formkrav');
    // Both the moved joint meeting and the waived cadence (the late interview) were relied on.
    expect(doc.map((f) => f.ruleId).sort()).toEqual([
      'lab2015-dp-faellessamtale-first',
      'lab2015-dp-jobsamtale-cadence',
    ]);
  });

  it('a moved deadline gives the joint meeting 12 weeks and carries the trial id', () => {
    const c = dpCase([...docEvents, { id: 'e1', type: 'joint-meeting', date: '2019-05-01' }]);
    const r = evaluate(c, '2019-06-01', { catalog });
    const first = r.obligations.filter((o) => o.ruleId === 'lab2015-dp-faellessamtale-first');
    expect(first).toEqual([
      expect.objectContaining({
        status: 'met',
        dueBy: '2019-05-26',
        metBy: 'e1',
        trialId: 'fx-formkrav',
      }),
    ]);
  });

  it('a sub-goal ends the exemption', () => {
    const c = dpCase([
      ...docEvents,
      { id: 'g1', type: 'sub-goal', date: '2019-04-01', trialId: 'fx-formkrav' },
      { id: 'e1', type: 'job-interview', date: '2019-04-10', form: 'phone' },
    ]);
    const r = evaluate(c, '2019-05-01', { catalog });
    expect(
      r.findings.some((f) => f.ruleId === 'lab2015-jobsamtale-form' && f.events.includes('e1')),
    ).toBe(true);
  });

  it('local variant: a third joint meeting counts as nulstillende', () => {
    const events = [
      ...docEvents,
      { id: 'e1', type: 'joint-meeting', date: '2019-03-20' },
      { id: 'e2', type: 'job-interview', date: '2019-04-17' },
      { id: 'e3', type: 'joint-meeting', date: '2019-05-15' },
      { id: 'e4', type: 'job-interview', date: '2019-06-12' },
      { id: 'e5', type: 'job-interview', date: '2019-07-10' },
      { id: 'e6', type: 'joint-meeting', date: '2019-08-07' },
    ];
    const metCount = (variants: string[]) =>
      evaluate(dpCase(events, {}, { variants }), '2019-09-10', { catalog }).obligations.filter(
        (o) => o.ruleId === 'lab2015-dp-jobsamtale-count' && o.status === 'met',
      ).length;
    expect(metCount([])).toBe(5);
    expect(metCount(['nulstillende-3rd'])).toBe(6);
  });

  it('local variant: only the first interview needs the full content', () => {
    const events = [
      ...docEvents,
      { id: 'e1', type: 'joint-meeting', date: '2019-03-20' },
      { id: 'e2', type: 'job-interview', date: '2019-04-17' },
    ];
    const r = evaluate(dpCase(events, {}, { variants: ['first-full-content'] }), '2019-05-01', {
      catalog,
    });
    const content = r.findings.filter(
      (f) => f.ruleId === 'lab2015-jobsamtale-content' && !f.message.en.includes('Trial'),
    );
    expect(content.map((f) => f.events)).toEqual([['e1']]);
  });

  it('a municipality can leave out one rule and use a variant by default', () => {
    const events = [
      ...docEvents,
      { id: 'e1', type: 'joint-meeting', date: '2019-03-20' },
      { id: 'e2', type: 'job-interview', date: '2019-04-17' },
    ];
    const r = evaluate(dpCase(events, { municipality: '820' }), '2019-06-10', { catalog });
    const cad = r.obligations.filter((o) => o.ruleId === 'lab2015-dp-jobsamtale-cadence');
    expect(cad.map((o) => o.status)).toEqual(['met', 'met', 'overdue']);
    const content = r.findings.filter(
      (f) => f.ruleId === 'lab2015-jobsamtale-content' && f.message.en.includes('lacks content'),
    );
    expect(content.map((f) => f.events)).toEqual([['e1']]);
  });

  it('local variant: the first joint meeting may be the 2nd or 3rd interview', () => {
    const base = [
      ...docEvents,
      { id: 'e1', type: 'job-interview', date: '2019-03-20' },
      { id: 'e2', type: 'job-interview', date: '2019-04-17' },
    ];
    const variant = { variants: ['joint-meeting-2nd-or-3rd'] };
    const of = (events: unknown[], asOf: string) =>
      evaluate(dpCase(events, {}, variant), asOf, { catalog }).obligations.filter(
        (o) =>
          o.ruleId.includes('faellessamtale-first') || o.ruleId === 'fx-faellessamtale-2nd-or-3rd',
      );
    // Two interviews, no joint meeting yet: due until the 3rd interview (fallback 12 weeks).
    expect(of(base, '2019-04-20')).toEqual([
      expect.objectContaining({
        ruleId: 'fx-faellessamtale-2nd-or-3rd',
        status: 'due',
        dueBy: '2019-05-26',
        trialId: 'fx-formkrav',
      }),
    ]);
    // The joint meeting as the 3rd interview meets it.
    const met = of(
      [...base, { id: 'e3', type: 'joint-meeting', date: '2019-05-15' }],
      '2019-06-01',
    );
    expect(met).toEqual([
      expect.objectContaining({ status: 'met', metBy: 'e3', dueBy: '2019-05-15' }),
    ]);
    // A 3rd interview without the joint meeting makes it overdue after that day.
    const late = of(
      [...base, { id: 'e3', type: 'job-interview', date: '2019-05-15' }],
      '2019-05-16',
    );
    expect(late).toEqual([expect.objectContaining({ status: 'overdue', dueBy: '2019-05-15' })]);
  });
});
