/**
 * Ledighedsydelse: LAS § 74c (12 of 18 months), LAS § 10 stk. 3 follow-up,
 * LAS § 75, and fleksjob guidance. Source: `000_213603cd5354bb1f.txt` pp. 95–96, 128–129, 224.
 */
import type { EventMatch, Rule } from '../model.ts';
import { after, info, rule, S000, SPELL_START, src } from './common.ts';

const ASSESSMENT_74C: EventMatch = { types: ['assessment'], details: { subject: 'las74c' } };
const BARSEL: EventMatch = { types: ['parental-leave'] };
const LY_FROM = {
  from: '2013-01-01',
  note: 'In force at trial; start chosen with the 2013 fleksjob reform.',
};

const ACCUMULATION = {
  kind: 'accumulation' as const,
  threshold: after(12, 'month'),
  limit: after(18, 'month'),
  rolling: after(18, 'month'),
  excluded: BARSEL,
  met: ASSESSMENT_74C,
  afterMove: after(6, 'month'),
};

const NOTE_COUNT = {
  da: '12 og 18 måneder omregnes til dage fra tællingens start (med lovens "måneder" rundet ned til sidste dag i kortere måneder). Barsel trækkes fra; en flytning giver mindst 6 måneder efter flytningen (las74c-move).',
  en: '12 and 18 months are converted to days from the start of the count (clamped at month ends). Parental leave is deducted; a move gives at least 6 months after the move (las74c-move).',
};

export const LEDIGHEDSYDELSE: readonly Rule[] = [
  rule({
    id: 'las74c-vurdering-12of18',
    title: {
      da: 'Vurdering af fleksjobbetingelserne efter 12 måneders ledighedsydelse inden for 18 måneder',
      en: 'Assessment of the fleksjob conditions after 12 months of ledighedsydelse within 18 months',
    },
    legalRef: { law: 'LAS', paragraph: '74c', stk: '1', printed: 'LAS § 74c, stk. 1, 1. pkt.' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'assessment',
    action: { da: 'vurdering efter LAS § 74c', en: 'assessment under LAS § 74c' },
    schedule: { ...ACCUMULATION, occurrences: 'first' },
    notes: [NOTE_COUNT],
  }),
  rule({
    id: 'las74c-revurdering',
    title: {
      da: 'Ny vurdering hver gang der igen er modtaget 12 måneders ledighedsydelse inden for 18 måneder',
      en: 'A new assessment each time 12 more months of ledighedsydelse are received within 18 months',
    },
    legalRef: { law: 'LAS', paragraph: '74c', stk: '1', printed: 'LAS § 74c, stk. 1, 2. pkt.' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'assessment',
    action: { da: 'ny vurdering efter LAS § 74c', en: 'reassessment under LAS § 74c' },
    schedule: { ...ACCUMULATION, occurrences: 'after-first' },
    notes: [
      {
        da: 'Tællingen starter dagen efter den forrige vurdering.',
        en: 'The count restarts the day after the previous assessment.',
      },
      NOTE_COUNT,
    ],
  }),
  info({
    id: 'las74c-move',
    title: {
      da: 'Ved flytning færdiggør den nye kommune vurderingen, senest 6 måneder efter flytningen',
      en: 'After a move the new municipality finishes the assessment, at the latest 6 months after the move',
    },
    legalRef: { law: 'LAS', paragraph: '74c', stk: '1', printed: 'LAS § 74c, stk. 1' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'assessment',
    notes: [
      {
        da: 'Beregnes i las74c-vurdering-12of18 og las74c-revurdering: fristen bliver flytningsdatoen + 6 måneder, hvis den ellers ville ligge tidligere.',
        en: 'Computed in las74c-vurdering-12of18 and las74c-revurdering: the deadline becomes the move date + 6 months when it would otherwise be earlier.',
      },
    ],
  }),
  info({
    id: 'las74c-tilbud',
    title: {
      da: 'Vurderingen skal bruge tilbud efter LAB kap. 10 og 11',
      en: 'The assessment must use offers under LAB ch. 10 and 11',
    },
    legalRef: { law: 'LAS', paragraph: '74c', stk: '2', printed: 'LAS § 74c, stk. 2' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'offer',
    notes: [
      {
        da: 'Dokumenteres i første redegørelse (las74c-redegoerelser).',
        en: 'Documented in the first statement (las74c-redegoerelser).',
      },
    ],
  }),
  rule({
    id: 'las74c-redegoerelser',
    title: {
      da: 'Vurderingen bygger på fire skriftlige redegørelser',
      en: 'The assessment rests on four written statements',
    },
    legalRef: { law: 'LAS', paragraph: '74c', stk: '3', printed: 'LAS § 74c, stk. 3' },
    source: [src(S000, '95–96')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'content',
    action: { da: 'vurdering', en: 'assessment' },
    schedule: {
      kind: 'content',
      applies: ASSESSMENT_74C,
      items: [
        {
          id: 'statement-offers-used',
          label: {
            da: 'redegørelse for brugte tilbud (LAB kap. 10/11)',
            en: 'statement on the offers used (LAB ch. 10/11)',
          },
        },
        {
          id: 'statement-resources',
          label: {
            da: 'redegørelse for borgerens ressourcer, med borgerens egen vurdering',
            en: "statement on the person's resources, with their own view",
          },
        },
        {
          id: 'statement-permanently-reduced',
          label: {
            da: 'redegørelse for at arbejdsevnen fortsat er varigt nedsat',
            en: 'statement on why work capacity is still permanently reduced',
          },
        },
        {
          id: 'statement-foep',
          label: {
            da: 'redegørelse for om der er grundlag for en førtidspensionssag',
            en: 'statement on whether to open a førtidspension case',
          },
        },
      ],
    },
  }),
  rule({
    id: 'las10-ly-opfoelgning',
    title: {
      da: 'Opfølgning efter 6 måneder med ledighedsydelse',
      en: 'Follow-up after 6 months of ledighedsydelse',
    },
    legalRef: { law: 'LAS', paragraph: '10', stk: '3', printed: 'LAS § 10, stk. 3' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'follow-up',
    action: { da: 'opfølgning', en: 'follow-up' },
    schedule: {
      kind: 'once',
      anchor: SPELL_START,
      windowStart: after(6, 'month'),
      dueBy: after(7, 'month'),
      met: { types: ['follow-up-interview', 'job-interview', 'assessment'] },
    },
    notes: [
      {
        da: '"Efter 6 måneder" giver ingen slutdato; vi bruger et vindue på én måned fra 6 måneder efter start.',
        en: '"After 6 months" gives no end date; we use a one-month window starting 6 months after the start.',
      },
    ],
  }),
  info({
    id: 'las75-rehab-meeting',
    title: {
      da: 'Rehabiliteringsteammøde, når der holdes møde om sagen',
      en: 'Rehabilitation-team meeting when the case is discussed',
    },
    legalRef: { law: 'LAS', paragraph: '75', printed: 'LAS § 75; LOUB § 11' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'rehab-team-meeting',
  }),
  info({
    id: 'las75-raadighedssamtale',
    title: {
      da: 'Rådighedssamtale ved tvivl om rådighed',
      en: 'Availability interview when availability is in doubt',
    },
    legalRef: { law: 'LAS', paragraph: '75', printed: 'LAS § 75' },
    source: [src(S000, '95')],
    regime: 'las',
    validity: LY_FROM,
    targetGroups: ['6.9'],
    requires: 'interview',
  }),
  info({
    id: 'rsl-vejledning',
    title: {
      da: 'Vejledning efter borgerens behov',
      en: "Guidance according to the citizen's needs",
    },
    legalRef: {
      law: 'Retssikkerhedsloven',
      paragraph: '5, 7a',
      printed: 'Retssikkerhedsloven §§ 5 og 7a',
    },
    source: [src(S000, '95')],
    regime: 'rsl',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.9'],
  }),
  info({
    id: 'fleksjob-followup-2.5y',
    title: { da: 'Opfølgning i fleksjob hvert 2½ år', en: 'Follow-up in fleksjob every 2½ years' },
    legalRef: { law: 'LAB', printed: 'LAB (§ ikke angivet), fleksjob' },
    source: [src(S000, '128–129')],
    regime: 'lab2015',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.9'],
    requires: 'follow-up',
    notes: [
      {
        da: 'Fleksjobansatte er ikke en målgruppe i sagsformatet; reglen bruges af FØP-forsøget.',
        en: 'People employed in fleksjob are not a target group in the case format; the rule is used by the FØP trial.',
      },
    ],
  }),
  info({
    id: 'star-fleksjob-praktik-4w',
    title: {
      da: 'Anbefalet 4-ugers praktik før fleksjobansættelse (vejledning)',
      en: 'Recommended 4-week placement before a fleksjob hire (guidance)',
    },
    legalRef: { law: 'STAR-vejledning', printed: 'STAR fleksjobfolder (ikke lov)' },
    basis: 'guidance',
    source: [src(S000, '224')],
    regime: 'las',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.9'],
    requires: 'offer',
  }),
];
