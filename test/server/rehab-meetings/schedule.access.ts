/**
 * The access test of src/server/rehab-meetings/schedule.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    // The agenda may hold the municipality's own citizens only: another municipality's is a 400.
    route: 'POST /api/rehab-meetings',
    steps: [{ allow: 'rehab.write' }, { elsewhere: 400 }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: '/api/rehab-meetings',
      payload: { date: '2026-03-20', citizenIds: [t.citizenId] },
    }),
  },
];
