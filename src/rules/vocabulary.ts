/**
 * The case vocabulary, defined once: event types, interview forms and types,
 * certificate codes, plan types and offer kinds. The case format (zod schema),
 * the server's input validation, the web app's forms and the demo generator all
 * use these lists. Dependency-free (the web app imports it; docs/architecture.md).
 */

/** Interview form (samtaleform). */
export const INTERVIEW_FORMS = ['in-person', 'phone', 'video', 'group', 'via-other'] as const;
export type InterviewFormCode = (typeof INTERVIEW_FORMS)[number];

/**
 * Event types of the append-only case log. Each names something that happened on
 * the case, dated by when it happened (event time), not when it was keyed in.
 */
export const EVENT_TYPES = [
  /** jobsamtale: individual job interview */
  'job-interview',
  /** fællessamtale: job interview with the a-kasse taking part */
  'joint-meeting',
  /** CV-samtale (LAB § 73e) */
  'cv-interview',
  /** opfølgningssamtale / sygeopfølgning */
  'follow-up-interview',
  /** group session (gruppesamtale / informationsmøde) */
  'group-session',
  /** Min Plan / indsatsplan / rehabiliteringsplan created or updated */
  'plan',
  /** tilbud started (virksomhedspraktik, løntilskud, …) */
  'offer',
  /** lægeattest requested */
  'certificate-requested',
  /** lægeattest received */
  'certificate-received',
  /** rehabiliteringsteam meeting on the case */
  'rehab-team-meeting',
  /** visitation, e.g. to fleksjob */
  'visitation',
  /** assessment (vurdering), e.g. sygedagpenge visitation category */
  'assessment',
  /** uddannelsespålæg */
  'education-injunction',
  /** journalnotat */
  'journal-note',
  /** persongruppemarkering */
  'person-group-marker',
  /** samtykke */
  'consent',
  /** partial or full sick/return-to-work notification */
  'sick-notification',
  /** afgørelse: a decision such as a revalidering grant or a ressourceforløb extension (details.decision) */
  'decision',
  /** mentor contact (mentorkontakt) */
  'mentor-contact',
  /** the citizen moves to another municipality (LAS § 74c stk. 1) */
  'move',
  /** a period of parental leave (barsel); `end` closes the period */
  'parental-leave',
  /** a sub-goal (delmål) was reached; with trialId it ends that trial's exemption */
  'sub-goal',
  /**
   * afgørelse om fritagelse: the municipality decides to use a trial's exemption for
   * this citizen (trialId; who: conductedBy; why: details.reason; optional spellId)
   */
  'exemption-decision',
] as const;
export type EventTypeCode = (typeof EVENT_TYPES)[number];

/** The event types that are interviews (samtaler): only they take a form and a next agreement. */
export const INTERVIEW_TYPES = [
  'job-interview',
  'joint-meeting',
  'cv-interview',
  'follow-up-interview',
  'group-session',
] as const satisfies readonly EventTypeCode[];

/**
 * Medical certificates (lægeattester, LÆ = the Lægeforeningen form number) and
 * records the jobcentre can order (`certificate-requested`/`-received` events).
 */
export const CERTIFICATES = [
  'LÆ265',
  'LÆ285',
  'LÆ125',
  'LÆ135',
  'LÆ145',
  'hospital-record',
  'specialist-record',
] as const;
export type CertificateCode = (typeof CERTIFICATES)[number];

/** Plans (`plan` events): Min Plan, indsatsplan (ressourceforløb), rehabiliteringsplan. */
export const PLAN_TYPES = ['min-plan', 'indsatsplan', 'rehabiliteringsplan'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Offer kinds (tilbud, `offer` events). */
export const OFFER_KINDS = [
  'virksomhedspraktik',
  'loentilskud',
  'jobrotation',
  'mentor',
  'vejledning-og-opkvalificering',
  'psykologbehandling',
  'nytteindsats',
  'ivaerksaetteri',
  'other',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * The offer kinds that count toward the forholdstal, the ratio of placements to
 * ordinary employees at an employer (LBA/BAB § 65 for virksomhedspraktik, § 83
 * for løntilskud).
 */
export const RATIO_OFFER_KINDS = [
  'virksomhedspraktik',
  'loentilskud',
] as const satisfies readonly OfferKind[];

/**
 * Facts about a benefit spell (`spell.flags`) that the rules read, with what
 * each one means in law (docs/case-format.md). The case store keeps them and the
 * API refuses others; `test/rules/vocabulary.test.ts` checks that every
 * `spell-flag` condition in the catalogue uses one of these.
 */
export const SPELL_FLAGS = [
  /** sygedagpenge: the sick leave is expected to last over 8 weeks (category 2: LÆ285, § 13 b follow-ups) */
  'expected-over-8-weeks',
  /** sygedagpenge § 13 f (from 2025): employed, uncomplicated, expected back within 13 weeks */
  'employed-uncomplicated-back-within-13-weeks',
  /** sygedagpenge, lov nr. 1750/2025 (from 1 July 2026): employed, expected back within 26 weeks */
  'employed-expected-back-within-26-weeks',
  /** jobafklaringsforløb: recovery expected within 8 weeks (exception) */
  'recovery-within-8-weeks',
  /** LAB § 31 stk. 2: the citizen asked for an early a-kasse meeting */
  'akasse-early-meeting-requested',
  /** LAB § 31 stk. 2: the citizen declines the a-kasse's participation */
  'declines-akasse-participation',
  /** ret og pligt: prevented from offers (mentor instead) */
  'prevented-from-offers',
  /** LAB § 33 form exception: in a job */
  'in-job',
  /** LAB § 33 form exception: runs a business */
  'own-business',
  /** the citizen asks for the rehabilitation team */
  'citizen-requests-rehab-team',
  /** fk2-psykolog: mild anxiety, depression or stress (the psychologist trial's target) */
  'anxiety',
  'depression',
  'stress',
  /** a repeated jobafklaringsforløb */
  'repeat-jaf',
] as const;
export type SpellFlag = (typeof SPELL_FLAGS)[number];

const SPELL_FLAG_SET: ReadonlySet<string> = new Set(SPELL_FLAGS);

export function isSpellFlag(value: string): value is SpellFlag {
  return SPELL_FLAG_SET.has(value);
}
