/**
 * Issue #11 item 6: every rule that rests on a law cites its paragraph; a rule
 * that rests on an agreement, guidance or a programme says so in its `basis`.
 * NOT_YET_READ lists the rules whose paragraph of the version in force has not
 * been read from the law text yet: it may only shrink.
 */
import { describe, expect, it } from 'vitest';
import { getDefaultCatalog } from '../../src/rules/engine.ts';
import { STATUTES } from '../../src/rules/statutes/index.ts';

const NOT_YET_READ = new Set([
  'lab2015-dp-jobsamtale-count',
  'lab2015-dp-jobsamtale-cadence',
  'lab2015-dp-faellessamtale-first',
  'lab2015-dp-faellessamtale-second',
  'lab2020-tilbud-exempt-groups',
  'lab2015-jobsamtale-form',
  'lab2020-covid-phone',
  'lab2020-jobsamtale-holder',
  'lab2015-akt-kh-koordinerende-samtaler',
  'lab2015-akt-udh-samtaler',
  'inl2015-samtale-form',
  'inl2015-kontaktforloeb-4in12',
  'inl2020-kontaktforloeb-4in6',
  'lab2015-retpligt-tilbud-akt-kh',
  'lab2015-retpligt-tilbud-akt-udh',
  'lab2015-retpligt-mentor',
  'lab2020-mentor-not-retpligt',
  'lab-merbeskaeftigelse',
  'lab2020-forholdstal-relaxed',
  'jaf-rehabteam-4w',
  'rf-indsatsdel-6m',
  'rf-max-duration',
  'fleksjob-followup-2.5y',
  'foep-loentilskud-followup',
  'dp-side-business',
  // lov nr. 1750 af 29/12/2025: the amending law's paragraphs (owned by the law regime work, #10)
  'ref2026-jobrotation-abolished',
  'ref2026-revalidering-abolished',
  'ref2026-ressourceforloeb-abolished',
  'ref2026-rehabteam-abolished',
]);

describe('legal basis of every rule', () => {
  it('a rule resting on a law or an executive order cites its paragraph', () => {
    const missing = STATUTES.filter(
      (r) =>
        (r.basis ?? 'law') !== 'agreement' &&
        r.basis !== 'guidance' &&
        r.basis !== 'programme' &&
        !r.legalRef.paragraph &&
        !NOT_YET_READ.has(r.id),
    ).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('the list of rules whose paragraph is not yet read only names rules still without one', () => {
    const byId = new Map(STATUTES.map((r) => [r.id, r]));
    const stale = [...NOT_YET_READ].filter((id) => byId.get(id)?.legalRef.paragraph);
    expect(stale).toEqual([]);
    expect(NOT_YET_READ.size).toBeLessThanOrEqual(29);
  });

  it('agreements and guidance say so in their basis, not in a paragraph-less legal reference', () => {
    const kinds = Object.fromEntries(
      ['lae265-delivery-sla', 'star-fleksjob-praktik-4w', 'lab2020-upskilling-june2020'].map(
        (id) => [id, STATUTES.find((r) => r.id === id)?.basis],
      ),
    );
    expect(kinds).toEqual({
      'lae265-delivery-sla': 'agreement',
      'star-fleksjob-praktik-4w': 'guidance',
      'lab2020-upskilling-june2020': 'agreement',
    });
  });

  it('the sources the issue names: § 13 b, 30 days, jobafklaring from 1 July 2014', () => {
    const cat = getDefaultCatalog();
    const r = (id: string) => cat.rules.find((x) => x.id === id);
    // Sygedagpengeloven § 13 b, stk. 1, 2. pkt. (elov.dk/sygedagpengeloven/paragraf/13b)
    expect(r('sdp-first-followup')?.legalRef.printed).toBe(
      'Sygedagpengeloven § 13 b, stk. 1, 2. pkt.',
    );
    expect(r('sdp-first-followup')?.schedule.kind).toBe('once');
    // Sygedagpengeloven § 30, stk. 1: "30 kalenderdage fra første fraværsdag"
    expect(r('sdp-employer-period')?.title.da).toContain('30 kalenderdage');
    expect(r('sdp-employer-period')?.legalRef.paragraph).toBe('30');
    expect(r('jaf-rehabteam-4w')?.validity.from).toBe('2014-07-01');
    expect(r('nyt2021-samtaleform-choice')?.validity.from).toBe('2022-01-01');
  });
});
