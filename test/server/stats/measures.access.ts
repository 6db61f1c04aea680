/**
 * The access test of src/server/stats/measures.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/stats/measures',
    steps: [{ allow: 'stats.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/stats/measures' }),
  },
];
