/**
 * Fleksible rammer for løntilskud/jobrotation. Source: `000_213603cd5354bb1f.txt`
 * pp. 213–222 (in force p. 213; marker p. 218); `001_…` Tabel 1.
 */
import {
  AALBORG,
  BEK_1184,
  END_2021,
  FREDERIKSHAVN,
  JAMMERBUGT,
  muni,
  S000,
  S001,
  src,
} from './common.ts';
import type { Trial } from './model.ts';

export const FK2_LOENTILSKUD_JOBROTATION: Trial = {
  id: 'fk2-loentilskud-jobrotation',
  title: {
    da: 'Fleksible rammer for løntilskud/jobrotation',
    en: 'Flexible rules for wage subsidy and job rotation',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '213–222'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      muni(AALBORG, '2018-07-01', END_2021, {
        excludeOperations: ['loentilskud'],
        note: 'Job rotation only.',
      }),
      muni(JAMMERBUGT, '2018-07-01', END_2021),
      muni(FREDERIKSHAVN, '2018-07-01', END_2021),
    ],
    targetGroups: ['6.1', '6.2'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'lab2015-loentilskud-prior-unemployment',
      option: 'loentilskud',
      when: {
        kind: 'all',
        conditions: [
          { kind: 'target-group', groups: ['6.1'] },
          { kind: 'event-detail', key: 'employer', value: 'public' },
          {
            kind: 'sub-group',
            subGroups: [
              'graduate',
              'outdated-education',
              'skaanehensyn',
              'from-sygedagpenge',
              'risk-long-term-unemployment',
            ],
          },
        ],
      },
      description: {
        da: 'offentligt løntilskud uden 26 ugers forudgående ledighed for dimittender, forældet uddannelse, skånehensyn, dagpengemodtagere fra sygedagpenge/jobafklaring og ledige i risiko for langtidsledighed',
        en: 'public wage subsidy without 26 weeks of prior unemployment for new graduates, outdated education, skånehensyn, dagpenge recipients coming from sickness benefit/jobafklaring and people at risk of long-term unemployment',
      },
    },
    {
      op: 'waive',
      ruleId: 'lab2015-jobrotation-prior-unemployment',
      option: 'jobrotation',
      description: {
        da: 'ansættelse som jobrotationsvikar fra første ledighedsdag (dagpengemodtagere og jobparate kontanthjælpsmodtagere)',
        en: 'hiring as a job-rotation substitute from the first day of unemployment (dagpenge and job-ready kontanthjælp recipients)',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Offentlig arbejdsgiver angives med details.employer = "public" på tilbudshændelsen; målgruppen med undergrupper på forløbet.',
      en: 'A public employer is given as details.employer = "public" on the offer event; the target sub-groups on the spell.',
    },
  ],
};
