/**
 * I/O edge: one simulation from a caseload source, for the CLI and the web
 * page. Reads the caseload (case store or register directory), builds the
 * rule sets, replays every case under each and returns the result with its
 * report. Progress is reported through `onProgress` (stderr on the CLI).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../cases/schema.ts';
import type { CaseFile } from '../../rules/case-format.ts';
import { type Assumptions, DEFAULT_ASSUMPTIONS } from '../costs.ts';
import type { Lang } from '../labels.ts';
import { checkLevers, type Levers } from '../levers.ts';
import { Replay, type ReplayResult } from '../replay.ts';
import { buildReport, type SimReport } from '../report.ts';
import { buildRuleSet, type RuleSetSpec } from '../rule-set.ts';
import type { Placement } from '../schedule.ts';
import { loadRegisterCaseload } from './register.ts';
import { loadStoreCaseload } from './store.ts';

export interface SimulationRequest {
  /** 'store' or a register directory. */
  caseload: string;
  municipality?: string;
  baseYear: number;
  /** The baseline (A) and the alternative (B). */
  baseline: RuleSetSpec;
  alternative: RuleSetSpec;
  /** The committee's levers, applied to the alternative. */
  levers?: Levers;
  assumptions?: Assumptions;
  placement?: Placement;
  /** Persons per case for a register caseload (default: national size ÷ register persons). */
  weight?: number;
  /** The report's language (default Danish). */
  lang?: Lang;
}

export interface SimulationOutput {
  result: ReplayResult;
  report: SimReport;
}

export async function runSimulation(
  req: SimulationRequest,
  deps: {
    db?: Kysely<Database>;
    userId?: number | null;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SimulationOutput> {
  if (!Number.isInteger(req.baseYear) || req.baseYear < 1990 || req.baseYear > 2100)
    throw new Error(`baseYear: expected a year, got ${req.baseYear}`);
  const ruleSets = [buildRuleSet(req.baseline), buildRuleSet(req.alternative)];
  const levers = req.levers ? checkLevers(req.levers) : undefined;
  let cases: CaseFile[];
  let weight = 1;
  if (req.caseload === 'store') {
    if (!deps.db) throw new Error('caseload store: no case store is open');
    cases = await loadStoreCaseload(deps.db, {
      baseYear: req.baseYear,
      ...(req.municipality ? { municipality: req.municipality } : {}),
      ...(deps.userId !== undefined ? { userId: deps.userId } : {}),
    });
  } else {
    const cl = await loadRegisterCaseload(req.caseload, req.baseYear, {
      ...(req.municipality ? { municipality: req.municipality } : {}),
      ...(req.weight !== undefined ? { weight: req.weight } : {}),
    });
    cases = cl.cases;
    weight = cl.weight;
  }
  const replay = new Replay({
    baseYear: req.baseYear,
    ruleSets,
    ...(req.placement ? { placement: req.placement } : {}),
    ...(levers ? { levers: [undefined, levers] } : {}),
  });
  const step = Math.max(1, Math.floor(cases.length / 100));
  for (let i = 0; i < cases.length; i++) {
    replay.add(cases[i]!, weight);
    if (deps.onProgress && ((i + 1) % step === 0 || i + 1 === cases.length))
      deps.onProgress(i + 1, cases.length);
  }
  const result = replay.result();
  return {
    result,
    report: buildReport(result, req.assumptions ?? DEFAULT_ASSUMPTIONS, {
      ...(req.lang ? { lang: req.lang } : {}),
    }),
  };
}
