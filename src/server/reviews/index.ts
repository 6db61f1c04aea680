/**
 * Management review (ledelsestilsyn): a seeded random sample of N cases per
 * caseworker among the cases active in a period, a fixed question set answered
 * yes / no / not relevant per case, and the tally.
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { answer } from './answer.ts';
import { draw } from './draw.ts';
import { list } from './list.ts';
import { read } from './read.ts';
import { tally } from './tally.ts';

export function reviewsRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  draw(api, ctx);
  read(api, ctx);
  answer(api, ctx);
  tally(api, ctx);
}
