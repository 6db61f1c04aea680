/**
 * The access test of src/server/trials/disable.ts: who may call it, the statuses
 * derived from the policy table (../access-spec.ts).
 */
import { expect } from 'vitest';
import type { AccessRequest, AccessRow } from '../access-spec.ts';

const ENABLE: AccessRequest = {
  method: 'POST',
  url: '/api/trials/fk2-lae285/enable',
  payload: { targetGroups: ['6.6'], start: '2018-03-01', end: '2019-12-31' },
};

export const access: AccessRow[] = [
  {
    // The trial is enabled first (as the administrator); each call moves its end, so each finds it.
    route: 'POST /api/trials/:trialId/disable',
    steps: [{ allow: 'trial.manage' }],
    ok: 200,
    request: () => ({
      method: 'POST',
      url: '/api/trials/fk2-lae285/disable',
      payload: { end: '2019-06-30' },
    }),
    prepare: async (send) => {
      expect(await send(ENABLE)).toBe(201);
    },
  },
];
