/** Employers (virksomheder) with their ordinary headcount, the base of the forholdstal. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { placementCapacity } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { ApiError } from '../errors.ts';
import { IsoDate } from './common.ts';

/** CVR-nummer: eight digits with a modulus-11 check digit (weights 2 7 6 5 4 3 2 1). */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((s, w, i) => s + w * Number(cvr[i]), 0);
  return sum % 11 === 0;
}

const EmployerInput = z.object({
  name: z.string().trim().min(1).max(200),
  cvr: z
    .string()
    .trim()
    .regex(/^\d{8}$/, 'expected a CVR number of eight digits')
    .refine(isValidCvr, 'not a valid CVR number (modulus-11 check failed)'),
  /** ordinært ansatte */
  ordinaryHeadcount: z.number().int().min(0).max(1_000_000),
});

export function registerEmployerRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/employers',
    {
      schema: {
        summary: 'Employers of your municipality with their forholdstal capacity and placements',
        tags: ['employers'],
        querystring: z.object({ asOf: IsoDate.optional() }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'employer.read', { municipalityCode: user.municipalityCode });
      const asOf = request.query.asOf ?? ctx.today();
      const rows = await ctx.db
        .selectFrom('employers as e')
        .select([
          'e.id',
          'e.name',
          'e.cvr',
          'e.ordinary_headcount',
          sql<number>`(select count(*) from placements p where p.employer_id = e.id and p.counts_toward_ratio and p.start_date <= ${asOf} and p.end_date >= ${asOf})::int`.as(
            'placements',
          ),
        ])
        .where('e.municipality_code', '=', user.municipalityCode)
        .orderBy('e.name')
        .execute();
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

  api.post(
    '/api/employers',
    {
      schema: {
        summary: 'Register an employer',
        tags: ['employers'],
        body: EmployerInput,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'employer.write', { municipalityCode: user.municipalityCode });
      const b = request.body;
      const existing = await ctx.db
        .selectFrom('employers')
        .select('id')
        .where('municipality_code', '=', user.municipalityCode)
        .where('cvr', '=', b.cvr)
        .executeTakeFirst();
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
      const row = await ctx.db
        .insertInto('employers')
        .values({
          municipality_code: user.municipalityCode,
          name: b.name,
          cvr: b.cvr,
          ordinary_headcount: b.ordinaryHeadcount,
        })
        .returning(['id', 'name', 'cvr', 'ordinary_headcount'])
        .executeTakeFirstOrThrow();
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
