/**
 * Differentiering i valg af lægeattester på sygedagpengeområdet. Source:
 * `000_213603cd5354bb1f.txt` pp. 186–192 (registration per use p. 189); `001_…` Tabel 3.
 */
import {
  FREDERIKSHAVN,
  FRIKOMMUNE_BEK,
  HJOERRING,
  JAMMERBUGT,
  MORSOE,
  muni,
  REBILD,
  S000,
  S001,
  src,
  VESTHIMMERLAND,
} from './common.ts';
import type { Trial } from './model.ts';

const END = '2019-12-31';

export const FK2_LAE285: Trial = {
  id: 'fk2-lae285',
  title: {
    da: 'Differentiering i valg af lægeattester på sygedagpengeområdet',
    en: 'Differentiated medical certificates for sickness benefit',
  },
  legalBasis: FRIKOMMUNE_BEK,
  source: [src(S000, '186–192'), src(S001, 'Tabel 3')],
  scope: {
    municipalities: [
      muni(REBILD, '2018-01-01', END),
      muni(FREDERIKSHAVN, '2018-01-01', END),
      muni(MORSOE, '2018-01-01', END),
      muni(VESTHIMMERLAND, '2018-01-01', END),
      muni(JAMMERBUGT, '2018-01-01', END),
      muni(HJOERRING, '2018-03-01', END),
    ],
    targetGroups: ['6.6'],
  },
  operations: [
    {
      op: 'accept-alternatives',
      ruleId: 'sdp2015-lae285-before-first-followup',
      certificates: [
        'LÆ125',
        'LÆ135',
        'LÆ145',
        'hospital-records',
        'specialist-records',
        'psychologist-report',
      ],
      description: {
        da: 'i stedet for LÆ285 kan kommunen indhente journaloplysninger fra sygehus eller speciallæge, statusattest (LÆ125), specifik (LÆ135) eller generel (LÆ145) helbredsattest, psykologerklæring m.m.',
        en: 'instead of LÆ285 the municipality may request hospital or specialist records, a status certificate (LÆ125), a specific (LÆ135) or general (LÆ145) health certificate, a psychologist report and so on',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Hver gang LÆ285 fravælges, registreres det (personmarkering eller Excel-registrering) med angivelse af den dokumentation, der bruges i stedet; i sagsformatet et journalnotat med forsøgets id (s. 189). Alle sygemeldte screenes straks efter anmeldelsen.',
        en: 'Each time LÆ285 is skipped it is registered (person marker or Excel log) with the documentation used instead; in the case format a journal note with the trial id (p. 189). Every sick-listed person is screened right after the absence is reported.',
      },
    ],
  },
  localVariants: [],
  decision: 'T3',
  notes: [
    {
      da: 'Overhalet af lovændringen pr. 1. januar 2020 (sdp2020-certificate-as-needed).',
      en: 'Overtaken by the law change of 1 January 2020 (sdp2020-certificate-as-needed).',
    },
  ],
};
