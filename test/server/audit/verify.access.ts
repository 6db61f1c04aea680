/**
 * The access test of src/server/audit/verify.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/audit/verify',
    steps: [{ allow: 'audit.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/audit/verify' }),
  },
];
