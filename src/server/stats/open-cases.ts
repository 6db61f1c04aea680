/**
 * GET /api/stats/open-cases: weekly open cases (jobafklaring, sygedagpenge
 * 5–52 and over 52 weeks) in the user's municipality.
 */
import { buildOpenCasesReport } from '../../stats/reports.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { checkYear, sendReport } from './report-output.ts';
import { ReportSchema, YearQuery } from './schemas.ts';

export function openCases(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/stats/open-cases',
    {
      schema: {
        summary:
          "Weekly open cases (jobafklaring, sygedagpenge 5–52 and over 52 weeks) in the user's municipality",
        tags: ['statistics'],
        querystring: YearQuery('year'),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'stats.read');
      const manifest = ctx.register.manifest();
      if (!manifest) throw ctx.register.unavailable();
      const year = checkYear(manifest, request.query.year);
      const m = user.municipalityCode;
      const report = await ctx.register.report(`open-cases|${m}|${year}`, (s) =>
        buildOpenCasesReport(s, m, year),
      );
      await auditStatsRead(ctx, request, {
        municipality: m,
        report: 'open-cases',
        year,
        format: request.query.format,
      });
      return sendReport(reply, report, request.query.format, `loebende-sager-${m}-${year}`);
    },
  );
}
