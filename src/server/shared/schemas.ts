/** Input schemas every resource uses. */
import { z } from 'zod';
import { IsoDateSchema } from '../../rules/case-format.ts';

/** A calendar date written YYYY-MM-DD that exists: the one date validator (src/rules/case-format.ts). */
export const IsoDate = IsoDateSchema;

export const IdParam = z.coerce.number().int().positive();
export const ExpectedVersion = z
  .number()
  .int()
  .positive()
  .describe('the case version the client last read (optimistic concurrency)');

/** What the law says about a deadline on a Saturday, Sunday or public holiday (rules/explain-text.ts `deadlineNote`). */
export const DueNote = z.object({
  da: z.string(),
  en: z.string(),
  short: z.object({ da: z.string(), en: z.string() }),
});

/**
 * The worklist's note on such a deadline: the short words only. The full note
 * is on the citizen page; a worklist page holds dozens of rows, and the full
 * note on each weekend deadline doubled the size of every page (and halved
 * the mixed benchmark's throughput).
 */
export const ShortDueNote = DueNote.pick({ short: true });
