/**
 * Trial administration: the catalogue of frikommuneforsøg, enabling one for
 * chosen target groups and a period, disabling it. Both writes change every
 * worklist of the municipality (src/cases/trial-exemptions.ts).
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { disable } from './disable.ts';
import { enable } from './enable.ts';
import { list } from './list.ts';

export function trialsRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  enable(api, ctx);
  disable(api, ctx);
}
