/**
 * The access test of src/server/trials/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/trials',
    steps: [{ allow: 'trial.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/trials' }),
  },
];
