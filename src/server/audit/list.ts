/** GET /api/audit: the audit log of the municipality (administrator). */
import { listAuditEntries } from '../../cases/audit-log.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { AuditList, ListQuery } from './schemas.ts';

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/audit',
    {
      schema: {
        summary: 'The audit log of your municipality (administrator)',
        tags: ['audit'],
        querystring: ListQuery,
        response: { 200: AuditList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'audit.read', { municipalityCode: user.municipalityCode });
      const rows = await listAuditEntries(ctx.db, {
        municipalityCode: user.municipalityCode,
        ...request.query,
      });
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
}
