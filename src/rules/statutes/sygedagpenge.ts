/**
 * Sickness benefit: follow-up, LÆ285 and the transition to jobafklaring.
 * Source: `000_213603cd5354bb1f.txt` pp. 145, 186–189; `002_19977035304c9716.txt` p. 73;
 * `001_5174f690df2087eb.txt` Tabel 3.
 */
import type { Rule } from '../model.ts';
import { certificate, info, LAB2020, rule, S000, S001, S002, src, web, within } from './common.ts';

/** Sygedagpengeloven § 13 b (lovbekendtgørelse nr. 1179 af 21/9/2023), read 4 December 2026. */
const SDP_13B = web(
  'Sygedagpengeloven § 13 b (lovbekendtgørelse nr. 1179 af 21/9/2023)',
  '§ 13 b, stk. 1–2',
  'https://www.elov.dk/sygedagpengeloven/paragraf/13b/',
);
const STAR_SDP_FOLLOWUP = web(
  'STAR: Sygedagpengeopfølgning',
  '1. opfølgningssamtale inden udgangen af 8. fraværsuge',
  'https://star.dk/da/indsatser-og-ordninger/indsatser-ved-sygdom-nedslidning-mv/sygedagpengeopfoelgning/',
);
const SDP_30 = web(
  'Sygedagpengeloven § 30',
  '§ 30, stk. 1',
  'https://danskelove.dk/sygedagpengeloven/30',
);
/** L 68 (2010-11): "21 kalenderdage" → "30 kalenderdage" in § 30, in force 2 January 2012. */
const LOV_2010_AGP = web(
  'Lov om ændring af lov om sygedagpenge (Udvidelse af arbejdsgiverperioden), L 68 (2010-11)',
  '§ 1, nr. 1; § 2 (ikrafttræden 2. januar 2012)',
  'https://www.retsinformation.dk/Forms/R0710.aspx?id=135235',
);

export const SYGEDAGPENGE: readonly Rule[] = [
  info({
    id: 'sdp-employer-period',
    title: {
      da: 'Arbejdsgiverperioden: de første 30 kalenderdage',
      en: 'The employer period: the first 30 calendar days',
    },
    legalRef: {
      law: 'Sygedagpengeloven',
      paragraph: '30',
      stk: '1',
      printed: 'Sygedagpengeloven § 30, stk. 1',
    },
    source: [src(S002, '73'), SDP_30, LOV_2010_AGP],
    regime: 'sdp',
    validity: {
      from: '2015-01-01',
      note: '30 calendar days from the first day of absence since 2 January 2012 (21 before); the catalogue starts in 2015. Not extended by public holidays or days off.',
    },
    targetGroups: ['6.6'],
    notes: [
      {
        da: 'Arbejdsgiverperioden forlænges ikke af søgnehelligdage eller fridage (§ 30, stk. 1, 2. pkt.). Kilden 002 s. 73 skriver "de første 4 uger"; loven siger 30 kalenderdage.',
        en: 'The employer period is not extended by public holidays or days off (§ 30(1), 2nd sentence). Source 002 p. 73 says "the first 4 weeks"; the law says 30 calendar days.',
      },
    ],
  }),
  rule({
    id: 'sdp-first-followup',
    title: {
      da: 'Første opfølgningssamtale senest inden udgangen af 8. fraværsuge',
      en: 'First follow-up interview by the end of the 8th week of absence',
    },
    legalRef: {
      law: 'Sygedagpengeloven',
      paragraph: '13b',
      stk: '1',
      printed: 'Sygedagpengeloven § 13 b, stk. 1, 2. pkt.',
    },
    source: [src(S000, '186'), SDP_13B, STAR_SDP_FOLLOWUP],
    regime: 'sdp',
    validity: {
      from: '2015-01-01',
      note: 'The 8-week deadline is in force throughout the catalogue (sygedagpengereformen, lov nr. 720 af 25/6/2014; the 2023 consolidation keeps it).',
    },
    targetGroups: ['6.6'],
    // Category 2 and 3 (§ 12, stk. 1, nr. 2–3): full recovery expected later than 8 weeks.
    appliesWhen: { kind: 'spell-flag', flag: 'expected-over-8-weeks' },
    requires: 'follow-up',
    action: { da: 'første opfølgningssamtale', en: 'first follow-up interview' },
    schedule: {
      kind: 'once',
      anchor: {
        kind: 'spell-start',
        label: { da: 'første fraværsdag', en: 'the first day of absence' },
      },
      dueBy: within(8, 'week'),
      met: { types: ['follow-up-interview'] },
    },
    notes: [
      {
        da: '"Senest inden udgangen af ottende uge regnet fra første fraværsdag": dag 56, når første fraværsdag er dag 1. Gælder sager visiteret til kategori 2 og 3 (forløbet markeret expected-over-8-weeks). Kategori 1-sager, der varer over 8 uger, følges op efter § 13 a, stk. 1; tidlig opfølgning efter § 13 b, stk. 2 (senest 2 uger efter anmodningen) beregnes ikke.',
        en: '"By the end of the eighth week counted from the first day of absence": day 56 when the first day of absence is day 1. Applies to cases in category 2 and 3 (spell flagged expected-over-8-weeks). Category 1 cases lasting beyond 8 weeks are followed up under § 13 a(1); early follow-up under § 13 b(2) (within 2 weeks of the request) is not computed.',
      },
    ],
  }),
  rule({
    id: 'sdp2015-lae285-before-first-followup',
    title: {
      da: 'LÆ285 indhentes før første opfølgningssamtale, når fraværet ventes at vare over 8 uger',
      en: 'LÆ285 is obtained before the first follow-up when absence is expected to exceed 8 weeks',
    },
    legalRef: { law: 'Sygedagpengeloven', paragraph: '11a', printed: 'Sygedagpengeloven § 11a' },
    source: [src(S000, '186')],
    regime: 'sdp',
    validity: {
      from: '2015-01-01',
      to: '2019-12-31',
      note: 'Start chosen with the 2015 reform; ended by the law of 20 Dec 2019.',
    },
    targetGroups: ['6.6'],
    appliesWhen: { kind: 'spell-flag', flag: 'expected-over-8-weeks' },
    requires: 'certificate',
    action: { da: 'lægeattest LÆ285', en: 'medical certificate LÆ285' },
    schedule: {
      kind: 'before-event',
      trigger: { types: ['follow-up-interview'] },
      firstOnly: true,
      met: certificate('LÆ285', false),
      severity: 'error',
    },
    notes: [
      {
        da: 'Kommunens pligt er at indhente attesten; en anmodning før samtalen opfylder kravet (lægens levering følger attestaftalen).',
        en: "The municipality's duty is to request the certificate; a request before the interview meets the rule (the GP's delivery follows the certificate agreement).",
      },
    ],
  }),
  info({
    id: 'sdp2020-certificate-as-needed',
    title: {
      da: 'Attest før første opfølgning kun efter behov eller på borgerens anmodning',
      en: 'A certificate before the first follow-up only when needed or on request',
    },
    legalRef: {
      law: 'Sygedagpengeloven',
      paragraph: '11a',
      printed:
        'Sygedagpengeloven § 11 a, som ændret ved lov om enklere tilrettelæggelse af første sygedagpengeopfølgning m.v. (vedtaget 20. december 2019)',
    },
    source: [src(S000, '186, 189'), src(S001, 'Tabel 3')],
    regime: 'sdp',
    validity: LAB2020,
    targetGroups: ['6.6'],
    requires: 'certificate',
  }),
  info({
    id: 'sdp-jaf-transition',
    title: {
      da: 'Overgang til jobafklaringsforløb efter 22 uger, når ingen forlængelsesregel gælder',
      en: 'Transfer to jobafklaring after 22 weeks when no extension rule applies',
    },
    legalRef: {
      law: 'Sygedagpengeloven',
      paragraph: '24',
      printed: 'Sygedagpengeloven § 24 (varighed) og § 27 (forlængelse)',
    },
    source: [src(S000, '145')],
    regime: 'sdp',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.6'],
    notes: [
      {
        da: 'Forlængelsesreglerne står ikke i kilderne; overgangen registreres som et nyt forløb (målgruppe 6.7) med transferredFrom.',
        en: 'The extension rules are not in the sources; the transfer is recorded as a new spell (group 6.7) with transferredFrom.',
      },
    ],
  }),
  info({
    id: 'rsl-case-documentation',
    title: {
      da: 'Sagen skal være tilstrækkeligt oplyst før en afgørelse',
      en: 'The case must be adequately documented before a decision',
    },
    legalRef: { law: 'Retssikkerhedsloven', paragraph: '10', printed: 'Retssikkerhedsloven § 10' },
    source: [src(S000, '187')],
    regime: 'rsl',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.6'],
  }),
];
