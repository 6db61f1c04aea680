/**
 * Right-and-duty offers and the right-and-duty mentor (before 2020), and the
 * abolition of the mentor as a ret-og-pligt offer (2020).
 * Source: `000_213603cd5354bb1f.txt` pp. 118–119; `001_5174f690df2087eb.txt` Tabel 3.
 */
import type { Rule, RuleException } from '../model.ts';
import {
  after,
  decision,
  eventAnchor,
  info,
  LAB2015,
  LAB2020,
  rule,
  S000,
  S001,
  SPELL_START,
  src,
  web,
  within,
} from './common.ts';

const PREVENTED: RuleException = {
  id: 'prevented-from-offers',
  when: { kind: 'spell-flag', flag: 'prevented-from-offers' },
  effect: { kind: 'waive' },
  priority: 10,
  description: {
    da: 'personlige forhold forhindrer aktuelt deltagelse i tilbud (så gælder mentorreglen)',
    en: 'personal circumstances currently prevent taking part in offers (the mentor rule applies instead)',
  },
};

const OFFER = { types: ['offer'] as const };
const VALIDITY = {
  ...LAB2015,
  note: 'Valid-to not stated in source; ended with lab2015 (2020 allows exemption from offers on health grounds).',
};

export const RETPLIGT_MENTOR: readonly Rule[] = [
  rule({
    id: 'lab2015-retpligt-tilbud-akt-kh',
    title: {
      da: 'Ret- og pligttilbud senest efter 6 måneders sammenhængende periode (aktivitetsparate kontanthjælpsmodtagere)',
      en: 'Right-and-duty offer at the latest after a continuous 6 months (activity-ready kontanthjælp)',
    },
    legalRef: { law: 'LAB (før 2020)', printed: 'LAB (før 2020), ret og pligt til tilbud' },
    source: [src(S000, '118')],
    regime: 'lab2015',
    validity: VALIDITY,
    targetGroups: ['6.3'],
    requires: 'offer',
    action: { da: 'ret- og pligttilbud', en: 'right-and-duty offer' },
    schedule: { kind: 'once', anchor: SPELL_START, dueBy: after(6, 'month'), met: OFFER },
    exceptions: [PREVENTED],
    notes: [
      {
        da: 'Gentagelsen står ikke i kilden; den er læst i LAB § 96, stk. 3 (12 måneder) og beregnes af lab2015-retpligt-tilbud-akt-kh-gentaget.',
        en: 'The repetition is not in the source; it was read in LAB § 96, stk. 3 (12 months) and is computed by lab2015-retpligt-tilbud-akt-kh-gentaget.',
      },
    ],
  }),
  rule({
    id: 'lab2015-retpligt-tilbud-akt-kh-gentaget',
    title: {
      da: 'Nyt ret- og pligttilbud, hver gang der er gået 12 måneder med kontanthjælp efter det forrige tilbud (aktivitetsparate kontanthjælpsmodtagere over 30 år)',
      en: 'A new right-and-duty offer each time 12 months on kontanthjælp have passed since the previous offer ended (activity-ready kontanthjælp, aged 30 or more)',
    },
    legalRef: {
      law: 'LAB (før 2020)',
      paragraph: '96',
      stk: '3',
      printed: 'LAB (før 2020) § 96, stk. 3 (indsat ved ændringsloven i kraft 2. april 2012)',
    },
    source: [
      src(S000, '118'),
      web(
        'Lov om ændring af lov om en aktiv beskæftigelsesindsats (gentagen aktivering for ikke arbejdsmarkedsparate kontanthjælpsmodtagere, der er fyldt 30 år), § 1, nr. 3 (LAB § 96, stk. 3); § 2: i kraft 2. april 2012',
        '§ 96, stk. 3',
        'https://www.retsinformation.dk/Forms/R0710.aspx?id=141141',
      ),
      web(
        'Jydske Vestkysten, "Hver fjerde er droppet af kommunen" (DA om aktivitetsparate: første tilbud senest efter 6 måneder, herefter mindst en gang om året)',
        'artikel',
        'https://www.jv.dk/danmark/Hver-fjerde-er-droppet-af-kommunen/artikel/2713330',
      ),
    ],
    regime: 'lab2015',
    validity: VALIDITY,
    targetGroups: ['6.3'],
    appliesWhen: { kind: 'age-at-least', years: 30 },
    requires: 'offer',
    action: { da: 'nyt ret- og pligttilbud', en: 'new right-and-duty offer' },
    schedule: {
      kind: 'cadence',
      anchor: SPELL_START,
      startFrom: 'first-event',
      maxGap: after(12, 'month'),
      gapFromEnd: true,
      met: OFFER,
    },
    exceptions: [PREVENTED],
    notes: [
      {
        da: 'Når det forrige tilbud er afsluttet, skal et nyt tilbud være påbegyndt, senest når borgeren har modtaget kontanthjælp i 12 sammenhængende måneder derefter (slutdato + 12 måneder; uden slutdato regnes fra startdagen). Det første tilbud er lab2015-retpligt-tilbud-akt-kh. Lovteksten gælder personer fyldt 30 år; at 12 måneder stadig gjaldt efter kontanthjælpsreformen 2014, bygger på DA\'s opgørelse ("mindst en gang om året"), ikke på den konsoliderede lov, som ikke er læst. Lovens nummer er ikke læst.',
        en: 'Once the previous offer has ended, a new offer must have started at the latest when the person has received kontanthjælp for 12 continuous months since (end date + 12 months; from the start day when no end is recorded). The first offer is lab2015-retpligt-tilbud-akt-kh. The law text covers persons aged 30 or more; that 12 months still held after the 2014 cash-benefit reform rests on DA\'s count ("at least once a year"), not on the consolidated act, which was not read. The law number was not read.',
      },
    ],
  }),
  rule({
    id: 'lab2015-retpligt-tilbud-akt-udh',
    title: {
      da: 'Ret- og pligttilbud senest efter 1 måned (aktivitetsparate uddannelseshjælpsmodtagere)',
      en: 'Right-and-duty offer at the latest after 1 month (activity-ready uddannelseshjælp)',
    },
    legalRef: { law: 'LAB (før 2020)', printed: 'LAB (før 2020), ret og pligt til tilbud' },
    source: [src(S000, '118')],
    regime: 'lab2015',
    validity: VALIDITY,
    targetGroups: ['6.5'],
    requires: 'offer',
    action: { da: 'ret- og pligttilbud', en: 'right-and-duty offer' },
    schedule: { kind: 'once', anchor: SPELL_START, dueBy: after(1, 'month'), met: OFFER },
    exceptions: [PREVENTED],
  }),
  rule({
    id: 'lab2015-retpligt-mentor',
    title: {
      da: 'Ret- og pligtmentor med kontakt mindst hver 2. uge, når borgeren er forhindret i tilbud',
      en: 'Right-and-duty mentor with contact at least every 2nd week when the person is prevented from offers',
    },
    legalRef: { law: 'LAB (før 2020)', printed: 'LAB (før 2020), ret- og pligtmentor' },
    source: [src(S000, '118–119')],
    regime: 'lab2015',
    validity: { ...LAB2015, note: 'Ended 2019-12-31 (mentor as ret-og-pligt abolished).' },
    targetGroups: ['6.3', '6.5'],
    requires: 'mentor-contact',
    action: { da: 'mentorkontakt', en: 'mentor contact' },
    schedule: {
      kind: 'cadence',
      anchor: eventAnchor(decision('prevented-from-offers'), {
        da: 'afgørelsen om at borgeren er forhindret i tilbud',
        en: 'the decision that the person is prevented from offers',
      }),
      startFrom: 'anchor',
      maxGap: after(2, 'week'),
      horizon: within(6, 'month'),
      met: { types: ['mentor-contact'] },
    },
    notes: [
      {
        da: 'Tilbudsperioden er 6 måneder; derefter skal der gives et nyt mentortilbud (ny afgørelse). Der var ingen undtagelse for alvorlig sygdom eller botilbud.',
        en: 'The offer period is 6 months; then a new mentor offer must be made (a new decision). There was no exception for serious illness or residential care.',
      },
    ],
  }),
  info({
    id: 'lab2020-mentor-not-retpligt',
    title: {
      da: 'Mentor er ikke længere ret- og pligttilbud eller tilbud',
      en: 'Mentor is no longer a right-and-duty offer or an offer',
    },
    legalRef: { law: 'LAB (forenkling, lov nr. 548)', printed: 'LAB-forenklingen' },
    source: [src(S001, 'Tabel 3')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: ['6.3', '6.5'],
    requires: 'mentor-contact',
  }),
];
