/** Employers (virksomheder) with their ordinary headcount, the base of the forholdstal. */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { create } from './create.ts';
import { list } from './list.ts';

export function employersRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  create(api, ctx);
}
