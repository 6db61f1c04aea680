/**
 * Login, logout and the session cookie. Sessions are random 256-bit tokens in
 * an httpOnly, SameSite=Strict cookie (`jc_session`, Secure when configured);
 * the database keeps only their SHA-256, so a copy of the sessions table does
 * not let anyone in. Failed logins are throttled per username with an
 * exponential lock, also for names that do not exist.
 */
import { createHash, randomBytes } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../cases/passwords.ts';
import { ROLES } from '../cases/schema.ts';
import type { SessionUser } from './access.ts';
import { announceChange } from './changes.ts';
import type { ApiContext } from './context.ts';
import { requireUser } from './context.ts';
import { ApiError, unauthenticated } from './errors.ts';

export const SESSION_COOKIE = 'jc_session';

const PUBLIC_PATHS = new Set(['/api/health', '/api/auth/login', '/api/auth/logout']);

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
});

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A hash to verify against when the username is unknown, so timing does not tell. */
let dummyHash: Promise<string> | undefined;

/**
 * Sessions recently confirmed by the database, by token hash. A logout in this
 * process removes its entry at once; a logout or deactivation through another
 * process reaches this one within `sessionCacheMs` (default 10 s).
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser; until: number }>();
  constructor(private readonly ttlMs: number) {}
  get(hash: string): SessionUser | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (e.until <= Date.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return e.user;
  }
  set(hash: string, user: SessionUser, sessionExpires: number): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(hash, { user, until: Math.min(Date.now() + this.ttlMs, sessionExpires) });
  }
  delete(hash: string): void {
    this.entries.delete(hash);
  }
  /** Drops every cached session (notifications from other processes may have been missed). */
  clear(): void {
    this.entries.clear();
  }
  /** Drops every cached session of a user (password change, deactivation). */
  forgetUser(userId: number): void {
    for (const [k, e] of this.entries) if (e.user.id === userId) this.entries.delete(k);
  }
}

export async function findSessionUser(
  ctx: ApiContext,
  token: string | undefined,
): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const hash = tokenHash(token);
  const cached = ctx.sessions.get(hash);
  if (cached) return cached;
  const row = await ctx.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('municipalities as m', 'm.code', 'u.municipality_code')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.municipality_code',
      'm.name as municipality_name',
      'u.team_id',
      't.name as team_name',
      's.expires_at',
    ])
    .where('s.token_hash', '=', hash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  const user: SessionUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    teamId: row.team_id,
    teamName: row.team_name,
  };
  ctx.sessions.set(hash, user, row.expires_at.getTime());
  return user;
}

export function registerSessionHook(app: FastifyInstance, ctx: ApiContext): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.user = await findSessionUser(ctx, request.cookies?.[SESSION_COOKIE]);
    // Everything under /api needs a session except these; checked before input validation.
    const path = request.url.split('?')[0] ?? '';
    if (!request.user && !PUBLIC_PATHS.has(path) && !path.startsWith('/api/docs')) {
      throw unauthenticated();
    }
  });
}

function setSessionCookie(ctx: ApiContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.cookieSecure,
    path: '/',
    maxAge: Math.floor(ctx.sessionTtlMs / 1000),
  });
}

async function throttleState(ctx: ApiContext, username: string) {
  return ctx.db
    .selectFrom('login_throttle')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
}

async function recordFailure(ctx: ApiContext, username: string): Promise<void> {
  const { maxFailures, baseLockMs, maxLockMs } = ctx.throttle;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('login_throttle')
      .values({ username, failures: 1, last_failure_at: new Date() })
      .onConflict((oc) =>
        oc.column('username').doUpdateSet({
          failures: sql`login_throttle.failures + 1`,
          last_failure_at: new Date(),
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (row.failures >= maxFailures) {
      const lockMs = Math.min(maxLockMs, baseLockMs * 2 ** (row.failures - maxFailures));
      await trx
        .updateTable('login_throttle')
        .set({ locked_until: new Date(Date.now() + lockMs) })
        .where('username', '=', username)
        .execute();
    }
  });
}

export function registerAuthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/auth/login',
    {
      schema: {
        summary: 'Log in; sets the session cookie',
        tags: ['auth'],
        body: z.object({
          username: z.string().min(1).max(100),
          password: z.string().min(1).max(200),
        }),
      },
    },
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase();
      const state = await throttleState(ctx, username);
      if (state?.locked_until && state.locked_until.getTime() > Date.now()) {
        const retryAfter = Math.ceil((state.locked_until.getTime() - Date.now()) / 1000);
        reply.header('retry-after', String(retryAfter));
        throw new ApiError(
          429,
          'throttled',
          `too many failed logins for this username; try again in ${retryAfter} s`,
          { retryAfterSeconds: retryAfter },
        );
      }
      const user = await ctx.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'active'])
        .where('username', '=', username)
        .executeTakeFirst();
      dummyHash ??= hashPassword('not a password');
      let ok = false;
      if (user?.active) ok = await verifyPassword(request.body.password, user.password_hash);
      // Unknown or inactive user: spend the same time on a dummy hash.
      else await verifyPassword(request.body.password, await dummyHash);
      if (!ok || !user) {
        await recordFailure(ctx, username);
        await ctx.audit.append([
          {
            userId: null,
            action: 'auth.login-failed',
            detail: { username },
            reason: 'login',
          },
        ]);
        throw new ApiError(401, 'bad-credentials', 'wrong username or password');
      }
      await ctx.db.deleteFrom('login_throttle').where('username', '=', username).execute();
      const token = randomBytes(32).toString('base64url');
      await ctx.db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash(token),
          user_id: user.id,
          expires_at: new Date(Date.now() + ctx.sessionTtlMs),
        })
        .execute();
      // Expired sessions of this user are cleared on login.
      await ctx.db
        .deleteFrom('sessions')
        .where('user_id', '=', user.id)
        .where('expires_at', '<=', sql<Date>`now()`)
        .execute();
      await ctx.audit.append([{ userId: user.id, action: 'auth.login', reason: 'login' }]);
      const sessionUser = await findSessionUser(ctx, token);
      setSessionCookie(ctx, reply, token);
      return { user: sessionUser! };
    },
  );

  api.post(
    '/api/auth/logout',
    { schema: { summary: 'Log out; ends the session', tags: ['auth'] } },
    async (request: FastifyRequest, reply) => {
      const token = request.cookies?.[SESSION_COOKIE];
      if (token) {
        const hash = tokenHash(token);
        ctx.sessions.delete(hash);
        await ctx.db.transaction().execute(async (trx) => {
          await trx.deleteFrom('sessions').where('token_hash', '=', hash).execute();
          // Other server processes may have this session cached (docs/scale-out.md).
          await announceChange(trx, { kind: 'session', tokenHash: hash });
        });
        if (request.user) {
          await ctx.audit.append([
            { userId: request.user.id, action: 'auth.logout', reason: 'logout' },
          ]);
        }
      }
      reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.cookieSecure,
      });
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/auth/me',
    {
      schema: {
        summary: 'The logged-in user',
        tags: ['auth'],
        response: { 200: z.object({ user: UserSchema }) },
      },
    },
    async (request) => ({ user: requireUser(request) }),
  );
}
