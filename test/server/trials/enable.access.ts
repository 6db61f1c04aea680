/**
 * The access test of src/server/trials/enable.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import type { AccessRequest, AccessRow } from '../access-spec.ts';

const ENABLE: AccessRequest = {
  method: 'POST',
  url: '/api/trials/fk2-lae285/enable',
  payload: { targetGroups: ['6.6'], start: '2018-03-01', end: '2019-12-31' },
};

export const access: AccessRow[] = [
  {
    route: 'POST /api/trials/:trialId/enable',
    steps: [{ allow: 'trial.manage' }],
    ok: 201,
    request: () => ENABLE,
  },
];
