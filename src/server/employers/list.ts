/** GET /api/employers: the municipality's employers with their forholdstal capacity and placements. */
import { listEmployers } from '../../cases/employers.ts';
import { placementCapacity } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { EmployerList, ListQuery } from './schemas.ts';

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/employers',
    {
      schema: {
        summary: 'Employers of your municipality with their forholdstal capacity and placements',
        tags: ['employers'],
        querystring: ListQuery,
        response: { 200: EmployerList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'employer.read', { municipalityCode: user.municipalityCode });
      const asOf = request.query.asOf ?? ctx.today();
      const rows = await listEmployers(ctx.db, user.municipalityCode, asOf);
      return {
        asOf,
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          cvr: r.cvr,
          ordinaryHeadcount: r.ordinary_headcount,
          capacity: placementCapacity(r.ordinary_headcount),
          currentPlacements: r.placements,
        })),
      };
    },
  );
}
