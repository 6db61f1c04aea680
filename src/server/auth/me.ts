/** GET /api/auth/me: the logged-in user. */
import { z } from 'zod';
import { type Api, requireUser } from '../context.ts';
import { UserSchema } from './schemas.ts';

export function me(api: Api): void {
  api.get(
    '/api/auth/me',
    {
      schema: {
        summary: 'The logged-in user',
        tags: ['auth'],
        response: { 200: z.object({ user: UserSchema }) },
      },
    },
    async (request) => ({ user: requireUser(request) }),
  );
}
