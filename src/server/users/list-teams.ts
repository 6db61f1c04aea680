/** GET /api/teams: the teams of the municipality. */
import { listTeams as teamsOf } from '../../cases/users.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { TeamList } from './schemas.ts';

export function listTeams(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/teams',
    {
      schema: {
        summary: 'Teams of your municipality',
        tags: ['users'],
        response: { 200: TeamList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'team.read', { municipalityCode: user.municipalityCode });
      return { items: await teamsOf(ctx.db, user.municipalityCode) };
    },
  );
}
