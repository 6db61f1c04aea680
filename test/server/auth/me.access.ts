/**
 * The access test of src/server/auth/me.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    // Any logged-in user (no policy action): the session itself.
    route: 'GET /api/auth/me',
    steps: [],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/auth/me' }),
  },
];
