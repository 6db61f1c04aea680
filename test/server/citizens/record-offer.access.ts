/**
 * The access test of src/server/citizens/record-offer.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';
import { TODAY } from '../support.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/citizens/:id/offers',
    steps: [{ elsewhere: 404 }, { allow: 'citizen.write', on: 'target' }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/offers`,
      payload: {
        expectedVersion: t.version,
        offer: { kind: 'mentor', start: TODAY, end: '2026-06-30' },
      },
    }),
  },
];
