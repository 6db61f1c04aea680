/**
 * The rule model: statutory process requirements (proceskrav) as data.
 *
 * Design (in the spirit of OpenFisca: dated parameters, reforms as overlays):
 *
 * - A `Rule` is a plain, serialisable object. It names its legal reference
 *   (law, §, stk., nr.), the source page it was read from, its regime and
 *   validity period, the target groups (and sub-groups) it applies to, what it
 *   requires (`requires`), and a `schedule`: one of a small, closed set of
 *   schedule kinds (once within a window, N within a period, a cadence after the
 *   previous event, before a trigger, an accumulation, a limit, …). Each kind has
 *   one evaluator in `src/rules/engine/`; a rule only supplies its parameters.
 * - Time is counted with an explicit `Span`: `elapsed` ("no later than 4 weeks
 *   after" → anchor + 28 days) or `period` ("within the first 6 months" → the
 *   last day of the period, anchor + 6 months − 1 day). Month arithmetic uses
 *   an explicit `MonthRounding` on every rule (`clamp`: 31 Jan + 1 month =
 *   28/29 Feb).
 * - Regimes: a rule governs the obligations that fall due (`dueBy`) inside its
 *   validity. A case spanning 1 January 2020 therefore gets `lab2015` rules for
 *   what fell due up to 31 December 2019 and `lab2020` rules afterwards.
 * - Exceptions are conditions written into the rule. Each has an explicit
 *   `priority`; the highest-priority matching exception wins. Between rules,
 *   `supersedes` says which rule wins when both apply to the same spell.
 * - Trials (`src/rules/trials/model.ts`) are overlays: named operations on
 *   rules, scoped by municipality, period and target group.
 *
 * Nothing here imports storage or HTTP.
 */

import type { TargetGroupCode } from '../reference/target-groups.ts';
import type { EventType, InterviewForm } from './case-format.ts';

export type IsoDate = string;

/** A text in Danish (primary) and English. */
export interface Bilingual {
  da: string;
  en: string;
}

/** Rule-version regime tags (shared/domain/README.md) plus the non-LAB laws. */
export type Regime =
  | 'lab2015'
  | 'lab2020'
  | 'nyt2021'
  | 'ref2026p'
  /** L 14 (2022-23) = lov nr. 295 af 20/3/2023: the citizen chooses the interview form. */
  | 'lab2023'
  /** L 129 (2022-23) = lov nr. 727 af 13/6/2023: the a-kasse holds the first 3 months. */
  | 'lab2024'
  /** L 66 (2025-26) = lov nr. 1750 af 29/12/2025: the 2026 reform (1 February and 1 July). */
  | 'ref2026'
  | 'las'
  | 'sdp'
  | 'inl2015'
  | 'inl2020'
  | 'bab'
  | 'loub'
  | 'rsl';

/** Legal reference as printed in the source, split where the source allows. */
export interface LegalRef {
  /** e.g. 'LAB', 'LAS', 'Sygedagpengeloven', 'BAB', 'Bek. nr. 1003 af 30/08/2015' */
  law: string;
  paragraph?: string;
  stk?: string;
  nr?: string;
  /** The reference as a caseworker reads it, e.g. 'LAB § 31, stk. 2, nr. 2'. */
  printed: string;
}

/**
 * Where the rule was read: a file in /work/shared/seeds and its page(s), or
 * (for the law after 2021) the law or bill as `file`, the paragraph or
 * section as `pages`, the address read as `url` and the day it was read.
 */
export interface SourceRef {
  file: string;
  pages: string;
  url?: string;
  read?: IsoDate;
}

/** The law that set a value: law number and date, paragraph, and where it was read. */
export interface LawCitation {
  /** e.g. 'lov nr. 1750 af 29/12/2025 (L 66, 2025-26)' */
  law: string;
  /** e.g. 'LAB § 31, stk. 1, som affattet ved § 1' */
  paragraph: string;
  /** The day the value took effect. */
  inForce: IsoDate;
  source: SourceRef;
}

/**
 * One value of a dated parameter (in the spirit of OpenFisca's parameters):
 * the value holds from `from` until the next value's `from`, and `setBy` is
 * the law that set it.
 */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  setBy: LawCitation;
}

/** A parameter's values over time, oldest first. */
export type Dated<T> = readonly DatedValue<T>[];

/** The value a rule version uses for one parameter, with the law that set it. */
export interface ParameterValue {
  value: unknown;
  from: IsoDate;
  setBy: LawCitation;
}

/** Validity period, both ends inclusive; no `to` = still in force. */
export interface Validity {
  from: IsoDate;
  to?: IsoDate;
  /** Why the dates were chosen when the source does not state them. */
  note?: string;
}

/** What a rule requires. */
export type RequirementKind =
  | 'interview'
  | 'joint-meeting'
  | 'cv-interview'
  | 'follow-up'
  | 'certificate'
  | 'assessment'
  | 'plan-update'
  | 'offer'
  | 'mentor-contact'
  | 'rehab-team-meeting'
  | 'education-injunction'
  | 'form'
  | 'content'
  | 'limit';

export type MonthRounding = 'clamp' | 'overflow';

/**
 * A length of time counted from an anchor.
 * - `elapsed`: "n units after" → anchor + n units.
 * - `period`: "within the first n units" → the last day of a period that
 *   starts on the anchor day: anchor + n units − 1 day.
 */
export interface Span {
  n: number;
  unit: 'day' | 'week' | 'month';
  counting: 'elapsed' | 'period';
}

/** What the deadline counts from. */
export type AnchorKind =
  /** the first day of the benefit spell (ledighedsforløb / ydelsesforløb) */
  | 'spell-start'
  /** the first day of a spell that continues another (e.g. transfer to jobafklaring) */
  | 'transfer'
  /** the last day of the spell / grant period (e.g. ressourceforløb grant end) */
  | 'spell-end'
  /** the date of the first event matching `anchorEvent` in the spell */
  | 'event';

export interface Anchor {
  kind: AnchorKind;
  /** For `event`: which event starts the clock. */
  event?: EventMatch;
  /** Words for the trace, e.g. { da: 'ledighedens start', en: 'start of unemployment' }. */
  label: Bilingual;
}

/** Which events can meet a requirement. */
export interface EventMatch {
  types: readonly EventType[];
  /** Event `details` that must be equal, e.g. { certificate: 'LÆ285' }. Arrays mean "one of". */
  details?: Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;
  /** Name of the form policy (a `form` rule id) an interview must satisfy to count. */
  formPolicy?: string;
  /** Only events not registered as non-resetting (resetsClock !== false) count. */
  resettingOnly?: boolean;
  /** At most this many events of a type count (e.g. 2 joint meetings). */
  maxPerType?: Readonly<Partial<Record<EventType, number>>>;
}

/** A condition on the citizen, spell or event, used by exceptions and scopes. */
export type Condition =
  | { kind: 'target-group'; groups: readonly TargetGroupCode[] }
  | { kind: 'sub-group'; subGroups: readonly string[] }
  | { kind: 'spell-flag'; flag: string }
  | { kind: 'citizen-fact'; fact: string }
  | { kind: 'event-flag'; flag: string }
  | { kind: 'benefit'; benefits: readonly string[] }
  /** age on the reference date (event date, or spell start for spell conditions) */
  | { kind: 'age-below'; years: number }
  | { kind: 'age-at-least'; years: number }
  /** an offer event covers the reference date */
  | { kind: 'in-offer' }
  /** a parental-leave event covers the reference date */
  | { kind: 'on-parental-leave' }
  /** an event detail equals the value (event conditions only) */
  | { kind: 'event-detail'; key: string; value: string | number | boolean }
  /** at least this long has passed since the spell start on the reference date */
  | { kind: 'since-spell-start'; atLeast: Span }
  /** the reference date lies in this range */
  | { kind: 'date-in'; from: IsoDate; to?: IsoDate }
  /** the event is the n-th matching event of its spell (1-based) */
  | { kind: 'event-ordinal'; atMost: number }
  /** a numeric event detail is at most `max` (e.g. an extension of at most 12 months) */
  | { kind: 'event-number-at-most'; key: string; max: number }
  /** a period event lasts between `minDays` and `maxDays` days, both ends counted */
  | { kind: 'event-length'; minDays?: number; maxDays?: number }
  /** the spell began in this range (a transitional rule: who keeps the old rules) */
  | { kind: 'spell-start-in'; from?: IsoDate; to?: IsoDate }
  /** the event is the spell's first job interview or joint meeting (LAB § 33, stk. 1 from 2023) */
  | { kind: 'first-interview' }
  /** the spell has a `decision` event with this `details.decision`, known on the as-of date */
  | { kind: 'spell-decision'; decision: string }
  | { kind: 'not'; condition: Condition }
  | { kind: 'all'; conditions: readonly Condition[] }
  | { kind: 'any'; conditions: readonly Condition[] };

/** An exception written into the rule itself (trials are separate overlays). */
export interface RuleException {
  id: string;
  when: Condition;
  /** `waive`: the obligation does not arise; `forms`: these forms are also allowed. */
  effect: { kind: 'waive' } | { kind: 'allow-forms'; forms: readonly InterviewForm[] };
  /** Higher wins when several exceptions match. Trials always rank above statute. */
  priority: number;
  description: Bilingual;
  legalRef?: LegalRef;
  source?: SourceRef;
}

/** Required content items per interview (e.g. Bek. 1003 § 32). */
export interface ContentItem {
  id: string;
  label: Bilingual;
  /** Groups the item applies to; all when absent. */
  groups?: readonly TargetGroupCode[];
}

/** The closed set of schedule kinds; one evaluator each. */
export type Schedule =
  /** One action inside a window counted from an anchor. */
  | {
      kind: 'once';
      anchor: Anchor;
      /** Earliest day (elapsed from the anchor); the anchor day when absent. */
      windowStart?: Span;
      dueBy: Span;
      met: EventMatch;
      /** Repeat for every anchor event rather than only the first. */
      everyAnchor?: boolean;
    }
  /** At least `count` matching events inside a period from the anchor; repeated in
   * consecutive blocks when `repeatBlocks` (e.g. 4 per 12 months). */
  | {
      kind: 'count';
      anchor: Anchor;
      /** First day of the (single) window, elapsed from the anchor; the anchor day when absent. */
      windowStart?: Span;
      period: Span;
      count: number;
      met: EventMatch;
      repeatBlocks?: boolean;
    }
  /** Each matching event opens a window for the next one (4 weeks ± 2; every 3rd month). */
  | {
      kind: 'cadence';
      anchor: Anchor;
      /** `anchor`: the first window counts from the anchor; `first-event`: from the first matching event. */
      startFrom: 'anchor' | 'first-event';
      minGap?: Span;
      maxGap: Span;
      /** Gap before the first window when it differs (first follow-up after 6 months, then every 12). */
      firstGap?: Span;
      /**
       * Count the gap from the last day of the previous event (a period event such as an
       * offer), not from its first day: "when the offer has ended … each time 12 months
       * have passed" (LAB (2012) § 96, stk. 3). The window still opens after its first day.
       */
      gapFromEnd?: boolean;
      /** Only windows that open within this span of the anchor (e.g. the first 6 months). */
      horizon?: Span;
      met: EventMatch;
    }
  /**
   * The first `target` event must be among the `counted` events number
   * `positions[0]`…`positions[1]` of the spell (e.g. the a-kasse joint meeting at
   * the 2nd or 3rd interview). The deadline is the date of counted event number
   * `positions[1]`, or `fallbackDue` from the anchor until that event exists.
   */
  | {
      kind: 'nth-event';
      anchor: Anchor;
      counted: EventMatch;
      target: EventMatch;
      positions: readonly [number, number];
      fallbackDue: Span;
    }
  /**
   * Each `applies` event must agree when the next one is held (`details[dateKey]`,
   * a date after it); the next `met` event is due by that date. Where a trial
   * sets the cadence individually, the agreed next interview is what remains
   * (Bek. nr. 1003 af 30/08/2015 § 32 nr. 5: aftale det videre kontaktforløb).
   */
  | { kind: 'agreed-next'; applies: EventMatch; met: EventMatch; dateKey: string }
  /** Something must exist before each trigger event (LÆ285 before the first follow-up). */
  | {
      kind: 'before-event';
      trigger: EventMatch;
      /** Only the first trigger in the spell. */
      firstOnly: boolean;
      met: EventMatch;
      /** How far back before the trigger the required event may lie (default: spell start). */
      lookBack?: Span;
      /** Severity of the finding when the trigger happens without it. */
      severity: Severity;
    }
  /** Each matching event must use an allowed form (LAB § 33). */
  | {
      kind: 'form';
      applies: EventMatch;
      allowed: readonly InterviewForm[];
      /** Events whose form is missing are taken to be in person. */
      defaultForm: InterviewForm;
    }
  /** Each matching event must cover the content items (Bek. 1003 § 32). */
  | {
      kind: 'content';
      applies: EventMatch;
      items: readonly ContentItem[];
      /** Items for the first matching event of the spell, when they differ (trial variants). */
      firstItems?: readonly ContentItem[];
    }
  /** A cap on the total length of period events within a window (6 weeks in 26 weeks). */
  | {
      kind: 'cap';
      anchor: Anchor;
      window: Span;
      applies: EventMatch;
      maxDays: number;
    }
  /** An event may start only after a qualifying period (26 weeks' prior unemployment). */
  | { kind: 'min-elapsed'; anchor: Anchor; applies: EventMatch; minimum: Span }
  /** An event is not allowed at all for the rule's scope (LAB § 37). */
  | { kind: 'forbidden'; applies: EventMatch }
  /** A maximum total duration of the spell (ressourceforløb 5 years). */
  | { kind: 'max-duration'; anchor: Anchor; maximum: Span }
  /** LAS § 74c: assess when `threshold` benefit months have accrued within
   * `rolling`, finish by `limit`; periods matching `excluded` do not count. */
  | {
      kind: 'accumulation';
      threshold: Span;
      limit: Span;
      rolling: Span;
      excluded: EventMatch;
      met: EventMatch;
      /** A move: the new municipality has at least this long after the move. */
      afterMove?: Span;
      /** `first`: the first assessment only; `after-first`: each reassessment after it. */
      occurrences: 'first' | 'after-first';
    }
  /** Placement ratio (BAB §§ 65, 83), checked per placement event. */
  | { kind: 'ratio'; applies: EventMatch; regime: 'lab2015' | 'lab2020' }
  /** Catalogued for reference and the trace; creates no obligations. */
  | { kind: 'informational' };

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a rule rests on. A law or an executive order is cited by paragraph in
 * `legalRef`; an agreement, guidance or a programme's grant condition is not
 * law, and says so here rather than in its legal reference.
 */
export type LegalBasis = 'law' | 'executive-order' | 'agreement' | 'guidance' | 'programme';

export interface Rule {
  /** Stable kebab-case id from shared/domain/rules.md (or our own, documented). */
  id: string;
  title: Bilingual;
  legalRef: LegalRef;
  /** What the rule rests on; a law when absent. */
  basis?: LegalBasis;
  source: readonly SourceRef[];
  regime: Regime;
  validity: Validity;
  targetGroups: readonly TargetGroupCode[];
  /** Extra condition on the spell (sub-groups, benefit, age, flags). */
  appliesWhen?: Condition;
  requires: RequirementKind;
  schedule: Schedule;
  rounding: MonthRounding;
  /** Allowed forms for the required action (informational; enforced via form rules). */
  allowedForms?: readonly InterviewForm[];
  exceptions: readonly RuleException[];
  /** Rule ids this rule wins over when both apply to the same spell. */
  supersedes?: readonly string[];
  /** Choices we made where the source is silent or uncertain. */
  notes?: readonly Bilingual[];
  /**
   * Dated parameters: the values this version uses (counts, months, forms),
   * each with the law that set it. Versions of one rule share the `id` and
   * differ only in these values and their validity (statutes/common.ts `versioned`).
   */
  parameters?: Readonly<Record<string, ParameterValue>>;
  /** 1-based number of this version among the versions of the rule id (absent: the rule has one version). */
  version?: number;
  /** Transitional rule: who keeps this version after the law changed, and until when. */
  transition?: Bilingual;
  /** What the action is called in the trace, e.g. { da: 'jobsamtale', en: 'job interview' }. */
  action: Bilingual;
  /** Severity of findings raised by this rule (late, wrong form, breach). */
  severity: Severity;
}
