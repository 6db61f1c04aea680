/**
 * Fremme af iværksætteri for dimittender. Source: `000_213603cd5354bb1f.txt`
 * pp. 246–264 (legal basis and period p. 246; exemptions pp. 249–250; marker
 * p. 252); `001_…` Tabel 2.
 */
import { AALBORG, BEK_1184, END_2021, FREDERIKSHAVN, muni, S000, S001, src } from './common.ts';
import type { Trial } from './model.ts';

export const FK2_IVAERKSAETTERI: Trial = {
  id: 'fk2-ivaerksaetteri',
  title: {
    da: 'Fremme af iværksætteri for dimittender',
    en: 'Entrepreneurship for new graduates',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '246–264'), src(S001, 'Tabel 2')],
  scope: {
    municipalities: [
      muni(AALBORG, '2017-09-01', END_2021, {
        note: 'Applied for by Aalborg, Frederikshavn and Thisted; only Aalborg had participants.',
      }),
      // "Kun Aalborg og Frederikshavn valgte at arbejde videre med forsøget" (000 line 12376):
      // Frederikshavn stayed in the trial though it had no participants. Its start date is not
      // given; we use the trial's (September 2017, line 12395).
      muni(FREDERIKSHAVN, '2017-09-01', END_2021, {
        note: 'Stayed in the trial (000 line 12376) but had no participants; start date assumed = the trial start.',
      }),
    ],
    targetGroups: ['6.1'],
    subGroups: ['graduate'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'dp-raadighed',
      description: {
        da: 'ingen ugentlig bekræftelse af jobsøgning og ingen joblog under programmet Innovativ Vækst',
        en: 'no weekly job-search confirmation and no job log during the Innovativ Vækst programme',
      },
    },
    {
      op: 'waive',
      ruleId: 'lab2015-upskilling-6w-in-26w',
      description: {
        da: 'iværksætterprogrammet (op til 26 uger, 12 workshops) må overstige 6 ugers vejledning og opkvalificering',
        en: 'the entrepreneurship programme (up to 26 weeks, 12 workshops) may exceed 6 weeks of guidance and upskilling',
      },
    },
    {
      op: 'relax-content',
      ruleId: 'lab2015-jobsamtale-content',
      dropItems: ['job-search-follow-up', 'cv-check'],
      addItems: [
        {
          id: 'business-plan-progress',
          label: {
            da: 'fremdrift i forretningsplanen (Min Iværksætterplan)',
            en: 'progress on the business plan (Min Iværksætterplan)',
          },
        },
      ],
      description: {
        da: 'jobsamtalerne handler om fremdrift i forretningsplanen i stedet for jobsøgning og CV',
        en: 'the job interviews cover progress on the business plan instead of job search and CV',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Min Plan erstattes af Min Iværksætterplan, en ny plan for hver fase (s. 249–250).',
        en: 'Min Plan is replaced by Min Iværksætterplan, a new plan for each phase (pp. 249–250).',
      },
    ],
  },
  localVariants: [],
  decision: 'T2',
  notes: [
    {
      da: 'Dimittender markeres med undergruppen "graduate" på dagpengeforløbet. Rådighedsfritagelsen (dp-raadighed) har ingen beregnet frist; den står i forklaringen.',
      en: 'Graduates carry the sub-group "graduate" on the dagpenge spell. The availability exemption (dp-raadighed) has no computed deadline; it appears in the trace.',
    },
  ],
};
