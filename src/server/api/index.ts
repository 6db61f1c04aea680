/**
 * The case-work API under /api (docs/api.md): sessions, access control, audit,
 * citizens and their cases, the worklist, employers, rehabilitation-team
 * meetings, trial administration, management review, the audit log.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { todayIso } from '../../calendar/index.ts';
import type { CaseDatabase } from '../../cases/db.ts';
import { pseudonymKey } from '../../cases/store.ts';
import { AuditWriter } from '../audit-writer.ts';
import { registerAuthRoutes, registerSessionHook, SessionCache } from '../auth.ts';
import { followChanges } from '../changes.ts';
import type { ApiContext, ApiOptions } from '../context.ts';
import { WorklistCache } from '../worklist.ts';
import { registerAdminRoutes } from './admin.ts';
import { registerCitizenRoutes } from './citizens.ts';
import { registerEmployerRoutes } from './employers.ts';
import { registerRehabRoutes } from './rehab.ts';
import { registerReviewRoutes } from './reviews.ts';
import { registerWorklistRoutes } from './worklist.ts';

export type { ApiOptions } from '../context.ts';

/** Registers the case-work API on the root instance; returns its context (tests, shutdown). */
export async function registerCaseworkApi(
  app: FastifyInstance,
  database: Pick<CaseDatabase, 'db' | 'listen'>,
  options: ApiOptions = {},
): Promise<ApiContext> {
  const { db } = database;
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  let key: Promise<string> | undefined;
  const ctx: ApiContext = {
    db,
    today: options.today ?? (() => todayIso()),
    cookieSecure: options.cookieSecure ?? process.env.COOKIE_SECURE === '1',
    sessionTtlMs: options.sessionTtlMs ?? 8 * 60 * 60 * 1000,
    throttle: { maxFailures: 5, baseLockMs: 30_000, maxLockMs: 15 * 60_000, ...options.throttle },
    audit: new AuditWriter(db),
    worklists: new WorklistCache(options.worklistCacheTtlMs ?? 60_000),
    sessions: new SessionCache(options.sessionCacheMs ?? 10_000),
    pseudonymKey: () => {
      key ??= pseudonymKey(db);
      return key;
    },
  };
  registerSessionHook(app, ctx);
  registerAuthRoutes(app, ctx);
  registerWorklistRoutes(app, ctx);
  registerCitizenRoutes(app, ctx);
  registerEmployerRoutes(app, ctx);
  registerRehabRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  // Changes made by other server processes on the same database (docs/scale-out.md).
  const stopFollowing = await followChanges(database, ctx);
  app.addHook('onClose', async () => {
    await stopFollowing();
    await ctx.audit.flush();
  });
  return ctx;
}
