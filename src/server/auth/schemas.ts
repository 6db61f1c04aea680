/** Schemas and names of the session routes. */
import { z } from 'zod';
import { ROLES } from '../../cases/schema.ts';

export const SESSION_COOKIE = 'jc_session';

/** Paths under /api that need no session. */
export const PUBLIC_PATHS = new Set(['/api/health', '/api/auth/login', '/api/auth/logout']);

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

/** The logged-in user, as `GET /api/auth/me` and the login answer it. */
export const Me = z.object({ user: UserSchema });

export const LoginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
