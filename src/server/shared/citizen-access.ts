/** Loading a citizen under the access policy, and writing to the case through src/cases. */
import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { AuditEntry } from '../../cases/audit.ts';
import { type CitizenRow, findCitizen } from '../../cases/citizens.ts';
import type { Database } from '../../cases/schema.ts';
import { changeCase } from '../../cases/write.ts';
import { type Action, decide, type SessionUser } from '../access.ts';
import { type ApiContext, accessReason, requireUser } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';

export type { CitizenRow } from '../../cases/citizens.ts';

/**
 * Loads a citizen and checks the action against the policy. A refused attempt
 * on an existing citizen is itself audited (who tried to see or change whom);
 * a citizen of another municipality answers 404 like an unknown id.
 */
export async function citizenFor(
  ctx: ApiContext,
  request: FastifyRequest,
  citizenId: number,
  action: Action,
): Promise<{ user: SessionUser; citizen: CitizenRow }> {
  const user = requireUser(request);
  const citizen = await findCitizen(ctx.db, citizenId);
  if (!citizen) throw notFound(`citizen ${citizenId}`);
  const decision = decide(user, action, {
    municipalityCode: citizen.municipality_code,
    teamId: citizen.team_id,
  });
  if (!decision.allowed) {
    await ctx.audit.append([
      {
        userId: user.id,
        action: 'access-denied',
        citizenId: citizen.id,
        detail: { attempted: action, method: request.method, route: request.routeOptions.url },
        reason: accessReason(request),
      },
    ]);
    // Another municipality's citizen answers as one that does not exist,
    // whatever the reason: the answer must not confirm that the id is in use.
    if (citizen.municipality_code !== user.municipalityCode) throw notFound(`citizen ${citizenId}`);
    throw forbidden(decision.reason);
  }
  return { user, citizen };
}

/**
 * Changes a case through the one write path (`changeCase` in src/cases/write.ts:
 * version check, audit entry and change announcement in one transaction; a
 * stale version is HTTP 409 and nothing is written), then drops this process's
 * projected worklists of that citizen.
 */
export async function writeCase<T>(
  ctx: ApiContext,
  request: FastifyRequest,
  citizen: CitizenRow,
  expectedVersion: number | undefined,
  change: (trx: Transaction<Database>, version: number) => Promise<T>,
  audit: (result: T) => Omit<AuditEntry, 'userId' | 'citizenId' | 'reason'>,
): Promise<{ result: T; version: number }> {
  const user = requireUser(request);
  const out = await changeCase(ctx.db, {
    citizen: { id: citizen.id, municipalityCode: citizen.municipality_code },
    expectedVersion,
    userId: user.id,
    reason: accessReason(request),
    change,
    audit,
  });
  ctx.worklists.invalidate(citizen.municipality_code, [citizen.id]);
  return out;
}
