/**
 * The access test of src/server/rehab-meetings/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/rehab-meetings',
    steps: [{ allow: 'rehab.read' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/rehab-meetings' }),
  },
];
