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

/** "count = 2 (lov nr. 1750 af 29/12/2025, LAB § 31, stk. 1)" for each dated parameter of a version. */
export function parameterText(r: Rule): string {
  const ps = r.parameters;
  if (!ps) return '';
  const parts: string[] = [];
  for (const k in ps) {
    const p = ps[k]!;
    parts.push(`${k} = ${JSON.stringify(p.value)} (${p.setBy.law}, ${p.setBy.paragraph})`);
  }
  return parts.join('; ');
}

export function ruleMeta(r: Rule, horizonDay = Number.POSITIVE_INFINITY): RuleMeta {
  const s = r.schedule;
  let needs: readonly string[] | null = null;
  if (s.kind === 'before-event') needs = s.trigger.types;
  else if ('applies' in s) needs = s.applies.types;
  const v = r.validity;
  const pt = parameterText(r);
  const da = `${v.to ? `gyldig ${v.from}–${v.to}` : `gyldig fra ${v.from}`}${pt ? `; værdier: ${pt}` : ''}`;
  const en = `${v.to ? `valid ${v.from} to ${v.to}` : `valid from ${v.from}`}${pt ? `; values: ${pt}` : ''}`;
  return {
    vf: dayOf(v.from),
    // Nothing falls due under a rule after the horizon: the law there is not encoded.
    vt: Math.min(v.to ? dayOf(v.to) : Number.POSITIVE_INFINITY, horizonDay),
    needs,
    informational: s.kind === 'informational',
    spellLevel: SPELL_LEVEL.has(s.kind),
    // Title and paragraph first, as a caseworker reads a rule; the id travels in the
    // trace entry's `ruleId` (shown last in `rules explain`, as a tooltip on the citizen page).
    refDa: `«${r.title.da}» (${r.legalRef.printed}; ${da})`,
    refEn: `"${r.title.en}" (${r.legalRef.printed}; ${en})`,
  };
}

export interface Catalog {
  rules: readonly Rule[];
  meta: ReadonlyMap<Rule, RuleMeta>;
  /** The first version of each rule id. */
  byId: ReadonlyMap<string, Rule>;
  /** Every version of each rule id, oldest first (one entry for an unversioned rule). */
  versions: ReadonlyMap<string, readonly Rule[]>;
  /** The last day the law is encoded for (horizon.ts); undefined = no horizon. */
  horizon: string | undefined;
  horizonDay: number;
  byGroup: ReadonlyMap<TargetGroupCode, readonly Rule[]>;
  trials: ReadonlyMap<string, Trial>;
}

export function buildCatalog(
  rules: readonly Rule[],
  trials: readonly Trial[],
  options: { horizon?: string } = {},
): Catalog {
  const byId = new Map<string, Rule>();
  const versions = new Map<string, Rule[]>();
  const all: Rule[] = [];
  const byGroup = new Map<TargetGroupCode, Rule[]>();
  for (const r of rules) {
    const prev = versions.get(r.id);
    // Versions of one rule share its id; any other repeated id is a mistake.
    if (prev && (r.version === undefined || prev.some((p) => p.version === undefined)))
      throw new Error(`duplicate rule id ${r.id}`);
    if (prev?.some((p) => p.version === r.version))
      throw new Error(`duplicate version ${r.version} of rule ${r.id}`);
    // Exceptions are tried in descending priority: the first that matches wins.
    const sorted = { ...r, exceptions: [...r.exceptions].sort((a, b) => b.priority - a.priority) };
    all.push(sorted);
    if (prev) prev.push(sorted);
    else {
      versions.set(r.id, [sorted]);
      byId.set(r.id, sorted);
    }
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
  for (const vs of versions.values())
    vs.sort((a, b) => (a.validity.from < b.validity.from ? -1 : 1));
  const horizonDay = options.horizon ? dayOf(options.horizon) : Number.POSITIVE_INFINITY;
  const meta = new Map<Rule, RuleMeta>();
  for (const r of all) meta.set(r, ruleMeta(r, horizonDay));
  return {
    rules: all,
    meta,
    byId,
    versions,
    horizon: options.horizon,
    horizonDay,
    byGroup,
    trials: trialMap,
  };
}
