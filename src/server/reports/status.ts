/** GET /api/reports/trials/:trialId/status: the report's state; starts the build when there is none. */
import { trialById } from '../../rules/trials/index.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { notFound } from '../errors.ts';
import { ReportParams, ReportQuery, StatusSchema } from './schemas.ts';

export function knownTrial(trialId: string): void {
  if (!trialById(trialId)) throw notFound(`trial ${trialId}`);
}

export function status(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/reports/trials/:trialId/status',
    {
      schema: {
        summary:
          "The trial effect report's state (ready, building, failed); starts the build when there is none",
        tags: ['statistics'],
        params: ReportParams,
        querystring: ReportQuery,
        response: { 200: StatusSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      const { trialId } = request.params;
      knownTrial(trialId);
      const s = ctx.trialReports.status(trialId, request.query.lang);
      return { trialId, lang: request.query.lang, ...s };
    },
  );
}
