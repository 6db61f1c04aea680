/**
 * GET /api/stats/comparison: the user's municipality vs its region vs the whole
 * country at chosen periods, with the change from the first (baseline) period.
 */
import type { z } from 'zod';
import { MEASURES } from '../../stats/measures/index.ts';
import { buildComparison, type ComparisonSpec, type Report } from '../../stats/reports.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { sendReport } from './report-output.ts';
import { COMPARISON_VALUES, ComparisonQuery, Period, ReportSchema } from './schemas.ts';

/** The comparison asked for, with its periods and value column checked. */
function specOf(q: z.infer<typeof ComparisonQuery>): ComparisonSpec {
  const periods = q.periods.split(',').map((p) => p.trim());
  if (periods.length === 0 || periods.length > 12) {
    throw badRequest('query.periods', 'give 1 to 12 periods');
  }
  for (const p of periods) {
    const ok = Period.safeParse(p);
    if (!ok.success)
      throw badRequest('query.periods', `${JSON.stringify(p)}: ${ok.error.issues[0]?.message}`);
  }
  // A group has no labour force of its own: broken down, fuldtidspersoner compares the FTE.
  const value =
    q.value ??
    (q.breakdown && q.measure === 'fuldtidspersoner' ? 'fte' : COMPARISON_VALUES[q.measure]);
  if (q.measure === 'manglende-aktiv-indsats' && q.kind !== 'month') {
    // A month-end measure: one row per month whatever the period kind.
    throw badRequest('query.kind', `${q.measure} is measured at month ends: use kind=month`);
  }
  const measure = MEASURES.find((x) => x.id === q.measure)!;
  if (!measure.columns.some((c) => c.name === value)) {
    throw badRequest('query.value', `${q.measure} has no column ${value}`);
  }
  return {
    measure: q.measure,
    value,
    benefit: q.measure === 'delvise-raskmeldinger' ? undefined : q.benefit,
    periods,
    kind: q.kind,
    breakdown: q.breakdown,
  };
}

export function comparison(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/stats/comparison',
    {
      schema: {
        summary:
          "The user's municipality vs its region vs the whole country at chosen periods, with the change from the first (baseline) period",
        tags: ['statistics'],
        querystring: ComparisonQuery,
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'stats.read');
      const q = request.query;
      const spec = specOf(q);
      const m = user.municipalityCode;
      const key = `comparison|${m}|${JSON.stringify(spec)}`;
      let report: Report;
      try {
        report = await ctx.register.report(key, (s) => buildComparison(s, m, spec));
      } catch (error) {
        const message = (error as Error).message;
        if (/unknown benefit/.test(message)) throw badRequest('query.benefit', message);
        if (/cannot be broken down/.test(message)) throw badRequest('query.breakdown', message);
        throw error;
      }
      await auditStatsRead(ctx, request, {
        municipality: m,
        report: 'comparison',
        ...spec,
        format: q.format,
      });
      return sendReport(reply, report, q.format, `sammenligning-${q.measure}-${m}`);
    },
  );
}
