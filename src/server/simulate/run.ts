/**
 * POST /api/simulate: the Reformberegner. Replays the user's municipality's
 * caseload (its own citizens, pseudonymised, or its persons in the register)
 * under two rule sets, or with a trial switched on ex ante, and returns the
 * report (events, hours, FTE, kr; by kind, target group, month) as JSON or
 * XLSX. Aggregate figures: one audit entry; the store read is audited as well.
 */

import { runSimulation } from '../../simulate/caseload/run.ts';
import { withOverrides } from '../../simulate/costs.ts';
import { renderXlsx } from '../../stats/render.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { SimulateBody, SimulateQuery } from './schemas.ts';

export function run(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/simulate',
    {
      schema: {
        summary:
          "Reformberegner: the municipality's caseload under two rule sets, or with a trial ex ante",
        tags: ['simulation'],
        body: SimulateBody,
        querystring: SimulateQuery,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'simulate.run');
      const b = request.body;
      let assumptions: ReturnType<typeof withOverrides> | undefined;
      try {
        assumptions = b.assumptions ? withOverrides(b.assumptions) : undefined;
      } catch (error) {
        throw badRequest(
          `body.assumptions.${(error as { field?: string }).field ?? ''}`,
          (error as Error).message,
        );
      }
      const municipality = user.municipalityCode;
      let out: Awaited<ReturnType<typeof runSimulation>>;
      try {
        out = await runSimulation(
          {
            caseload: b.caseload === 'store' ? 'store' : ctx.register.registerDir,
            municipality,
            baseYear: b.baseYear,
            baseline: { lawAt: b.vsRulesAt ?? b.rulesAt },
            alternative: {
              lawAt: b.rulesAt,
              ...(b.trial ? { trial: { id: b.trial, municipality } } : {}),
            },
            levers: {
              ...(b.exemptShare !== undefined ? { exemptShare: b.exemptShare } : {}),
              ...(b.interviewFactor !== undefined ? { interviewFactor: b.interviewFactor } : {}),
              ...(b.leverGroups ? { groups: b.leverGroups } : {}),
            },
            ...(assumptions ? { assumptions } : {}),
            ...(b.lang ? { lang: b.lang } : {}),
          },
          { db: ctx.db, userId: user.id },
        );
      } catch (error) {
        const e = error as Error & { field?: string };
        if (e.field) throw badRequest(`body.${e.field}`, e.message);
        throw error;
      }
      await auditStatsRead(ctx, request, {
        what: 'simulate',
        caseload: b.caseload,
        baseYear: b.baseYear,
        rulesAt: b.rulesAt,
        vsRulesAt: b.vsRulesAt ?? null,
        trial: b.trial ?? null,
      });
      if (request.query.format === 'xlsx') {
        return reply
          .header(
            'content-type',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header(
            'content-disposition',
            `attachment; filename="reformberegner-${municipality}-${b.baseYear}.xlsx"`,
          )
          .send(await renderXlsx(out.report));
      }
      return reply.send({
        report: out.report,
        cases: out.result.cases,
        ruleSets: out.result.ruleSets,
      });
    },
  );
}
