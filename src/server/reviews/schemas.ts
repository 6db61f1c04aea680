/** Input schemas of the review routes. */
import { z } from 'zod';
import { IdParam, IsoDate } from '../shared/schemas.ts';
import { Answer } from './questions.ts';

export const ReviewParams = z.object({ id: IdParam });

export const DrawBody = z.object({
  periodStart: IsoDate,
  periodEnd: IsoDate,
  perCaseworker: z.number().int().min(1).max(100),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  teamId: z.number().int().positive().optional(),
});

export const AnswerBody = z.object({
  citizenId: z.number().int().positive(),
  answers: z.record(z.string(), Answer),
});
