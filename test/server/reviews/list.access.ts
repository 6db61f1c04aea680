/**
 * The access test of src/server/reviews/list.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/reviews',
    steps: [{ allow: 'review.tally' }],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/reviews' }),
  },
];
