/** GET /api/worklist: the caseworker's or the team's open obligations, from the projection. */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { findTeam } from '../../cases/users.ts';
import { authorize, type SessionUser } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import type { Worklist, WorklistScope } from '../services/worklist.ts';
import type { CacheEntry } from '../services/worklist-cache.ts';
import { auditRead } from '../shared/audit.ts';
import { WorklistPage, WorklistQuery } from './schemas.ts';

type Query = z.infer<typeof WorklistQuery>;

/** Whose worklist: the user's own cases, or a team's (the user's team unless one is named). */
async function scopeOf(
  ctx: ApiContext,
  user: SessionUser,
  q: Query,
  asOf: string,
): Promise<WorklistScope> {
  const common = { municipalityCode: user.municipalityCode, asOf, horizonDays: q.horizonDays };
  if (q.scope === 'mine') {
    authorize(user, 'worklist.mine', { municipalityCode: user.municipalityCode });
    return { ...common, scope: 'mine', caseworkerId: user.id, withNames: true };
  }
  const teamId = q.teamId ?? user.teamId;
  if (!teamId) throw badRequest('querystring.teamId', 'you have no team; name one');
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw badRequest('querystring.teamId', `no team ${teamId}`);
  authorize(user, 'worklist.team', { municipalityCode: team.municipality_code, teamId });
  return { ...common, scope: 'team', teamId, withNames: true };
}

/**
 * One page of the list as JSON. Counts cover the whole list; the items are one
 * page of it, so that a caseworker with hundreds of open obligations gets the
 * most urgent first. A cached worklist keeps its serialised pages too.
 */
function pageOf(worklist: Worklist, cached: CacheEntry | undefined, q: Query) {
  const pageKey = `${q.status}|${q.limit}|${q.offset}`;
  const hit = cached?.pages?.get(pageKey);
  if (hit) return hit;
  const matching =
    q.status === 'open' ? worklist.items : worklist.items.filter((i) => i.status === q.status);
  const items = matching.slice(q.offset, q.offset + q.limit);
  const page = {
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
  return page;
}

export function read(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/worklist',
    {
      schema: {
        summary: 'Open obligations (overdue, due, upcoming) of my cases or my team, by due date',
        tags: ['worklist'],
        querystring: WorklistQuery,
        response: { 200: WorklistPage },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const q = request.query;
      const asOf = q.asOf ?? ctx.today();
      const scope = await scopeOf(ctx, user, q, asOf);
      // Computing afresh costs a whole scope's evaluation: a team leader's or
      // administrator's check of the projection, not something to repeat.
      if (q.cache === 'off') authorize(user, 'worklist.recompute');
      const { worklist, cached } = await ctx.worklists.read(scope, q.cache === 'on');
      const { json, citizenIds } = pageOf(worklist, cached, q);
      // The audit records the citizens whose data this response shows.
      await auditRead(ctx, request, 'worklist.read', citizenIds, {
        scope: scope.scope,
        teamId: scope.teamId ?? null,
        asOf,
      });
      // The page is JSON already (cached pages are kept serialised): sent as it is,
      // past the serializer; WorklistPage documents it for OpenAPI and the web types.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
    },
  );
}
