/**
 * docs/case-format.md against the validator: the example case is accepted,
 * every benefit code and target group the docs list is the one the validator
 * accepts (and the pairs they say do not fit are refused), and the event types
 * and interview forms match the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENEFIT_CODES } from '../../src/reference/benefits.ts';
import { TARGET_GROUP_CODES } from '../../src/reference/target-groups.ts';
import { EVENT_TYPES, INTERVIEW_FORMS } from '../../src/rules/case-format.ts';
import { parseCase } from '../../src/rules/case-io.ts';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'case-format.md'), 'utf8');

function section(heading: string): string {
  const start = doc.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = doc.slice(start + heading.length);
  const next = rest.search(/\n#{2,3} /);
  return next < 0 ? rest : rest.slice(0, next);
}

/** Table rows of a section: the cells of each `| … |` line after the header rule. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
    .slice(1)
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

const code = (cell: string) => /^`([^`]+)`/.exec(cell)?.[1];

const person = { id: 'c1', birthDate: '1980-06-15' };
function caseWith(benefit: string, targetGroup: string) {
  return {
    formatVersion: 1,
    municipality: '851',
    citizen: person,
    spells: [{ id: 's1', benefit, targetGroup, start: '2020-01-06' }],
    events: [],
  };
}

describe('docs/case-format.md against the validator', () => {
  it('the example case is accepted as written', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(() => parseCase(JSON.parse(b))).not.toThrow();
  });

  it('each benefit in the table fits exactly the target groups it lists', () => {
    const table = rows(section('### Benefit codes and the target groups they fit'));
    expect(table.length).toBe(13);
    for (const [benefitCell, , groupsCell] of table) {
      const benefit = code(benefitCell!)!;
      expect(BENEFIT_CODES as readonly string[]).toContain(benefit);
      const fits = groupsCell!.split(',').map((g) => g.trim());
      for (const g of TARGET_GROUP_CODES) {
        const accepted = (() => {
          try {
            parseCase(caseWith(benefit, g));
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted, `${benefit} in ${g}`).toBe(fits.includes(g));
      }
    }
  });

  it('the benefits said to have no target group are refused in every group', () => {
    const para = section('### Benefit codes and the target groups they fit');
    const listed = [...(/The other codes[\s\S]*?\)/.exec(para)?.[0] ?? '').matchAll(/`([^`]+)`/g)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'src/reference/benefits.ts');
    expect(listed).toHaveLength(8);
    const inTable = rows(para).map((r) => code(r[0]!));
    expect([...listed, ...inTable].sort()).toEqual([...BENEFIT_CODES].sort());
    for (const b of listed)
      for (const g of TARGET_GROUP_CODES) expect(() => parseCase(caseWith(b, g))).toThrow(b);
  });

  it('the event types table names exactly the schema event types', () => {
    const types = rows(section('### Event types')).flatMap((r) =>
      [...r[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
    );
    expect(types.sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('the interview forms are the schema forms', () => {
    const formRow = doc.split('\n').find((l) => l.startsWith('| `form` |'))!;
    const forms = [...formRow.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(forms).toEqual([...INTERVIEW_FORMS]);
  });
});
