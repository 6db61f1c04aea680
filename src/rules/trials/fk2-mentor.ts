/**
 * Lempede mentorregler. Source: `000_213603cd5354bb1f.txt` pp. 118–121; `001_…` Tabel 3.
 */
import { AALBORG, FRIKOMMUNE_BEK, JAMMERBUGT, muni, S000, S001, src } from './common.ts';
import type { Trial } from './model.ts';

const END = '2019-12-31';

export const FK2_MENTOR: Trial = {
  id: 'fk2-mentor',
  title: { da: 'Lempede mentorregler', en: 'Eased mentor rules' },
  legalBasis: FRIKOMMUNE_BEK,
  source: [src(S000, '118–121'), src(S001, 'Tabel 3')],
  scope: {
    municipalities: [muni(AALBORG, '2018-07-01', END), muni(JAMMERBUGT, '2018-07-01', END)],
    targetGroups: ['6.3', '6.5'],
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'lab2015-retpligt-mentor',
      description: {
        da: 'ingen ret- og pligtmentor ved alvorlig sygdom, indlæggelse, botilbud eller massiv støtte, og ellers fleksibel mentorbevilling uden fast kontakt hver 2. uge, indtil borgeren er klar til et aktivt tilbud',
        en: 'no right-and-duty mentor in serious illness, hospital admission, residential care or massive support, and otherwise flexible mentor grants without fixed contact every 2nd week until the citizen is ready for an active offer',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Løbende opfølgning på, hvornår borgeren igen kan profitere af en indsats; den koordinerende sagsbehandler holder fortsat 4 samtaler pr. 12 måneder (kontanthjælp) eller ca. hver 8. uge (uddannelseshjælp) (s. 119).',
        en: 'Continuous follow-up on when the citizen can benefit again; the coordinating caseworker still holds 4 interviews per 12 months (kontanthjælp) or about every 8 weeks (uddannelseshjælp) (p. 119).',
      },
    ],
  },
  localVariants: [],
  decision: 'T3',
  notes: [
    {
      da: 'Stoppet 31. december 2019, fordi 2020-loven afskaffede mentor som ret- og pligttilbud.',
      en: 'Stopped on 31 December 2019 because the 2020 law abolished the mentor as a right-and-duty offer.',
    },
  ],
};
