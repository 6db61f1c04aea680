/**
 * The access test of src/server/stats/monthly.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/stats/monthly',
    steps: [{ allow: 'stats.read' }],
    ok: 503,
    request: () => ({ method: 'GET', url: '/api/stats/monthly?year=2019' }),
  },
];
