/** POST /api/rehab-meetings: schedule a meeting with an agenda of cases of the municipality. */
import { citizenMunicipalities } from '../../cases/citizens.ts';
import { insertMeeting } from '../../cases/rehab.ts';
import { authorize, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { MAX_AGENDA, MeetingScheduled, ScheduleBody } from './schemas.ts';
import { meetingView } from './views.ts';

export function schedule(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/rehab-meetings',
    {
      schema: {
        summary: `Schedule a meeting with an agenda of at most ${MAX_AGENDA} cases`,
        tags: ['rehab'],
        body: ScheduleBody,
        response: { 201: MeetingScheduled },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'rehab.write', { municipalityCode: user.municipalityCode });
      const ids = request.body.citizenIds;
      const found = await citizenMunicipalities(ctx.db, ids);
      ids.forEach((id, i) => {
        const c = found.find((f) => f.id === id);
        if (!c || c.municipality_code !== user.municipalityCode) {
          throw badRequest(`body.citizenIds.${i}`, `no citizen ${id} in your municipality`);
        }
      });
      const meetingId = await insertMeeting(ctx.db, {
        municipalityCode: user.municipalityCode,
        date: request.body.date,
        createdBy: user.id,
        citizenIds: ids,
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
      const [meeting] = await meetingView(ctx, [meetingId], seesIdentity(user));
      return reply.status(201).send({ meeting: meeting! });
    },
  );
}
