/** The case format: the committed JSON Schema is current, and invalid input names the field path. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFormatError, parseCase, parseCaseJson } from '../../src/rules/case-io.ts';
import { caseJsonSchemaText } from '../../src/rules/case-schema.ts';

const VALID = {
  formatVersion: 1,
  municipality: '851',
  citizen: { id: 'c1', birthDate: '1980-06-15' },
  spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start: '2019-03-04' }],
  events: [{ id: 'e1', type: 'job-interview', date: '2019-03-20', form: 'phone' }],
};

describe('case format', () => {
  it('docs/schemas/case.schema.json is generated from the current zod schema', () => {
    const committed = readFileSync(
      path.resolve(import.meta.dirname, '../../docs/schemas/case.schema.json'),
      'utf8',
    );
    expect(committed, 'run: node --import tsx scripts/generate-case-schema.ts').toBe(
      caseJsonSchemaText(),
    );
  });

  it('accepts a valid case and fills in defaults', () => {
    expect(parseCase(VALID).trials).toEqual([]);
  });

  it.each([
    [{ ...VALID, municipality: '85' }, 'municipality'],
    [{ ...VALID, citizen: { id: 'c1', birthDate: '1980-02-30' } }, 'citizen.birthDate'],
    [{ ...VALID, spells: [{ ...VALID.spells[0], targetGroup: '6.13' }] }, 'spells[0].targetGroup'],
    [{ ...VALID, events: [{ ...VALID.events[0], form: 'letter' }] }, 'events[0].form'],
    [{ ...VALID, events: [{ ...VALID.events[0], type: 'coffee' }] }, 'events[0].type'],
  ])('names the field path of an invalid value (%#)', (value, pathText) => {
    expect(() => parseCase(value)).toThrow(CaseFormatError);
    try {
      parseCase(value);
    } catch (error) {
      expect((error as Error).message.startsWith(`${pathText}:`)).toBe(true);
    }
  });

  it('reports malformed JSON', () => {
    expect(() => parseCaseJson('{')).toThrow(/not valid JSON/);
  });
});
