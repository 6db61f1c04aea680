/**
 * Size limits of docs/architecture.md "Size and complexity": no file in
 * src/server over 300 lines (a resource's actions are files of their own).
 * Functions over 80 lines and cognitive complexity over 25 are Biome's
 * (biome.json, `npm run lint`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_LINES = 300;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it(`no file in src/server has more than ${MAX_LINES} lines`, () => {
  const long = files(join(ROOT, 'src', 'server'))
    .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES);
  expect(long).toEqual([]);
});
