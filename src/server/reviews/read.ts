/** GET /api/reviews/:id: a review with its sample, questions and answers. */
import { authorize, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { auditRead } from '../shared/audit.ts';
import { ReviewParams, ReviewView } from './schemas.ts';
import { loadReview, reviewView } from './views.ts';

export function read(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/reviews/:id',
    {
      schema: {
        summary: 'A review with its sample, questions and answers',
        tags: ['reviews'],
        params: ReviewParams,
        response: { 200: ReviewView },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      await loadReview(ctx, request.params.id, user.municipalityCode);
      const view = await reviewView(ctx, request.params.id, seesIdentity(user));
      await auditRead(
        ctx,
        request,
        'review.read',
        view.sample.map((s) => s.citizenId),
        { reviewId: view.id },
      );
      return view;
    },
  );
}
