/**
 * Contact course for other target groups before 2020 (kontanthjælp,
 * uddannelseshjælp, ledighedsydelse). Source: `000_213603cd5354bb1f.txt`
 * pp. 95, 119.
 */
import type { EventMatch, Rule } from '../model.ts';
import {
  after,
  eventAnchor,
  info,
  LAB2015,
  rule,
  S000,
  SPELL_START,
  src,
  within,
} from './common.ts';

const FOLLOW_UPS: EventMatch = {
  types: ['job-interview', 'follow-up-interview'],
  formPolicy: 'lab2015-jobsamtale-form',
  resettingOnly: true,
};

const TRIAL_ERA =
  'In force at trial (2018–2019); valid-to not stated — we end it with lab2015 on 2019-12-31.';

export const OTHER_GROUPS: readonly Rule[] = [
  rule({
    id: 'lab2015-akt-kh-koordinerende-samtaler',
    title: {
      da: 'Fire opfølgningssamtaler pr. 12 måneder med koordinerende sagsbehandler (aktivitetsparate kontanthjælpsmodtagere)',
      en: 'Four follow-up interviews per 12 months with the coordinating caseworker (activity-ready kontanthjælp)',
    },
    legalRef: { law: 'LAB (før 2020)', printed: 'LAB (før 2020), koordinerende sagsbehandler' },
    source: [src(S000, '119')],
    regime: 'lab2015',
    validity: { ...LAB2015, note: TRIAL_ERA },
    targetGroups: ['6.3'],
    requires: 'follow-up',
    action: { da: 'opfølgningssamtale', en: 'follow-up interview' },
    schedule: {
      kind: 'count',
      anchor: SPELL_START,
      period: within(12, 'month'),
      count: 4,
      met: FOLLOW_UPS,
      repeatBlocks: true,
    },
    notes: [
      {
        da: '"Løbende 12 måneder" tolkes som på hinanden følgende 12-månedersblokke fra forløbets start.',
        en: '"Rolling 12 months" is read as consecutive 12-month blocks from the spell start.',
      },
    ],
  }),
  rule({
    id: 'lab2015-akt-udh-samtaler',
    title: {
      da: 'Samtale som udgangspunkt hver 8. uge (aktivitetsparate uddannelseshjælpsmodtagere)',
      en: 'An interview as a rule every 8th week (activity-ready uddannelseshjælp)',
    },
    legalRef: { law: 'LAB (før 2020)', printed: 'LAB (før 2020)' },
    source: [src(S000, '119')],
    regime: 'lab2015',
    validity: { ...LAB2015, note: TRIAL_ERA },
    targetGroups: ['6.5'],
    requires: 'interview',
    action: { da: 'samtale', en: 'interview' },
    schedule: {
      kind: 'cadence',
      anchor: SPELL_START,
      startFrom: 'anchor',
      maxGap: after(8, 'week'),
      met: FOLLOW_UPS,
    },
  }),
  rule({
    id: 'lab2015-ly-kontaktforloeb',
    title: {
      da: 'Kontaktforløb mindst hver 3. måned for ledighedsydelsesmodtagere',
      en: 'Contact at least every 3rd month for ledighedsydelse recipients',
    },
    legalRef: { law: 'LAB', paragraph: '73a', printed: 'LAB § 73a' },
    source: [src(S000, '95')],
    regime: 'lab2015',
    validity: {
      ...LAB2015,
      note: 'In force at trial (2018–2020); we end it on 2019-12-31 when LAB §§ 31–32 take over.',
    },
    targetGroups: ['6.9'],
    requires: 'interview',
    action: { da: 'samtale i kontaktforløbet', en: 'contact-course interview' },
    schedule: {
      kind: 'cadence',
      anchor: eventAnchor(
        { types: ['visitation'] },
        { da: 'visitation til fleksjob', en: 'approval for fleksjob' },
      ),
      startFrom: 'anchor',
      maxGap: after(3, 'month'),
      met: { types: ['job-interview', 'follow-up-interview', 'cv-interview'], resettingOnly: true },
    },
  }),
  rule({
    id: 'lab2015-ly-cv-samtale',
    title: {
      da: 'CV-samtale senest 3 uger efter retten til ledighedsydelse',
      en: 'CV interview no later than 3 weeks after gaining the right to ledighedsydelse',
    },
    legalRef: { law: 'LAB', paragraph: '73e', printed: 'LAB § 73e' },
    source: [src(S000, '95')],
    regime: 'lab2015',
    validity: { ...LAB2015, note: 'In force at trial; we end it with lab2015.' },
    targetGroups: ['6.9'],
    requires: 'cv-interview',
    action: { da: 'CV-samtale', en: 'CV interview' },
    schedule: {
      kind: 'once',
      anchor: SPELL_START,
      dueBy: after(3, 'week'),
      met: { types: ['cv-interview'] },
    },
    notes: [
      {
        da: 'Retten til ledighedsydelse = forløbets startdato.',
        en: 'The right to ledighedsydelse = the spell start.',
      },
    ],
  }),
  info({
    id: 'lab2015-ly-sygeopfoelgning',
    title: {
      da: 'Sygeopfølgning mindst hver 3. måned for sygemeldte ledighedsydelsesmodtagere',
      en: 'Sickness follow-up at least every 3rd month for sick ledighedsydelse recipients',
    },
    legalRef: { law: 'LAB', paragraph: '73a', stk: '3', printed: 'LAB § 73a, stk. 3' },
    source: [src(S000, '95')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: ['6.9'],
    requires: 'follow-up',
    notes: [
      {
        da: 'Ikke beregnet: sygeperioder under ledighedsydelse registreres endnu ikke som perioder i sagsformatet.',
        en: 'Not computed: sickness periods during ledighedsydelse are not yet recorded as periods in the case format.',
      },
    ],
  }),
];
