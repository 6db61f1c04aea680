/** GET /api/users: the users of the municipality (administrator). */
import { listUsers as usersOf } from '../../cases/users.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { UserList } from './schemas.ts';

export function listUsers(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/users',
    {
      schema: {
        summary: 'Users of your municipality (administrator)',
        tags: ['users'],
        response: { 200: UserList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'user.manage', { municipalityCode: user.municipalityCode });
      const rows = await usersOf(ctx.db, user.municipalityCode);
      return {
        items: rows.map((r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          teamId: r.team_id,
          teamName: r.name,
          active: r.active,
        })),
      };
    },
  );
}
