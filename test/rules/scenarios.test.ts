/**
 * Runs every golden scenario under test/rules/scenarios (format in
 * src/rules/scenarios.ts) through the runner of `jobcenter rules test`.
 */
import { describe, expect, it } from 'vitest';
import { checkScenario, loadScenarios } from './scenario-runner.ts';

const all = loadScenarios();

describe('golden scenarios', () => {
  it('are present and each cites its source', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const { file, scenario } of all) {
      expect(scenario.source, `${file}: ${scenario.title}`).toMatch(/\S/);
    }
  });
  for (const { file, scenario, loadError } of all) {
    it(`${file}: ${scenario.title}`, () => {
      expect(loadError ? [loadError] : checkScenario(scenario)).toEqual([]);
    });
  }
});
