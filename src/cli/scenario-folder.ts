/**
 * Runs a folder of YAML scenario files against the engine (`jobcenter rules
 * test DIR`, and the project's own golden scenarios in `npm test`). The file
 * reading is here; parsing and checking are in src/rules/scenarios.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkScenario, type LoadedScenario, parseScenarioFile } from '../rules/scenarios.ts';

export interface ScenarioResult {
  file: string;
  title: string;
  errors: string[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f))
    .sort();
}

/** Every scenario in the folder (recursively), each with its file relative to the folder. */
export function loadScenarioFolder(dir: string): LoadedScenario[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new Error(`${dir}: no such folder`);
  }
  if (!isDir) {
    // A single file is a folder of one.
    return parseScenarioFile(readFileSync(dir, 'utf8'), dir);
  }
  return yamlFiles(dir).flatMap((file) =>
    parseScenarioFile(readFileSync(file, 'utf8'), relative(dir, file)),
  );
}

/** Loads and checks every scenario of the folder. */
export function runScenarioFolder(dir: string): ScenarioResult[] {
  return loadScenarioFolder(dir).map(({ file, scenario, loadError }) => ({
    file,
    title: scenario.title,
    errors: loadError ? [loadError] : checkScenario(scenario),
  }));
}
