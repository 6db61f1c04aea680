/**
 * Fritagelse fra krav om opdatering af indsatsplanens tilbud hver 6. måned ifm.
 * ressourceforløb. Source: `000_213603cd5354bb1f.txt` pp. 104–108 (journal note and
 * FASIT marker pp. 106–107); `001_…` Tabel 3.
 *
 * The trial sets aside the plan update, not the follow-up: "Dette ændrer dog ikke
 * ved kravet om opfølgning hver 6 måned" (000_213603cd5354bb1f.txt lines
 * 5789–5790). So under the trial a follow-up interview meets the 6-monthly
 * requirement in place of a plan update; a 6-month gap with neither stays overdue.
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
      op: 'change-match',
      ruleId: 'rf-indsatsdel-6m',
      addTypes: ['follow-up-interview'],
      description: {
        da: 'indsatsplanen skal ikke justeres hver 6. måned, men der skal stadig følges op mindst hver 6. måned (en opfølgningssamtale er nok)',
        en: 'the action plan need not be adjusted every 6 months, but the 6-monthly follow-up remains (a follow-up interview suffices)',
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
