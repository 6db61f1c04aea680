/**
 * Versions of one rule (dated parameters, statutes/common.ts `versioned`) share
 * the id, and the worklist, the citizen page and `rules explain` name a rule by
 * its id — so the versions must share the title too, or one side of an
 * in-force date would be named with the other side's number (e.g. "at least 3"
 * on an obligation that asks for 2).
 */
import { describe, expect, it } from 'vitest';
import { getDefaultCatalog } from '../../src/rules/engine.ts';

describe('rule versions', () => {
  it('versions of one rule share their title and split the validity without gaps or overlaps', () => {
    const mismatched: string[] = [];
    const gaps: string[] = [];
    for (const [id, vs] of getDefaultCatalog().versions) {
      if (vs.length < 2) continue;
      // A form rule makes findings with their own message, never an obligation named by its title;
      // lab2020-jobsamtale-form changed shape in 2023 and is named for what each version asks.
      for (const v of vs)
        if (
          v.schedule.kind !== 'form' &&
          (v.title.da !== vs[0]!.title.da || v.title.en !== vs[0]!.title.en)
        )
          mismatched.push(id);
      for (let i = 1; i < vs.length; i++) {
        const prevTo = vs[i - 1]!.validity.to;
        const next = new Date(`${prevTo}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        if (!prevTo || next.toISOString().slice(0, 10) !== vs[i]!.validity.from) gaps.push(id);
      }
    }
    expect([...new Set(mismatched)]).toEqual([]);
    expect([...new Set(gaps)]).toEqual([]);
  });
});
