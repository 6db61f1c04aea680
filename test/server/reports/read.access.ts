/**
 * The access test of src/server/reports/read.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/reports/trials/:trialId',
    steps: [{ allow: 'stats.read' }],
    ok: 503,
    request: () => ({ method: 'GET', url: '/api/reports/trials/fk2-formkrav-samtaler' }),
  },
];
