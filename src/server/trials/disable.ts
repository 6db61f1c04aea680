/** POST /api/trials/:trialId/disable: end a trial on a date, or withdraw it entirely. */
import { disableTrialExemption } from '../../cases/trial-exemptions.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { notFound } from '../errors.ts';
import { DisableBody, TrialDisabled, TrialParams } from './schemas.ts';

export function disable(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/trials/:trialId/disable',
    {
      schema: {
        summary: 'Disable a trial: end it on a date, or withdraw it entirely (administrator)',
        tags: ['trials'],
        params: TrialParams,
        body: DisableBody,
        response: { 200: TrialDisabled },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'trial.manage', { municipalityCode: user.municipalityCode });
      const { trialId } = request.params;
      const end = request.body?.end;
      const found = await disableTrialExemption(
        ctx.db,
        { municipalityCode: user.municipalityCode, trialId, end },
        {
          userId: user.id,
          action: 'trial.disable',
          detail: { trialId, end: end ?? null },
          reason: 'trial administration',
        },
      );
      if (!found) throw notFound(`enabled trial ${trialId}`);
      ctx.worklists.invalidate(user.municipalityCode);
      return { trialId, end: end ?? null };
    },
  );
}
