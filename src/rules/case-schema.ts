/** The JSON Schema of the case interchange format, generated from the zod schema the engine uses. */
import { z } from 'zod';
import { CaseFileSchema } from './case-format.ts';

export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    title: 'Jobcenter case file',
    description:
      "One citizen's case: municipality, citizen facts, benefit spells and dated events. Generated from src/rules/case-format.ts by scripts/generate-case-schema.ts; do not edit.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The committed file's exact text (2-space JSON, trailing newline). */
export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
