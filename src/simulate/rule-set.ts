/**
 * Rule sets for the simulator: "the law in force on a date", optionally with a
 * trial switched on for one municipality, applied to a base-year caseload.
 *
 * Semantics (docs/simulation.md § Rule sets):
 *
 * - **Frozen law.** The catalogue keeps the rules whose validity covers the
 *   chosen date, with their validity widened to all time, so that a spell that
 *   began years before the base year is judged throughout by the one law
 *   chosen (no mix of regimes inside the simulated year). Rules not in force on
 *   the date are left out; the engine's own precedence (`supersedes`) and
 *   exceptions apply as usual. Transitional conditions (`spell-start-in`: a
 *   spell begun before a change keeps the old rules) are judged as for a
 *   spell beginning on the date: the law's steady state, not its transition.
 * - **Date shifting.** The caseload is moved by whole years so that its base
 *   year becomes the year of the chosen date: 2019-03-04 under the law of
 *   2026-07-01 becomes 2026-03-04. Month and day are kept; 29 February becomes
 *   28 February in a common year. Birth dates move with the case, so ages are
 *   kept. Conditions written with dates inside rules (the COVID form exception
 *   of 2020) are then judged on the shifted dates, as they would be in that
 *   year. Results are reported by the base year's months (a whole-year shift
 *   keeps the month).
 * - **Trial ex ante.** A trial is switched on for a municipality by giving the
 *   trial a scope entry for it (its existing entry, if it took part, with its
 *   local choices) open for all time, and listing the trial on each of the
 *   municipality's cases from the start. Trials change rules of their own era:
 *   pair a trial with a date on which the rules it changes are in force.
 *
 * Pure: builds catalogues and shifted cases, nothing else.
 */

import { MUNICIPALITIES } from '../reference/municipalities.ts';
import type { CaseFile } from '../rules/case-format.ts';
import { buildCatalog, type Catalog, getDefaultCatalog } from '../rules/engine.ts';
import type { Condition, Rule } from '../rules/model.ts';
import type { MunicipalityScope, Trial } from '../rules/trials/model.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ALL_TIME_FROM = '1900-01-01';

/** A set of rules to replay a caseload under. */
export interface RuleSetSpec {
  /** The law in force on this date (YYYY-MM-DD). */
  lawAt: string;
  /** A trial switched on ex ante, for `municipality` (every case's own municipality when absent). */
  trial?: { id: string; municipality?: string };
}

export interface RuleSet {
  spec: RuleSetSpec;
  catalog: Catalog;
  /** Year of `lawAt`: the base year is shifted onto it. */
  year: number;
  /** Ids of the rules in force (for the report). */
  ruleIds: readonly string[];
}

export class RuleSetError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

function checkDate(field: string, iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m)
    throw new RuleSetError(field, `expected a date written YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    throw new RuleSetError(field, `not a real calendar date: ${iso}`);
  return y;
}

const TRUE: Condition = { kind: 'all', conditions: [] };
const FALSE: Condition = { kind: 'any', conditions: [] };

/**
 * A transitional condition (`spell-start-in`: who keeps the old rules) judged
 * for a spell that begins on `date`, so the frozen law is its steady state:
 * every spell is treated as begun under it.
 */
export function steadyState(c: Condition, date: string): Condition {
  switch (c.kind) {
    case 'spell-start-in':
      return (c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to)
        ? TRUE
        : FALSE;
    case 'not':
      return { kind: 'not', condition: steadyState(c.condition, date) };
    case 'all':
    case 'any':
      return { kind: c.kind, conditions: c.conditions.map((x) => steadyState(x, date)) };
    default:
      return c;
  }
}

/** The rules in force on `date` (validity covers it), with validity widened to all time and transitional conditions resolved (steadyState). */
export function rulesInForce(rules: readonly Rule[], date: string): Rule[] {
  const out: Rule[] = [];
  for (const r of rules) {
    if (r.validity.from > date) continue;
    if (r.validity.to !== undefined && r.validity.to < date) continue;
    out.push({
      ...r,
      ...(r.appliesWhen ? { appliesWhen: steadyState(r.appliesWhen, date) } : {}),
      exceptions: r.exceptions.map((e) => ({ ...e, when: steadyState(e.when, date) })),
      validity: {
        from: ALL_TIME_FROM,
        note: `Frozen by the simulator: in force on ${date} (${r.validity.from}–${r.validity.to ?? ''}).`,
      },
    });
  }
  return out;
}

/** The trial with a scope entry for `municipality` open for all time. */
export function trialExAnte(trial: Trial, municipality: string): Trial {
  const own = trial.scope.municipalities.filter((m) => m.code === municipality);
  const name = MUNICIPALITIES.find((m) => m.code === municipality)?.name ?? municipality;
  const entries: MunicipalityScope[] =
    own.length > 0
      ? own.map((m) => {
          const { end: _end, ...rest } = m;
          return { ...rest, start: ALL_TIME_FROM };
        })
      : [{ code: municipality, name, start: ALL_TIME_FROM, note: 'Ex ante (simulated).' }];
  const others = trial.scope.municipalities.filter((m) => m.code !== municipality);
  const { defaultEnd: _d, ...scope } = trial.scope;
  return { ...trial, scope: { ...scope, municipalities: [...others, ...entries] } };
}

/** Builds the rule set: frozen law on `lawAt`, and the trial ex ante when asked. */
export function buildRuleSet(spec: RuleSetSpec, base: Catalog = getDefaultCatalog()): RuleSet {
  const year = checkDate('lawAt', spec.lawAt);
  let trials = [...base.trials.values()];
  if (spec.trial) {
    const t = base.trials.get(spec.trial.id);
    if (!t)
      throw new RuleSetError(
        'trial',
        `unknown trial ${JSON.stringify(spec.trial.id)}; one of ${[...base.trials.keys()].join(', ')}`,
      );
    const k = spec.trial.municipality;
    if (k !== undefined && !MUNICIPALITIES.some((m) => m.code === k))
      throw new RuleSetError('trial.municipality', `unknown kommunekode ${JSON.stringify(k)}`);
    // Without a municipality, every municipality is in scope (each case's own).
    const codes = k !== undefined ? [k] : MUNICIPALITIES.map((m) => m.code);
    let exAnte = t;
    for (const c of codes) exAnte = trialExAnte(exAnte, c);
    trials = trials.map((x) => (x.id === t.id ? exAnte : x));
  }
  const rules = rulesInForce(base.rules, spec.lawAt);
  return {
    spec,
    catalog: buildCatalog(rules, trials),
    year,
    ruleIds: rules.map((r) => r.id),
  };
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Moves a date by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(iso: string, years: number): string {
  if (years === 0) return iso;
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const ys = String(y).padStart(4, '0');
  if (md === '02-29' && !isLeap(y)) return `${ys}-02-28`;
  return `${ys}-${md}`;
}

/**
 * The case moved by whole years (every date: birth, spells, events, trial
 * entries), and with the rule set's trial listed from the start when the
 * case's municipality is in its ex-ante scope.
 */
export function prepareForRuleSet(file: CaseFile, years: number, ruleSet: RuleSet): CaseFile {
  const s = (d: string) => shiftYears(d, years);
  const so = (d: string | undefined) => (d === undefined ? undefined : s(d));
  const trials = file.trials.map((t) => ({
    ...t,
    start: s(t.start),
    ...(t.end ? { end: s(t.end) } : {}),
  }));
  const tr = ruleSet.spec.trial;
  if (tr && (tr.municipality === undefined || tr.municipality === file.municipality)) {
    if (!trials.some((t) => t.trialId === tr.id))
      trials.push({ trialId: tr.id, start: ALL_TIME_FROM });
  }
  return {
    ...file,
    citizen: { ...file.citizen, birthDate: s(file.citizen.birthDate) },
    spells: file.spells.map((sp) => {
      const end = so(sp.end);
      return { ...sp, start: s(sp.start), ...(end ? { end } : {}) };
    }),
    events: file.events.map((e) => {
      const end = so(e.end);
      return { ...e, date: s(e.date), ...(end ? { end } : {}) };
    }),
    trials,
  };
}
