/**
 * The access test of src/server/stats/open-cases.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/stats/open-cases',
    steps: [{ allow: 'stats.read' }],
    ok: 503,
    request: () => ({ method: 'GET', url: '/api/stats/open-cases?year=2019' }),
  },
];
