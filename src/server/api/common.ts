/** Shared schemas and helpers for the case-work routes. */
import type { FastifyRequest } from 'fastify';
import { sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { type AuditEntry, appendAuditEntries } from '../../cases/audit.ts';
import type { Database } from '../../cases/schema.ts';
import { type Action, decide, type SessionUser } from '../access.ts';
import { announceChange } from '../changes.ts';
import { type ApiContext, accessReason, requireUser } from '../context.ts';
import { ApiError, forbidden, notFound } from '../errors.ts';

/** A calendar date written YYYY-MM-DD that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');

export const IdParam = z.coerce.number().int().positive();
export const ExpectedVersion = z
  .number()
  .int()
  .positive()
  .describe('the case version the client last read (optimistic concurrency)');

export interface CitizenRow {
  id: number;
  municipality_code: string;
  team_id: number | null;
  caseworker_id: number | null;
  name: string;
  cpr: string;
  cpr_pseudonym: string;
  birth_date: string;
  version: number;
}

/**
 * Loads a citizen and checks the action against the policy. A refused attempt
 * on an existing citizen is itself audited (who tried to see or change whom).
 */
export async function citizenFor(
  ctx: ApiContext,
  request: FastifyRequest,
  citizenId: number,
  action: Action,
): Promise<{ user: SessionUser; citizen: CitizenRow }> {
  const user = requireUser(request);
  const citizen = await ctx.db
    .selectFrom('citizens')
    .select([
      'id',
      'municipality_code',
      'team_id',
      'caseworker_id',
      'name',
      'cpr',
      'cpr_pseudonym',
      'birth_date',
      'version',
    ])
    .where('id', '=', citizenId)
    .executeTakeFirst();
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
    throw forbidden(decision.reason);
  }
  return { user, citizen };
}

/**
 * Changes a case atomically under optimistic concurrency: bumps
 * `citizens.version` only if it still equals `expectedVersion`
 * (`update … where version = $expected`), runs the change and appends the
 * audit entries in the same transaction. A stale version is HTTP 409 and
 * nothing is written. Cached worklists of the municipality are dropped, here
 * and (announced on commit) in every other server process.
 */
export async function changeCase<T>(
  ctx: ApiContext,
  request: FastifyRequest,
  citizen: CitizenRow,
  expectedVersion: number | undefined,
  change: (trx: Transaction<Database>, version: number) => Promise<T>,
  audit: (result: T) => Omit<AuditEntry, 'userId' | 'citizenId' | 'reason'>,
): Promise<{ result: T; version: number }> {
  const user = requireUser(request);
  const out = await ctx.db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable('citizens')
      .set({ version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', citizen.id);
    if (expectedVersion !== undefined) update = update.where('version', '=', expectedVersion);
    const bumped = await update.returning('version').executeTakeFirst();
    if (!bumped) {
      const current = await trx
        .selectFrom('citizens')
        .select('version')
        .where('id', '=', citizen.id)
        .executeTakeFirstOrThrow();
      throw new ApiError(
        409,
        'conflict',
        `the case has been changed by someone else since you opened it (you had version ${expectedVersion}, it is now ${current.version}); reload the case and make your change again`,
        { currentVersion: current.version },
      );
    }
    const result = await change(trx, bumped.version);
    await appendAuditEntries(trx, [
      { ...audit(result), userId: user.id, citizenId: citizen.id, reason: accessReason(request) },
    ]);
    await announceChange(trx, { kind: 'worklists', municipality: citizen.municipality_code });
    return { result, version: bumped.version };
  });
  ctx.worklists.invalidate(citizen.municipality_code);
  return out;
}

/** Audits a read of one or more citizens' data (group-committed; resolves when durable). */
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

/** Trials enabled for a municipality on a date (optionally for a target group). */
export async function enabledTrialOn(
  trx: Transaction<Database> | ApiContext['db'],
  municipalityCode: string,
  trialId: string,
  date: string,
): Promise<{ id: number; target_groups: string[] } | undefined> {
  return trx
    .selectFrom('trial_exemptions')
    .select(['id', 'target_groups'])
    .where('municipality_code', '=', municipalityCode)
    .where('trial_id', '=', trialId)
    .where('disabled_at', 'is', null)
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]))
    .executeTakeFirst();
}
