/** A compiled rule catalogue: rules indexed by id and target group, trials by id. */
import type { TargetGroupCode } from '../../reference/target-groups.ts';
import { dayOf } from '../days.ts';
import type { Rule } from '../model.ts';
import type { Trial } from '../trials/model.ts';

/** Per-rule data computed once, so the per-case loop does no parsing or string building. */
export interface RuleMeta {
  /** Validity as day numbers (inclusive). */
  vf: number;
  vt: number;
  /** Event types without which the rule can say nothing (checks, before-event); null = always run. */
  needs: readonly string[] | null;
  informational: boolean;
  /** Whether the schedule creates obligations for the spell as a whole (its `waive` exceptions are judged at the spell start). */
  spellLevel: boolean;
  /** "id «title» (§), valid from–to" in Danish and English, for the trace. */
  refDa: string;
  refEn: string;
}

const SPELL_LEVEL: ReadonlySet<string> = new Set([
  'once',
  'count',
  'cadence',
  'max-duration',
  'accumulation',
  'nth-event',
]);

export function ruleMeta(r: Rule): RuleMeta {
  const s = r.schedule;
  let needs: readonly string[] | null = null;
  if (s.kind === 'before-event') needs = s.trigger.types;
  else if ('applies' in s) needs = s.applies.types;
  const v = r.validity;
  const da = v.to ? `gyldig ${v.from}–${v.to}` : `gyldig fra ${v.from}`;
  const en = v.to ? `valid ${v.from} to ${v.to}` : `valid from ${v.from}`;
  return {
    vf: dayOf(v.from),
    vt: v.to ? dayOf(v.to) : Number.POSITIVE_INFINITY,
    needs,
    informational: s.kind === 'informational',
    spellLevel: SPELL_LEVEL.has(s.kind),
    refDa: `Reglen ${r.id} «${r.title.da}» (${r.legalRef.printed}; ${da})`,
    refEn: `Rule ${r.id} "${r.title.en}" (${r.legalRef.printed}; ${en})`,
  };
}

export interface Catalog {
  rules: readonly Rule[];
  meta: ReadonlyMap<Rule, RuleMeta>;
  byId: ReadonlyMap<string, Rule>;
  byGroup: ReadonlyMap<TargetGroupCode, readonly Rule[]>;
  trials: ReadonlyMap<string, Trial>;
}

export function buildCatalog(rules: readonly Rule[], trials: readonly Trial[]): Catalog {
  const byId = new Map<string, Rule>();
  const byGroup = new Map<TargetGroupCode, Rule[]>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    // Exceptions are tried in descending priority: the first that matches wins.
    const sorted = { ...r, exceptions: [...r.exceptions].sort((a, b) => b.priority - a.priority) };
    byId.set(r.id, sorted);
    for (const g of r.targetGroups) {
      const list = byGroup.get(g);
      if (list) list.push(sorted);
      else byGroup.set(g, [sorted]);
    }
  }
  const trialMap = new Map<string, Trial>();
  for (const t of trials) {
    if (trialMap.has(t.id)) throw new Error(`duplicate trial id ${t.id}`);
    trialMap.set(t.id, t);
  }
  const meta = new Map<Rule, RuleMeta>();
  for (const r of byId.values()) meta.set(r, ruleMeta(r));
  return { rules: [...byId.values()], meta, byId, byGroup, trials: trialMap };
}
