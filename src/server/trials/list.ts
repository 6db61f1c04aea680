/** GET /api/trials: the trial catalogue with the municipality's enabled periods and uses. */
import { enabledTrials, trialUseCounts } from '../../cases/trial-exemptions.ts';
import { getDefaultCatalog, summariseTrial } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { TrialList } from './schemas.ts';

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/trials',
    {
      schema: {
        summary: "The trial catalogue with your municipality's enabled periods",
        tags: ['trials'],
        response: { 200: TrialList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'trial.read', { municipalityCode: user.municipalityCode });
      const enabled = await enabledTrials(ctx.db, user.municipalityCode);
      const uses = await trialUseCounts(ctx.db, user.municipalityCode);
      const items = [...getDefaultCatalog().trials.values()].map((t) => {
        const s = summariseTrial(t);
        const here = s.municipalities.filter((m) => m.code === user.municipalityCode);
        return {
          ...s,
          /** Whether the municipality takes part in the trial (frikommunebekendtgørelse). */
          participant: here.length > 0,
          participation: here,
          enabled: enabled
            .filter((e) => e.trial_id === t.id)
            .map((e) => ({
              id: e.id,
              start: e.start_date,
              end: e.end_date,
              targetGroups: e.target_groups,
              enabledAt: e.enabled_at.toISOString(),
            })),
          uses: uses.find((u) => u.trial_id === t.id)?.n ?? 0,
        };
      });
      return { items };
    },
  );
}
