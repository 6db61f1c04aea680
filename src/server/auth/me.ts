/** GET /api/auth/me: the logged-in user. */
import { type Api, requireUser } from '../context.ts';
import { Me } from './schemas.ts';

export function me(api: Api): void {
  api.get(
    '/api/auth/me',
    {
      schema: {
        summary: 'The logged-in user',
        tags: ['auth'],
        response: { 200: Me },
      },
    },
    async (request) => ({ user: requireUser(request) }),
  );
}
