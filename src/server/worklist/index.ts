/** The worklist: open obligations of my cases or my team (services/worklist.ts computes it). */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { read } from './read.ts';

export function worklistRouter(app: FastifyInstance, ctx: ApiContext): void {
  read(typed(app), ctx);
}
