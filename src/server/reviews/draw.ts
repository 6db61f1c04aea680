/** POST /api/reviews: draw a sample of N random cases per caseworker active in the period. */
import { insertReview, reviewCandidates } from '../../cases/reviews.ts';
import { authorize, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditRead } from '../shared/audit.ts';
import { drawSample } from './sample.ts';
import { DrawBody, ReviewView } from './schemas.ts';
import { reviewView } from './views.ts';

export function draw(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/reviews',
    {
      schema: {
        summary: 'Draw a review sample: N random cases per caseworker active in the period',
        tags: ['reviews'],
        body: DrawBody,
        response: { 201: ReviewView },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      const b = request.body;
      if (b.periodEnd < b.periodStart) {
        throw badRequest('body.periodEnd', 'must not be before periodStart');
      }
      const seed = b.seed ?? Math.floor(Math.random() * 2 ** 31);
      // The web form offers the team choice and preselects a team leader's own team.
      const teamId = b.teamId;
      const candidates = await reviewCandidates(ctx.db, {
        municipalityCode: user.municipalityCode,
        periodStart: b.periodStart,
        periodEnd: b.periodEnd,
        ...(teamId ? { teamId } : {}),
      });
      const sample = drawSample(candidates, b.perCaseworker, seed);
      if (sample.length === 0) {
        throw badRequest(
          'body.periodStart',
          'no cases with a caseworker were active in the period',
        );
      }
      const id = await insertReview(ctx.db, {
        municipalityCode: user.municipalityCode,
        periodStart: b.periodStart,
        periodEnd: b.periodEnd,
        perCaseworker: b.perCaseworker,
        seed,
        teamId: teamId ?? null,
        createdBy: user.id,
        sample,
      });
      const view = await reviewView(ctx, id, seesIdentity(user));
      await auditRead(
        ctx,
        request,
        'review.sample',
        sample.map((s) => s.citizenId),
        { reviewId: id },
      );
      return reply.status(201).send(view);
    },
  );
}
