/**
 * POST /api/auth/login. Failed logins are throttled per username with an
 * exponential lock, also for names that do not exist, and per client address
 * (many usernames from one address: `maxFailuresPerAddress` within 15 minutes);
 * an unknown user costs the same password-hash time as a known one.
 */
import { randomBytes } from 'node:crypto';
import '@fastify/cookie';
import { hashPassword, verifyPassword } from '../../cases/passwords.ts';
import {
  clearThrottle,
  createSession,
  recordLoginFailure,
  throttleState,
} from '../../cases/sessions.ts';
import { userByUsername } from '../../cases/users.ts';
import type { Api, ApiContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { findSessionUser, tokenHash } from '../services/sessions.ts';
import { LoginBody, Me, SESSION_COOKIE } from './schemas.ts';

/** A hash to verify against when the username is unknown, so timing does not tell. */
let dummyHash: Promise<string> | undefined;

/** The throttle key of a client address (no username can contain the space). */
export function addressKey(ip: string): string {
  return `@address ${ip}`;
}

/** Failures from one address are forgotten after this quiet time. */
const ADDRESS_WINDOW_MS = 15 * 60_000;

async function refuseIfLocked(ctx: ApiContext, key: string) {
  const state = await throttleState(ctx.db, key);
  if (state?.locked_until && state.locked_until.getTime() > Date.now()) {
    const retryAfter = Math.ceil((state.locked_until.getTime() - Date.now()) / 1000);
    return retryAfter;
  }
  return null;
}

export function login(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/auth/login',
    {
      schema: {
        summary: 'Log in; sets the session cookie',
        tags: ['auth'],
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase();
      const address = addressKey(request.ip);
      for (const [key, what] of [
        [username, 'this username'],
        [address, 'your address'],
      ] as const) {
        const retryAfter = await refuseIfLocked(ctx, key);
        if (retryAfter !== null) {
          reply.header('retry-after', String(retryAfter));
          throw new ApiError(
            429,
            'throttled',
            `too many failed logins for ${what}; try again in ${retryAfter} s`,
            { retryAfterSeconds: retryAfter, scope: key === username ? 'username' : 'address' },
          );
        }
      }
      const user = await userByUsername(ctx.db, username);
      dummyHash ??= hashPassword('not a password');
      let ok = false;
      if (user?.active) ok = await verifyPassword(request.body.password, user.password_hash);
      // Unknown or inactive user: spend the same time on a dummy hash.
      else await verifyPassword(request.body.password, await dummyHash);
      if (!ok || !user) {
        await recordLoginFailure(ctx.db, username, ctx.throttle);
        await recordLoginFailure(ctx.db, address, {
          ...ctx.throttle,
          maxFailures: ctx.throttle.maxFailuresPerAddress,
          forgetAfterMs: ADDRESS_WINDOW_MS,
        });
        await ctx.audit.append([
          { userId: null, action: 'auth.login-failed', detail: { username }, reason: 'login' },
        ]);
        throw new ApiError(401, 'bad-credentials', 'wrong username or password');
      }
      await clearThrottle(ctx.db, username);
      const token = randomBytes(32).toString('base64url');
      await createSession(ctx.db, {
        tokenHash: tokenHash(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + ctx.sessionTtlMs),
      });
      await ctx.audit.append([{ userId: user.id, action: 'auth.login', reason: 'login' }]);
      const sessionUser = await findSessionUser(ctx.db, ctx.sessions, token);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.cookieSecure,
        path: '/',
        maxAge: Math.floor(ctx.sessionTtlMs / 1000),
      });
      return { user: sessionUser! };
    },
  );
}
