/** Input schemas every resource uses. */
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');

export const IdParam = z.coerce.number().int().positive();
export const ExpectedVersion = z
  .number()
  .int()
  .positive()
  .describe('the case version the client last read (optimistic concurrency)');
