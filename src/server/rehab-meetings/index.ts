/**
 * Rehabilitation-team meetings (rehabiliteringsteam): an agenda of at most 10
 * cases, the team's recommendation (indstilling) and the decision (afgørelse)
 * per case.
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { decide } from './decide.ts';
import { list } from './list.ts';
import { schedule } from './schedule.ts';

export function rehabMeetingsRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  schedule(api, ctx);
  decide(api, ctx);
}
