/**
 * Serves the built web app (dist/web, made by `vite build`) and answers every
 * other non-API GET with its index.html, so client routes survive a reload.
 * Without a build the plain landing page stays at `/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** dist/web at the repository root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface WebOptions {
  /** The built app; defaults to dist/web. */
  root?: string;
  /** The HTML for `/` when there is no build. */
  landing: () => Promise<string>;
}

/** Same-origin only; the build has no inline scripts or styles. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function sendIndex(reply: FastifyReply) {
  return reply
    .header('Cache-Control', 'no-cache')
    .header('Content-Security-Policy', CSP)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Referrer-Policy', 'same-origin')
    .sendFile('index.html', { cacheControl: false });
}

/** Whether a built web app exists at `root`. */
export function hasWebBuild(root: string = DEFAULT_WEB_ROOT): boolean {
  return existsSync(join(root, 'index.html'));
}

export async function webApp(app: FastifyInstance, options: WebOptions): Promise<void> {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  if (!hasWebBuild(root)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(await options.landing()),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Routes for the files present at start-up; everything else falls through to index.html.
    wildcard: false,
    index: false,
    // A source map left in dist/web by another build is never served.
    allowedPath: (pathName) => !pathName.endsWith('.map'),
    setHeaders: (reply, path) => {
      // Vite puts a content hash in every asset name.
      if (path.startsWith(join(root, 'assets')))
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
