/**
 * Mikrolån. Source: `000_213603cd5354bb1f.txt` pp. 265–281 (start p. 265; marker
 * p. 270; the rule extended p. 281); `001_…` Tabel 1.
 *
 * A new possibility rather than a relaxed duty: business-start support was
 * reserved for revalidering. Encoded as widening the groups of
 * `las65-67-business-start` and waiving the prohibition
 * `las65-67-business-start-reval-only` for the trial's groups.
 */
import { AALBORG, BEK_1184, END_2021, muni, S000, S001, src } from './common.ts';
import type { Trial } from './model.ts';

export const FK2_MIKROLAAN: Trial = {
  id: 'fk2-mikrolaan',
  title: { da: 'Mikrolån', en: 'Microloans' },
  legalBasis: BEK_1184,
  source: [src(S000, '265–281'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [muni(AALBORG, '2017-07-01', END_2021)],
    targetGroups: ['6.2', '6.4', '6.12'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'widen-groups',
      ruleId: 'las65-67-business-start',
      addGroups: ['6.2', '6.4', '6.12'],
      description: {
        da: 'støtte til etablering af selvstændig virksomhed (mikrolån på 1.000–50.000 kr. og tilskud til leveomkostninger i op til 6 måneder) udvides til jobparate kontanthjælpsmodtagere, uddannelsesparate uddannelseshjælpsmodtagere og jobparate selvforsørgende',
        en: 'business-start support (a microloan of 1,000–50,000 kr and a living-cost grant for up to 6 months) is extended to job-ready kontanthjælp, education-ready uddannelseshjælp and job-ready self-supporting citizens',
      },
    },
    {
      op: 'waive',
      ruleId: 'las65-67-business-start-reval-only',
      description: {
        da: 'mikrolån må bevilges til forsøgets målgrupper efter forløbet "Fra ledig til virksomhedsejer"',
        en: 'a microloan may be granted to the trial groups after the course "Fra ledig til virksomhedsejer"',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'before-use',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Persongruppemarkering ved bevilling af vejlednings- og opkvalificeringsforløbet, fastholdt i lånperioden (s. 270). Ydelsesafdelingen udsteder gældsbrev; Borgerservice opkræver afdrag.',
        en: 'Person-group marker at the grant of the guidance and upskilling course, kept through the loan period (p. 270). The benefits unit draws up the promissory note; Borgerservice collects repayments.',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Faser: henvisning og screening; 3 måneders forløb 5 dage om ugen; indstilling til lån på 1.000–50.000 kr.; op til 6 måneders lån og tilskud med opfølgning ca. hver 4. uge. Regeringen forlængede forsøget ét år (001); ingen datoer i kilderne.',
      en: 'Phases: referral and screening; a 3-month course 5 days a week; a recommended loan of 1,000–50,000 kr; up to 6 months of loan and grant with follow-up about every 4 weeks. The government extended the trial by one year (001); no dates in the sources.',
    },
  ],
};
