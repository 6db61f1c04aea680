/**
 * Sickness benefit: follow-up, LÆ285 and the transition to jobafklaring.
 * Source: `000_213603cd5354bb1f.txt` pp. 145, 186–189; `002_19977035304c9716.txt` p. 73;
 * `001_5174f690df2087eb.txt` Tabel 3.
 */
import type { Anchor, Condition, Rule, RuleException } from '../model.ts';
import {
  certificate,
  info,
  LAB2020,
  rule,
  S000,
  S001,
  S002,
  src,
  versioned,
  web,
  within,
} from './common.ts';
import {
  L66_SDP_SOURCES,
  L74_2024_SDP,
  L74_SDP_SOURCES,
  LOV_1750_2025_SDP,
  SDPL_13B_2023,
} from './laws.ts';

const FIRST_ABSENCE_DAY: Anchor = {
  kind: 'spell-start',
  label: { da: 'første fraværsdag', en: 'first day of absence' },
};

/** Flag on a sygedagpenge spell: employed, and both the person and the employer expect under 26 weeks. */
export const SHORT_ABSENCE_FLAG = 'employed-expected-back-within-26-weeks';

/**
 * The transitional choice for lov nr. 1750/2025's sygedagpenge change: it
 * governs sickness cases whose first day of absence is 1 July 2026 or later,
 * as earlier amendments of sygedagpengeloven did ("finder anvendelse på
 * sygdomstilfælde, hvor første fraværsdag er … eller senere"); the law's own
 * transitional provision was not read (docs/rules.md).
 */
const SHORT_ABSENCE_2026: Condition = {
  kind: 'all',
  conditions: [
    { kind: 'spell-flag', flag: SHORT_ABSENCE_FLAG },
    { kind: 'spell-start-in', from: '2026-07-01' },
  ],
};

const SHORT_ABSENCE_EXEMPTION: RuleException = {
  id: 'ref2026-sdp-employed-under-26w',
  when: SHORT_ABSENCE_2026,
  effect: { kind: 'waive' },
  priority: 10,
  description: {
    da: 'sygemeldt i job, og både den sygemeldte og arbejdsgiveren forventer fravær under 26 uger (sygefravær fra 1. juli 2026)',
    en: 'employed, and both the person and the employer expect an absence of less than 26 weeks (absence from 1 July 2026)',
  },
  legalRef: {
    law: 'lov nr. 1750 af 29/12/2025',
    printed: 'Sygedagpengeloven § 12 som ændret ved lov nr. 1750 af 29/12/2025',
  },
  source: LOV_1750_2025_SDP.source,
};

/** Flag on a sygedagpenge spell: employed, predictable course, recovery expected by week 13 from the first follow-up (§ 13 f). */
export const UNCOMPLICATED_FLAG = 'employed-uncomplicated-back-within-13-weeks';

/** § 13 f (L 74, 2024-25): after the first follow-up only a check on recovery — absences from 1 January 2025. */
const UNCOMPLICATED_EXEMPTION: RuleException = {
  id: 'sdp2025-13f-uncomplicated',
  when: {
    kind: 'all',
    conditions: [
      { kind: 'spell-flag', flag: UNCOMPLICATED_FLAG },
      { kind: 'spell-start-in', from: '2025-01-01' },
    ],
  },
  effect: { kind: 'waive' },
  priority: 5,
  description: {
    da: 'sygemeldt i job med forudsigeligt forløb og forventet raskmelding inden 13. uge fra første samtale: kun opfølgning på raskmelding (§ 13 f)',
    en: 'employed, predictable course, recovery expected by week 13 from the first interview: only a check on recovery (§ 13 f)',
  },
  legalRef: { law: 'Sygedagpengeloven', paragraph: '13 f', printed: 'Sygedagpengeloven § 13 f' },
  source: L74_2024_SDP.source,
};

/** The municipality's follow-up duty (§ 13 b) and, from 1 July 2026, the exemption of short absences from work. */
const FOLLOW_UP_VALUES = {
  shortAbsenceExempt: [
    { from: '2023-03-22', value: false, setBy: SDPL_13B_2023 },
    { from: '2026-07-01', value: true, setBy: LOV_1750_2025_SDP },
  ],
} as const;

/** The four follow-ups also give way to § 13 f from 1 January 2025 (the first follow-up stays). */
const FOUR_VALUES = {
  ...FOLLOW_UP_VALUES,
  uncomplicatedExempt: [
    { from: '2023-03-22', value: false, setBy: SDPL_13B_2023 },
    { from: '2025-01-01', value: true, setBy: L74_2024_SDP },
  ],
} as const;

const FOLLOW_UP_TRANSITION = {
  da: 'Undtagelsen for sygemeldte i job med forventet fravær under 26 uger gælder sygefravær med første fraværsdag 1. juli 2026 eller senere; et løbende sygeforløb, der begyndte før, følges op som hidtil (vores valg; lovens overgangsbestemmelse er ikke læst).',
  en: 'The exemption of employed persons expected back within 26 weeks governs absences whose first day is 1 July 2026 or later; a running case begun before is followed up as before (our choice; the law’s transitional provision was not read).',
};

const FOLLOW_UP_NOTES = [
  {
    da: 'Gælder sager visiteret til kategori 2 (og til 2025 kategori 3), dvs. forventet fravær over 8 uger: spell-flaget expected-over-8-weeks. Forløbets start regnes som første fraværsdag. Vi koder reglen fra den ordlyd, vi har læst (LBK nr. 1179/2023, i kraft fra 22. marts 2023); tidligere perioder beregnes ikke. § 13 f (L 74 2024-25: kun opfølgning på raskmelding ved forventet raskmelding inden 13. uge fra første samtale) kodes som undtagelse på de fire opfølgninger ved spell-flaget employed-uncomplicated-back-within-13-weeks; lovens nummer er ikke læst. Opfølgningens form (første ved personligt fremmøde) kontrolleres ikke.',
    en: 'Applies to cases visited to category 2 (and until 2025 category 3), i.e. expected absence over 8 weeks: spell flag expected-over-8-weeks. The spell start is taken as the first day of absence. Encoded from the wording we read (LBK no. 1179/2023, in force from 22 March 2023); earlier periods are not computed. § 13 f (L 74 2024-25: only a recovery check when recovery is expected by week 13 from the first interview) is an exception on the four follow-ups, on the spell flag employed-uncomplicated-back-within-13-weeks; its law number was not read. The form of the follow-up (the first in person) is not checked.',
  },
];

/**
 * Sygedagpengeloven § 13 b, stk. 1: the first follow-up by the end of week 8
 * and at least four in the first half year, both counted from the first day
 * of absence; from 1 July 2026 not for employed persons expected back within
 * 26 weeks (lov nr. 1750/2025).
 */
const FOLLOW_UP_2023: readonly Rule[] = [
  ...versioned(FOLLOW_UP_VALUES, (p) =>
    rule({
      id: 'sdp-first-followup-8w',
      title: {
        da: 'Første opfølgning senest ved udgangen af 8. uge fra første fraværsdag',
        en: 'First follow-up by the end of the 8th week from the first day of absence',
      },
      legalRef: {
        law: 'Sygedagpengeloven',
        paragraph: '13 b',
        stk: '1',
        printed: 'Sygedagpengeloven § 13 b, stk. 1, 2. pkt.',
      },
      source: p.shortAbsenceExempt
        ? [SDPL_13B_2023.source, ...L66_SDP_SOURCES]
        : [SDPL_13B_2023.source],
      regime: p.shortAbsenceExempt ? 'ref2026' : 'sdp',
      validity: { from: '2023-03-22' },
      targetGroups: ['6.6'],
      appliesWhen: { kind: 'spell-flag', flag: 'expected-over-8-weeks' },
      requires: 'follow-up',
      action: { da: 'første opfølgningssamtale', en: 'first follow-up interview' },
      schedule: {
        kind: 'once',
        anchor: FIRST_ABSENCE_DAY,
        dueBy: within(8, 'week'),
        met: { types: ['follow-up-interview'] },
      },
      exceptions: p.shortAbsenceExempt ? [SHORT_ABSENCE_EXEMPTION] : [],
      transition: FOLLOW_UP_TRANSITION,
      notes: FOLLOW_UP_NOTES,
    }),
  ),
  ...versioned(FOUR_VALUES, (p) =>
    rule({
      id: 'sdp-opfoelgning-4in6m',
      title: {
        da: 'Mindst fire opfølgninger inden for det første halve år fra første fraværsdag',
        en: 'At least four follow-ups within the first half year from the first day of absence',
      },
      legalRef: {
        law: 'Sygedagpengeloven',
        paragraph: '13 b',
        stk: '1',
        printed: 'Sygedagpengeloven § 13 b, stk. 1, 1. pkt.',
      },
      source: [
        SDPL_13B_2023.source,
        ...(p.uncomplicatedExempt ? L74_SDP_SOURCES : []),
        ...(p.shortAbsenceExempt ? L66_SDP_SOURCES : []),
      ],
      regime: p.shortAbsenceExempt ? 'ref2026' : 'sdp',
      validity: { from: '2023-03-22' },
      targetGroups: ['6.6'],
      appliesWhen: { kind: 'spell-flag', flag: 'expected-over-8-weeks' },
      requires: 'follow-up',
      action: { da: 'opfølgningssamtale', en: 'follow-up interview' },
      schedule: {
        kind: 'count',
        anchor: FIRST_ABSENCE_DAY,
        period: within(6, 'month'),
        count: 4,
        met: { types: ['follow-up-interview'] },
      },
      exceptions: [
        ...(p.shortAbsenceExempt ? [SHORT_ABSENCE_EXEMPTION] : []),
        ...(p.uncomplicatedExempt ? [UNCOMPLICATED_EXEMPTION] : []),
      ],
      transition: {
        da: `${FOLLOW_UP_TRANSITION.da} § 13 f gælder sygefravær med første fraværsdag 1. januar 2025 eller senere (samme valg).`,
        en: `${FOLLOW_UP_TRANSITION.en} § 13 f governs absences whose first day is 1 January 2025 or later (the same choice).`,
      },
      notes: FOLLOW_UP_NOTES,
    }),
  ),
];

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
      to: '2023-03-21',
      note: 'The 8-week deadline is in force throughout the catalogue (sygedagpengereformen, lov nr. 720 af 25/6/2014); from 22 March 2023 (the consolidation we read) it is computed by sdp-first-followup-8w with its dated values, so this version ends the day before.',
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
      {
        da: 'Fra 22. marts 2023 beregnes fristerne efter sygedagpengeloven § 13 b, stk. 1 (sdp-first-followup-8w, sdp-opfoelgning-4in6m).',
        en: 'From 22 March 2023 the deadlines of sygedagpengeloven § 13 b, stk. 1 are computed (sdp-first-followup-8w, sdp-opfoelgning-4in6m).',
      },
    ],
  }),
  ...FOLLOW_UP_2023,
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
