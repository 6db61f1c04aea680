/**
 * The access test of src/server/simulate/run.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRow } from '../access-spec.ts';

export const access: AccessRow[] = [
  {
    route: 'POST /api/simulate',
    steps: [{ allow: 'simulate.run' }],
    ok: 200,
    request: () => ({
      method: 'POST',
      url: '/api/simulate',
      payload: {
        caseload: 'store',
        baseYear: 2019,
        rulesAt: '2020-06-01',
        vsRulesAt: '2019-06-01',
      },
    }),
  },
];
