/**
 * The access test of src/server/users/list-users.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/users',
    steps: [{ allow: 'user.manage' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/users' }),
  },
];
