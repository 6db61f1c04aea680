/**
 * Fleksibelt kontaktforløb for integrationsborgere. Source:
 * `000_213603cd5354bb1f.txt` pp. 122–127 (replacement rules pp. 123–124); `001_…` Tabel 4.
 */
import type { Condition } from '../model.ts';
import { INTEGRATION_BENEFITS } from '../statutes/integration.ts';
import { BEK_1184, END_2021, muni, S000, S001, src, VESTHIMMERLAND } from './common.ts';
import type { Trial } from './model.ts';

const INTEGRATION: Condition = { kind: 'benefit', benefits: INTEGRATION_BENEFITS };
const DESCRIPTION = {
  da: 'opfølgning via virksomhedskonsulent, mentor eller tilbudsgiver, gruppesamtaler og telefon- eller digitale samtaler tæller som lovpligtig opfølgning efter faglig vurdering',
  en: 'follow-up via a company consultant, mentor or offer provider, group interviews, and phone or digital interviews count as statutory follow-up on professional judgement',
};

export const FK2_INTEGRATION_KONTAKTFORLOEB: Trial = {
  id: 'fk2-integration-kontaktforloeb',
  title: {
    da: 'Fleksibelt kontaktforløb for integrationsborgere',
    en: 'Flexible contact course for integration recipients',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '122–127'), src(S001, 'Tabel 4')],
  scope: {
    municipalities: [muni(VESTHIMMERLAND, '2018-07-01', END_2021)],
    targetGroups: ['6.2', '6.3', '6.4', '6.5', '6.12'],
    when: INTEGRATION,
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'relax-form',
      ruleId: 'inl2015-samtale-form',
      addForms: ['phone', 'video', 'group', 'via-other'],
      description: DESCRIPTION,
    },
    {
      op: 'relax-form',
      ruleId: 'lab2015-jobsamtale-form',
      addForms: ['phone', 'video', 'group', 'via-other'],
      when: INTEGRATION,
      description: DESCRIPTION,
    },
    {
      op: 'relax-form',
      ruleId: 'lab2020-jobsamtale-form',
      addForms: ['phone', 'video', 'group', 'via-other'],
      when: INTEGRATION,
      description: DESCRIPTION,
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
        da: '1. samtale har altid det fulde lovpligtige indhold, og virksomhedskonsulenten deltager; form, dato og indhold for næste samtale aftales hver gang; et notat viser altid vurderingen (s. 123–124).',
        en: 'The 1st interview always has the full statutory content, and the company consultant attends; form, date and content of the next interview are agreed each time; a note always shows the assessment (pp. 123–124).',
      },
    ],
  },
  localVariants: [],
  decision: 'T4',
};
