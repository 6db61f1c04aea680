/**
 * Sickness benefit: follow-up, LÆ285 and the transition to jobafklaring.
 * Source: `000_213603cd5354bb1f.txt` pp. 145, 186–189; `002_19977035304c9716.txt` p. 73;
 * `001_5174f690df2087eb.txt` Tabel 3.
 */
import type { Rule } from '../model.ts';
import { certificate, info, LAB2020, rule, S000, S001, S002, src } from './common.ts';

export const SYGEDAGPENGE: readonly Rule[] = [
  info({
    id: 'sdp-employer-period',
    title: {
      da: 'Arbejdsgiverperioden: de første 4 uger',
      en: 'The employer period: the first 4 weeks',
    },
    legalRef: { law: 'Sygedagpengeloven', printed: 'Sygedagpengeloven (§ ikke angivet)' },
    source: [src(S002, '73')],
    regime: 'sdp',
    validity: { from: '2015-01-01', note: 'In force 2019; start chosen.' },
    targetGroups: ['6.6'],
  }),
  info({
    id: 'sdp-first-followup',
    title: { da: 'Første opfølgningssamtale', en: 'First follow-up interview' },
    legalRef: { law: 'Sygedagpengeloven', printed: 'Sygedagpengeloven' },
    source: [src(S000, '186')],
    regime: 'sdp',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.6'],
    requires: 'follow-up',
    notes: [
      {
        da: 'Tidspunktet for første opfølgning står ikke i kilderne; der beregnes ingen frist.',
        en: 'The timing of the first follow-up is not in the sources; no deadline is computed.',
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
      law: 'Lov om enklere tilrettelæggelse af første sygedagpengeopfølgning m.v.',
      printed: 'Lov af 20. december 2019',
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
    legalRef: { law: 'Sygedagpengeloven', printed: 'Sygedagpengelovens forlængelsesregler' },
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
