/** System routes: health. */
import type { FastifyInstance } from 'fastify';
import type { CaseDatabase } from '../../cases/db.ts';
import { typed } from '../context.ts';
import { health } from './health.ts';

export function systemRouter(app: FastifyInstance, database: Pick<CaseDatabase, 'db' | 'kind'>) {
  health(typed(app), database);
}
