/**
 * Headers every API response carries: nothing under /api may be stored by a
 * browser or proxy cache (case data on a shared computer), and the OpenAPI
 * page at /api/docs may not be framed (clickjacking) and runs only its own
 * scripts (its Content-Security-Policy comes from @fastify/swagger-ui's
 * static CSP, tightened in app.ts).
 */
import type { FastifyInstance } from 'fastify';

export function apiSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    if (path !== '/api' && !path.startsWith('/api/')) return payload;
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    if (path === '/api/docs' || path.startsWith('/api/docs/')) {
      reply.header('X-Frame-Options', 'DENY');
    }
    return payload;
  });
}
