/**
 * Trials (Frikommuneforsøg II) as overlays on the statutory rules.
 *
 * A trial is data, never code. It says
 * - who: `scope` — municipalities (kommunekode) each with their own start and
 *   end date, target groups, and optionally sub-groups ('seasonal-worker',
 *   'job-within-8-weeks', …) or a spell condition;
 * - what: `operations` — one named operation per affected rule (waive it,
 *   replace it with another rule, allow more interview forms, move its
 *   deadline, lower its count, drop content items, change which events count,
 *   widen the groups, accept other certificates);
 * - on what terms: `documentation` — journal note citing the trial, person-group
 *   marker (optionally set before use), citizen consent, sub-goals that end the
 *   exemption, a named responsible person;
 * - and `localVariants`: named sets of extra operations that a municipality (or
 *   a single case via `EnabledTrial.variants`) uses. Examples from the sources:
 *   "the a-kasse joint meeting at the 2nd or 3rd interview" = `replace` the
 *   first-joint-meeting rule with an `nth-event` rule (positions [2, 3]);
 *   "a 3rd joint meeting counts as nulstillende" = `change-match` with
 *   maxPerType { 'joint-meeting': 3 }; "the 1st interview always has the full
 *   content" = `relax-content` with `keepForFirst`. See test/rules/fixtures.ts.
 *
 * How the engine applies a trial (src/rules/engine/overlay.ts):
 * 1. The trial applies to a case only when the case lists it in `trials`
 *    (EnabledTrial) AND the case's municipality is in `scope.municipalities`
 *    AND the spell's target group / sub-group is in scope. Its period for the
 *    case is the intersection of the municipality's period and the case entry's
 *    period, ended early by a `sub-goal` event citing the trial when
 *    `documentation.subGoalsEndExemption`.
 * 2. For each affected rule the engine builds the overlaid rule version and
 *    uses it for obligations that fall due (`dueBy`) — or, for per-event checks,
 *    events dated — inside the trial period. Outside the period the statutory
 *    rule applies unchanged.
 * 3. Obligations produced or changed by a trial carry `trialId`; a waived
 *    obligation gets status `waived`.
 * 4. A "use" of an exemption is an obligation or event whose outcome differs
 *    from the statutory outcome (an obligation waived that was not met, an
 *    interview that counts only thanks to a relaxed form, …). Each use is
 *    checked against `documentation`, and a finding is raised for each missing
 *    duty.
 *
 * Municipality codes (kommunekoder) of the North Jutland network: Aalborg 851,
 * Brønderslev 810, Frederikshavn 813, Hjørring 860, Jammerbugt 849,
 * Læsø 825, Mariagerfjord 846, Morsø 773, Rebild 840, Thisted 787,
 * Vesthimmerland 820.
 */

import type { TargetGroupCode } from '../../reference/target-groups.ts';
import type { EventType, InterviewForm } from '../case-format.ts';
import type {
  Bilingual,
  Condition,
  ContentItem,
  EventMatch,
  IsoDate,
  LegalRef,
  Rule,
  SourceRef,
  Span,
} from '../model.ts';

/**
 * One municipality's participation, with its own dates (both inclusive).
 * A municipality may appear more than once when it took part in separate parts
 * of a trial with different target groups or dates (e.g. the form-requirement
 * trial: part A for insured unemployed, part B for the other groups); each
 * entry then names its `part` and its own `targetGroups`.
 */
export interface MunicipalityScope {
  /** kommunekode, three digits */
  code: string;
  name: string;
  /** The part of the trial this entry covers (e.g. 'A', 'B'), for the trace and listings. */
  part?: string;
  /** A further condition on the spell for this municipality (evaluated at the spell start). */
  when?: Condition;
  start: IsoDate;
  /** Last day covered; absent = open-ended (the engine then uses `TrialScope.defaultEnd`). */
  end?: IsoDate;
  /** Target groups this municipality used the trial for (narrower than the trial's). */
  targetGroups?: readonly TargetGroupCode[];
  /** Local variants this municipality always uses. */
  variants?: readonly string[];
  /**
   * Operations this municipality did not use, named by kind ('relax-content')
   * or by the operation's `option` ('content', 'cadence', 'form-group', …).
   */
  excludeOperations?: readonly string[];
  /** Rules whose operations this municipality did not use (e.g. Aalborg: jobrotation only). */
  excludeRules?: readonly string[];
  note?: string;
}

export interface TrialScope {
  municipalities: readonly MunicipalityScope[];
  targetGroups: readonly TargetGroupCode[];
  /** Sub-groups the trial is limited to; any spell when absent. */
  subGroups?: readonly string[];
  /** A further condition on the spell, evaluated at the spell start. */
  when?: Condition;
  /** The trial applies only from this long after the spell start (sygedagpenge: not the first 8 weeks). */
  fromSpellOffset?: Span;
  /** When given, `fromSpellOffset` applies only to spells of these target groups. */
  fromSpellOffsetGroups?: readonly TargetGroupCode[];
  /** End used for open-ended municipalities (legal basis end, e.g. 2021-12-31). */
  defaultEnd?: IsoDate;
}

/**
 * How a trial changes one rule. `option` names the exemption option the
 * operation belongs to (the sources' "form", "content", "cadence", …), so that a
 * municipality can leave an option out (`MunicipalityScope.excludeOperations`).
 */
export type TrialOperation = TrialOperationBody & { option?: string };

export type TrialOperationBody =
  /** The rule does not apply; its obligations become `waived`. */
  | { op: 'waive'; ruleId: string; when?: Condition; description: Bilingual }
  /** The rule is set aside and `replacement` applies instead (obligations carry the trialId). */
  | { op: 'replace'; ruleId: string; replacement: Rule; description: Bilingual }
  /** A new rule that only exists under the trial. */
  | { op: 'add-rule'; rule: Rule; description: Bilingual }
  /** More interview forms count (phone, video, group, via another professional). */
  | {
      op: 'relax-form';
      ruleId: string;
      addForms: readonly InterviewForm[];
      when?: Condition;
      description: Bilingual;
    }
  /** A new deadline / window for a `once`, `cadence` or `before-event` rule. */
  | {
      op: 'relax-deadline';
      ruleId: string;
      windowStart?: Span;
      dueBy?: Span;
      maxGap?: Span;
      minGap?: Span | null;
      description: Bilingual;
    }
  /** A lower count for a `count` rule. */
  | { op: 'relax-count'; ruleId: string; count: number; description: Bilingual }
  /** Content items that are no longer required; `keepForFirst` keeps full content in the first interview. */
  | {
      op: 'relax-content';
      ruleId: string;
      dropItems: readonly string[] | 'all';
      keepForFirst?: boolean;
      addItems?: readonly ContentItem[];
      description: Bilingual;
    }
  /** Change which events meet the rule (e.g. a 3rd joint meeting counts as nulstillende). */
  | {
      op: 'change-match';
      ruleId: string;
      addTypes?: readonly EventType[];
      maxPerType?: EventMatch['maxPerType'];
      details?: EventMatch['details'];
      description: Bilingual;
    }
  /** Alternative documents meet a certificate requirement (LÆ125/135/145 for LÆ285). */
  | {
      op: 'accept-alternatives';
      ruleId: string;
      certificates: readonly string[];
      description: Bilingual;
    }
  /** The rule applies to more target groups than the statute (e.g. mikrolån). */
  | {
      op: 'widen-groups';
      ruleId: string;
      addGroups: readonly TargetGroupCode[];
      description: Bilingual;
    };

export interface DocumentationDuties {
  /** A `journal-note` event with this trialId each time the exemption is used. */
  journalNoteEachUse: boolean;
  /** A `person-group-marker` event with this trialId. */
  personGroupMarker: 'none' | 'any-time' | 'before-use';
  /** A `consent` event with this trialId before the use. */
  citizenConsent: boolean;
  /** A `sub-goal` event with this trialId ends the exemption for the case. */
  subGoalsEndExemption: boolean;
  /** `EnabledTrial.responsible` must name a person. */
  namedResponsible: boolean;
  /** Days after a use within which the journal note may be written (default 7). */
  noteGraceDays?: number;
  /**
   * Options (`TrialOperation.option`, e.g. 'cadence') that the municipality uses
   * per citizen on a professional judgement. Their `waive` and `add-rule`
   * operations apply to a spell only from a recorded `exemption-decision` event
   * citing the trial (who: `conductedBy`, when: `date`, why: `details.reason`);
   * in scope without a decision the ordinary rule applies. The decision is the
   * documentation of the waivers it switches on: it must name who decided and why.
   */
  decisionOptions?: readonly string[];
  /** Further duties in words (ledelsestilsyn, registration practice, …), for the trace and docs. */
  other?: readonly Bilingual[];
}

export interface LocalVariant {
  id: string;
  title: Bilingual;
  operations: readonly TrialOperation[];
  source?: SourceRef;
}

export type DecisionCategory = 'T1' | 'T2' | 'T3' | 'T4';

export interface Trial {
  /** e.g. 'fk2-formkrav-samtaler' (shared/domain/trials.md) */
  id: string;
  title: Bilingual;
  /** The frikommunebekendtgørelse, e.g. Bek. nr. 1184 af 25/11/2019. */
  legalBasis: LegalRef;
  source: readonly SourceRef[];
  scope: TrialScope;
  operations: readonly TrialOperation[];
  documentation: DocumentationDuties;
  localVariants: readonly LocalVariant[];
  decision?: DecisionCategory;
  notes?: readonly Bilingual[];
  /**
   * The trial was approved but never put into effect: it stays in the catalogue
   * (listings, the trial report) and changes nothing on any case.
   */
  notStarted?: { reason: Bilingual; source: readonly SourceRef[] };
}
