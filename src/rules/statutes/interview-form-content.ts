/**
 * Form and content of statutory interviews, both regimes.
 * - lab2015: personal attendance (`000_213603cd5354bb1f.txt` p. 17) and the
 *   minimum content of Bek. nr. 1003 af 30/08/2015 § 32 (p. 19, Box 1).
 * - lab2020: LAB § 33 and its exceptions (p. 54, Tabel 7), the COVID phone
 *   exception (p. 54), the holder rule (pp. 54–55), LAB §§ 28–29 purpose (p. 55),
 *   and the June 2021 choice of form after 6 months (`001_5174f690df2087eb.txt` Tabel 1).
 */
import type { Rule, RuleException } from '../model.ts';
import { after, info, LAB2015, LAB2020, rule, S000, S001, src, web } from './common.ts';
import { LOV_295_2023, STAR_HOERINGSNOTAT_2023 } from './laws.ts';

const INTERVIEW_TYPES = ['job-interview', 'joint-meeting'] as const;

/** Groups in the statutory contact course (LAB § 6 nr. 1–5, 7, 8, 9 on LY, 10). */
export const CONTACT_COURSE_GROUPS = [
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.7',
  '6.8',
  '6.9',
  '6.10',
] as const;

/** LAB § 33's own exceptions (Tabel 7): phone or video for these groups, in both versions. */
const LAB33_EXCEPTIONS: readonly RuleException[] = [
  {
    id: 'lab2020-form-revalidend',
    when: { kind: 'target-group', groups: ['6.10'] },
    effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
    priority: 20,
    description: { da: 'revalidender', en: 'people in revalidering' },
  },
  {
    id: 'lab2020-form-barsel',
    when: { kind: 'on-parental-leave' },
    effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
    priority: 20,
    description: { da: 'personer på barsel', en: 'people on parental leave' },
  },
  {
    id: 'lab2020-form-in-offer',
    when: { kind: 'in-offer' },
    effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
    priority: 20,
    description: {
      da: 'personer i tilbud efter LAB kap. 11–14',
      en: 'people in offers under LAB ch. 11–14',
    },
  },
  {
    id: 'lab2020-form-in-job',
    when: {
      kind: 'any',
      conditions: [
        { kind: 'spell-flag', flag: 'in-job' },
        { kind: 'spell-flag', flag: 'own-business' },
        { kind: 'event-flag', flag: 'in-job' },
      ],
    },
    effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
    priority: 20,
    description: {
      da: 'personer i job eller med egen virksomhed',
      en: 'people in a job or running their own business',
    },
  },
];

export const INTERVIEW_FORM_CONTENT: readonly Rule[] = [
  rule({
    id: 'lab2015-jobsamtale-form',
    title: {
      da: 'Jobsamtaler holdes ved personligt fremmøde (2015-reglerne)',
      en: 'Job interviews are held in person (2015 rules)',
    },
    legalRef: { law: 'LAB (2015-reformen)', printed: 'LAB (2015), personlige jobsamtaler' },
    source: [src(S000, '17, 60–61')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    action: { da: 'jobsamtale ved personligt fremmøde', en: 'job interview in person' },
    allowedForms: ['in-person'],
    schedule: {
      kind: 'form',
      applies: { types: INTERVIEW_TYPES },
      allowed: ['in-person'],
      defaultForm: 'in-person',
    },
    notes: [
      {
        da: 'Eget id: formkravet står i kildens beskrivelse af de 6 samtaler (s. 17). Vi anvender det på alle grupper i kontaktforløbet, fordi forsøget for øvrige målgrupper (s. 60–61) netop fritager dem for fremmødekravet. En samtale uden angivet form regnes som personligt fremmøde.',
        en: 'Own id: the form requirement is part of the source description of the 6 interviews (p. 17). We apply it to every group in the contact course, since the trial for other groups (pp. 60–61) exempts them from exactly this attendance requirement. An interview without a form is taken to be in person.',
      },
    ],
    severity: 'warning',
  }),
  rule({
    id: 'lab2015-jobsamtale-content',
    title: {
      da: 'Minimumsindhold i den individuelle jobsamtale',
      en: 'Minimum content of the individual job interview',
    },
    legalRef: {
      law: 'Bek. nr. 1003 af 30/08/2015',
      paragraph: '32',
      printed: 'Bek. nr. 1003 af 30/08/2015 § 32',
    },
    source: [src(S000, '19')],
    regime: 'lab2015',
    validity: {
      from: '2015-08-30',
      to: '2019-12-31',
      note: 'Dated from the order; in-force date not stated.',
    },
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.7', '6.8', '6.10'],
    requires: 'content',
    action: { da: 'samtaleindhold', en: 'interview content' },
    schedule: {
      kind: 'content',
      applies: { types: INTERVIEW_TYPES },
      items: [
        {
          id: 'job-search-follow-up',
          label: {
            da: 'opfølgning på og fastlæggelse af jobsøgningen',
            en: 'follow-up on and setting of the job search',
          },
          groups: ['6.1', '6.2', '6.3'],
        },
        {
          id: 'cv-check',
          label: {
            da: 'kontrol af at CV på Jobnet er fyldestgørende',
            en: 'check that the Jobnet CV is complete',
          },
          groups: ['6.1', '6.2'],
        },
        {
          id: 'offer-needs',
          label: {
            da: 'drøftelse af behov for tilbud (LAB kap. 9b–12)',
            en: 'discussion of the need for offers (LAB ch. 9b–12)',
          },
        },
        {
          id: 'further-course-agreement',
          label: {
            da: 'aftale om det videre kontaktforløb og aktiviteter',
            en: 'agreement on the further contact course and activities',
          },
          groups: ['6.1', '6.2', '6.3', '6.10', '6.8', '6.7'],
        },
      ],
    },
    notes: [
      {
        da: 'Kilden angiver ikke, hvordan bekendtgørelsens § 1-numre svarer til målgrupperne. Vi antager, at § 1 nr. n følger den gamle LAB § 2 nr. n (nr. 1 = 6.1, 2 = 6.2, 3 = 6.3, 4 = 6.10, 11 = 6.8, 12 = 6.4, 13 = 6.5, 14 = 6.7). Punkt (2), pålæg om at søge konkrete job, er en mulighed, ikke et krav.',
        en: "The source does not map the order's § 1 numbers to target groups. We assume § 1 nr. n follows the old LAB § 2 nr. n (1 = 6.1, 2 = 6.2, 3 = 6.3, 4 = 6.10, 11 = 6.8, 12 = 6.4, 13 = 6.5, 14 = 6.7). Item (2), requiring applications for specific jobs, is an option, not a requirement.",
      },
    ],
    severity: 'warning',
  }),
  rule({
    id: 'lab2020-jobsamtale-form',
    title: {
      da: 'Individuelle jobsamtaler ved personligt fremmøde, med lovens undtagelser',
      en: 'Individual job interviews in person, with the statutory exceptions',
    },
    legalRef: { law: 'LAB', paragraph: '33', printed: 'LAB § 33' },
    source: [src(S000, '54 (Tabel 7)')],
    regime: 'lab2020',
    validity: { from: '2020-01-01', to: '2023-03-21' },
    version: 1,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    action: { da: 'jobsamtale ved personligt fremmøde', en: 'job interview in person' },
    allowedForms: ['in-person'],
    schedule: {
      kind: 'form',
      applies: { types: INTERVIEW_TYPES },
      allowed: ['in-person'],
      defaultForm: 'in-person',
    },
    exceptions: [
      {
        id: 'lab2020-covid-phone',
        when: { kind: 'date-in', from: '2020-03-12', to: '2020-10-31' },
        effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
        priority: 30,
        description: {
          da: 'midlertidig COVID-19-undtagelse: alle samtaler kan holdes telefonisk',
          en: 'temporary COVID-19 exception: all interviews may be held by phone',
        },
        source: src(S000, '54'),
      },
      {
        id: 'nyt2021-samtaleform-choice',
        when: {
          kind: 'all',
          conditions: [
            { kind: 'date-in', from: '2022-01-01' },
            { kind: 'since-spell-start', atLeast: after(6, 'month') },
          ],
        },
        effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
        priority: 25,
        description: {
          da: 'efter 6 måneders ledighed vælger borgeren fremmøde, video eller telefon',
          en: 'after 6 months of unemployment the person chooses in person, video or phone',
        },
        source: src(S001, 'Tabel 1'),
      },
      ...LAB33_EXCEPTIONS,
    ],
    notes: [
      {
        da: 'COVID-undtagelsens startdato står ikke i kilden; vi bruger 2020-03-12 (nedlukningen) til 2020-10-31. "Telefonisk eller digitalt" er telefon eller video. Valgfriheden efter 6 måneder kom med lovforslag L 67 (2021-22), fremsat 10. november 2021 og vedtaget som L 67 A = lov nr. 2590 af 28/12/2021 (juni 2021-aftalen er ikke lov); vi bruger 2022-01-01, da lovens ikrafttrædelsesbestemmelse ikke er læst (loven er dateret 28. december 2021, så tidligere kan det ikke være).',
        en: 'The COVID exception start date is not in the source; we use 2020-03-12 (the lockdown) to 2020-10-31. "Phone or digital" means phone or video. The choice after 6 months came with bill L 67 (2021-22), introduced 10 November 2021 and adopted as L 67 A = lov nr. 2590 af 28/12/2021 (the June 2021 agreement is not law); we use 2022-01-01, as the in-force provision of the law was not read (the law is dated 28 December 2021, so it cannot be earlier).',
      },
    ],
    severity: 'warning',
  }),
  rule({
    id: 'lab2020-jobsamtale-form',
    title: {
      da: 'Første jobsamtale ved personligt fremmøde; herefter vælger borgeren samtaleformen',
      en: 'The first job interview in person; after that the person chooses the form',
    },
    legalRef: {
      law: 'LAB',
      paragraph: '33',
      stk: '1',
      printed: 'LAB § 33, stk. 1 (lov nr. 295 af 20/3/2023)',
    },
    source: [LOV_295_2023.source, STAR_HOERINGSNOTAT_2023],
    regime: 'lab2023',
    validity: { from: '2023-03-22' },
    version: 2,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    action: {
      da: 'jobsamtale i en form loven tillader',
      en: 'job interview in a form the law allows',
    },
    allowedForms: ['in-person'],
    schedule: {
      kind: 'form',
      applies: { types: INTERVIEW_TYPES },
      allowed: ['in-person'],
      defaultForm: 'in-person',
    },
    parameters: {
      formsAfterFirst: {
        value: ['in-person', 'phone', 'video'],
        from: '2023-03-22',
        setBy: LOV_295_2023,
      },
    },
    exceptions: [
      {
        id: 'lab2023-form-choice',
        when: { kind: 'not', condition: { kind: 'first-interview' } },
        effect: { kind: 'allow-forms', forms: ['phone', 'video'] },
        priority: 25,
        description: {
          da: 'efter første jobsamtale vælger borgeren personligt fremmøde, telefon eller personligt digitalt fremmøde (LAB § 33, stk. 1)',
          en: 'after the first job interview the person chooses in person, phone or video (LAB § 33(1))',
        },
        legalRef: {
          law: 'lov nr. 295 af 20/3/2023',
          paragraph: '33',
          stk: '1',
          printed: 'LAB § 33, stk. 1, 2. pkt.',
        },
        source: LOV_295_2023.source,
      },
      ...LAB33_EXCEPTIONS,
    ],
    notes: [
      {
        da: 'Samme regel-id som 2020-versionen, så kontaktforløbets tællinger og forsøgene henviser til én formregel; versionen i kraft på samtalens dato afgør. "Første jobsamtale" er forløbets første jobsamtale eller fællessamtale (for dagpengemodtagere fra 2024: a-kassens første samtale). At borgeren selv har valgt formen, registreres ikke; en telefon- eller videosamtale efter den første tæller. Kommunens mulighed for konkret at kræve fremmøde er ikke indkodet. Lovens ikrafttræden (22. marts 2023) er læst i STARs høringsnotat, ikke i loven selv; issue-teksten nævner 1. januar 2023, som vi ikke har kunnet bekræfte.',
        en: "Same rule id as the 2020 version, so the contact-course counts and the trials refer to one form rule; the version in force on the interview date decides. \"The first job interview\" is the spell's first job interview or joint meeting (for dagpenge from 2024: the a-kasse's first). That the person chose the form is not recorded; a phone or video interview after the first one counts. The municipality's power to require attendance in a specific case is not encoded. The in-force day (22 March 2023) was read in STAR's consultation note, not the law itself; the issue text says 1 January 2023, which we could not confirm.",
      },
    ],
    severity: 'warning',
  }),
  info({
    id: 'lab2020-covid-phone',
    title: {
      da: 'Midlertidig COVID-19-undtagelse: samtaler pr. telefon',
      en: 'Temporary COVID-19 exception: interviews by phone',
    },
    legalRef: { law: 'LAB', printed: 'Midlertidig COVID-19-undtagelse' },
    source: [src(S000, '54')],
    regime: 'lab2020',
    validity: {
      from: '2020-03-12',
      to: '2020-10-31',
      note: 'Start date not in source (chosen: the lockdown).',
    },
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    notes: [
      {
        da: 'Håndhæves som undtagelse i lab2020-jobsamtale-form.',
        en: 'Enforced as an exception in lab2020-jobsamtale-form.',
      },
    ],
  }),
  info({
    id: 'nyt2021-samtaleform-choice',
    title: {
      da: 'Borgeren vælger samtaleform efter 6 måneders ledighed',
      en: 'The person chooses the interview form after 6 months',
    },
    legalRef: {
      law: 'LAB',
      paragraph: '33',
      printed:
        'LAB § 33 som ændret ved lov nr. 2590 af 28/12/2021 (L 67 A, 2021-22; første delaftale om nytænkning, juni 2021)',
    },
    basis: 'law',
    source: [
      src(S001, 'Tabel 1'),
      web(
        'L 67 (2021-22) som fremsat 10/11/2021 (samtaler over video eller telefon)',
        '§ 1',
        'https://ft.dk/samling/20211/lovforslag/l67/20211_l67_som_fremsat.htm',
      ),
      web(
        'Lov nr. 2590 af 28/12/2021 (L 67 A): bemærkningerne, afsnit 2.5.2.1 "Jobsamtaler og rådighedssamtaler efter 6 måneder"',
        '§ 2, nr. 1 (forarbejder)',
        'https://elov.dk/sygedagpengeloven/paragraf/13b/forarbejder/aendringslov-2021-12-28-2590/nummer/603018',
      ),
      web(
        'Lovbekendtgørelse nr. 701 af 22/5/2022 af LAB (lists lov nr. 2590 af 28/12/2021 among the amending laws)',
        'indledning',
        'https://ft.dk/samling/20211/almdel/BEU/bilag/259/2580429/index.htm',
      ),
    ],
    regime: 'nyt2021',
    validity: {
      from: '2022-01-01',
      to: '2023-03-21',
      note: 'The June 2021 agreement is not law; the bill L 67 (2021-22) that carried it was introduced on 10 November 2021 and adopted as L 67 A = lov nr. 2590 af 28/12/2021, so 1 July 2021 cannot be its in-force day. 1 January 2022 assumed: the law is dated 28 December 2021, its in-force provision was not read. Replaced by LAB § 33, stk. 1 as amended by lov nr. 295 af 20/3/2023.',
    },
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    notes: [
      {
        da: 'Håndhæves som undtagelse i lab2020-jobsamtale-form.',
        en: 'Enforced as an exception in lab2020-jobsamtale-form.',
      },
    ],
  }),
  info({
    id: 'lab2020-jobsamtale-holder',
    title: {
      da: 'Lovpligtige samtaler holdes af myndighedssagsbehandleren',
      en: 'Statutory interviews are held by the authority caseworker',
    },
    legalRef: { law: 'LAB', printed: 'LAB (Tabel 7)' },
    source: [src(S000, '54–55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'form',
    notes: [
      {
        da: 'Håndhæves gennem formen: en samtale "via en anden fagperson" eller som gruppesamtale er ikke tilladt af LAB § 33 og tæller ikke.',
        en: 'Enforced through the form: an interview "via another professional" or in a group is not allowed by LAB § 33 and does not count.',
      },
    ],
  }),
  info({
    id: 'lab2020-content-purpose',
    title: {
      da: 'Samtalens formål og indhold: hurtigst muligt i ordinært job',
      en: 'Purpose and content: an ordinary job as fast as possible',
    },
    legalRef: { law: 'LAB', paragraph: '28–29', printed: 'LAB § 28, stk. 1; § 29, stk. 1–2' },
    source: [src(S000, '55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'content',
    notes: [
      {
        da: 'Ingen fast indholdsliste; intet kontrolleres.',
        en: 'No fixed item list; nothing is checked.',
      },
    ],
  }),
];
