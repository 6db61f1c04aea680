/** PUT /api/reviews/:id/answers: answer the review's questions for one sampled case. */
import { reviewAnswers, saveReviewAnswers } from '../../cases/reviews.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { type Answer, QUESTION_IDS } from './questions.ts';
import { AnswerBody, AnswerSaved, ReviewParams } from './schemas.ts';
import { loadReview } from './views.ts';

export function answer(api: Api, ctx: ApiContext): void {
  api.put(
    '/api/reviews/:id/answers',
    {
      schema: {
        summary: "Answer the review's questions for one sampled case",
        tags: ['reviews'],
        params: ReviewParams,
        body: AnswerBody,
        response: { 200: AnswerSaved },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      const review = await loadReview(ctx, request.params.id, user.municipalityCode);
      const { citizenId } = request.body;
      for (const key of Object.keys(request.body.answers)) {
        if (!QUESTION_IDS.has(key)) {
          throw badRequest(
            `body.answers.${key}`,
            `unknown question (the questions are ${[...QUESTION_IDS].join(', ')})`,
          );
        }
      }
      const row = await reviewAnswers(ctx.db, review.id, citizenId);
      if (!row) throw badRequest('body.citizenId', `case ${citizenId} is not in this sample`);
      const answers = { ...(row.answers as Record<string, Answer>), ...request.body.answers };
      await saveReviewAnswers(ctx.db, {
        reviewId: review.id,
        citizenId,
        answers,
        answeredBy: user.id,
        audit: {
          userId: user.id,
          action: 'review.answer',
          citizenId,
          detail: { reviewId: review.id, answers: request.body.answers },
          reason: 'ledelsestilsyn',
        },
      });
      return { citizenId, answers };
    },
  );
}
