/** POST /api/users: create a user in the municipality (administrator). */
import { hashPassword } from '../../cases/passwords.ts';
import { createUser as storeUser } from '../../cases/store.ts';
import { findTeam, userByUsername } from '../../cases/users.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { ApiError, badRequest } from '../errors.ts';
import { CreateUserBody, UserCreated } from './schemas.ts';

export function createUser(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/users',
    {
      schema: {
        summary: 'Create a user in your municipality (administrator)',
        tags: ['users'],
        body: CreateUserBody,
        response: { 201: UserCreated },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'user.manage', { municipalityCode: user.municipalityCode });
      const b = request.body;
      if (b.teamId) {
        const team = await findTeam(ctx.db, b.teamId);
        if (!team || team.municipality_code !== user.municipalityCode) {
          throw badRequest('body.teamId', `no team ${b.teamId} in your municipality`);
        }
      }
      if (await userByUsername(ctx.db, b.username)) {
        throw new ApiError(409, 'duplicate', `the username ${b.username} is taken`, {
          fields: [{ path: 'body.username', message: 'taken' }],
        });
      }
      const id = await storeUser(ctx.db, {
        municipalityCode: user.municipalityCode,
        username: b.username,
        displayName: b.displayName,
        role: b.role,
        teamId: b.teamId ?? null,
        passwordHash: await hashPassword(b.password),
      });
      await ctx.audit.append([
        {
          userId: user.id,
          action: 'user.create',
          detail: { createdUserId: id, role: b.role },
          reason: 'user administration',
        },
      ]);
      return reply.status(201).send({ id, username: b.username });
    },
  );
}
