/**
 * The weekly register: one record per person and ISO week, in the spirit of
 * STAR's DREAM register (weekly status) joined with eIndkomst hours. The format
 * is documented in docs/register-format.md; this module is its single source.
 */
import { REGISTER_BENEFIT_PRIORITY } from '../reference/benefits.ts';

/** Benefit codes (ydelser) the register carries, in priority order (first wins). */
export const REGISTER_BENEFITS = REGISTER_BENEFIT_PRIORITY;

/** ydelse: the public benefit the person receives in the week. */
export type RegisterBenefit = (typeof REGISTER_BENEFITS)[number];

/**
 * The benefit code for "no public benefit" (selvforsørgende). In the register
 * it is stored as NULL; the import accepts the code or an empty field.
 */
export const NO_BENEFIT = 'selvforsoergende';

/** Active offers (tilbud) under LAB, in priority order when several fall in one week. */
export const ACTIVATION_TYPES = [
  'loentilskud',
  'virksomhedspraktik',
  'nytteindsats',
  'vejledning-opkvalificering',
] as const;

/** Activation type: the active offer (tilbud) the person is in during the week. */
export type ActivationType = (typeof ACTIVATION_TYPES)[number];

/**
 * visitationskategori (the readiness category a jobcenter assigns; LAB § 6 nr. 2–5, LAS § 2):
 * a kontanthjælp or integrationsydelse recipient is `jobparat` (job-ready, målgruppe 6.2) or
 * `aktivitetsparat` (activity-ready, 6.3); an uddannelseshjælp recipient is `uddannelsesparat`
 * (education-ready, 6.4; "åbenlyst uddannelsesparat" is counted here) or `aktivitetsparat` (6.5).
 * Other benefits have no category (NULL in the register).
 */
export const CATEGORIES = ['jobparat', 'uddannelsesparat', 'aktivitetsparat'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories each benefit with a visitationskategori allows; other benefits allow none. */
export const CATEGORY_BENEFITS: Readonly<Partial<Record<RegisterBenefit, readonly Category[]>>> = {
  kontanthjaelp: ['jobparat', 'aktivitetsparat'],
  integrationsydelse: ['jobparat', 'aktivitetsparat'],
  uddannelseshjaelp: ['uddannelsesparat', 'aktivitetsparat'],
};

/** Company-oriented offers (virksomhedsrettet indsats): praktik and løntilskud. */
export const COMPANY_ORIENTED: readonly ActivationType[] = ['loentilskud', 'virksomhedspraktik'];

const benefitRank = new Map<string, number>(REGISTER_BENEFITS.map((code, i) => [code, i]));
const activationRank = new Map<string, number>(ACTIVATION_TYPES.map((code, i) => [code, i]));

export function isRegisterBenefit(value: string): value is RegisterBenefit {
  return benefitRank.has(value);
}

export function isActivationType(value: string): value is ActivationType {
  return activationRank.has(value);
}

/**
 * The benefit recorded for a week in which several apply: the one earliest in
 * REGISTER_BENEFITS. Permanent and health-related benefits rank above the
 * unemployment benefits, and kontanthjælp, being subsidiary (it is paid only
 * when nothing else covers the person), ranks last. Null when none applies.
 */
export function resolveBenefit(codes: readonly string[]): RegisterBenefit | null {
  let best: RegisterBenefit | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const code of codes) {
    if (code === NO_BENEFIT || code === '') continue;
    const rank = benefitRank.get(code);
    if (rank === undefined) throw new Error(`unknown benefit code ${JSON.stringify(code)}`);
    if (rank < bestRank) {
      bestRank = rank;
      best = code as RegisterBenefit;
    }
  }
  return best;
}

/** The activation type recorded for a week with several offers (first in ACTIVATION_TYPES wins). */
export function resolveActivation(codes: readonly string[]): ActivationType | null {
  let best: ActivationType | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const code of codes) {
    const rank = activationRank.get(code);
    if (rank === undefined) throw new Error(`unknown activation type ${JSON.stringify(code)}`);
    if (rank < bestRank) {
      bestRank = rank;
      best = code as ActivationType;
    }
  }
  return best;
}

/**
 * ydelsesgruppe: the jobindsats benefit group each register benefit is counted
 * under in the full-time-person statistics, with the LAB § 6 target group
 * (målgruppe) it normally puts the person in. Kontanthjælp and uddannelseshjælp
 * span two target groups each (job-/activity-ready and education-/activity-ready),
 * told apart by the week's visitationskategori (CATEGORIES), so both are listed.
 */
export const BENEFIT_GROUPS: Readonly<
  Record<RegisterBenefit, { ydelsesgruppe: string; targetGroups: readonly string[] }>
> = {
  'a-dagpenge': { ydelsesgruppe: 'A-dagpenge', targetGroups: ['6.1'] },
  kontanthjaelp: { ydelsesgruppe: 'Kontanthjælp', targetGroups: ['6.2', '6.3'] },
  uddannelseshjaelp: { ydelsesgruppe: 'Uddannelseshjælp', targetGroups: ['6.4', '6.5'] },
  integrationsydelse: { ydelsesgruppe: 'Integrationsydelse', targetGroups: ['6.2', '6.3'] },
  sygedagpenge: { ydelsesgruppe: 'Sygedagpenge', targetGroups: ['6.6'] },
  jobafklaring: { ydelsesgruppe: 'Jobafklaringsforløb', targetGroups: ['6.7'] },
  ressourceforloeb: { ydelsesgruppe: 'Ressourceforløb', targetGroups: ['6.8'] },
  ledighedsydelse: { ydelsesgruppe: 'Ledighedsydelse', targetGroups: ['6.9'] },
  revalidering: { ydelsesgruppe: 'Revalidering', targetGroups: ['6.10'] },
  fleksjob: { ydelsesgruppe: 'Fleksjob', targetGroups: [] },
  foertidspension: { ydelsesgruppe: 'Førtidspension', targetGroups: ['6.11'] },
};

/** One week of one person, as the TypeScript side sees it. */
export interface RegisterWeek {
  /** Pseudonymous person id (a positive integer; never a CPR number). */
  personId: number;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  /** kommunekode of the municipality of residence that week, 3 digits ('101'). */
  municipality: string;
  /** ydelse that week after the priority rule; null = selvforsørgende. */
  benefit: RegisterBenefit | null;
  /** Hours in ordinary (unsubsidised) employment that week, from eIndkomst. */
  hours: number;
  /** Active offer (tilbud) that week, or null. */
  activation: ActivationType | null;
  /** In ordinary education that week. */
  education: boolean;
  /** delvis raskmelding: partially sick-listed; only set on sygedagpenge weeks, else null. */
  partialSick: boolean | null;
  /**
   * visitationskategori (CATEGORIES) on kontanthjælp, uddannelseshjælp and integrationsydelse
   * weeks; null on other weeks, or when not known (an import without the column).
   */
  category?: Category | null;
}

/** Column names and SQL types, in file order. `year` is the Hive partition key. */
export const REGISTER_COLUMNS = [
  ['person_id', 'BIGINT'],
  ['week', 'DATE'],
  ['municipality', 'VARCHAR'],
  ['benefit', 'VARCHAR'],
  ['hours', 'DOUBLE'],
  ['activation', 'VARCHAR'],
  ['education', 'BOOLEAN'],
  ['partial_sick', 'BOOLEAN'],
  ['category', 'VARCHAR'],
  ['year', 'INTEGER'],
] as const;

/** Upper bound for weekly ordinary hours; anything above is a data error. */
export const MAX_WEEKLY_HOURS = 100;

/** Full time in the evaluations: 37 hours a week (`000_213603cd5354bb1f.txt` pp. 44–53). */
export const FULL_TIME_HOURS = 37;

/** Largest pseudonymous id accepted (exactly representable in JavaScript and in BIGINT). */
export const MAX_PERSON_ID = Number.MAX_SAFE_INTEGER;

/** ref_benefit's rows (src/sql/tables.ts): each register benefit with its ydelsesgruppe. */
export const BENEFIT_YDELSESGRUPPER: readonly { code: string; ydelsesgruppe: string }[] =
  REGISTER_BENEFITS.map((code) => ({ code, ydelsesgruppe: BENEFIT_GROUPS[code].ydelsesgruppe }));
