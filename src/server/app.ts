/**
 * The Fastify application: API routes, OpenAPI documentation, logging.
 * Built from an open case database so tests can run it without a port.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { z } from 'zod';
import type { CaseDatabase } from '../cases/db.ts';
import { ping } from '../cases/db.ts';
import { countAll } from '../cases/store.ts';
import { VERSION } from '../version.ts';
import { type ApiOptions, registerCaseworkApi } from './api/index.ts';
import { registerReportRoutes, TrialReportCache } from './api/reports.ts';
import { RegisterService, registerStatsRoutes, type StatsOptions } from './api/stats.ts';
import { installErrorHandler } from './errors.ts';
import { landingPage } from './landing-page.ts';
import { fastifyLogger } from './logging.ts';
import { webApp } from './web.ts';

export interface ServerOptions {
  database: CaseDatabase;
  logLevel?: string;
  /** Where log lines go (tests capture them). */
  logStream?: DestinationStream;
  /** Case-work API settings (clock, cookie, throttling, cache); see src/server/context.ts. */
  api?: ApiOptions;
  /** The register behind the statistics pages (REGISTER_DIR); none: those routes answer 503. */
  stats?: StatsOptions;
}

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

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: fastifyLogger(options.logLevel ?? 'info', options.logStream),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'jobcenter API',
        description:
          'Case work, statutory rules and statistics for Danish municipal employment services.',
        version: VERSION,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, kind } = options.database;

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
      const counts = reachable
        ? await countAll(db)
        : {
            municipalities: 0,
            teams: 0,
            users: 0,
            citizens: 0,
            benefitSpells: 0,
            caseEvents: 0,
            trialExemptions: 0,
            auditEntries: 0,
          };
      const body = {
        status: reachable ? ('ok' as const) : ('degraded' as const),
        version: VERSION,
        database: { kind, reachable },
        counts,
      };
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );

  const ctx = await registerCaseworkApi(app, options.database, options.api);
  const register = new RegisterService(options.stats ?? null);
  registerStatsRoutes(app, ctx, register);
  registerReportRoutes(app, ctx, new TrialReportCache(register));
  if (options.stats?.generateIfMissing) register.startGeneration();
  app.addHook('onClose', () => register.close());

  // The web app from dist/web; the landing page when it has not been built.
  await app.register(webApp, { landing: async () => landingPage(await countAll(db), kind) });

  return app;
}
