/** The municipality as a whole: obligations that bind it across its caseload. */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { obligations } from './obligations.ts';

export function municipalityRouter(app: FastifyInstance, ctx: ApiContext): void {
  obligations(typed(app), ctx);
}
