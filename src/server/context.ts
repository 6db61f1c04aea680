/**
 * What the routes share: the database, the clock, the audit writer, the
 * caches and services, and small helpers for the request's user and reason.
 * Imports only services and leaf modules, never a router (no circles).
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../cases/schema.ts';
import type { SessionUser } from './access.ts';
import { unauthenticated } from './errors.ts';
import type { AttemptWindow } from './services/attempt-window.ts';
import type { AuditWriter } from './services/audit-writer.ts';
import type { RegisterService } from './services/register-service.ts';
import type { SessionCache } from './services/sessions.ts';
import type { TrialReportCache } from './services/trial-report-cache.ts';
import type { WorklistCache } from './services/worklist-cache.ts';

/** The Fastify instance with zod schemas: what every action registers its route on. */
export type Api = ReturnType<typeof typed>;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export interface ThrottleOptions {
  /** Failed logins for one username before it is locked. */
  maxFailures: number;
  /** Failed logins from one client address (any usernames) within 15 minutes before it is locked. */
  maxFailuresPerAddress: number;
  /** Lock after the max'th failure; doubles with each further failure. */
  baseLockMs: number;
  maxLockMs: number;
}

export interface ApiOptions {
  /** Today's date (YYYY-MM-DD) in Danish time; injectable for tests. */
  today?: () => string;
  /** Send the session cookie with `Secure` (default: COOKIE_SECURE=1). */
  cookieSecure?: boolean;
  /** Session lifetime (default 8 hours). */
  sessionTtlMs?: number;
  throttle?: Partial<ThrottleOptions>;
  /** How long a confirmed session is trusted without asking the database (default 10 s); 0 = always ask. */
  sessionCacheMs?: number;
  /**
   * How long the worklist projection trusts a scope's citizens before re-reading
   * them from the database (default 10 minutes; changes through the API apply at
   * once); 0 disables the projection.
   */
  worklistCacheTtlMs?: number;
  /** CPR searches (more digits than the birth date) a user may make in 10 minutes (default 30). */
  cprSearchesPer10Minutes?: number;
}

export interface ApiContext {
  db: Kysely<Database>;
  today: () => string;
  cookieSecure: boolean;
  sessionTtlMs: number;
  throttle: ThrottleOptions;
  audit: AuditWriter;
  worklists: WorklistCache;
  sessions: SessionCache;
  pseudonymKey: () => Promise<string>;
  /** CPR searches beyond the birth date, per user (need-to-know: src/server/citizens/list.ts). */
  cprSearches: AttemptWindow;
  /** The register behind the statistics routes. */
  register: RegisterService;
  /** Trial effect reports built from that register. */
  trialReports: TrialReportCache;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user, set by the session hook; null when not logged in. */
    user: SessionUser | null;
  }
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/**
 * Why the data is accessed: the `X-Access-Reason` header, else a `reason`
 * query or body field, else 'casework'. Stored in the audit log.
 */
export function accessReason(request: FastifyRequest): string {
  const header = request.headers['x-access-reason'];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const query = request.query as Record<string, unknown> | undefined;
  const body = request.body as Record<string, unknown> | undefined;
  const candidate =
    fromHeader ??
    (typeof query?.reason === 'string' ? query.reason : undefined) ??
    (body && typeof body === 'object' && typeof body.reason === 'string' ? body.reason : undefined);
  const trimmed = candidate?.trim().slice(0, 200);
  return trimmed ? trimmed : 'casework';
}
