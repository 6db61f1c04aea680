/**
 * POST /api/simulate: the Reformberegner. Replays the user's municipality's
 * caseload (its own citizens, pseudonymised, or its persons in the register)
 * under two rule sets, or with a trial switched on ex ante, and returns the
 * report (events, hours, FTE, kr; by kind, target group, month) as JSON or
 * XLSX. Aggregate figures: one audit entry; the store read is audited as well.
 */

import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { runSimulation, type SimulationRequest } from '../../simulate/caseload/run.ts';
import { withOverrides } from '../../simulate/costs.ts';
import type { SimReport } from '../../simulate/report.ts';
import { renderXlsx } from '../../stats/render.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditStatsRead } from '../shared/audit.ts';
import { SimulateBody, SimulateQuery, SimulateResponse } from './schemas.ts';

type Body = z.infer<typeof SimulateBody>;

/** The cost assumptions with the body's overrides; a bad override is a 400 on its field. */
function assumptionsOf(b: Body): ReturnType<typeof withOverrides> | undefined {
  try {
    return b.assumptions ? withOverrides(b.assumptions) : undefined;
  } catch (error) {
    throw badRequest(
      `body.assumptions.${(error as { field?: string }).field ?? ''}`,
      (error as Error).message,
    );
  }
}

/**
 * The simulation the body asks for, on the user's municipality. The register
 * is asked for only when the caseload is the register (503 when there is none).
 */
function simulationOf(b: Body, municipality: string, ctx: ApiContext): SimulationRequest {
  const assumptions = assumptionsOf(b);
  return {
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
  };
}

/** Runs it; an error naming a field of the request is a 400 on that field of the body. */
async function simulate(
  ctx: ApiContext,
  req: SimulationRequest,
  userId: number,
): ReturnType<typeof runSimulation> {
  try {
    return await runSimulation(req, { db: ctx.db, userId });
  } catch (error) {
    const e = error as Error & { field?: string };
    if (e.field) throw badRequest(`body.${e.field}`, e.message);
    throw error;
  }
}

/** The report as an XLSX download (a Buffer: Fastify sends it without the JSON serializer). */
async function sendXlsx(reply: FastifyReply, report: SimReport, filename: string) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(await renderXlsx(report));
}

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
        response: { 200: SimulateResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'simulate.run');
      const b = request.body;
      const municipality = user.municipalityCode;
      const req = simulationOf(b, municipality, ctx);
      const out = await simulate(ctx, req, user.id);
      await auditStatsRead(ctx, request, {
        what: 'simulate',
        caseload: b.caseload,
        baseYear: b.baseYear,
        rulesAt: b.rulesAt,
        vsRulesAt: b.vsRulesAt ?? null,
        trial: b.trial ?? null,
      });
      if (request.query.format === 'xlsx') {
        return sendXlsx(reply, out.report, `reformberegner-${municipality}-${b.baseYear}.xlsx`);
      }
      return reply.send({
        report: out.report,
        cases: out.result.cases,
        ruleSets: out.result.ruleSets,
      });
    },
  );
}
