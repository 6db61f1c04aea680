/** The project's golden scenarios, loaded by the same runner as `jobcenter rules test`. */
import { join } from 'node:path';
import { loadScenarioFolder } from '../../src/cli/scenario-folder.ts';

export { checkScenario } from '../../src/rules/scenarios.ts';

export const SCENARIO_ROOT = join(import.meta.dirname, 'scenarios');

export function loadScenarios() {
  return loadScenarioFolder(SCENARIO_ROOT);
}
