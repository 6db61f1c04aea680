/**
 * The access test of src/server/municipality/obligations.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/municipality/obligations',
    steps: [{ allow: 'municipality.obligations' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/municipality/obligations' }),
  },
];
