/**
 * The Fastify application: OpenAPI documentation, logging, the error shape,
 * the API (every router is registered in routes.ts) and the web app.
 * Built from an open case database so tests can run it without a port.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { CaseDatabase } from '../cases/db.ts';
import { countAll } from '../cases/store.ts';
import { VERSION } from '../version.ts';
import type { ApiOptions } from './context.ts';
import { installErrorHandler } from './errors.ts';
import { landingPage } from './landing-page.ts';
import { fastifyLogger } from './logging.ts';
import { registerRoutes } from './routes.ts';
import type { StatsOptions } from './services/register-service.ts';
import { apiSecurityHeaders } from './shared/security-headers.ts';
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
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The UI's own scripts by hash, nothing else; never inside a frame; no
    // call-out to the public validator.
    staticCSP: true,
    transformStaticCSP: (csp: string) =>
      csp
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(' validator.swagger.io', '')
        .replace(' upgrade-insecure-requests;', ''),
    uiConfig: { validatorUrl: null },
  });
  apiSecurityHeaders(app);

  const { db, kind } = options.database;
  await registerRoutes(app, options.database, options.api, options.stats ?? null);

  // The web app from dist/web; the landing page when it has not been built.
  await app.register(webApp, { landing: async () => landingPage(await countAll(db), kind) });

  return app;
}
