/** What a measure is: its columns, parameters and SQL (one file per measure beside this one). */
import type { DerivedTable, GapRule, RegisterRange } from '../../sql/derived.ts';
import type { IntegerColumns, Row } from '../../sql/engine.ts';
import type { PeriodKind } from '../../sql/periods.ts';

export type ColumnType = 'text' | 'int' | 'float' | 'bool';

export interface MeasureColumn {
  name: string;
  type: ColumnType;
  /** Danish label for reports. */
  labelDa: string;
  /**
   * Small-cell suppression: the column holding the number of persons (or
   * spells) behind this cell; the cell prints "." when that is below 3.
   */
  suppressBy?: string;
}

/**
 * The breakdowns (opdelinger): the person attributes (age band, sex, origin, education
 * level), the visitationskategori of the benefit week (`category`: jobparat, uddannelsesparat,
 * aktivitetsparat, or ikke-relevant for benefits without one) and the spell's duration so far
 * (`duration`, DURATION_SO_FAR_BANDS in common.ts).
 */
export const BREAKDOWNS = ['age', 'sex', 'origin', 'education', 'category', 'duration'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The person attributes: what `breakdowns: true` offers. */
export const PERSON_BREAKDOWNS: readonly Breakdown[] = ['age', 'sex', 'origin', 'education'];

export interface MeasureParams {
  /** Period granularity for period-based measures. */
  kind: PeriodKind;
  /** First day of the window (YYYY-MM-DD); default: the register's first week. */
  from?: string;
  /** Last day of the window; default: the register's last day. */
  to?: string;
  /** Restrict to these benefit codes (where the measure has a benefit breakdown). */
  benefits?: readonly string[];
  /** Interview-cadence k values (default 1–5). */
  maxK?: number;
  /** Flere skal med: the visitation reference date (default 2018-01-31). */
  referenceDate?: string;
  /** Flere skal med: first day of the 3-month window (default the month after referenceDate). */
  windowStart?: string;
  /** Spell rule: 'calendar-month' (default, jobindsats from 2018) or 'any-gap' (earlier rule). */
  gapRule?: GapRule;
  /**
   * forloeb: the lookback in weeks (default 104). Durations are reported only
   * for periods starting at least this long after the register's first week,
   * and each spell counts at most this many weeks, so the average cannot grow
   * with the register's age (#15). 0 = no requirement (the raw durations).
   */
  lookbackWeeks?: number;
  /**
   * Break every row down by a person attribute (persons.parquet): age band at
   * the period (or at the spell's end), sex, origin or education level; by the
   * visitationskategori; or by the spell's duration so far. Adds the column
   * `gruppe`; persons without attributes fall in 'ukendt'.
   */
  breakdown?: Breakdown;
  /**
   * benchmarking: 'residents' fits by weighted least squares with each municipality weighted by
   * its residents in the reference week; 'none' (default) gives each municipality one
   * unweighted observation.
   */
  benchmarkWeights?: 'none' | 'residents';
}

/** The register's week range, the context every measure's SQL is written for. */
export type MeasureContext = RegisterRange;

interface MeasureBase {
  id: string;
  titleDa: string;
  titleEn: string;
  description: string;
  /** Derived tables the SQL reads (built once per engine session). */
  needs: readonly DerivedTable[];
  columns: readonly MeasureColumn[];
  /**
   * The breakdowns the measure offers (MeasureParams.breakdown): a list, or `true` for the
   * person attributes (PERSON_BREAKDOWNS).
   */
  breakdowns?: boolean | readonly Breakdown[];
}

/** A measure computed in SQL (and, where `compute` is given, finished in TypeScript). */
export interface SqlMeasure extends MeasureBase {
  sql(params: MeasureParams, ctx: MeasureContext): string;
  /**
   * A measure computed outside SQL (the rules engine): `sql` then only
   * extracts its input, and this turns those rows into the measure's rows.
   */
  compute?(
    rows: readonly Row[],
    params: MeasureParams,
    ctx: MeasureContext,
  ): Row[] | Promise<Row[]>;
}

/**
 * A measure computed in TypeScript (the rules engine) from an input of millions of rows: its
 * queries select whole numbers only (dates as day numbers, text as dictionary indexes), which
 * the engines hand over as Int32Array columns (SqlEngine.integers) without converting each
 * value; `computeFromIntegers` turns them into the measure's rows.
 */
export interface IntegerInputMeasure extends MeasureBase {
  /**
   * The input queries by name (each may use the session's derived tables, `needs`) and the
   * dictionaries of text values their columns index into.
   */
  integerInputs(
    params: MeasureParams,
    ctx: MeasureContext,
    /** Runs a query of the session (for the dictionaries: the distinct values of a column). */
    query: (sql: string) => Promise<readonly Row[]>,
  ): Promise<IntegerInputs>;
  computeFromIntegers(
    inputs: Readonly<Record<string, IntegerColumns>>,
    dictionaries: Readonly<Record<string, readonly string[]>>,
    params: MeasureParams,
    ctx: MeasureContext,
  ): Promise<Row[]>;
}

export interface IntegerInputs {
  queries: Record<string, string>;
  dictionaries: Record<string, readonly string[]>;
}

export type Measure = SqlMeasure | IntegerInputMeasure;
