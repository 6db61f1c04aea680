/** GET /api/worklist: the caseworker's or the team's open obligations, cached per scope. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../access.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { computeWorklist, type Worklist, WorklistCache, type WorklistScope } from '../worklist.ts';
import { auditRead, IsoDate } from './common.ts';

export function registerWorklistRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/worklist',
    {
      schema: {
        summary: 'Open obligations (overdue, due, upcoming) of my cases or my team, by due date',
        tags: ['worklist'],
        querystring: z.object({
          scope: z.enum(['mine', 'team']).default('mine'),
          asOf: IsoDate.optional(),
          teamId: z.coerce.number().int().positive().optional(),
          horizonDays: z.coerce.number().int().min(0).max(366).default(30),
          /** Compute from the cases without the cache (the benchmark's baseline). */
          cache: z.enum(['on', 'off']).default('on'),
          /** open = overdue, due and upcoming. */
          status: z.enum(['open', 'overdue', 'due', 'upcoming']).default('open'),
          /** A page of the list, by due date: the most urgent first. */
          limit: z.coerce.number().int().min(1).max(5000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
          reason: z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const q = request.query;
      const asOf = q.asOf ?? ctx.today();
      let scope: WorklistScope;
      if (q.scope === 'mine') {
        authorize(user, 'worklist.mine', { municipalityCode: user.municipalityCode });
        scope = {
          municipalityCode: user.municipalityCode,
          scope: 'mine',
          caseworkerId: user.id,
          asOf,
          horizonDays: q.horizonDays,
          withNames: true,
        };
      } else {
        const teamId = q.teamId ?? user.teamId;
        if (!teamId) throw badRequest('querystring.teamId', 'you have no team; name one');
        const team = await ctx.db
          .selectFrom('teams')
          .select(['id', 'municipality_code'])
          .where('id', '=', teamId)
          .executeTakeFirst();
        if (!team) throw badRequest('querystring.teamId', `no team ${teamId}`);
        authorize(user, 'worklist.team', { municipalityCode: team.municipality_code, teamId });
        scope = {
          municipalityCode: user.municipalityCode,
          scope: 'team',
          teamId,
          asOf,
          horizonDays: q.horizonDays,
          withNames: true,
        };
      }
      const key = WorklistCache.key(scope);
      const cached = q.cache === 'on' ? ctx.worklists.get(scope.municipalityCode, key) : undefined;
      let worklist: Worklist;
      if (cached) {
        worklist = cached.worklist;
      } else {
        const generation = ctx.worklists.generationOf(scope.municipalityCode);
        worklist = await computeWorklist(ctx.db, scope);
        if (q.cache === 'on') {
          ctx.worklists.set(scope.municipalityCode, key, { worklist }, generation);
        }
      }
      // Counts cover the whole list; the items are one page of it, so that a
      // caseworker with hundreds of open obligations gets the most urgent first.
      // A cached worklist keeps its serialised pages too.
      const pageKey = `${q.status}|${q.limit}|${q.offset}`;
      let page = cached?.pages?.get(pageKey);
      if (!page) {
        const matching =
          q.status === 'open'
            ? worklist.items
            : worklist.items.filter((i) => i.status === q.status);
        const items = matching.slice(q.offset, q.offset + q.limit);
        page = {
          json: JSON.stringify({
            ...worklist,
            items,
            status: q.status,
            total: matching.length,
            offset: q.offset,
            limit: q.limit,
          }),
          citizenIds: [...new Set(items.map((i) => i.citizenId))],
        };
        if (cached) {
          cached.pages ??= new Map();
          if (cached.pages.size >= 32) cached.pages.clear(); // bound the memory per worklist
          cached.pages.set(pageKey, page);
        }
      }
      const { json, citizenIds } = page;
      // The audit records the citizens whose data this response shows.
      await auditRead(ctx, request, 'worklist.read', citizenIds, {
        scope: scope.scope,
        teamId: scope.teamId ?? null,
        asOf,
      });
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );
}
