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

const Bilingual = z.object({ da: z.string(), en: z.string() });
const Question = z.object({ id: z.string(), text: Bilingual });

export const ReviewList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      periodStart: z.string(),
      periodEnd: z.string(),
      perCaseworker: z.number(),
      seed: z.number(),
      teamId: z.number().nullable(),
      teamName: z.string().nullable(),
      createdAt: z.string(),
      cases: z.number(),
    }),
  ),
  questions: z.array(Question).readonly(),
});

/** A review with its sample; names only for roles that see identity (views.ts). */
export const ReviewView = z.object({
  id: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  perCaseworker: z.number(),
  seed: z.number(),
  teamId: z.number().nullable(),
  createdAt: z.string(),
  questions: z.array(Question).readonly(),
  sample: z.array(
    z.object({
      citizenId: z.number(),
      citizenName: z.string().nullable(),
      pseudonym: z.string(),
      caseworkerId: z.number().nullable(),
      caseworkerName: z.string().nullable(),
      position: z.number(),
      answers: z.record(z.string(), Answer),
      answeredAt: z.string().nullable(),
    }),
  ),
});

export const AnswerSaved = z.object({
  citizenId: z.number(),
  answers: z.record(z.string(), Answer),
});

export const Tally = z.object({
  reviewId: z.number(),
  cases: z.number(),
  answeredCases: z.number(),
  rows: z.array(
    z.object({
      questionId: z.string(),
      text: Bilingual,
      yes: z.number(),
      no: z.number(),
      notRelevant: z.number(),
      unanswered: z.number(),
    }),
  ),
});
