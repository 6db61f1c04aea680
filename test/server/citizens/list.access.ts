/**
 * The access test of src/server/citizens/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/citizens',
    steps: [{ allow: 'citizen.list' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/citizens?limit=5' }),
  },
];
