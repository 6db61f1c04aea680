/**
 * The one-way data flow of docs/architecture.md, enforced: pure domain code
 * (calendar, reference, rules, evaluation) imports nothing from storage, HTTP
 * or the file system. The trial report's two I/O modules are the documented
 * exception.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PURE = ['src/calendar', 'src/reference', 'src/rules', 'src/evaluation'];
const IO_EDGE = new Set([
  'src/evaluation/trial-report/data.ts',
  'src/evaluation/trial-report/pdf.ts',
  // Orchestrates data.ts → analysis → render → files; the CLI's entry point.
  'src/evaluation/trial-report/run.ts',
]);
const FORBIDDEN = [
  /^\.\.?\/.*\b(cases|server|register|stats|sql|web|cli)\//,
  /^(\.\.\/)+(cases|server|register|stats|sql|web|cli)\//,
  /^kysely/,
  /^pg$/,
  /^@electric-sql\//,
  /^@duckdb\//,
  /^fastify/,
  /^@fastify\//,
  /^playwright/,
  /^node:(fs|net|http|https|child_process)/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('pure domain modules', () => {
  for (const dir of PURE) {
    it(`${dir} imports nothing from storage, HTTP or the file system`, () => {
      const offences: string[] = [];
      for (const file of files(join(ROOT, dir))) {
        const rel = relative(ROOT, file);
        if (IO_EDGE.has(rel)) continue;
        for (const spec of imports(readFileSync(file, 'utf8'))) {
          if (FORBIDDEN.some((re) => re.test(spec))) offences.push(`${rel} → ${spec}`);
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it('detects a forbidden import (the check itself can fail)', () => {
    const spec = imports("import { x } from '../../cases/store.ts';")[0]!;
    expect(FORBIDDEN.some((re) => re.test(spec))).toBe(true);
  });
});
