/**
 * The access test of src/server/rehab-meetings/decide.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    // Recording the team's recommendation changes the case: the case's own team only; another municipality's meeting does not exist for the user.
    route: 'PUT /api/rehab-meetings/:id/cases/:citizenId',
    steps: [{ allow: 'rehab.write' }, { elsewhere: 404 }, { allow: 'citizen.write', on: 'target' }],
    ok: 200,
    request: (t) => ({
      method: 'PUT',
      url: `/api/rehab-meetings/${t.meetingId}/cases/${t.citizenId}`,
      payload: { recommendation: `indstilling ${t.n}`, decision: null },
    }),
  },
];
