/** GET /api/audit/verify: verify the audit log's hash chain (administrator). */
import { verifyAuditChain } from '../../cases/audit.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { AuditVerification } from './schemas.ts';

export function verify(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/audit/verify',
    {
      schema: {
        summary: 'Verify the hash chain of the audit log (administrator)',
        tags: ['audit'],
        response: { 200: AuditVerification },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'audit.read', { municipalityCode: user.municipalityCode });
      return verifyAuditChain(ctx.db);
    },
  );
}
