/** Runs one rule version: picks the evaluator for the rule's schedule kind. */
import { type CondCtx, holds } from './conditions.ts';
import type { RuleRun } from './run.ts';
import { evalAccumulation } from './schedules/accumulation.ts';
import {
  evalCap,
  evalContent,
  evalForbidden,
  evalForm,
  evalMinElapsed,
  evalRatio,
} from './schedules/checks.ts';
import {
  evalAgreedNext,
  evalBeforeEvent,
  evalCadence,
  evalCount,
  evalMaxDuration,
  evalNthEvent,
  evalOnce,
} from './schedules/timed.ts';
import type { PEvent, PreparedCase, PSpell } from './types.ts';

/**
 * One condition context reused for every exception test: `holds` only reads it
 * and never calls back into `isExcepted`, so the hot per-event loop allocates
 * nothing.
 */
const ctx: CondCtx = {
  pc: undefined as unknown as PreparedCase,
  spell: undefined as unknown as PSpell,
  day: 0,
  event: undefined,
};

/** Whether one of the rule's own `waive` exceptions covers this event (highest priority first). */
export function isExcepted(run: RuleRun, pe: PEvent): boolean {
  const ex = run.rule.exceptions;
  if (ex.length === 0) return false;
  ctx.pc = run.pc;
  ctx.spell = run.spell;
  ctx.day = pe.day;
  ctx.event = pe;
  for (let i = 0; i < ex.length; i++) {
    const e = ex[i]!;
    if (e.effect.kind !== 'waive') continue;
    if (holds(e.when, ctx)) return true;
  }
  return false;
}

export function dispatch(run: RuleRun): void {
  const s = run.rule.schedule;
  switch (s.kind) {
    case 'once':
      evalOnce(run, s);
      return;
    case 'count':
      evalCount(run, s);
      return;
    case 'cadence':
      evalCadence(run, s);
      return;
    case 'before-event':
      evalBeforeEvent(run, s, isExcepted);
      return;
    case 'max-duration':
      evalMaxDuration(run, s);
      return;
    case 'nth-event':
      evalNthEvent(run, s);
      return;
    case 'agreed-next':
      evalAgreedNext(run, s);
      return;
    case 'accumulation':
      evalAccumulation(run, s);
      return;
    case 'form':
      evalForm(run, s);
      return;
    case 'content':
      evalContent(run, s, isExcepted);
      return;
    case 'cap':
      evalCap(run, s, isExcepted);
      return;
    case 'min-elapsed':
      evalMinElapsed(run, s, isExcepted);
      return;
    case 'forbidden':
      evalForbidden(run, s, isExcepted);
      return;
    case 'ratio':
      evalRatio(run, s, isExcepted);
      return;
    case 'informational':
      return;
  }
}
