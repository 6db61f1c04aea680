/**
 * Regenerates docs/schemas/case.schema.json from the zod schema in
 * src/rules/case-format.ts.
 *
 *   node --import tsx scripts/generate-case-schema.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { caseJsonSchemaText } from '../src/rules/case-schema.ts';

const target = path.resolve(import.meta.dirname, '../docs/schemas/case.schema.json');
writeFileSync(target, caseJsonSchemaText());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
