/**
 * Login, logout and the session cookie. Sessions are random 256-bit tokens in
 * an httpOnly, SameSite=Strict cookie (`jc_session`, Secure when configured);
 * the database keeps only their SHA-256 (services/sessions.ts).
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { me } from './me.ts';

export function authRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  login(api, ctx);
  logout(api, ctx);
  me(api);
}
