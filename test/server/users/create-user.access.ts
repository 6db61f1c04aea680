/**
 * The access test of src/server/users/create-user.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/users',
    steps: [{ allow: 'user.manage' }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `access-${t.n}`,
        displayName: `Access ${t.n}`,
        role: 'caseworker',
        password: 'a long enough password',
      },
    }),
  },
];
