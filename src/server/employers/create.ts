/** POST /api/employers: register an employer (one per CVR number in a municipality). */
import { employerByCvr, insertEmployer } from '../../cases/employers.ts';
import { placementCapacity } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { ApiError } from '../errors.ts';
import { EmployerCreated, EmployerInput } from './schemas.ts';

export function create(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/employers',
    {
      schema: {
        summary: 'Register an employer',
        tags: ['employers'],
        body: EmployerInput,
        response: { 201: EmployerCreated },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'employer.write', { municipalityCode: user.municipalityCode });
      const b = request.body;
      const existing = await employerByCvr(ctx.db, user.municipalityCode, b.cvr);
      if (existing) {
        throw new ApiError(
          409,
          'duplicate',
          `an employer with CVR ${b.cvr} is already registered`,
          {
            fields: [{ path: 'body.cvr', message: 'already registered' }],
            existingId: existing.id,
          },
        );
      }
      const row = await insertEmployer(ctx.db, { municipalityCode: user.municipalityCode, ...b });
      await ctx.audit.append([
        {
          userId: user.id,
          action: 'employer.create',
          detail: { employerId: row.id },
          reason: null,
        },
      ]);
      return reply.status(201).send({
        employer: {
          id: row.id,
          name: row.name,
          cvr: row.cvr,
          ordinaryHeadcount: row.ordinary_headcount,
          capacity: placementCapacity(row.ordinary_headcount),
          currentPlacements: 0,
        },
      });
    },
  );
}
