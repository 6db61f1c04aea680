/**
 * Uddannelsespålæg and Min Plan content. Source: `000_213603cd5354bb1f.txt` pp. 131–132.
 */
import type { Rule } from '../model.ts';
import { rule, S000, src } from './common.ts';

const MIN_PLAN = { types: ['plan'] as const, details: { planKind: 'min-plan' } };

export const UDDANNELSESPAALAEG: readonly Rule[] = [
  rule({
    id: 'lab21b-uddannelsespaalaeg',
    title: {
      da: 'Uddannelsespålæg til unge under 30 på uddannelseshjælp',
      en: 'Education injunction for under-30s on uddannelseshjælp',
    },
    legalRef: { law: 'LAB', paragraph: '21b', printed: 'LAB § 21b (dagældende)' },
    source: [src(S000, '131')],
    regime: 'lab2015',
    validity: { from: '2014-01-01', note: '2014 cash-benefit reform; still in force at trial.' },
    targetGroups: ['6.4', '6.5'],
    appliesWhen: {
      kind: 'all',
      conditions: [
        { kind: 'age-below', years: 30 },
        {
          kind: 'not',
          condition: { kind: 'citizen-fact', fact: 'vocational-qualifying-education' },
        },
      ],
    },
    requires: 'education-injunction',
    action: { da: 'uddannelsespålæg', en: 'education injunction' },
    schedule: {
      kind: 'before-event',
      trigger: MIN_PLAN,
      firstOnly: true,
      met: { types: ['education-injunction'] },
      severity: 'error',
    },
    notes: [
      {
        da: 'Trinfristerne fastsættes individuelt. Vi kontrollerer, at pålægget er givet senest samtidig med den første Min Plan, som DFDG-valideringen kræver.',
        en: 'Step deadlines are set individually. We check that the injunction is given no later than the first Min Plan, as the DFDG validation requires.',
      },
    ],
  }),
  rule({
    id: 'bek54-min-plan-content',
    title: { da: 'Indholdet af Min Plan', en: 'Content of Min Plan' },
    legalRef: { law: 'BEK', paragraph: '54', printed: 'BEK § 54' },
    source: [src(S000, '131–132')],
    regime: 'bab',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.7', '6.8', '6.9', '6.10'],
    requires: 'content',
    action: { da: 'Min Plan', en: 'Min Plan' },
    schedule: {
      kind: 'content',
      applies: MIN_PLAN,
      items: [
        {
          id: 'goal',
          label: { da: 'beskæftigelses- eller uddannelsesmål', en: 'employment or education goal' },
        },
        {
          id: 'planned-activities',
          label: {
            da: 'planer for tilbud, test og aktiviteter',
            en: 'plans for offers, tests and activities',
          },
        },
        {
          id: 'responsibility',
          label: {
            da: 'ansvar for registrering og opfølgning',
            en: 'responsibility for registration and follow-up',
          },
        },
        {
          id: 'follow-up-timing',
          label: { da: 'tidspunkt for opfølgning', en: 'timing of follow-up' },
        },
      ],
    },
    severity: 'warning',
  }),
];
