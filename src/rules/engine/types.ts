/** The engine's output and its internal, pre-computed view of one case. */
import type { BenefitSpell, CaseEvent, CaseFile, EnabledTrial } from '../case-format.ts';
import type { Bilingual, EventMatch, IsoDate, RequirementKind, Severity } from '../model.ts';
import type { MunicipalityScope, Trial } from '../trials/model.ts';

export type ObligationStatus = 'upcoming' | 'due' | 'overdue' | 'met' | 'waived';

export interface Obligation {
  ruleId: string;
  kind: RequirementKind;
  /** Legal reference as printed, e.g. 'LAB § 31, stk. 1'. */
  legalRef: string;
  spellId: string;
  /** 1-based number of the obligation within its rule and spell (slot, repetition). */
  seq: number;
  windowStart: IsoDate;
  dueBy: IsoDate;
  status: ObligationStatus;
  /** The event that met it. */
  metBy?: string;
  /** Met, but after `dueBy`. */
  late?: boolean;
  /** The trial that changed (or waived) the obligation. */
  trialId?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Bilingual;
  /** Ids of the events involved. */
  events: string[];
  trialId?: string;
}

export interface TraceEntry {
  ruleId?: string;
  trialId?: string;
  spellId?: string;
  da: string;
  en: string;
}

export interface EvaluationResult {
  asOf: IsoDate;
  obligations: Obligation[];
  findings: Finding[];
  trace: TraceEntry[];
}

/** An event with its dates as day numbers. */
export interface PEvent {
  ev: CaseEvent;
  /** Position in `PreparedCase.events` (for per-event memo tables). */
  i: number;
  day: number;
  /** Last day (inclusive) for period events; `day` otherwise. */
  end: number;
  /** `ev.type` and `ev.spellId`, copied once: case events differ in shape, so reading them off `ev` in loops is slow. */
  type: CaseEvent['type'];
  spellId: string | undefined;
}

export interface PSpell {
  spell: BenefitSpell;
  start: number;
  /** Last day of the spell, or +Infinity while it runs. */
  end: number;
  /** Events of this spell (by spellId, else by date), sorted by day then id. */
  events: PEvent[];
  /** `events` split by type (each list in the same order); a type absent from the spell has no key. */
  byType: Map<string, PEvent[]>;
  /** Events of several types (an `EventMatch` with more than one type), keyed by the types array, filled on first use. */
  byTypes: Map<readonly string[], PEvent[]> | undefined;
  /** Form verdicts per form policy, by event position: 0 not yet decided, 1 allowed, 2 not allowed. */
  formVerdicts: Map<string, number[]> | undefined;
  /** Events that meet each `EventMatch` (engine/run.ts `collect`), filled on first use. */
  collected: Map<EventMatch, readonly PEvent[]> | undefined;
}

/** A trial that applies to this case, with its period for the case. */
export interface ActiveTrial {
  trial: Trial;
  entry: EnabledTrial;
  municipality: MunicipalityScope;
  from: number;
  to: number;
  variants: readonly string[];
  excludeOperations: readonly string[];
  excludeRules: readonly string[];
}

export interface PreparedCase {
  file: CaseFile;
  asOf: number;
  birthDay: number;
  /** All events known on the as-of date, sorted by day then id. */
  events: PEvent[];
  spells: PSpell[];
  trials: ActiveTrial[];
  /** The catalogue's horizon as a day number (+Infinity: none). */
  horizonDay: number;
  /** Set when an obligation would have fallen due after the horizon and was not created. */
  beyondHorizon: boolean;
}
