/**
 * The access test of src/server/citizens/add-spell.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/citizens/:id/spells',
    steps: [{ elsewhere: 404 }, { allow: 'citizen.write', on: 'target' }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: `/api/citizens/${t.citizenId}/spells`,
      payload: {
        expectedVersion: t.version,
        spell: { benefit: 'selvforsoergende', targetGroup: '6.12', start: '2026-06-01' },
      },
    }),
  },
];
