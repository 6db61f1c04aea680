/**
 * The access test of src/server/citizens/record-event.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';
import { TODAY } from '../support.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/citizens/:id/events',
    steps: [{ elsewhere: 404 }, { allow: 'citizen.write', on: 'target' }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/events`,
      payload: {
        expectedVersion: t.version,
        event: { type: 'journal-note', date: TODAY, details: { text: `access ${t.n}` } },
      },
    }),
  },
];
