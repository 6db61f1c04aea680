/** GET /api/reviews/:id/tally: the answers counted per question. */
import { allReviewAnswers } from '../../cases/reviews.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { REVIEW_QUESTIONS } from './questions.ts';
import { ReviewParams, Tally } from './schemas.ts';
import { loadReview } from './views.ts';

export function tallyAnswers(rows: readonly { answers: unknown }[]) {
  return REVIEW_QUESTIONS.map((q) => {
    const counts = { yes: 0, no: 0, notRelevant: 0, unanswered: 0 };
    for (const r of rows) {
      const a = (r.answers as Record<string, string>)[q.id];
      if (a === 'yes') counts.yes += 1;
      else if (a === 'no') counts.no += 1;
      else if (a === 'not-relevant') counts.notRelevant += 1;
      else counts.unanswered += 1;
    }
    return { questionId: q.id, text: q.text, ...counts };
  });
}

export function tally(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/reviews/:id/tally',
    {
      schema: {
        summary: 'Tally of the answers per question',
        tags: ['reviews'],
        params: ReviewParams,
        response: { 200: Tally },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.tally', { municipalityCode: user.municipalityCode });
      const review = await loadReview(ctx, request.params.id, user.municipalityCode);
      const rows = await allReviewAnswers(ctx.db, review.id);
      const answered = rows.filter((r) => Object.keys(r.answers as object).length > 0).length;
      return {
        reviewId: review.id,
        cases: rows.length,
        answeredCases: answered,
        rows: tallyAnswers(rows),
      };
    },
  );
}
