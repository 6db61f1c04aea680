/**
 * Benefit types (ydelser) and the benefit groups (ydelsesgrupper) they are
 * reported under.
 *
 * Sources:
 * - shared/domain/README.md "Target-group codes" and "Vocabulary" (benefit ↔
 *   LAB § 6 målgruppe), citing `000_213603cd5354bb1f.txt` pp. 17, 68–69.
 * - shared/domain/measures.md § 11: the Ringkøbing-Skjern monthly report rows
 *   (`002_19977035304c9716.txt` pp. 21–22), which name kontanthjælp,
 *   integrationsydelse, uddannelseshjælp, revalideringsydelse, fleksløntilskud,
 *   ressourceforløb, jobafklaring, ledighedsydelse, fleksjob, skånejob,
 *   kontantydelse, midlertidig arbejdsmarkedsydelse, seniorjob and førtidspension.
 * - measures.md § 1 (jobindsats KPIs: a-dagpenge, sygedagpenge, integration …).
 * - The remaining groups (efterløn, seniorpension, barselsdagpenge, SU) follow
 *   the public jobindsats / Danmarks Statistik benefit groupings, which are not
 *   in the five source files. They are marked `sourced: false`.
 *
 * The group codes are this project's stable identifiers (ASCII, kebab-case);
 * `nameDa` is the Danish label as used on jobindsats.dk and in the committee
 * reports.
 */

import type { TargetGroupCode } from './target-groups.ts';

export const YDELSESGRUPPE_CODES = [
  'a-dagpenge',
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforloeb',
  'revalidering',
  'ledighedsydelse',
  'fleksjob',
  'skaanejob',
  'foertidspension',
  'kontantydelse',
  'midlertidig-arbejdsmarkedsydelse',
  'seniorjob',
  'efterloen',
  'seniorpension',
  'barselsdagpenge',
  'su',
  'selvforsoergende',
] as const;

/** ydelsesgruppe: benefit group as used on jobindsats.dk and in the committee reports */
export type YdelsesgruppeCode = (typeof YDELSESGRUPPE_CODES)[number];

export interface Ydelsesgruppe {
  code: YdelsesgruppeCode;
  nameDa: string;
  nameEn: string;
}

export const YDELSESGRUPPER: readonly Ydelsesgruppe[] = [
  { code: 'a-dagpenge', nameDa: 'A-dagpenge', nameEn: 'Unemployment insurance benefit' },
  { code: 'kontanthjaelp', nameDa: 'Kontanthjælp', nameEn: 'Social assistance' },
  { code: 'uddannelseshjaelp', nameDa: 'Uddannelseshjælp', nameEn: 'Education benefit' },
  {
    code: 'integrationsydelse',
    nameDa: 'Integrationsydelse',
    nameEn: 'Integration benefit (later self-support and return benefit)',
  },
  { code: 'sygedagpenge', nameDa: 'Sygedagpenge', nameEn: 'Sickness benefit' },
  { code: 'jobafklaring', nameDa: 'Jobafklaringsforløb', nameEn: 'Job-clarification course' },
  { code: 'ressourceforloeb', nameDa: 'Ressourceforløb', nameEn: 'Resource course' },
  { code: 'revalidering', nameDa: 'Revalidering', nameEn: 'Vocational rehabilitation' },
  { code: 'ledighedsydelse', nameDa: 'Ledighedsydelse', nameEn: 'Flex-job unemployment benefit' },
  { code: 'fleksjob', nameDa: 'Fleksjob', nameEn: 'Flex job' },
  { code: 'skaanejob', nameDa: 'Skånejob', nameEn: 'Sheltered job for disability pensioners' },
  { code: 'foertidspension', nameDa: 'Førtidspension', nameEn: 'Disability pension' },
  {
    code: 'kontantydelse',
    nameDa: 'Kontantydelse',
    nameEn: 'Cash benefit after exhausted dagpenge',
  },
  {
    code: 'midlertidig-arbejdsmarkedsydelse',
    nameDa: 'Midlertidig arbejdsmarkedsydelse',
    nameEn: 'Temporary labour-market benefit',
  },
  { code: 'seniorjob', nameDa: 'Seniorjob', nameEn: 'Senior job' },
  { code: 'efterloen', nameDa: 'Efterløn', nameEn: 'Voluntary early retirement pay' },
  { code: 'seniorpension', nameDa: 'Seniorpension', nameEn: 'Senior pension' },
  { code: 'barselsdagpenge', nameDa: 'Barselsdagpenge', nameEn: 'Maternity/parental benefit' },
  { code: 'su', nameDa: 'SU', nameEn: 'State education grant' },
  {
    code: 'selvforsoergende',
    nameDa: 'Selvforsørgende',
    nameEn: 'Self-supporting (no public benefit)',
  },
];

export const BENEFIT_CODES = [
  'a-dagpenge',
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
  'selvforsoergelses-og-hjemrejseydelse',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforloeb',
  'ledighedsydelse',
  'fleksjob',
  'revalidering',
  'foertidspension',
  'skaanejob',
  'seniorjob',
  'kontantydelse',
  'midlertidig-arbejdsmarkedsydelse',
  'efterloen',
  'seniorpension',
  'barselsdagpenge',
  'su',
  'selvforsoergende',
] as const;

/** ydelse: benefit type */
export type BenefitCode = (typeof BENEFIT_CODES)[number];

/** How the benefit is counted in benefit statistics. */
export type BenefitKind =
  /** public income transfer (overførselsindkomst) */
  | 'income-transfer'
  /** employment paid partly by the public (fleksjob, skånejob, seniorjob) */
  | 'subsidised-employment'
  /** no public benefit, or one not counted among publicly supported people (SU) */
  | 'none';

export interface Benefit {
  code: BenefitCode;
  nameDa: string;
  nameEn: string;
  /** ydelsesgruppe as used in jobindsats and the committee reports */
  ydelsesgruppe: YdelsesgruppeCode;
  /**
   * LAB § 6 målgruppe, null if none. Where the benefit alone does not fix the
   * group (kontanthjælp: 6.2 jobparat / 6.3 aktivitetsparat; uddannelseshjælp:
   * 6.4 uddannelsesparat / 6.5 aktivitetsparat), this is the first
   * (lower-numbered) group and `targetGroups` lists all of them; the spell's
   * own target group is what counts.
   */
  targetGroup: TargetGroupCode | null;
  /** Every LAB § 6 målgruppe a recipient of this benefit can be in (may be empty). */
  targetGroups: readonly TargetGroupCode[];
  /**
   * true for public benefits counted in fuldtidspersoner among the publicly
   * supported (offentligt forsørgede): income transfers and subsidised
   * employment.
   */
  publicBenefit: boolean;
  kind: BenefitKind;
  /**
   * true when the benefit is named in the five domain source files / the domain
   * reference; false when it comes only from public jobindsats or Danmarks
   * Statistik groupings.
   */
  sourced: boolean;
}

export const BENEFITS: readonly Benefit[] = [
  {
    code: 'a-dagpenge',
    nameDa: 'Arbejdsløshedsdagpenge',
    nameEn: 'Unemployment insurance benefit',
    ydelsesgruppe: 'a-dagpenge',
    targetGroup: '6.1',
    targetGroups: ['6.1'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'kontanthjaelp',
    nameDa: 'Kontanthjælp',
    nameEn: 'Social assistance',
    ydelsesgruppe: 'kontanthjaelp',
    targetGroup: '6.2',
    targetGroups: ['6.2', '6.3'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'uddannelseshjaelp',
    nameDa: 'Uddannelseshjælp',
    nameEn: 'Education benefit',
    ydelsesgruppe: 'uddannelseshjaelp',
    targetGroup: '6.4',
    targetGroups: ['6.4', '6.5'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    // Recipients inside the integration programme fall under integrationsloven,
    // not a LAB § 6 group. Those outside it are treated like kontanthjælp
    // recipients (6.2/6.3) under LAB 2020 — from the public law text, not the
    // sources.
    code: 'integrationsydelse',
    nameDa: 'Integrationsydelse',
    nameEn: 'Integration benefit',
    ydelsesgruppe: 'integrationsydelse',
    targetGroup: null,
    targetGroups: ['6.2', '6.3', '6.4', '6.5'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    // The name of integrationsydelse from 1 July 2019 (lov nr. 174 af
    // 27.2.2019, "paradigmeskiftet"); same LAB § 6 groups, same jobindsats group.
    code: 'selvforsoergelses-og-hjemrejseydelse',
    nameDa: 'Selvforsørgelses- og hjemrejseydelse',
    nameEn: 'Self-support and return benefit',
    ydelsesgruppe: 'integrationsydelse',
    targetGroup: null,
    targetGroups: ['6.2', '6.3', '6.4', '6.5'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: false,
  },
  {
    code: 'sygedagpenge',
    nameDa: 'Sygedagpenge',
    nameEn: 'Sickness benefit',
    ydelsesgruppe: 'sygedagpenge',
    targetGroup: '6.6',
    targetGroups: ['6.6'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'jobafklaring',
    nameDa: 'Ressourceforløbsydelse under jobafklaringsforløb',
    nameEn: 'Resource-course benefit during job clarification',
    ydelsesgruppe: 'jobafklaring',
    targetGroup: '6.7',
    targetGroups: ['6.7'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'ressourceforloeb',
    nameDa: 'Ressourceforløbsydelse',
    nameEn: 'Resource-course benefit',
    ydelsesgruppe: 'ressourceforloeb',
    targetGroup: '6.8',
    targetGroups: ['6.8'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'ledighedsydelse',
    nameDa: 'Ledighedsydelse',
    nameEn: 'Flex-job unemployment benefit',
    ydelsesgruppe: 'ledighedsydelse',
    targetGroup: '6.9',
    targetGroups: ['6.9'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    // People employed in a flex job are not a LAB § 6 group (6.9 is the
    // unemployed on ledighedsydelse). The public part is the fleksløntilskud.
    code: 'fleksjob',
    nameDa: 'Fleksjob (fleksløntilskud)',
    nameEn: 'Flex job (flex-job wage subsidy)',
    ydelsesgruppe: 'fleksjob',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'subsidised-employment',
    sourced: true,
  },
  {
    code: 'revalidering',
    nameDa: 'Revalideringsydelse',
    nameEn: 'Vocational rehabilitation benefit',
    ydelsesgruppe: 'revalidering',
    targetGroup: '6.10',
    targetGroups: ['6.10'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'foertidspension',
    nameDa: 'Førtidspension',
    nameEn: 'Disability pension',
    ydelsesgruppe: 'foertidspension',
    targetGroup: '6.11',
    targetGroups: ['6.11'],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    // Skånejob: a job with wage subsidy for a disability pensioner — the
    // "Førtidspensionister (ansat med løntilskud)" of LAB § 6 nr. 11.
    code: 'skaanejob',
    nameDa: 'Skånejob',
    nameEn: 'Sheltered job for disability pensioners',
    ydelsesgruppe: 'skaanejob',
    targetGroup: '6.11',
    targetGroups: ['6.11'],
    publicBenefit: true,
    kind: 'subsidised-employment',
    sourced: true,
  },
  {
    code: 'seniorjob',
    nameDa: 'Seniorjob',
    nameEn: 'Senior job',
    ydelsesgruppe: 'seniorjob',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'subsidised-employment',
    sourced: true,
  },
  {
    code: 'kontantydelse',
    nameDa: 'Kontantydelse',
    nameEn: 'Cash benefit after exhausted dagpenge',
    ydelsesgruppe: 'kontantydelse',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'midlertidig-arbejdsmarkedsydelse',
    nameDa: 'Midlertidig arbejdsmarkedsydelse',
    nameEn: 'Temporary labour-market benefit',
    ydelsesgruppe: 'midlertidig-arbejdsmarkedsydelse',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: true,
  },
  {
    code: 'efterloen',
    nameDa: 'Efterløn',
    nameEn: 'Voluntary early retirement pay',
    ydelsesgruppe: 'efterloen',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: false,
  },
  {
    code: 'seniorpension',
    nameDa: 'Seniorpension',
    nameEn: 'Senior pension',
    ydelsesgruppe: 'seniorpension',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: false,
  },
  {
    code: 'barselsdagpenge',
    nameDa: 'Barselsdagpenge',
    nameEn: 'Maternity/parental benefit',
    ydelsesgruppe: 'barselsdagpenge',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: true,
    kind: 'income-transfer',
    sourced: false,
  },
  {
    // SU is an education grant, not counted among offentligt forsørgede; kept
    // so that "in education" (status "U") can be recorded as a spell.
    code: 'su',
    nameDa: 'SU (Statens Uddannelsesstøtte)',
    nameEn: 'State education grant',
    ydelsesgruppe: 'su',
    targetGroup: null,
    targetGroups: [],
    publicBenefit: false,
    kind: 'none',
    sourced: false,
  },
  {
    code: 'selvforsoergende',
    nameDa: 'Selvforsørgende (ingen offentlig ydelse)',
    nameEn: 'Self-supporting (no public benefit)',
    ydelsesgruppe: 'selvforsoergende',
    targetGroup: '6.12',
    targetGroups: ['6.12'],
    publicBenefit: false,
    kind: 'none',
    sourced: true,
  },
];

const byCode = new Map<string, Benefit>(BENEFITS.map((b) => [b.code, b]));

/** The benefit with this code, or undefined. */
export function benefitByCode(code: string): Benefit | undefined {
  return byCode.get(code);
}

export function isBenefitCode(x: string): x is BenefitCode {
  return byCode.has(x);
}

export function isYdelsesgruppeCode(x: string): x is YdelsesgruppeCode {
  return (YDELSESGRUPPE_CODES as readonly string[]).includes(x);
}

export function ydelsesgruppeByCode(code: string): Ydelsesgruppe | undefined {
  return YDELSESGRUPPER.find((g) => g.code === code);
}

/** The benefits reported under one ydelsesgruppe. */
export function benefitsInYdelsesgruppe(code: YdelsesgruppeCode): readonly Benefit[] {
  return BENEFITS.filter((b) => b.ydelsesgruppe === code);
}

/**
 * Whether a spell on `benefit` may carry LAB § 6 målgruppe `targetGroup`.
 * Throws for an unknown benefit code, naming it.
 */
export function isTargetGroupAllowed(benefit: string, targetGroup: TargetGroupCode): boolean {
  const b = byCode.get(benefit);
  if (!b) throw new Error(`unknown benefit code "${benefit}"`);
  return b.targetGroups.includes(targetGroup);
}

/**
 * The benefit codes the weekly register carries, in the priority order that
 * decides a person's one benefit in a week when several apply (first wins; see
 * docs/register-format.md). Pure data, shared by src/register and the trial
 * report in src/evaluation.
 */
export const REGISTER_BENEFIT_PRIORITY = [
  'foertidspension',
  'fleksjob',
  'ledighedsydelse',
  'ressourceforloeb',
  'jobafklaring',
  'revalidering',
  'sygedagpenge',
  'a-dagpenge',
  'integrationsydelse',
  'uddannelseshjaelp',
  'kontanthjaelp',
] as const satisfies readonly BenefitCode[];
