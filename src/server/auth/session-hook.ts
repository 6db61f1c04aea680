/** Sets `request.user` from the session cookie; everything under /api but a few paths needs it. */
import '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { unauthenticated } from '../errors.ts';
import { findSessionUser } from '../services/sessions.ts';
import { PUBLIC_PATHS, SESSION_COOKIE } from './schemas.ts';

export function registerSessionHook(app: FastifyInstance, ctx: ApiContext): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.user = await findSessionUser(ctx.db, ctx.sessions, request.cookies?.[SESSION_COOKIE]);
    // Everything under /api needs a session except these; checked before input validation.
    const path = request.url.split('?')[0] ?? '';
    if (!request.user && !PUBLIC_PATHS.has(path) && !path.startsWith('/api/docs')) {
      throw unauthenticated();
    }
  });
}
