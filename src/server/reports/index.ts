/**
 * Trial effect reports in the web app (docs/api.md "Trial reports"), built off
 * the request path by services/trial-report-cache.ts; the web app polls the
 * status and then shows the HTML.
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { read } from './read.ts';
import { status } from './status.ts';

export function reportsRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  status(api, ctx);
  read(api, ctx);
}
