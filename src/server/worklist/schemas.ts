/** Input schema of the worklist route. */
import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';

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
