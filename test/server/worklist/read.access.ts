/**
 * The access test of src/server/worklist/read.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/worklist',
    name: 'mine',
    steps: [{ allow: 'worklist.mine' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/worklist' }),
  },
  {
    route: 'GET /api/worklist',
    name: '?scope=team&teamId=',
    steps: [{ allow: 'worklist.team', on: 'target' }],
    ok: 200,
    request: (t) => ({ method: 'GET', url: `/api/worklist?scope=team&teamId=${t.teamId}` }),
  },
  {
    route: 'GET /api/worklist',
    name: '?cache=off (bypass the projection)',
    steps: [{ allow: 'worklist.team', on: 'target' }, { allow: 'worklist.recompute' }],
    ok: 200,
    request: (t) => ({
      method: 'GET',
      url: `/api/worklist?scope=team&teamId=${t.teamId}&cache=off`,
    }),
  },
];
