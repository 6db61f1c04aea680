/**
 * #14 item 2: one SQL layer (src/sql) under both the register and the
 * statistics, and no import running back up: sql imports neither register nor
 * stats, register does not import stats.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function offences(dir: string, forbidden: RegExp): string[] {
  return files(join(ROOT, dir)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)]
      .map((m) => m[1]!)
      .filter((spec) => forbidden.test(spec))
      .map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
}

describe('the SQL layer of register and stats', () => {
  it('src/sql imports neither the register nor the statistics', () => {
    expect(offences('src/sql', /\/(register|stats|server|cases|cli)\//)).toEqual([]);
  });
  it('src/register does not import the statistics', () => {
    expect(offences('src/register', /\/(stats|server|cli)\//)).toEqual([]);
  });
  it('the check can fail', () => {
    expect(offences('src/stats', /\/register\//).length).toBeGreaterThan(0);
  });
});
