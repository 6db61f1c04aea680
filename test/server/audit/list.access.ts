/**
 * The access test of src/server/audit/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/audit',
    steps: [{ allow: 'audit.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/audit?limit=5' }),
  },
];
