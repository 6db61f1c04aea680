/** Test helpers: read the committed golden CSV/JSON files and compare to 1e-6 relative. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: golden files are untyped JSON read by tests
export function readGoldenJson<T = any>(name: string): T {
  return JSON.parse(readFileSync(GOLDEN + name, 'utf8')) as T;
}

/** Minimal reader for the R-written CSVs (header row, optional double quotes, no embedded commas). */
export function readGoldenCsv(name: string): Record<string, string[]> {
  const lines = readFileSync(GOLDEN + name, 'utf8')
    .trim()
    .split('\n');
  const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1');
  const header = lines[0]!.split(',').map(unquote);
  const cols: Record<string, string[]> = Object.fromEntries(header.map((h) => [h, []]));
  for (const line of lines.slice(1)) {
    line.split(',').forEach((v, j) => {
      cols[header[j]!]!.push(unquote(v));
    });
  }
  return cols;
}

export const num = (v: string[]) => Float64Array.from(v, Number);

export const REL = 1e-6;

export function expectClose(actual: number, expected: number, rel = REL, label = ''): void {
  const tol = rel * Math.max(Math.abs(expected), 1e-12);
  if (!(Math.abs(actual - expected) <= tol)) {
    expect.fail(
      `${label}: ${actual} differs from reference ${expected} by more than ${rel} relative`,
    );
  }
}

export interface RefCoef {
  name: string;
  estimate: number;
  se: number;
  p: number;
  ci: [number, number];
}

export function expectCoefficientsMatch(
  actual: readonly {
    name: string;
    estimate: number;
    se: number;
    p: number;
    ci: readonly [number, number];
  }[],
  expected: readonly RefCoef[],
  rel = REL,
): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, j) => {
    const a = actual[j]!;
    expectClose(a.estimate, e.estimate, rel, `${e.name} estimate`);
    expectClose(a.se, e.se, rel, `${e.name} se`);
    expectClose(a.p, e.p, rel, `${e.name} p`);
    expectClose(a.ci[0], e.ci[0], rel, `${e.name} ci lo`);
    expectClose(a.ci[1], e.ci[1], rel, `${e.name} ci hi`);
  });
}
