/**
 * POST /api/trials/:trialId/enable: enable a trial of the catalogue for the
 * municipality, for target groups it covers there, from a date.
 */
import { enableTrialExemption } from '../../cases/trial-exemptions.ts';
import { getDefaultCatalog, summariseTrial } from '../../rules/index.ts';
import { authorize, type SessionUser } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { EnableBody, TrialEnabled, TrialParams } from './schemas.ts';

/** The trial, if the municipality takes part in it for every target group asked for. */
function participatingTrial(user: SessionUser, trialId: string, targetGroups: string[]) {
  const trial = getDefaultCatalog().trials.get(trialId);
  if (!trial) throw notFound(`trial ${trialId}`);
  const s = summariseTrial(trial);
  const here = s.municipalities.filter((m) => m.code === user.municipalityCode);
  if (here.length === 0) {
    throw new ApiError(
      422,
      'not-participant',
      `municipality ${user.municipalityCode} is not among the municipalities of trial ${trial.id} (${s.legalBasis}); the engine would not apply it`,
    );
  }
  const allowedGroups = new Set(here.flatMap((m) => m.targetGroups));
  targetGroups.forEach((g, i) => {
    if (!allowedGroups.has(g)) {
      throw badRequest(
        `body.targetGroups.${i}`,
        `target group ${g} is not covered by trial ${trial.id} here (covered: ${[...allowedGroups].join(', ')})`,
      );
    }
  });
  return trial;
}

export function enable(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/trials/:trialId/enable',
    {
      schema: {
        summary: 'Enable a trial for chosen target groups and a period (administrator)',
        tags: ['trials'],
        params: TrialParams,
        body: EnableBody,
        response: { 201: TrialEnabled },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'trial.manage', { municipalityCode: user.municipalityCode });
      const b = request.body;
      const known = getDefaultCatalog().trials.get(request.params.trialId);
      if (!known) throw notFound(`trial ${request.params.trialId}`);
      if (b.end && b.end < b.start) throw badRequest('body.end', 'must not be before start');
      const trial = participatingTrial(user, request.params.trialId, b.targetGroups);
      const row = await enableTrialExemption(
        ctx.db,
        {
          municipalityCode: user.municipalityCode,
          trialId: trial.id,
          targetGroups: b.targetGroups,
          start: b.start,
          end: b.end ?? null,
          enabledBy: user.id,
        },
        (exemptionId) => ({
          userId: user.id,
          action: 'trial.enable',
          detail: { trialId: trial.id, exemptionId, ...b },
          reason: 'trial administration',
        }),
      );
      ctx.worklists.invalidate(user.municipalityCode);
      return reply.status(201).send({
        enabled: {
          id: row.id,
          trialId: trial.id,
          start: row.start_date,
          end: row.end_date,
          targetGroups: row.target_groups,
        },
      });
    },
  );
}
