/**
 * The access test of src/server/users/list-teams.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/teams',
    steps: [{ allow: 'team.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/teams' }),
  },
];
