/** Input schemas of the rehabilitation-team meeting routes. */
import { z } from 'zod';
import { ExpectedVersion, IdParam, IsoDate } from '../shared/schemas.ts';

/** A rehabilitation-team meeting takes at most this many cases. */
export const MAX_AGENDA = 10;

export const ListQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const ScheduleBody = z.object({
  date: IsoDate,
  citizenIds: z
    .array(z.number().int().positive())
    .min(1)
    .max(MAX_AGENDA, `a rehabilitation-team meeting takes at most ${MAX_AGENDA} cases`)
    .refine((ids) => new Set(ids).size === ids.length, 'a case is on the agenda twice'),
});

export const DecideParams = z.object({ id: IdParam, citizenId: IdParam });
export const DecideBody = z.object({
  recommendation: z.string().trim().min(1).max(2000).nullable(),
  decision: z.string().trim().min(1).max(2000).nullable().optional(),
  expectedVersion: ExpectedVersion.optional(),
});

/** A meeting and its agenda; names only for roles that see identity (views.ts). */
export const MeetingView = z.object({
  id: z.number(),
  date: z.string(),
  createdAt: z.string(),
  cases: z.array(
    z.object({
      citizenId: z.number(),
      citizenName: z.string().nullable(),
      pseudonym: z.string(),
      caseworkerName: z.string().nullable(),
      teamId: z.number().nullable(),
      version: z.number(),
      position: z.number(),
      recommendation: z.string().nullable(),
      decision: z.string().nullable(),
      decidedAt: z.string().nullable(),
      eventId: z.number().nullable(),
    }),
  ),
});
export const MeetingList = z.object({ items: z.array(MeetingView) });
export const MeetingScheduled = z.object({ meeting: MeetingView });
export const MeetingDecided = z.object({ meeting: MeetingView, version: z.number() });
