/**
 * The spell flags the case store and the API accept (SPELL_FLAGS) are exactly
 * the flags the catalogue's `spell-flag` conditions read: a flag the rules read
 * but the API refuses could never be recorded, and a listed flag no rule reads
 * would mislead the caseworker who sets it.
 */
import { describe, expect, it } from 'vitest';
import { STATUTES } from '../../src/rules/statutes/index.ts';
import { TRIALS } from '../../src/rules/trials/index.ts';
import { SPELL_FLAGS } from '../../src/rules/vocabulary.ts';

function spellFlagsIn(value: unknown, found: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (o.kind === 'spell-flag' && typeof o.flag === 'string') found.add(o.flag);
  for (const v of Object.values(o)) spellFlagsIn(v, found, seen);
  return found;
}

describe('SPELL_FLAGS', () => {
  it('lists exactly the flags the statutes and trials read', () => {
    const used = spellFlagsIn([STATUTES, TRIALS], new Set());
    expect([...used].sort()).toEqual([...SPELL_FLAGS].sort());
  });
});
