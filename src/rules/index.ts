/**
 * Public API of the rules package: the engine, the case format, the catalogue
 * listings and the placement-ratio check used when a placement is created.
 * Pure domain code: nothing here imports storage or HTTP.
 */
export type {
  BenefitSpell,
  CaseEvent,
  CaseFile,
  EnabledTrial,
  EventType,
  InterviewForm,
} from './case-format.ts';
export { CaseFileSchema } from './case-format.ts';
export { CaseFormatError, parseCase, parseCaseJson } from './case-io.ts';
export { caseJsonSchema } from './case-schema.ts';
export {
  type RuleSummary,
  summariseRule,
  summariseTrial,
  type TrialSummary,
} from './catalog-view.ts';
export {
  buildCatalog,
  type Catalog,
  type EvaluateOptions,
  type EvaluationResult,
  evaluate,
  type Finding,
  getDefaultCatalog,
  type Obligation,
  type ObligationStatus,
  type TraceEntry,
} from './engine.ts';
export {
  ANNOUNCED_REGIMES,
  ENCODED_UNTIL,
  HORIZON_RULE_ID,
  type LawStatus,
  lawStatus,
} from './horizon.ts';
export type { Rule } from './model.ts';
export {
  type MunicipalityReport,
  municipalityObligations,
} from './municipality.ts';
export {
  checkPlacementRatio,
  type PlacementRatioInput,
  type PlacementRatioResult,
  placementCapacity,
} from './statutes/placement-ratio.ts';
export type { Trial } from './trials/model.ts';
export {
  CERTIFICATES,
  type CertificateCode,
  EVENT_TYPES,
  INTERVIEW_FORMS,
  INTERVIEW_TYPES,
  OFFER_KINDS,
  type OfferKind,
  PLAN_TYPES,
  type PlanType,
  RATIO_OFFER_KINDS,
} from './vocabulary.ts';
