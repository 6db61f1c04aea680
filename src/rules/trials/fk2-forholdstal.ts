/**
 * Fleksibilitet i forhold til forholdstalskravene. Source: `000_213603cd5354bb1f.txt`
 * pp. 200–212 (dates p. 200; conditions, marker and sub-goals p. 204); `001_…` Tabel 2.
 */
import type { Condition } from '../model.ts';
import {
  BEK_1184,
  END_2021,
  JAMMERBUGT,
  muni,
  S000,
  S001,
  src,
  THISTED,
  VESTHIMMERLAND,
} from './common.ts';
import type { Trial, TrialOperation } from './model.ts';

const MONTHS = (n: number) => ({ n, unit: 'month' as const, counting: 'elapsed' as const });

/** A virksomhedspraktik; LY recipients only after 1½ years; refugees only after 6 months. */
const WHEN: Condition = {
  kind: 'all',
  conditions: [
    { kind: 'event-detail', key: 'offerKind', value: 'virksomhedspraktik' },
    {
      kind: 'not',
      condition: {
        kind: 'all',
        conditions: [
          { kind: 'target-group', groups: ['6.9'] },
          { kind: 'not', condition: { kind: 'since-spell-start', atLeast: MONTHS(18) } },
        ],
      },
    },
    {
      kind: 'not',
      condition: {
        kind: 'all',
        conditions: [
          {
            kind: 'benefit',
            benefits: ['integrationsydelse', 'selvforsoergelses-og-hjemrejseydelse'],
          },
          { kind: 'not', condition: { kind: 'since-spell-start', atLeast: MONTHS(6) } },
        ],
      },
    },
  ],
};

const DESCRIPTION = {
  da: 'forholdstallet kan ses bort fra ved virksomhedspraktik i små, trygge miljøer for borgere, der ikke udgør en egentlig arbejdskraft i perioden',
  en: 'the company ratio may be disregarded for a virksomhedspraktik in small, safe settings for citizens who do not represent real labour in the period',
};

export const FK2_FORHOLDSTAL: Trial = {
  id: 'fk2-forholdstal',
  title: {
    da: 'Fleksibilitet i forhold til forholdstalskravene',
    en: 'Flexibility on company ratio requirements',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '200–212'), src(S001, 'Tabel 2')],
  scope: {
    municipalities: [
      muni(JAMMERBUGT, '2017-09-01', END_2021),
      muni(THISTED, '2017-12-01', END_2021, {
        note: 'A short socialfaglig assessment with the nearest line manager before the placement (p. 204).',
      }),
      muni(VESTHIMMERLAND, '2017-12-01', END_2021),
    ],
    targetGroups: ['6.3', '6.5', '6.8', '6.9'],
    defaultEnd: END_2021,
  },
  operations: ['bab-forholdstal-0-50', 'bab-forholdstal-50plus', 'lab2020-forholdstal-relaxed'].map(
    (ruleId): TrialOperation => ({ op: 'waive', ruleId, when: WHEN, description: DESCRIPTION }),
  ),
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'before-use',
    citizenConsent: false,
    subGoalsEndExemption: true,
    namedResponsible: false,
    other: [
      {
        da: 'Individuel, begrundet vurdering; fastsatte delmål (progression), efter hvilke fritagelsen ophører; revurdering hvis borgerens forudsætninger ændres (s. 204).',
        en: "An individual, justified assessment; defined sub-goals (progression) after which the exemption ends; reassessment if the person's abilities change (p. 204).",
      },
    ],
  },
  localVariants: [],
  decision: 'T2',
  notes: [
    {
      da: 'Frederikshavn trådte ud før idriftsættelsen (s. 200). Slutdatoen står ikke i kilden; vi bruger Bek. 1184 (udgangen af 2021). Fra 2020 gælder det lempede forholdstal (lab2020-forholdstal-relaxed), som forsøget også fraviger.',
      en: 'Frederikshavn withdrew before go-live (p. 200). The end date is not in the source; we use Bek. 1184 (end of 2021). From 2020 the relaxed ratio (lab2020-forholdstal-relaxed) applies, which the trial also sets aside.',
    },
  ],
};
