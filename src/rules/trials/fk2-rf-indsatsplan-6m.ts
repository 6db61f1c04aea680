/**
 * Fritagelse fra krav om opdatering af indsatsplanens tilbud hver 6. måned ifm.
 * ressourceforløb. Source: `000_213603cd5354bb1f.txt` pp. 104–108 (journal note and
 * FASIT marker pp. 106–107); `001_…` Tabel 3.
 */
import { BEK_1184, END_2021, muni, S000, S001, src, VESTHIMMERLAND } from './common.ts';
import type { Trial } from './model.ts';

export const FK2_RF_INDSATSPLAN_6M: Trial = {
  id: 'fk2-rf-indsatsplan-6m',
  title: {
    da: 'Fritagelse fra krav om opdatering af indsatsplanens tilbud hver 6. måned ifm. ressourceforløb',
    en: 'No 6-monthly update of the action plan in ressourceforløb',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '104–108'), src(S001, 'Tabel 3')],
  scope: {
    municipalities: [muni(VESTHIMMERLAND, '2018-07-01', END_2021)],
    targetGroups: ['6.8'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'rf-indsatsdel-6m',
      description: {
        da: 'en faglig vurdering erstatter den faste 6-månedershorisont for indsatsdelens tilbud',
        en: 'professional judgement replaces the fixed 6-month horizon for the offers in the action part',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Journalnotatet begrunder, hvorfor indsatsplanen ikke justeres, og henviser altid til frikommunebekendtgørelsen; persongruppemarkering i FASIT (s. 107).',
        en: 'The journal note gives the reasons why the action plan is not adjusted and always refers to the frikommunebekendtgørelse; person-group marker in FASIT (p. 107).',
      },
    ],
  },
  localVariants: [],
  decision: 'T3',
};
