/**
 * The web app's API types are generated from the server's OpenAPI document
 * (scripts/api-types.ts); this fails when the committed src/web/api-types.ts
 * no longer matches what the server serves, so they cannot drift.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.ts';

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
