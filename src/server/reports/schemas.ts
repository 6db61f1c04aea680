/** Schemas of the trial report routes. */
import { z } from 'zod';

export const ReportParams = z.object({
  trialId: z.string().regex(/^[a-z0-9-]+$/, 'expected a trial id'),
});
export const ReportQuery = z.object({ lang: z.enum(['da', 'en']).default('da') });

export const StatusSchema = z.object({
  trialId: z.string(),
  lang: z.enum(['da', 'en']),
  status: z.enum(['ready', 'building', 'failed']),
  builtAt: z.string().optional(),
  startedAt: z.string().optional(),
  message: z.string().optional(),
});
