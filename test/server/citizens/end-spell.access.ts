/**
 * The access test of src/server/citizens/end-spell.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'PATCH /api/citizens/:id/spells/:spellId',
    steps: [{ elsewhere: 404 }, { allow: 'citizen.write', on: 'target' }],
    ok: 200,
    request: (t) => ({
      method: 'PATCH',
      url: `/api/citizens/${t.citizenId}/spells/${t.spellId}`,
      payload: { expectedVersion: t.version, end: null },
    }),
  },
];
