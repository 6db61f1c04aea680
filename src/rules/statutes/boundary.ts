/**
 * Boundary rules (self-employment, availability, health) that trials set aside
 * or extend. Catalogued so overlays can name them; they create no deadlines.
 * Source: `000_213603cd5354bb1f.txt` pp. 230, 250, 267, 281; `001_5174f690df2087eb.txt` Tabel 1–2.
 */
import type { Rule } from '../model.ts';
import { info, offerOf, rule, S000, S001, src } from './common.ts';

const NOT_REVAL = [
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '6.8',
  '6.9',
  '6.11',
  '6.12',
] as const;
const ALL_GROUPS = [...NOT_REVAL, '6.10'] as const;

export const BOUNDARY: readonly Rule[] = [
  info({
    id: 'las65-67-business-start',
    title: {
      da: 'Støtte til etablering af selvstændig virksomhed (kun revalidering)',
      en: 'Support for starting a business (revalidering only)',
    },
    legalRef: {
      law: 'LAS',
      paragraph: '65–67',
      printed: 'Dagældende LAS §§ 65–67 (nu LAB § 147, tilskud efter LAS § 73j)',
    },
    source: [src(S000, '267, 281')],
    regime: 'las',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.10'],
    requires: 'offer',
  }),
  rule({
    id: 'las65-67-business-start-reval-only',
    title: {
      da: 'Etableringsstøtte (mikrolån) til selvstændig virksomhed kun for revalidender',
      en: 'Business-start support (microloans) only for people in revalidering',
    },
    legalRef: {
      law: 'LAS',
      paragraph: '65–67',
      printed: 'Dagældende LAS §§ 65–67 (nu LAB § 147, tilskud efter LAS § 73j)',
    },
    source: [src(S000, '267, 281')],
    regime: 'las',
    validity: { from: '2013-01-01' },
    targetGroups: NOT_REVAL,
    requires: 'limit',
    action: {
      da: 'støtte til etablering af selvstændig virksomhed',
      en: 'business-start support',
    },
    schedule: { kind: 'forbidden', applies: offerOf(['business-start', 'mikrolaan']) },
    notes: [
      {
        da: 'Eget id: den eksekverbare side af las65-67-business-start. Et tilbud med offerKind "business-start" eller "mikrolaan" til en anden målgruppe end revalidering giver et fund, medmindre et forsøg (fk2-mikrolaan) åbner for det.',
        en: 'Own id: the executable side of las65-67-business-start. An offer with offerKind "business-start" or "mikrolaan" to any group but revalidering raises a finding unless a trial (fk2-mikrolaan) opens it.',
      },
    ],
  }),
  info({
    id: 'dp-raadighed',
    title: {
      da: 'Rådighed for dagpengemodtagere: ugentlig jobsøgning og joblog',
      en: 'Availability for dagpenge recipients: weekly job search and job log',
    },
    legalRef: {
      law: 'Lov om arbejdsløshedsforsikring m.v.',
      paragraph: '62',
      printed: 'Lov om arbejdsløshedsforsikring m.v. § 62 (rådighed)',
    },
    source: [src(S000, '250'), src(S001, 'Tabel 2')],
    regime: 'lab2015',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.1'],
  }),
  info({
    id: 'dp-side-business',
    title: {
      da: 'Bibeskæftigelse med supplerende dagpenge',
      en: 'Side business with supplementary dagpenge',
    },
    legalRef: { law: 'Dagpengereglerne', printed: 'Dagpengereglerne (bibeskæftigelse)' },
    source: [src(S001, 'Tabel 2')],
    regime: 'lab2020',
    validity: { from: '2021-01-01', note: 'The source dates it 2021; 1 January chosen.' },
    targetGroups: ['6.1'],
  }),
  info({
    id: 'sundhedsloven-psykolog',
    title: {
      da: 'Psykologbehandling er en regional opgave, ikke et beskæftigelsestilbud',
      en: 'Psychological treatment is a regional task, not an employment offer',
    },
    legalRef: {
      law: 'Sundhedsloven',
      paragraph: '69',
      printed: 'Sundhedsloven § 69 (afsnit V); afsnit IX',
    },
    source: [src(S000, '230'), src(S001, 'Tabel 1')],
    regime: 'sdp',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.6'],
    requires: 'offer',
  }),
  rule({
    id: 'sundhedsloven-psykolog-not-offer',
    title: {
      da: 'Psykologbehandling kan ikke gives som beskæftigelsestilbud',
      en: 'Psychological treatment cannot be granted as an employment offer',
    },
    legalRef: {
      law: 'Sundhedsloven',
      paragraph: '69',
      printed: 'Sundhedsloven § 69 (afsnit V); afsnit IX',
    },
    source: [src(S000, '230'), src(S001, 'Tabel 1')],
    regime: 'sdp',
    validity: { from: '2013-01-01' },
    targetGroups: ALL_GROUPS,
    requires: 'limit',
    action: {
      da: 'psykologbehandling i jobcentret',
      en: 'psychologist treatment in the jobcentre',
    },
    schedule: { kind: 'forbidden', applies: offerOf('psykologbehandling') },
    notes: [
      {
        da: 'Eget id: den eksekverbare side af sundhedsloven-psykolog. Jobcentrets psykologer kunne kun give korte støttende samtaler (s. 230); behandling registreret som tilbud "psykologbehandling" giver et fund, medmindre fk2-psykolog gælder.',
        en: 'Own id: the executable side of sundhedsloven-psykolog. Jobcentre psychologists could only give short supportive conversations (p. 230); treatment registered as the offer "psykologbehandling" raises a finding unless fk2-psykolog applies.',
      },
    ],
    severity: 'warning',
  }),
];
