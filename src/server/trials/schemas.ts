/** Input schemas of the trial administration routes. */
import { z } from 'zod';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import { IsoDate } from '../shared/schemas.ts';

export const TrialParams = z.object({ trialId: z.string().min(1).max(100) });

export const EnableBody = z.object({
  targetGroups: z.array(z.enum(TARGET_GROUP_CODES)).min(1),
  start: IsoDate,
  end: IsoDate.nullable().optional(),
});

export const DisableBody = z.object({ end: IsoDate.optional() }).optional();
