/** Input schemas of the audit log routes. */
import { z } from 'zod';

export const ListQuery = z.object({
  citizenId: z.coerce.number().int().positive().optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AuditList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      userId: z.number().nullable(),
      username: z.string().nullable(),
      action: z.string(),
      citizenId: z.number().nullable(),
      /** What the entry records (JSON; never a CPR number, docs/privacy.md). */
      detail: z.unknown(),
      reason: z.string().nullable(),
      hash: z.string(),
    }),
  ),
});

/** The chain check (src/cases/audit.ts `AuditVerification`). */
export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  /** id of the first entry that does not verify. */
  brokenAt: z.number().optional(),
  problem: z.string().optional(),
  /** How many anchors (checkpoints) the chain was checked against. */
  anchors: z.number().optional(),
});
