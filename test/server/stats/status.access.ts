/**
 * The access test of src/server/stats/status.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/stats/status',
    steps: [{ allow: 'stats.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/stats/status' }),
  },
];
