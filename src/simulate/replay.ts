/**
 * Replaying a caseload under rule sets: each case is shifted onto the rule
 * set's year, its minimum compliant schedule is built, the committee's levers
 * are applied, and the events dated in the simulated year are counted per
 * municipality, target group, month and event kind. Pure: the caseload comes
 * in as case files (src/simulate/caseload/ reads them from the case store or
 * the register).
 */
import type { CaseEvent, CaseFile } from '../rules/case-format.ts';
import { applyLevers, type Levers } from './levers.ts';
import { prepareForRuleSet, type RuleSet } from './rule-set.ts';
import { minimumSchedule, type Placement, type Schedule } from './schedule.ts';

/** One cell of the result: a municipality, target group, month (1–12) and event kind, with a count per rule set. */
export interface Cell {
  municipality: string;
  /** målgruppe of the spell the event belongs to */
  targetGroup: string;
  month: number;
  /** event type, with the certificate code for certificates (e.g. `certificate-received:LÆ265`) */
  kind: string;
  /** Weighted event counts, one per rule set. */
  events: number[];
}

export interface RuleSetTotals {
  /** Unweighted count of obligations no event could meet (limits etc.). */
  unschedulable: number;
  /** Unweighted count of obligations a trial waived. */
  waived: number;
  /** Engine evaluations, and cases solved (the rest were identical to one solved before). */
  evaluations: number;
  solved: number;
}

export interface ReplayResult {
  baseYear: number;
  ruleSets: RuleSet['spec'][];
  /** Cases replayed (unweighted) and their weight in persons. */
  cases: number;
  weightedCases: number;
  cells: Cell[];
  totals: RuleSetTotals[];
}

export interface ReplayOptions {
  baseYear: number;
  ruleSets: readonly RuleSet[];
  placement?: Placement;
  /** Levers per rule set (index-aligned); none when absent. */
  levers?: readonly (Levers | undefined)[];
}

/**
 * The kind an event is counted under: its type, with the certificate code
 * (`certificate-received:LÆ265`) or the holder when not the municipality
 * (`job-interview:a-kasse`, held and paid by the a-kasse from 2024).
 */
export function eventKind(ev: CaseEvent): string {
  const d = ev.details;
  const q = d?.certificate ?? d?.holder;
  return typeof q === 'string' ? `${ev.type}:${q}` : ev.type;
}

/** Accumulates cases one at a time (the caseload may be streamed). */
export class Replay {
  private readonly cells = new Map<string, Cell>();
  private readonly totals: RuleSetTotals[];
  private cases = 0;
  private weighted = 0;
  constructor(private readonly opts: ReplayOptions) {
    if (opts.ruleSets.length === 0) throw new Error('ruleSets: at least one rule set is needed');
    this.totals = opts.ruleSets.map(() => ({
      unschedulable: 0,
      waived: 0,
      evaluations: 0,
      solved: 0,
    }));
    this.memo = opts.ruleSets.map(() => new Map());
  }

  /**
   * Schedules by case content. The engine is deterministic and the schedule
   * depends only on the case's dates, spells, facts and (with trials) its
   * municipality, never on the pseudonymous id, so persons with identical
   * cases (common in a register, whose spells start on Mondays) share one.
   */
  private readonly memo: Map<string, Schedule>[];
  private static readonly MEMO_LIMIT = 400_000;

  private memoKey(file: CaseFile, i: number): string {
    const rs = this.opts.ruleSets[i]!;
    const muni = rs.spec.trial || file.trials.length > 0 ? file.municipality : '';
    const trials = file.trials.length > 0 ? JSON.stringify(file.trials) : '';
    const events = file.events.length > 0 ? JSON.stringify(file.events) : '';
    return `${muni}|${file.citizen.birthDate}|${JSON.stringify(file.spells)}|${events}|${trials}|${file.citizen.facts?.join() ?? ''}`;
  }

  /** The schedule of one case under rule set `i` (shifted onto its year). */
  schedule(file: CaseFile, i: number): Schedule {
    const key = this.memoKey(file, i);
    const memo = this.memo[i]!;
    const hit = memo.get(key);
    if (hit) return hit;
    const s = this.solve(file, i);
    this.totals[i]!.evaluations += s.evaluations;
    this.totals[i]!.solved++;
    if (memo.size >= Replay.MEMO_LIMIT) memo.clear();
    memo.set(key, s);
    return s;
  }

  private solve(file: CaseFile, i: number): Schedule {
    const rs = this.opts.ruleSets[i]!;
    const shifted = prepareForRuleSet(file, rs.year - this.opts.baseYear, rs);
    return minimumSchedule(shifted, rs.catalog, {
      // The year after is solved too, so that windows straddling the new year are placed in full.
      horizonEnd: `${rs.year + 1}-12-31`,
      ...(this.opts.placement ? { placement: this.opts.placement } : {}),
    });
  }

  /** Adds one case with its weight (persons it stands for). */
  add(file: CaseFile, weight = 1): void {
    this.cases++;
    this.weighted += weight;
    const n = this.opts.ruleSets.length;
    for (let i = 0; i < n; i++) {
      const rs = this.opts.ruleSets[i]!;
      const s = this.schedule(file, i);
      const t = this.totals[i]!;
      t.unschedulable += s.unschedulable.length;
      t.waived += s.waived;
      const levers = this.opts.levers?.[i];
      const events = levers
        ? applyLevers(s.events, file.citizen.id, levers)
        : s.events.map((e) => ({ e, n: 1 }));
      const year = String(rs.year);
      for (const { e, n: count } of events) {
        const ev = e.event;
        if (!ev.date.startsWith(year)) continue;
        const kind = eventKind(ev);
        const month = Number(ev.date.slice(5, 7));
        const key = `${file.municipality}|${e.targetGroup}|${month}|${kind}`;
        let c = this.cells.get(key);
        if (!c) {
          c = {
            municipality: file.municipality,
            targetGroup: e.targetGroup,
            month,
            kind,
            events: new Array(n).fill(0),
          };
          this.cells.set(key, c);
        }
        c.events[i]! += count * weight;
      }
    }
  }

  result(): ReplayResult {
    const cells = [...this.cells.values()].sort(
      (a, b) =>
        a.municipality.localeCompare(b.municipality) ||
        a.targetGroup.localeCompare(b.targetGroup, 'en', { numeric: true }) ||
        a.month - b.month ||
        a.kind.localeCompare(b.kind),
    );
    return {
      baseYear: this.opts.baseYear,
      ruleSets: this.opts.ruleSets.map((r) => r.spec),
      cases: this.cases,
      weightedCases: this.weighted,
      cells,
      totals: this.totals,
    };
  }
}

/** Replays a whole caseload (for tests and small runs). */
export function replay(caseload: Iterable<CaseFile>, opts: ReplayOptions): ReplayResult {
  const r = new Replay(opts);
  for (const f of caseload) r.add(f);
  return r.result();
}
