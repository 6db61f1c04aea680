/**
 * The rules engine: `evaluate(case, asOf) → { obligations, findings, trace }`.
 *
 * Pure and deterministic: the same case and date give the same result; no
 * clock, randomness, storage or I/O. The design:
 *
 * 1. `prepareCase` converts the case once: dates become day numbers, events
 *    dated after `asOf` are dropped (the case as known that day), events are
 *    sorted and split per spell.
 * 2. Trials listed on the case are resolved against the catalogue scope
 *    (municipality with its own dates, target groups, sub-groups, sub-goals).
 * 3. For each spell, the rules for its target group are selected; `supersedes`
 *    and the rules' own exceptions (by priority) decide which apply. Each rule
 *    is run per time segment: its validity intersected with the trial periods,
 *    with the trial's operations applied inside a trial period. A rule governs
 *    obligations that fall due inside its segment — so a case spanning
 *    1 January 2020 gets lab2015 on one side and lab2020 on the other.
 * 4. Each schedule kind has one evaluator (`engine/schedules/`). They write
 *    obligations, findings and trace sentences (Danish and English).
 * 5. Trial uses (outcomes that differ from the statute) are checked against
 *    the trial's documentation duties.
 */
import type { CaseFile } from './case-format.ts';
import { dayOf } from './days.ts';
import { buildCatalog, type Catalog } from './engine/catalog.ts';
import { checkDocumentation } from './engine/documentation.ts';
import { evaluateSpell } from './engine/evaluate-spell.ts';
import { FormPolicies } from './engine/forms.ts';
import { activeTrials } from './engine/overlay.ts';
import { prepareCase } from './engine/prepare.ts';
import { newSink } from './engine/run.ts';
import { spellName, targetGroupName } from './engine/spell-name.ts';
import type { EvaluationResult } from './engine/types.ts';
import { beyondHorizonMessage, ENCODED_UNTIL, HORIZON_RULE_ID, horizonMessage } from './horizon.ts';
import type { RequirementKind } from './model.ts';
import { STATUTES } from './statutes/index.ts';
import { TRIALS } from './trials/index.ts';

export type { Catalog } from './engine/catalog.ts';
export { buildCatalog } from './engine/catalog.ts';
export type {
  EvaluationResult,
  Finding,
  Obligation,
  ObligationStatus,
  TraceEntry,
} from './engine/types.ts';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

let defaultCatalog: Catalog | undefined;

/** The statutes and trials shipped with the platform. */
export function getDefaultCatalog(): Catalog {
  defaultCatalog ??= buildCatalog(STATUTES, TRIALS, { horizon: ENCODED_UNTIL });
  return defaultCatalog;
}

const requirementCatalogs = new Map<RequirementKind, Catalog>();

/**
 * The default catalogue narrowed to the rules requiring one thing (e.g. `interview`), for
 * batch runs that count one kind of obligation: a rule's obligations depend on the case and
 * its own schedule, not on other rules (a `supersedes` only removes the superseded rule's),
 * so they are the same as under the whole catalogue, in less time
 * (test/simulate/timeliness.test.ts compares the two).
 */
export function getRequirementCatalog(kind: RequirementKind): Catalog {
  let c = requirementCatalogs.get(kind);
  if (!c) {
    const rules = STATUTES.filter((r) => r.requires === kind);
    const kept = new Set(rules.map((r) => r.id));
    for (const r of STATUTES) {
      const lost = (r.supersedes ?? []).find((id) => kept.has(id));
      if (!kept.has(r.id) && lost) {
        // The narrowed catalogue would keep obligations the whole one removes.
        throw new Error(`${r.id} (${r.requires}) supersedes ${lost} (${kind}): cannot narrow`);
      }
    }
    c = buildCatalog(rules, TRIALS, { horizon: ENCODED_UNTIL });
    requirementCatalogs.set(kind, c);
  }
  return c;
}

export interface EvaluateOptions {
  catalog?: Catalog;
  /**
   * Build the trace (default true). `false` leaves `trace` empty and skips
   * building its sentences — for worklists and batch runs that show only
   * obligations and findings, which are identical in both modes.
   */
  trace?: boolean;
}

/** Evaluates one case as of a date (YYYY-MM-DD). The case must already be valid (CaseFileSchema). */
export function evaluate(
  file: CaseFile,
  asOf: string,
  options: EvaluateOptions = {},
): EvaluationResult {
  if (!ISO_DATE.test(asOf))
    throw new Error(`asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const catalog = options.catalog ?? getDefaultCatalog();
  const sink = newSink(options.trace ?? true);
  if (catalog.horizon !== undefined && asOf > catalog.horizon) {
    // Past the horizon no rule is known to be in force: no obligations, only the plain statement.
    const message = horizonMessage(catalog.horizon, asOf);
    const finding = { ruleId: HORIZON_RULE_ID, severity: 'warning' as const, message, events: [] };
    if (sink.traceOn) sink.trace.push({ ruleId: HORIZON_RULE_ID, ...message });
    return { asOf, obligations: [], findings: [finding], trace: sink.trace };
  }
  const pc = prepareCase(file, dayOf(asOf));
  pc.horizonDay = catalog.horizonDay;
  if (sink.traceOn)
    sink.trace.push({
      da: `Sagen vurderes pr. ${asOf} for kommune ${file.municipality} med ${pc.spells.length} forløb og ${pc.events.length} hændelse(r) kendt på datoen.`,
      en: `The case is evaluated as of ${asOf} for municipality ${file.municipality} with ${pc.spells.length} spell(s) and ${pc.events.length} event(s) known on that date.`,
    });
  const trials = activeTrials(pc, catalog.trials, sink);
  pc.trials = trials;
  for (const at of sink.traceOn ? trials : []) {
    sink.trace.push({
      trialId: at.trial.id,
      da: `Forsøget «${at.trial.title.da}» er tilvalgt på sagen (${at.municipality.name}${at.municipality.part ? `, del ${at.municipality.part}` : ''}).`,
      en: `Trial "${at.trial.title.en}" is enabled on the case (${at.municipality.name}${at.municipality.part ? `, part ${at.municipality.part}` : ''}).`,
    });
  }
  const forms = new FormPolicies(pc, catalog, trials, sink);
  for (const spell of pc.spells) {
    if (sink.traceOn) {
      const name = spellName(spell.spell, file.spells, true);
      const group = targetGroupName(spell.spell.targetGroup);
      sink.trace.push({
        spellId: spell.spell.id,
        da: `${capitalise(name.da)}: ${group.da}.`,
        en: `${capitalise(name.en)}: ${group.en}.`,
      });
    }
    evaluateSpell({ pc, spell, catalog, sink, forms, trials });
  }
  checkDocumentation(pc, trials, sink);
  if (pc.beyondHorizon && catalog.horizon !== undefined) {
    const message = beyondHorizonMessage(catalog.horizon);
    sink.findings.push({ ruleId: HORIZON_RULE_ID, severity: 'info', message, events: [] });
    if (sink.traceOn) sink.trace.push({ ruleId: HORIZON_RULE_ID, ...message });
  }
  return { asOf, obligations: sink.obligations, findings: sink.findings, trace: sink.trace };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
