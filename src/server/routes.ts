/**
 * The one place that registers every router of the API (docs/architecture.md
 * "Adding a route"): builds the shared context, the session hook, each
 * resource's router, and follows the changes other server processes announce.
 */

import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { todayIso } from '../calendar/index.ts';
import type { CaseDatabase } from '../cases/db.ts';
import { pseudonymKey } from '../cases/store.ts';
import { auditRouter } from './audit/index.ts';
import { authRouter } from './auth/index.ts';
import { registerSessionHook } from './auth/session-hook.ts';
import { followChanges } from './changes.ts';
import { citizensRouter } from './citizens/index.ts';
import type { ApiContext, ApiOptions } from './context.ts';
import { employersRouter } from './employers/index.ts';
import { municipalityRouter } from './municipality/index.ts';
import { rehabMeetingsRouter } from './rehab-meetings/index.ts';
import { reportsRouter } from './reports/index.ts';
import { reviewsRouter } from './reviews/index.ts';
import { AttemptWindow } from './services/attempt-window.ts';
import { AuditWriter } from './services/audit-writer.ts';
import { RegisterService, type StatsOptions } from './services/register-service.ts';
import { SessionCache } from './services/sessions.ts';
import { TrialReportCache } from './services/trial-report-cache.ts';
import { WorklistCache } from './services/worklist-cache.ts';
import { enforceAnalystView } from './shared/analyst-view.ts';
import { idempotentWrites } from './shared/idempotency.ts';
import { simulateRouter } from './simulate/index.ts';
import { statsRouter } from './stats/index.ts';
import { systemRouter } from './system/index.ts';
import { trialsRouter } from './trials/index.ts';
import { usersRouter } from './users/index.ts';
import { worklistRouter } from './worklist/index.ts';

/** Every resource's router, in the order they are registered. */
const ROUTERS: ((app: FastifyInstance, ctx: ApiContext) => void)[] = [
  authRouter,
  worklistRouter,
  citizensRouter,
  employersRouter,
  rehabMeetingsRouter,
  trialsRouter,
  auditRouter,
  usersRouter,
  reviewsRouter,
  statsRouter,
  reportsRouter,
  simulateRouter,
  municipalityRouter,
];

function createContext(
  database: Pick<CaseDatabase, 'db'>,
  options: ApiOptions,
  stats: StatsOptions | null,
): ApiContext {
  const { db } = database;
  let key: Promise<string> | undefined;
  const register = new RegisterService(stats);
  return {
    db,
    today: options.today ?? (() => todayIso()),
    cookieSecure: options.cookieSecure ?? process.env.COOKIE_SECURE === '1',
    sessionTtlMs: options.sessionTtlMs ?? 8 * 60 * 60 * 1000,
    throttle: {
      maxFailures: 5,
      maxFailuresPerAddress: 20,
      baseLockMs: 30_000,
      maxLockMs: 15 * 60_000,
      ...options.throttle,
    },
    audit: new AuditWriter(db),
    // 30 CPR searches per user per 10 minutes: enough to look up the day's
    // callers, far from the thousands an enumeration needs.
    cprSearches: new AttemptWindow(options.cprSearchesPer10Minutes ?? 30, 10 * 60_000),
    worklists: new WorklistCache(db, options.worklistCacheTtlMs ?? 600_000),
    sessions: new SessionCache(options.sessionCacheMs ?? 10_000),
    pseudonymKey: () => {
      key ??= pseudonymKey(db);
      return key;
    },
    register,
    trialReports: new TrialReportCache(register),
  };
}

/** Registers the whole API on the root instance; returns its context (tests, shutdown). */
export async function registerRoutes(
  app: FastifyInstance,
  database: Pick<CaseDatabase, 'db' | 'kind' | 'listen'>,
  options: ApiOptions = {},
  stats: StatsOptions | null = null,
): Promise<ApiContext> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  const ctx = createContext(database, options, stats);
  systemRouter(app, database);
  registerSessionHook(app, ctx);
  // Analysts never receive names, CPR numbers, free text or birth dates (docs/privacy.md).
  enforceAnalystView(app);
  // One write per form submission (Idempotency-Key).
  idempotentWrites(app);
  for (const router of ROUTERS) router(app, ctx);
  if (stats?.generateIfMissing) ctx.register.startGeneration();
  // Changes made by other server processes on the same database (docs/scale-out.md).
  const stopFollowing = await followChanges(database, ctx);
  // Daily roll-over of the worklist projection (statuses change as dates pass).
  ctx.worklists.projection.startRollOver(ctx.today);
  app.addHook('onClose', async () => {
    ctx.worklists.projection.stop();
    await stopFollowing();
    await ctx.audit.flush();
    await ctx.register.close();
  });
  return ctx;
}
