/**
 * The simulated process change of a trial, for the trial effect report
 * (issue #12 item 8): the municipality's caseload replayed under the law of a
 * date without and with the trial switched on ex ante, per event kind, in
 * events and kr. Pure: the caller reads the caseload (caseload/register.ts).
 */
import type { CaseFile } from '../rules/case-format.ts';
import { type Assumptions, DEFAULT_ASSUMPTIONS } from './costs.ts';
import { Replay } from './replay.ts';
import { figuresOf } from './report.ts';
import { buildRuleSet } from './rule-set.ts';

export interface TrialProcessRow {
  /** Event kind (replay.ts eventKind). */
  kind: string;
  without: number;
  with: number;
  /** kr without and with the trial. */
  dkkWithout: number;
  dkkWith: number;
}

export interface TrialProcessChange {
  trialId: string;
  municipality: string;
  lawAt: string;
  baseYear: number;
  cases: number;
  rows: TrialProcessRow[];
  /** Totals over the kinds: events and kr, with − without (negative = saved). */
  eventsChange: number;
  dkkChange: number;
}

export function trialProcessChange(
  cases: readonly CaseFile[],
  opts: { trialId: string; municipality: string; lawAt: string; baseYear: number; weight?: number },
  a: Assumptions = DEFAULT_ASSUMPTIONS,
): TrialProcessChange {
  const replay = new Replay({
    baseYear: opts.baseYear,
    ruleSets: [
      buildRuleSet({ lawAt: opts.lawAt }),
      buildRuleSet({
        lawAt: opts.lawAt,
        trial: { id: opts.trialId, municipality: opts.municipality },
      }),
    ],
  });
  for (const c of cases) if (c.municipality === opts.municipality) replay.add(c, opts.weight ?? 1);
  const r = replay.result();
  const kinds = [...new Set(r.cells.map((c) => c.kind))].sort();
  const rows = kinds.map((kind) => {
    const f = figuresOf(
      r.cells.filter((c) => c.kind === kind),
      2,
      a,
    );
    return {
      kind,
      without: f.events[0]!,
      with: f.events[1]!,
      dkkWithout: f.dkk[0]!,
      dkkWith: f.dkk[1]!,
    };
  });
  const all = figuresOf(r.cells, 2, a);
  return {
    trialId: opts.trialId,
    municipality: opts.municipality,
    lawAt: opts.lawAt,
    baseYear: opts.baseYear,
    cases: r.cases,
    rows,
    eventsChange: all.events[1]! - all.events[0]!,
    dkkChange: all.dkk[1]! - all.dkk[0]!,
  };
}
