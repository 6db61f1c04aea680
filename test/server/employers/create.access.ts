/**
 * The access test of src/server/employers/create.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import { type AccessRow, cvr } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/employers',
    steps: [{ allow: 'employer.write' }],
    ok: 201,
    request: (t) => ({
      method: 'POST',
      url: '/api/employers',
      payload: { name: `Firma ${t.n}`, cvr: cvr(t.n), ordinaryHeadcount: 12 },
    }),
  },
];
