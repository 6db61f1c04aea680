/** Users and teams of the municipality. */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { createUser } from './create-user.ts';
import { listTeams } from './list-teams.ts';
import { listUsers } from './list-users.ts';

export function usersRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  listTeams(api, ctx);
  listUsers(api, ctx);
  createUser(api, ctx);
}
