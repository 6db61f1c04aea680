/**
 * The access test of src/server/stats/comparison.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/stats/comparison',
    steps: [{ allow: 'stats.read' }],
    ok: 503,
    request: () => ({ method: 'GET', url: '/api/stats/comparison?format=csv' }),
  },
];
