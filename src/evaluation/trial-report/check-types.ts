/**
 * Result types of the trial report's design checks, shared by checks.ts and
 * subgroups.ts (a file of its own so that neither imports the other's types).
 */
import type { TrialOutcome } from './analysis.ts';

export interface Inference {
  readonly estimate: number;
  /** Person-clustered CR1 (the source evaluations' convention). */
  readonly person: { se: number; ci: readonly [number, number]; p: number; clusters: number };
  /** CR2 by municipality, Satterthwaite df: the lead figure. */
  readonly municipality: {
    se: number;
    ci: readonly [number, number];
    p: number;
    df: number;
    clusters: number;
  };
  /** Wild cluster bootstrap by municipality (WCR p, WCU interval). */
  readonly wild: { p: number; ci: readonly [number, number]; replications: number } | null;
  readonly n: number;
}

export interface CheckRow {
  readonly outcome: TrialOutcome | 'priorEmploymentShare';
  readonly label: string;
  readonly result: Inference | null;
  readonly error?: string;
}
