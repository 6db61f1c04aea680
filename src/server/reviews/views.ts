/** Reviews as the routes show them; loading one of the user's municipality. */
import { findReview, reviewCases } from '../../cases/reviews.ts';
import type { ApiContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { type Answer, REVIEW_QUESTIONS } from './questions.ts';

export async function loadReview(ctx: ApiContext, id: number, municipalityCode: string) {
  const review = await findReview(ctx.db, id);
  if (!review || review.municipality_code !== municipalityCode) throw notFound(`review ${id}`);
  return review;
}

export async function reviewView(ctx: ApiContext, id: number, identity: boolean) {
  const review = await findReview(ctx.db, id);
  if (!review) throw notFound(`review ${id}`);
  const cases = await reviewCases(ctx.db, id);
  return {
    id: review.id,
    periodStart: review.period_start,
    periodEnd: review.period_end,
    perCaseworker: review.per_caseworker,
    seed: review.seed,
    teamId: review.team_id,
    createdAt: review.created_at.toISOString(),
    questions: REVIEW_QUESTIONS,
    sample: cases.map((c) => ({
      citizenId: c.citizen_id,
      citizenName: identity ? c.name : null,
      pseudonym: c.cpr_pseudonym,
      caseworkerId: c.caseworker_id,
      caseworkerName: c.display_name,
      position: c.position,
      answers: c.answers as Record<string, Answer>,
      answeredAt: c.answered_at?.toISOString() ?? null,
    })),
  };
}
