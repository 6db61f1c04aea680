/**
 * What some tests need from outside the repository: a PostgreSQL server, Debian's
 * Chromium, the shared domain reference beside the project (`../shared`, where CI
 * puts it). Missing on a developer's machine, those tests are skipped, visibly.
 * Missing under CI=true, they fail: CI must not go green having compared nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

/** The project root (this worktree or clone). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** The shared domain reference and Danish sources: `../shared` from the project root. */
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');

/** Whether the tests run in CI (`.ci/run` sets CI=true). */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export interface Requirement {
  /** What is needed, e.g. "PostgreSQL (TEST_DATABASE_URL)". */
  name: string;
  present: boolean;
  /** How to provide it. */
  hint: string;
}

export function fileRequirement(path: string): Requirement {
  return {
    name: path,
    present: existsSync(path),
    hint: 'the shared domain reference is expected at ../shared from the project root',
  };
}

/** Debian's Chromium, for the browser tests and the PDF reports (`.ci/run` installs it). */
export const CHROMIUM: Requirement = {
  name: 'Chromium (/usr/bin/chromium)',
  present: existsSync('/usr/bin/chromium'),
  hint: "install Debian's package: apt-get install -y chromium",
};

function missing(req: Requirement): string {
  return `${req.name} is missing: ${req.hint}`;
}

const warned = new Set<string>();
function warn(req: Requirement, title: string): void {
  const line = `⚠ SKIPPED "${title}": ${missing(req)}`;
  if (!warned.has(line)) console.warn(line);
  warned.add(line);
}

/**
 * `describe` when the requirement is met. Otherwise skipped with a warning, or,
 * under CI=true, a suite with one failing test naming what is missing.
 */
export function describeWith(req: Requirement, title: string, suite: () => void): void {
  if (req.present) {
    describe(title, suite);
  } else if (IN_CI) {
    describe(title, () => {
      it(`needs ${req.name}`, () => {
        throw new Error(`${missing(req)} (CI=true: a missing requirement fails)`);
      });
    });
  } else {
    warn(req, title);
    describe.skip(`${title} — SKIPPED: ${missing(req)}`, suite);
  }
}

/** `it` when the requirement is met; otherwise skipped with a warning, or failing under CI=true. */
export function itWith(
  req: Requirement,
  title: string,
  test: () => unknown | Promise<unknown>,
  timeout?: number,
): void {
  if (req.present) {
    it(title, test, timeout);
  } else if (IN_CI) {
    it(title, () => {
      throw new Error(`${missing(req)} (CI=true: a missing requirement fails)`);
    });
  } else {
    warn(req, title);
    it.skip(`${title} — SKIPPED: ${missing(req)}`, test);
  }
}
