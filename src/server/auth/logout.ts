/** POST /api/auth/logout: ends the session here and, announced, in every server process. */
import '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { endSession } from '../../cases/sessions.ts';
import type { Api, ApiContext } from '../context.ts';
import { tokenHash } from '../services/sessions.ts';
import { SESSION_COOKIE } from './schemas.ts';

export function logout(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/auth/logout',
    { schema: { summary: 'Log out; ends the session', tags: ['auth'] } },
    async (request: FastifyRequest, reply) => {
      const token = request.cookies?.[SESSION_COOKIE];
      if (token) {
        const hash = tokenHash(token);
        ctx.sessions.delete(hash);
        // Other server processes may have this session cached (docs/scale-out.md).
        await endSession(ctx.db, hash);
        if (request.user) {
          await ctx.audit.append([
            { userId: request.user.id, action: 'auth.logout', reason: 'logout' },
          ]);
        }
      }
      reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.cookieSecure,
      });
      return reply.status(204).send();
    },
  );
}
