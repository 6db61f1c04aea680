/** Input schema of the worklist route. */
import { z } from 'zod';
import { IsoDate, ShortDueNote } from '../shared/schemas.ts';

export const WorklistQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine'),
  asOf: IsoDate.optional(),
  teamId: z.coerce.number().int().positive().optional(),
  horizonDays: z.coerce.number().int().min(0).max(366).default(30),
  /** Compute from the cases without the cache (the benchmark's baseline). */
  cache: z.enum(['on', 'off']).default('on'),
  /** open = overdue, due and upcoming. */
  status: z.enum(['open', 'overdue', 'due', 'upcoming']).default('open'),
  /** A page of the list, by due date: the most urgent first. */
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  reason: z.string().max(200).optional(),
});

const Counts = { overdue: z.number(), due: z.number(), upcoming: z.number() };

/** One page of the worklist (services/worklist.ts `Worklist`; sent pre-serialised, this documents it). */
export const WorklistPage = z.object({
  asOf: z.string(),
  scope: z.enum(['mine', 'team']),
  teamId: z.number().nullable(),
  /** Cases in scope. */
  cases: z.number(),
  /** One page of the open obligations, by due date. */
  items: z.array(
    z.object({
      citizenId: z.number(),
      citizenName: z.string().nullable(),
      caseworkerId: z.number().nullable(),
      caseworkerName: z.string().nullable(),
      ruleId: z.string(),
      ruleTitle: z.object({ da: z.string(), en: z.string() }),
      legalRef: z.string(),
      kind: z.string(),
      spellId: z.string(),
      seq: z.number(),
      windowStart: z.string(),
      dueBy: z.string(),
      status: z.enum(['upcoming', 'due', 'overdue']),
      trialId: z.string().nullable(),
      /** A deadline on a Saturday, Sunday or public holiday: the law does not move it (full and short note). */
      dueNote: ShortDueNote.optional(),
      /** An obligation with several parts ("4 jobsamtaler"): how many are held, of how many. */
      progress: z.object({ met: z.number(), of: z.number() }).optional(),
    }),
  ),
  counts: z.object(Counts),
  perCaseworker: z
    .array(z.object({ caseworkerId: z.number().nullable(), name: z.string(), ...Counts }))
    .optional(),
  law: z.object({
    asOf: z.string(),
    encodedUntil: z.string(),
    encoded: z.boolean(),
    message: z.object({ da: z.string(), en: z.string() }),
  }),
  status: z.enum(['open', 'overdue', 'due', 'upcoming']),
  /** Obligations matching the status filter, on all pages. */
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
});
