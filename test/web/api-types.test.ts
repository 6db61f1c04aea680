/**
 * The web app's API types are generated from the server's OpenAPI document
 * (scripts/api-types.ts); this fails when the committed src/web/api-types.ts
 * no longer matches what the server serves, so they cannot drift.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes, openApiDocument } from '../../scripts/api-types.ts';

it('src/web/api-types.ts is generated from the current OpenAPI document (npm run api-types)', async () => {
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  const generated = await generateApiTypes();
  expect(committed === generated, 'src/web/api-types.ts is stale: run npm run api-types').toBe(
    true,
  );
  // The document carries the engine's result types, not only the inputs.
  expect(generated).toContain('"/api/citizens/{id}"');
  expect(generated).toMatch(/obligations: \(?\{/);
});

/** Routes that answer no JSON: logging out (204) and the trial report (HTML or PDF). */
const NO_JSON = new Set(['post /api/auth/logout', 'get /api/reports/trials/{trialId}']);

it('every API route that answers JSON declares its response schema (so the web types are useful)', async () => {
  const doc = (await openApiDocument()) as {
    paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>;
  };
  const missing: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(item)) {
      const key = `${method} ${path}`;
      const ok = Object.entries(op.responses ?? {}).some(
        ([status, r]) => status.startsWith('2') && r.content && 'application/json' in r.content,
      );
      if (!ok && !NO_JSON.has(key)) missing.push(key);
    }
  }
  expect(missing).toEqual([]);
});
