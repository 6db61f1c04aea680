/**
 * The access test of src/server/employers/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/employers',
    steps: [{ allow: 'employer.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/employers' }),
  },
];
