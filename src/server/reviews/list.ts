/** GET /api/reviews: the municipality's management reviews. */
import { listReviews } from '../../cases/reviews.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { REVIEW_QUESTIONS } from './questions.ts';
import { ReviewList } from './schemas.ts';

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/reviews',
    {
      schema: {
        summary: 'Management reviews of your municipality',
        tags: ['reviews'],
        response: { 200: ReviewList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.tally', { municipalityCode: user.municipalityCode });
      const rows = await listReviews(ctx.db, user.municipalityCode);
      return {
        items: rows.map((r) => ({
          id: r.id,
          periodStart: r.period_start,
          periodEnd: r.period_end,
          perCaseworker: r.per_caseworker,
          seed: r.seed,
          teamId: r.team_id,
          teamName: r.team_name,
          createdAt: r.created_at.toISOString(),
          cases: r.cases,
        })),
        questions: REVIEW_QUESTIONS,
      };
    },
  );
}
