/**
 * The access test of src/server/citizens/read.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'GET /api/citizens/:id',
    steps: [{ elsewhere: 404 }, { allow: 'citizen.read', on: 'target' }],
    ok: 200,
    request: (t) => ({ method: 'GET', url: `/api/citizens/${t.citizenId}` }),
  },
  {
    route: 'GET /api/citizens/:id',
    name: '?reveal=cpr',
    steps: [
      { elsewhere: 404 },
      { allow: 'citizen.read', on: 'target' },
      { allow: 'citizen.read-cpr', on: 'target' },
    ],
    ok: 200,
    request: (t) => ({ method: 'GET', url: `/api/citizens/${t.citizenId}?reveal=cpr` }),
  },
];
