/** Input schema of the municipality-level obligations route. */
import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';

export const ObligationsQuery = z.object({
  /** Spells begun in [from, to]; default: the current calendar year. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  asOf: IsoDate.optional(),
});

const Bilingual = z.object({ da: z.string(), en: z.string() });

/** The municipality-level obligations (src/rules/municipality.ts) with the law status for the banner. */
export const ObligationsResponse = z.object({
  municipality: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  /** Spells in the group that began in the period. */
  group: z.number(),
  /** Of those, spells whose first 6 months have not yet passed. */
  inProgress: z.number(),
  obligations: z.array(
    z.object({
      id: z.enum(['ref2026-interview-75pct', 'ref2026-exemption-25pct']),
      title: Bilingual,
      legalRef: z.string(),
      denominator: z.number(),
      numerator: z.number(),
      share: z.number().nullable(),
      limit: z.number(),
      direction: z.enum(['at-least', 'at-most']),
      met: z.boolean().nullable(),
    }),
  ),
  exemptions: z.array(
    z.object({
      citizen: z.string(),
      /** The case's id in the store, for the link (null when not found). */
      citizenId: z.number().nullable(),
      spellId: z.string(),
      targetGroup: z.string(),
      decidedOn: z.string(),
      reason: z.string().nullable(),
      decidedBy: z.string().nullable(),
    }),
  ),
  law: z.object({
    asOf: z.string(),
    encodedUntil: z.string(),
    encoded: z.boolean(),
    message: Bilingual,
  }),
});
