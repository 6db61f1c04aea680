/**
 * Ressourceforløb: the action part's 6-month horizon, extension via the
 * rehabilitation team, and the 5-year duration. Source:
 * `000_213603cd5354bb1f.txt` pp. 104, 194–195.
 */
import type { Rule } from '../model.ts';
import { after, decision, rule, S000, SPELL_START, src, within } from './common.ts';

export const RESSOURCEFORLOEB: readonly Rule[] = [
  rule({
    id: 'rf-indsatsdel-6m',
    title: {
      da: 'Indsatsdelen fastlægger tilbud for mindst 6 måneder ad gangen og følges op hver 6. måned',
      en: 'The action part sets offers for at least 6 months at a time and is reviewed every 6 months',
    },
    legalRef: {
      law: 'Bekendtgørelse om rehabiliteringsplan',
      printed: 'Bek. om rehabiliteringsplan (indsatsdelen)',
    },
    source: [src(S000, '104')],
    regime: 'loub',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.8'],
    requires: 'plan-update',
    action: { da: 'opdatering af indsatsplanen', en: 'action-plan update' },
    schedule: {
      kind: 'cadence',
      anchor: SPELL_START,
      startFrom: 'anchor',
      maxGap: after(6, 'month'),
      met: { types: ['plan'] },
    },
    notes: [
      {
        da: 'Hver plan-hændelse (indsatsplan eller Min Plan med alle indsatser) nulstiller 6-månedersfristen.',
        en: 'Each plan event (action plan, or Min Plan holding all interventions) restarts the 6-month deadline.',
      },
    ],
  }),
  rule({
    id: 'rf-extension-rehabteam',
    title: {
      da: 'Forlængelse af ressourceforløb behandles i rehabiliteringsteamet',
      en: 'Extension of a ressourceforløb goes to the rehabilitation team',
    },
    legalRef: { law: 'LAB', paragraph: '68a', stk: '4', printed: 'LAB § 68a, stk. 4' },
    source: [src(S000, '194–195')],
    regime: 'lab2015',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.8'],
    requires: 'rehab-team-meeting',
    action: {
      da: 'møde i rehabiliteringsteamet om forlængelsen',
      en: 'rehabilitation-team meeting on the extension',
    },
    schedule: {
      kind: 'before-event',
      trigger: decision('rf-extension'),
      firstOnly: false,
      met: { types: ['rehab-team-meeting'] },
      lookBack: after(3, 'month'),
      severity: 'error',
    },
    notes: [
      {
        da: 'Mødet skal ligge inden for 3 måneder før forlængelsesafgørelsen (vores valg), så mødet om den oprindelige bevilling ikke tæller.',
        en: 'The meeting must fall within 3 months before the extension decision (our choice), so the meeting on the original grant does not count.',
      },
    ],
  }),
  rule({
    id: 'rf-max-duration',
    title: {
      da: 'Et ressourceforløb kan vare op til 5 år',
      en: 'A ressourceforløb can last up to 5 years',
    },
    legalRef: { law: 'LAB', printed: 'LAB (§ ikke angivet), ressourceforløbets varighed' },
    source: [src(S000, '194')],
    regime: 'lab2015',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.8'],
    requires: 'limit',
    action: { da: 'ressourceforløbets varighed', en: 'duration of the ressourceforløb' },
    schedule: { kind: 'max-duration', anchor: SPELL_START, maximum: within(60, 'month') },
    severity: 'warning',
  }),
];
