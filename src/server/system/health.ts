/** GET /api/health: liveness, database kind and row counts (no session needed). */
import { z } from 'zod';
import { type CaseDatabase, ping } from '../../cases/db.ts';
import { countAll } from '../../cases/store.ts';
import { VERSION } from '../../version.ts';
import type { Api } from '../context.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
  }),
  counts: z.object({
    municipalities: z.number().int(),
    teams: z.number().int(),
    users: z.number().int(),
    citizens: z.number().int(),
    benefitSpells: z.number().int(),
    caseEvents: z.number().int(),
    trialExemptions: z.number().int(),
    auditEntries: z.number().int(),
  }),
});

const NO_COUNTS = {
  municipalities: 0,
  teams: 0,
  users: 0,
  citizens: 0,
  benefitSpells: 0,
  caseEvents: 0,
  trialExemptions: 0,
  auditEntries: 0,
};

export function health(api: Api, database: Pick<CaseDatabase, 'db' | 'kind'>): void {
  const { db, kind } = database;
  api.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness, database kind and row counts',
        tags: ['system'],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const reachable = await ping(db).catch(() => false);
      const counts = reachable ? await countAll(db) : NO_COUNTS;
      const body = {
        status: reachable ? ('ok' as const) : ('degraded' as const),
        version: VERSION,
        database: { kind, reachable },
        counts,
      };
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );
}
