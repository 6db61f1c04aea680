/**
 * GET /api/stats/monthly: "Aktiv og passiv forsørgelse", persons and DKK per
 * benefit row, January–December and average, for the user's municipality.
 */
import { buildMonthlyReport } from '../../stats/reports.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { checkYear, sendReport } from './report-output.ts';
import { ReportSchema, YearQuery } from './schemas.ts';

export function monthly(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/stats/monthly',
    {
      schema: {
        summary:
          '"Aktiv og passiv forsørgelse": persons and DKK per benefit row, January–December and average, for the user\'s municipality',
        tags: ['statistics'],
        querystring: YearQuery('report year'),
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
      const report = await ctx.register.report(`monthly|${m}|${year}`, (s) =>
        buildMonthlyReport(s, m, year),
      );
      await auditStatsRead(ctx, request, {
        municipality: m,
        report: 'monthly',
        year,
        format: request.query.format,
      });
      return sendReport(
        reply,
        report,
        request.query.format,
        `aktiv-passiv-forsoergelse-${m}-${year}`,
      );
    },
  );
}
