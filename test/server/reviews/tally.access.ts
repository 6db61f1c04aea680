/**
 * The access test of src/server/reviews/tally.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/reviews/:id/tally',
    steps: [{ allow: 'review.tally' }, { elsewhere: 404 }],
    ok: 200,
    request: (t) => ({ method: 'GET', url: `/api/reviews/${t.reviewId}/tally` }),
  },
];
