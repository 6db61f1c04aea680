/**
 * GET /api/reports/trials/:trialId: the trial effect report as a
 * self-contained HTML page (202 with the status while it is being built).
 */
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { ApiError } from '../errors.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { ReportParams, ReportQuery } from './schemas.ts';
import { knownTrial } from './status.ts';

export function read(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/reports/trials/:trialId',
    {
      schema: {
        summary:
          'The trial effect report as a self-contained HTML page (202 with the status while it is being built)',
        tags: ['statistics'],
        params: ReportParams,
        querystring: ReportQuery,
      },
    },
    async (request, reply) => {
      authorize(requireUser(request), 'stats.read');
      const { trialId } = request.params;
      const { lang } = request.query;
      knownTrial(trialId);
      const s = ctx.trialReports.status(trialId, lang);
      if (s.status === 'failed') {
        throw new ApiError(
          422,
          'report-failed',
          `the trial report could not be made: ${s.message}`,
        );
      }
      const html = s.status === 'ready' ? ctx.trialReports.html(trialId, lang) : null;
      if (html === null) {
        return reply.status(202).send({ trialId, lang, ...s });
      }
      await auditStatsRead(ctx, request, { report: 'trial', trialId });
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        )
        .send(html);
    },
  );
}
