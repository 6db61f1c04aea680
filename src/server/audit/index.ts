/** The audit log: reading it and verifying its hash chain (administrator). */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { list } from './list.ts';
import { verify } from './verify.ts';

export function auditRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  verify(api, ctx);
}
