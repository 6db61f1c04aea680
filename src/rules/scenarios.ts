/**
 * Scenario files ("tests as law"): YAML files of cases with the obligations
 * and findings the law gives them, in the spirit of OpenFisca's YAML tests.
 * The project's golden scenarios live in test/rules/scenarios/<area>/*.yaml;
 * `jobcenter rules test DIR` runs any folder of them, so a municipality or an
 * auditor can add cases without touching the code. Pure: the caller reads
 * the files (src/cli/scenario-folder.ts). A file holds a list of scenarios:
 *
 * scenarios:
 *   - title: …                    # what is checked
 *     source: "000_… p. 16"       # the paragraph or page the expectation comes from (required)
 *     rules: [rule-id, …]         # rules or trials this scenario exercises (for coverage)
 *     asOf: 2019-03-29
 *     case: { municipality, citizen, spells, events, trials }   # formatVersion is added
 *     expect:
 *       obligations:              # for each ruleId listed, ALL its obligations must be listed
 *         - { ruleId, status, dueBy?, windowStart?, metBy?, late?, trialId?, seq?, count? }
 *       findings:                 # likewise exhaustive per ruleId
 *         - { ruleId, severity?, trialId?, events?, count?, contains? }
 *       noObligations: [rule-id]  # these rules produce no obligations
 *       noFindings: [rule-id] | all
 *       traceContains: [text]     # each text appears in some trace sentence (Danish or English)
 *       invalid: "spells[0].end"  # instead of the above: the engine must refuse the case,
 *                                 # with an error containing this text (e.g. the field path)
 *
 * Expected values are worked out by hand from the law text, never copied from
 * the engine's output.
 */
import { parse as parseYaml } from 'yaml';
import { parseCase } from './case-io.ts';
import { type EvaluationResult, evaluate, type Finding, type Obligation } from './engine.ts';

export interface ExpectedObligation {
  ruleId: string;
  status?: string;
  dueBy?: string;
  windowStart?: string;
  metBy?: string;
  late?: boolean;
  trialId?: string | null;
  seq?: number;
  spellId?: string;
  count?: number;
}

export interface ExpectedFinding {
  ruleId: string;
  severity?: string;
  trialId?: string | null;
  events?: string[];
  count?: number;
  contains?: string;
}

export interface Scenario {
  title: string;
  source: string;
  rules?: string[];
  asOf: string;
  case: Record<string, unknown>;
  expect: {
    obligations?: ExpectedObligation[];
    findings?: ExpectedFinding[];
    noObligations?: string[];
    noFindings?: string[] | 'all';
    traceContains?: string[];
    /** The case must be refused, with an error message containing this text. */
    invalid?: string;
  };
}

export interface ScenarioFile {
  scenarios: Scenario[];
}

/** One scenario of a file, or the file's read error as a scenario that cannot pass. */
export interface LoadedScenario {
  file: string;
  scenario: Scenario;
  /** Set when the file (or this entry) could not be read as a scenario. */
  loadError?: string;
}

/** Parses one scenario file's text; a broken file or entry becomes a failing scenario. */
export function parseScenarioFile(text: string, file: string): LoadedScenario[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { merge: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [
      { file, scenario: emptyScenario('(unreadable)'), loadError: `unreadable YAML: ${message}` },
    ];
  }
  const list = (doc as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) {
    return [
      {
        file,
        scenario: emptyScenario('(no scenarios)'),
        loadError: 'expected a top-level list `scenarios:`',
      },
    ];
  }
  return list.map((raw, i): LoadedScenario => {
    const s = raw as Partial<Scenario> | null;
    const problem = shapeProblem(s, i);
    if (problem)
      return { file, scenario: emptyScenario(String(s?.title ?? `#${i + 1}`)), loadError: problem };
    return { file, scenario: s as Scenario };
  });
}

function emptyScenario(title: string): Scenario {
  return { title, source: '', asOf: '', case: {}, expect: {} };
}

function shapeProblem(s: Partial<Scenario> | null, i: number): string | undefined {
  const at = `scenarios[${i}]`;
  if (s === null || typeof s !== 'object') return `${at}: expected a mapping`;
  if (typeof s.title !== 'string' || !s.title.trim()) return `${at}.title: missing`;
  if (typeof s.source !== 'string' || !s.source.trim())
    return `${at}.source: missing (cite the paragraph or page the expectation comes from)`;
  if (s.asOf === undefined) return `${at}.asOf: missing`;
  if (s.case === null || typeof s.case !== 'object') return `${at}.case: missing`;
  if (s.expect === null || typeof s.expect !== 'object') return `${at}.expect: missing`;
  return undefined;
}

function obligationMatches(e: ExpectedObligation, a: Obligation): boolean {
  if (e.ruleId !== a.ruleId) return false;
  if (e.status !== undefined && e.status !== a.status) return false;
  if (e.dueBy !== undefined && e.dueBy !== a.dueBy) return false;
  if (e.windowStart !== undefined && e.windowStart !== a.windowStart) return false;
  if (e.metBy !== undefined && e.metBy !== a.metBy) return false;
  if (e.late !== undefined && e.late !== (a.late ?? false)) return false;
  if (e.trialId !== undefined && (e.trialId ?? undefined) !== a.trialId) return false;
  if (e.seq !== undefined && e.seq !== a.seq) return false;
  if (e.spellId !== undefined && e.spellId !== a.spellId) return false;
  return true;
}

function findingMatches(e: ExpectedFinding, a: Finding): boolean {
  if (e.ruleId !== a.ruleId) return false;
  if (e.severity !== undefined && e.severity !== a.severity) return false;
  if (e.trialId !== undefined && (e.trialId ?? undefined) !== a.trialId) return false;
  if (e.events !== undefined && [...e.events].sort().join() !== [...a.events].sort().join())
    return false;
  if (
    e.contains !== undefined &&
    !a.message.en.includes(e.contains) &&
    !a.message.da.includes(e.contains)
  ) {
    return false;
  }
  return true;
}

/** Matches each expected item (× count) to a distinct actual item; all actual items of the named rules must be used. */
function assign<E extends { ruleId: string; count?: number }, A extends { ruleId: string }>(
  expected: E[],
  actual: A[],
  matches: (e: E, a: A) => boolean,
  what: string,
): string[] {
  const errors: string[] = [];
  const used = new Set<number>();
  for (const e of expected) {
    for (let n = 0; n < (e.count ?? 1); n++) {
      const i = actual.findIndex((a, k) => !used.has(k) && matches(e, a));
      if (i < 0) errors.push(`missing ${what}: ${JSON.stringify(e)}`);
      else used.add(i);
    }
  }
  const named = new Set(expected.map((e) => e.ruleId));
  actual.forEach((a, k) => {
    if (named.has(a.ruleId) && !used.has(k))
      errors.push(`unexpected ${what}: ${JSON.stringify(a)}`);
  });
  return errors;
}

/**
 * Checks a scenario's expectations with the full evaluation and again without
 * the trace (`{ trace: false }`, as the worklist runs it): obligations and
 * findings must meet the same expectations in both modes. Returns the
 * failures, empty when the scenario passes.
 */
export function checkScenario(s: Scenario): string[] {
  const ex = s.expect ?? {};
  let file: ReturnType<typeof parseCase>;
  try {
    file = parseCase({ formatVersion: 1, trials: [], ...s.case });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (ex.invalid !== undefined) {
      return message.includes(ex.invalid)
        ? []
        : [
            `the case was refused, but the error does not contain ${JSON.stringify(ex.invalid)}: ${message}`,
          ];
    }
    return [`invalid case: ${message}`];
  }
  if (ex.invalid !== undefined)
    return [`expected the case to be refused (${JSON.stringify(ex.invalid)}), but it was accepted`];
  const asOf = String(s.asOf);
  let full: EvaluationResult;
  let lean: EvaluationResult;
  try {
    full = evaluate(file, asOf);
    lean = evaluate(file, asOf, { trace: false });
  } catch (error) {
    return [`evaluation failed: ${error instanceof Error ? error.message : String(error)}`];
  }
  const errors = checkResult(s, full, true);
  for (const e of checkResult(s, lean, false)) errors.push(`without trace: ${e}`);
  return errors;
}

function checkResult(s: Scenario, r: EvaluationResult, withTrace: boolean): string[] {
  const errors: string[] = [];
  const ex = s.expect ?? {};
  errors.push(...assign(ex.obligations ?? [], r.obligations, obligationMatches, 'obligation'));
  errors.push(...assign(ex.findings ?? [], r.findings, findingMatches, 'finding'));
  for (const id of ex.noObligations ?? []) {
    const got = r.obligations.filter((o) => o.ruleId === id);
    if (got.length > 0)
      errors.push(`expected no obligations for ${id}, got ${JSON.stringify(got)}`);
  }
  for (const text of withTrace ? (ex.traceContains ?? []) : []) {
    if (!r.trace.some((t) => t.da.includes(text) || t.en.includes(text))) {
      errors.push(`no trace sentence contains ${JSON.stringify(text)}`);
    }
  }
  if (ex.noFindings === 'all') {
    const named = new Set((ex.findings ?? []).map((f) => f.ruleId));
    const extra = r.findings.filter((f) => !named.has(f.ruleId));
    if (extra.length > 0) errors.push(`expected no other findings, got ${JSON.stringify(extra)}`);
  } else {
    for (const id of ex.noFindings ?? []) {
      const got = r.findings.filter((f) => f.ruleId === id);
      if (got.length > 0) errors.push(`expected no findings for ${id}, got ${JSON.stringify(got)}`);
    }
  }
  return errors;
}
