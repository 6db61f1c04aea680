/**
 * The access test of src/server/reviews/draw.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/reviews',
    steps: [{ allow: 'review.manage' }],
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/reviews',
      payload: { periodStart: '2026-01-01', periodEnd: '2026-02-28', perCaseworker: 1, seed: 1 },
    }),
  },
];
