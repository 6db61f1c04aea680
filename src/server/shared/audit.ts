/** Audit entries for reads (group-committed; each resolves when durable). */
import type { FastifyRequest } from 'fastify';
import { type ApiContext, accessReason, requireUser } from '../context.ts';

/** Audits a read of one or more citizens' data. */
export async function auditRead(
  ctx: ApiContext,
  request: FastifyRequest,
  action: string,
  citizenIds: number[],
  detail: Record<string, unknown> = {},
): Promise<void> {
  const user = requireUser(request);
  const reason = accessReason(request);
  if (citizenIds.length === 1) {
    await ctx.audit.append([
      { userId: user.id, action, citizenId: citizenIds[0]!, detail, reason },
    ]);
  } else if (citizenIds.length > 1) {
    await ctx.audit.append([
      { userId: user.id, action, citizenId: null, detail: { ...detail, citizenIds }, reason },
    ]);
  }
}

/**
 * Audits a read of aggregate figures (statistics, trial reports): one entry,
 * action 'stats-read', no citizen.
 */
export async function auditStatsRead(
  ctx: ApiContext,
  request: FastifyRequest,
  detail: Record<string, unknown>,
): Promise<void> {
  const user = requireUser(request);
  await ctx.audit.append([
    {
      userId: user.id,
      action: 'stats-read',
      citizenId: null,
      detail: { route: request.routeOptions.url, ...detail },
      reason: accessReason(request),
    },
  ]);
}
