/**
 * Rehabilitation-team meetings (rehabiliteringsteam): an agenda of at most 10
 * cases, the team's recommendation (indstilling) and the decision (afgørelse)
 * per case. Dealing with a case writes a `rehab-team-meeting` event on it; a
 * later change writes a journal note (events are never edited).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, seesIdentity } from '../access.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { auditRead, changeCase, citizenFor, ExpectedVersion, IdParam, IsoDate } from './common.ts';

export const MAX_AGENDA = 10;

export function registerRehabRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const meetingView = async (meetingIds: number[], identity: boolean) => {
    if (meetingIds.length === 0) return [];
    const meetings = await ctx.db
      .selectFrom('rehab_meetings')
      .selectAll()
      .where('id', 'in', meetingIds)
      .orderBy('meeting_date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const cases = await ctx.db
      .selectFrom('rehab_meeting_cases as r')
      .innerJoin('citizens as c', 'c.id', 'r.citizen_id')
      .leftJoin('users as u', 'u.id', 'c.caseworker_id')
      .select([
        'r.meeting_id',
        'r.citizen_id',
        'r.position',
        'r.recommendation',
        'r.decision',
        'r.decided_at',
        'r.event_id',
        'c.name',
        'c.cpr_pseudonym',
        'c.team_id',
        'c.version',
        'u.display_name as caseworker_name',
      ])
      .where('r.meeting_id', 'in', meetingIds)
      .orderBy('r.position')
      .execute();
    return meetings.map((m) => ({
      id: m.id,
      date: m.meeting_date,
      createdAt: m.created_at.toISOString(),
      cases: cases
        .filter((c) => c.meeting_id === m.id)
        .map((c) => ({
          citizenId: c.citizen_id,
          citizenName: identity ? c.name : null,
          pseudonym: c.cpr_pseudonym,
          caseworkerName: c.caseworker_name,
          teamId: c.team_id,
          version: c.version,
          position: c.position,
          recommendation: c.recommendation,
          decision: c.decision,
          decidedAt: c.decided_at?.toISOString() ?? null,
          eventId: c.event_id,
        })),
    }));
  };

  api.get(
    '/api/rehab-meetings',
    {
      schema: {
        summary: 'Rehabilitation-team meetings of your municipality with their agendas',
        tags: ['rehab'],
        querystring: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'rehab.read', { municipalityCode: user.municipalityCode });
      let q = ctx.db
        .selectFrom('rehab_meetings')
        .select('id')
        .where('municipality_code', '=', user.municipalityCode);
      if (request.query.from) q = q.where('meeting_date', '>=', request.query.from);
      if (request.query.to) q = q.where('meeting_date', '<=', request.query.to);
      const ids = (await q.execute()).map((r) => r.id);
      const items = await meetingView(ids, seesIdentity(user));
      await auditRead(
        ctx,
        request,
        'rehab.read',
        [...new Set(items.flatMap((m) => m.cases.map((c) => c.citizenId)))],
        {},
      );
      return { items };
    },
  );

  api.post(
    '/api/rehab-meetings',
    {
      schema: {
        summary: `Schedule a meeting with an agenda of at most ${MAX_AGENDA} cases`,
        tags: ['rehab'],
        body: z.object({
          date: IsoDate,
          citizenIds: z
            .array(z.number().int().positive())
            .min(1)
            .max(MAX_AGENDA, `a rehabilitation-team meeting takes at most ${MAX_AGENDA} cases`)
            .refine((ids) => new Set(ids).size === ids.length, 'a case is on the agenda twice'),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'rehab.write', { municipalityCode: user.municipalityCode });
      const ids = request.body.citizenIds;
      const found = await ctx.db
        .selectFrom('citizens')
        .select(['id', 'municipality_code'])
        .where('id', 'in', ids)
        .execute();
      ids.forEach((id, i) => {
        const c = found.find((f) => f.id === id);
        if (!c || c.municipality_code !== user.municipalityCode) {
          throw badRequest(`body.citizenIds.${i}`, `no citizen ${id} in your municipality`);
        }
      });
      const meetingId = await ctx.db.transaction().execute(async (trx) => {
        const m = await trx
          .insertInto('rehab_meetings')
          .values({
            municipality_code: user.municipalityCode,
            meeting_date: request.body.date,
            created_by: user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('rehab_meeting_cases')
          .values(
            ids.map((citizenId, i) => ({
              meeting_id: m.id,
              citizen_id: citizenId,
              position: i + 1,
            })),
          )
          .execute();
        return m.id;
      });
      await ctx.audit.append(
        ids.map((citizenId) => ({
          userId: user.id,
          action: 'rehab.agenda-add',
          citizenId,
          detail: { meetingId },
          reason: 'rehabiliteringsteam',
        })),
      );
      const [meeting] = await meetingView([meetingId], seesIdentity(user));
      return reply.status(201).send({ meeting });
    },
  );

  api.put(
    '/api/rehab-meetings/:id/cases/:citizenId',
    {
      schema: {
        summary: "Record the team's recommendation (indstilling) and the decision for a case",
        tags: ['rehab'],
        params: z.object({ id: IdParam, citizenId: IdParam }),
        body: z.object({
          recommendation: z.string().trim().min(1).max(2000).nullable(),
          decision: z.string().trim().min(1).max(2000).nullable().optional(),
          expectedVersion: ExpectedVersion.optional(),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'rehab.write', { municipalityCode: user.municipalityCode });
      const meeting = await ctx.db
        .selectFrom('rehab_meetings')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!meeting || meeting.municipality_code !== user.municipalityCode) {
        throw notFound(`rehabilitation-team meeting ${request.params.id}`);
      }
      const item = await ctx.db
        .selectFrom('rehab_meeting_cases')
        .selectAll()
        .where('meeting_id', '=', meeting.id)
        .where('citizen_id', '=', request.params.citizenId)
        .executeTakeFirst();
      if (!item) throw notFound(`case ${request.params.citizenId} on meeting ${meeting.id}`);
      const { citizen } = await citizenFor(ctx, request, item.citizen_id, 'citizen.write');
      const recommendation = request.body.recommendation;
      const decision = request.body.decision ?? null;
      if (decision && !recommendation) {
        throw badRequest(
          'body.recommendation',
          'a decision follows a recommendation (indstilling)',
        );
      }
      const { version } = await changeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          let eventId = item.event_id;
          const details = { recommendation, decision, meetingId: meeting.id };
          if (eventId === null) {
            const ev = await trx
              .insertInto('case_events')
              .values({
                citizen_id: citizen.id,
                type: 'rehab-team-meeting',
                occurred_on: meeting.meeting_date,
                recorded_by: user.id,
                payload: JSON.stringify({ details }),
                trial_id: null,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            eventId = ev.id;
          } else if (item.recommendation !== recommendation || item.decision !== decision) {
            await trx
              .insertInto('case_events')
              .values({
                citizen_id: citizen.id,
                type: 'journal-note',
                occurred_on: meeting.meeting_date,
                recorded_by: user.id,
                payload: JSON.stringify({
                  details: {
                    text: `Rettelse af rehabiliteringsteamets indstilling/afgørelse (møde ${meeting.id}).`,
                    corrects: String(eventId),
                    ...details,
                  },
                }),
                trial_id: null,
              })
              .execute();
          }
          await trx
            .updateTable('rehab_meeting_cases')
            .set({
              recommendation,
              decision,
              decided_by: user.id,
              decided_at: new Date(),
              event_id: eventId,
            })
            .where('meeting_id', '=', meeting.id)
            .where('citizen_id', '=', citizen.id)
            .execute();
          return eventId;
        },
        (eventId) => ({ action: 'rehab.decision', detail: { meetingId: meeting.id, eventId } }),
      );
      const [view] = await meetingView([meeting.id], true);
      return { meeting: view, version };
    },
  );
}
