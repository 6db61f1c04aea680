/** The Reformberegner (docs/simulation.md § Web page): manager and analyst roles. */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { run } from './run.ts';

export function simulateRouter(app: FastifyInstance, ctx: ApiContext): void {
  run(typed(app), ctx);
}
