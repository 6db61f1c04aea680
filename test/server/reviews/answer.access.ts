/**
 * The access test of src/server/reviews/answer.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'PUT /api/reviews/:id/answers',
    steps: [{ allow: 'review.manage' }, { elsewhere: 404 }],
    ok: 200,
    request: (t) => ({
      method: 'PUT',
      url: `/api/reviews/${t.reviewId}/answers`,
      payload: { citizenId: t.sampledCitizenId, answers: { 'interviews-on-time': 'yes' } },
    }),
  },
];
