/**
 * Trial administration (enable a frikommuneforsøg from the catalogue for
 * chosen target groups and a period; disable it), the audit log, users and
 * teams.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAuditEntries, verifyAuditChain } from '../../cases/audit.ts';
import { hashPassword } from '../../cases/passwords.ts';
import { ROLES } from '../../cases/schema.ts';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import { getDefaultCatalog, summariseTrial } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { announceChange } from '../changes.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { IsoDate } from './common.ts';

export function registerAdminRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/trials',
    {
      schema: {
        summary: "The trial catalogue with your municipality's enabled periods",
        tags: ['trials'],
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'trial.read', { municipalityCode: user.municipalityCode });
      const enabled = await ctx.db
        .selectFrom('trial_exemptions')
        .selectAll()
        .where('municipality_code', '=', user.municipalityCode)
        .where('disabled_at', 'is', null)
        .orderBy('start_date')
        .execute();
      const uses = await ctx.db
        .selectFrom('trial_exemption_uses')
        .select(['trial_id', sql<number>`count(*)::int`.as('n')])
        .where('municipality_code', '=', user.municipalityCode)
        .groupBy('trial_id')
        .execute();
      const items = [...getDefaultCatalog().trials.values()].map((t) => {
        const s = summariseTrial(t);
        const here = s.municipalities.filter((m) => m.code === user.municipalityCode);
        return {
          ...s,
          /** Whether the municipality takes part in the trial (frikommunebekendtgørelse). */
          participant: here.length > 0,
          participation: here,
          enabled: enabled
            .filter((e) => e.trial_id === t.id)
            .map((e) => ({
              id: e.id,
              start: e.start_date,
              end: e.end_date,
              targetGroups: e.target_groups,
              enabledAt: e.enabled_at.toISOString(),
            })),
          uses: uses.find((u) => u.trial_id === t.id)?.n ?? 0,
        };
      });
      return { items };
    },
  );

  api.post(
    '/api/trials/:trialId/enable',
    {
      schema: {
        summary: 'Enable a trial for chosen target groups and a period (administrator)',
        tags: ['trials'],
        params: z.object({ trialId: z.string().min(1).max(100) }),
        body: z.object({
          targetGroups: z.array(z.enum(TARGET_GROUP_CODES)).min(1),
          start: IsoDate,
          end: IsoDate.nullable().optional(),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'trial.manage', { municipalityCode: user.municipalityCode });
      const trial = getDefaultCatalog().trials.get(request.params.trialId);
      if (!trial) throw notFound(`trial ${request.params.trialId}`);
      const s = summariseTrial(trial);
      const b = request.body;
      if (b.end && b.end < b.start) throw badRequest('body.end', 'must not be before start');
      const here = s.municipalities.filter((m) => m.code === user.municipalityCode);
      if (here.length === 0) {
        throw new ApiError(
          422,
          'not-participant',
          `municipality ${user.municipalityCode} is not among the municipalities of trial ${trial.id} (${s.legalBasis}); the engine would not apply it`,
        );
      }
      const allowedGroups = new Set(here.flatMap((m) => m.targetGroups));
      b.targetGroups.forEach((g, i) => {
        if (!allowedGroups.has(g)) {
          throw badRequest(
            `body.targetGroups.${i}`,
            `target group ${g} is not covered by trial ${trial.id} here (covered: ${[...allowedGroups].join(', ')})`,
          );
        }
      });
      const row = await ctx.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('trial_exemptions')
          .values({
            municipality_code: user.municipalityCode,
            trial_id: trial.id,
            target_groups: b.targetGroups,
            start_date: b.start,
            end_date: b.end ?? null,
            variant: JSON.stringify({}),
            enabled_by: user.id,
          })
          .returning(['id', 'start_date', 'end_date', 'target_groups'])
          .executeTakeFirstOrThrow();
        await appendAuditEntries(trx, [
          {
            userId: user.id,
            action: 'trial.enable',
            detail: { trialId: trial.id, exemptionId: inserted.id, ...b },
            reason: 'trial administration',
          },
        ]);
        await announceChange(trx, { kind: 'worklists', municipality: user.municipalityCode });
        return inserted;
      });
      ctx.worklists.invalidate(user.municipalityCode);
      return reply.status(201).send({
        enabled: {
          id: row.id,
          trialId: trial.id,
          start: row.start_date,
          end: row.end_date,
          targetGroups: row.target_groups,
        },
      });
    },
  );

  api.post(
    '/api/trials/:trialId/disable',
    {
      schema: {
        summary: 'Disable a trial: end it on a date, or withdraw it entirely (administrator)',
        tags: ['trials'],
        params: z.object({ trialId: z.string().min(1).max(100) }),
        body: z.object({ end: IsoDate.optional() }).optional(),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'trial.manage', { municipalityCode: user.municipalityCode });
      const end = request.body?.end;
      const rows = await ctx.db
        .selectFrom('trial_exemptions')
        .selectAll()
        .where('municipality_code', '=', user.municipalityCode)
        .where('trial_id', '=', request.params.trialId)
        .where('disabled_at', 'is', null)
        .execute();
      if (rows.length === 0) throw notFound(`enabled trial ${request.params.trialId}`);
      await ctx.db.transaction().execute(async (trx) => {
        for (const r of rows) {
          // Ending before the period started withdraws it; otherwise the period is cut short.
          if (!end || end < r.start_date) {
            await trx
              .updateTable('trial_exemptions')
              .set({ disabled_at: new Date() })
              .where('id', '=', r.id)
              .execute();
          } else if (r.end_date === null || r.end_date > end) {
            await trx
              .updateTable('trial_exemptions')
              .set({ end_date: end })
              .where('id', '=', r.id)
              .execute();
          }
        }
        await appendAuditEntries(trx, [
          {
            userId: user.id,
            action: 'trial.disable',
            detail: { trialId: request.params.trialId, end: end ?? null },
            reason: 'trial administration',
          },
        ]);
        await announceChange(trx, { kind: 'worklists', municipality: user.municipalityCode });
      });
      ctx.worklists.invalidate(user.municipalityCode);
      return { trialId: request.params.trialId, end: end ?? null };
    },
  );

  api.get(
    '/api/audit',
    {
      schema: {
        summary: 'The audit log of your municipality (administrator)',
        tags: ['audit'],
        querystring: z.object({
          citizenId: z.coerce.number().int().positive().optional(),
          userId: z.coerce.number().int().positive().optional(),
          action: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'audit.read', { municipalityCode: user.municipalityCode });
      const q = request.query;
      let query = ctx.db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .leftJoin('citizens as c', 'c.id', 'a.citizen_id')
        .where((eb) =>
          eb.or([
            eb('u.municipality_code', '=', user.municipalityCode),
            eb('c.municipality_code', '=', user.municipalityCode),
          ]),
        );
      if (q.citizenId) {
        const id = q.citizenId;
        query = query.where((eb) =>
          eb.or([
            eb('a.citizen_id', '=', id),
            eb(sql`a.detail -> 'citizenIds'`, '@>', sql`${JSON.stringify([id])}::jsonb`),
          ]),
        );
      }
      if (q.userId) query = query.where('a.user_id', '=', q.userId);
      if (q.action) query = query.where('a.action', '=', q.action);
      const rows = await query
        .select([
          'a.id',
          'a.at',
          'a.user_id',
          'u.username',
          'a.action',
          'a.citizen_id',
          'a.detail',
          'a.reason',
          'a.hash',
        ])
        .orderBy('a.id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          userId: r.user_id,
          username: r.username,
          action: r.action,
          citizenId: r.citizen_id,
          detail: r.detail,
          reason: r.reason,
          hash: r.hash,
        })),
      };
    },
  );

  api.get(
    '/api/audit/verify',
    {
      schema: {
        summary: 'Verify the hash chain of the audit log (administrator)',
        tags: ['audit'],
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'audit.read', { municipalityCode: user.municipalityCode });
      return verifyAuditChain(ctx.db);
    },
  );

  api.get(
    '/api/teams',
    { schema: { summary: 'Teams of your municipality', tags: ['users'] } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'team.read', { municipalityCode: user.municipalityCode });
      const rows = await ctx.db
        .selectFrom('teams as t')
        .select(['t.id', 't.name'])
        .where('t.municipality_code', '=', user.municipalityCode)
        .orderBy('t.name')
        .execute();
      return { items: rows };
    },
  );

  api.get(
    '/api/users',
    { schema: { summary: 'Users of your municipality (administrator)', tags: ['users'] } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'user.manage', { municipalityCode: user.municipalityCode });
      const rows = await ctx.db
        .selectFrom('users as u')
        .leftJoin('teams as t', 't.id', 'u.team_id')
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.role',
          'u.team_id',
          't.name',
          'u.active',
        ])
        .where('u.municipality_code', '=', user.municipalityCode)
        .orderBy('u.username')
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          teamId: r.team_id,
          teamName: r.name,
          active: r.active,
        })),
      };
    },
  );

  api.post(
    '/api/users',
    {
      schema: {
        summary: 'Create a user in your municipality (administrator)',
        tags: ['users'],
        body: z.object({
          username: z
            .string()
            .trim()
            .toLowerCase()
            .regex(/^[a-z0-9][a-z0-9._-]{1,49}$/, 'letters, digits, . _ - (2–50)'),
          displayName: z.string().trim().min(1).max(200),
          role: z.enum(ROLES),
          teamId: z.number().int().positive().nullable().optional(),
          password: z.string().min(12, 'at least 12 characters').max(200),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'user.manage', { municipalityCode: user.municipalityCode });
      const b = request.body;
      if (b.teamId) {
        const team = await ctx.db
          .selectFrom('teams')
          .select('municipality_code')
          .where('id', '=', b.teamId)
          .executeTakeFirst();
        if (!team || team.municipality_code !== user.municipalityCode) {
          throw badRequest('body.teamId', `no team ${b.teamId} in your municipality`);
        }
      }
      const taken = await ctx.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', b.username)
        .executeTakeFirst();
      if (taken) {
        throw new ApiError(409, 'duplicate', `the username ${b.username} is taken`, {
          fields: [{ path: 'body.username', message: 'taken' }],
        });
      }
      const row = await ctx.db
        .insertInto('users')
        .values({
          municipality_code: user.municipalityCode,
          username: b.username,
          display_name: b.displayName,
          role: b.role,
          team_id: b.teamId ?? null,
          password_hash: await hashPassword(b.password),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.audit.append([
        {
          userId: user.id,
          action: 'user.create',
          detail: { createdUserId: row.id, role: b.role },
          reason: 'user administration',
        },
      ]);
      return reply.status(201).send({ id: row.id, username: b.username });
    },
  );
}
