/**
 * Golden scenario files (test/rules/scenarios/<area>/*.yaml), in the spirit of
 * OpenFisca's YAML tests. A file holds a list of scenarios:
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
 *
 * Expected values are worked out by hand from the law text, never copied from
 * the engine's output.
 */
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
  };
}

export interface ScenarioFile {
  scenarios: Scenario[];
}
