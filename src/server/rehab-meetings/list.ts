/** GET /api/rehab-meetings: the municipality's meetings with their agendas. */
import { meetingIds } from '../../cases/rehab.ts';
import { authorize, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { auditRead } from '../shared/audit.ts';
import { ListQuery, MeetingList } from './schemas.ts';
import { meetingView } from './views.ts';

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/rehab-meetings',
    {
      schema: {
        summary: 'Rehabilitation-team meetings of your municipality with their agendas',
        tags: ['rehab'],
        querystring: ListQuery,
        response: { 200: MeetingList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'rehab.read', { municipalityCode: user.municipalityCode });
      const { from, to } = request.query;
      const ids = await meetingIds(ctx.db, user.municipalityCode, from, to);
      const items = await meetingView(ctx, ids, seesIdentity(user));
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
}
