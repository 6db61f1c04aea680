/**
 * The trial catalogue: every Frikommuneforsøg II trial, one file each in this
 * folder (e.g. `formkrav-samtaler.ts` exporting a `Trial`), listed here.
 * The engine reads only this array; see `model.ts` for how trials apply.
 * Each trial needs at least three golden scenarios naming it in `rules:`
 * (test/rules/scenarios/trials/…): in scope, a deadline's day before / day of,
 * and out of scope or period. test/rules/coverage.test.ts enforces this.
 */
import type { Trial } from './model.ts';

export const TRIALS: readonly Trial[] = [];

export function trialById(id: string): Trial | undefined {
  return TRIALS.find((t) => t.id === id);
}
