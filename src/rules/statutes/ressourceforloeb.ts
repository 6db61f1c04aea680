/**
 * Ressourceforløb: the action part's 6-month horizon, extension via the
 * rehabilitation team, and the 5-year duration. Source:
 * `000_213603cd5354bb1f.txt` pp. 104, 194–195.
 */
import type { Bilingual, Condition, Rule } from '../model.ts';
import { after, decision, rule, S000, SPELL_START, src, within } from './common.ts';

/** Ressourceforløb are abolished for new citizens from 1 July 2026; running courses continue (docs/rules.md). */
const RUNNING_RF: Condition = { kind: 'spell-start-in', to: '2026-06-30' };
const RF_TRANSITION: Bilingual = {
  da: 'Ressourceforløb er afskaffet for nye borgere fra 1. juli 2026 (lov nr. 1750 af 29/12/2025); igangværende forløb kan gennemføres.',
  en: 'Ressourceforløb are abolished for new citizens from 1 July 2026 (lov nr. 1750 af 29/12/2025); running courses may be completed.',
};

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
    appliesWhen: RUNNING_RF,
    transition: RF_TRANSITION,
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
    validity: {
      from: '2013-01-01',
      to: '2026-06-30',
      note: 'The rehabilitation team was abolished by lov nr. 1750 af 29/12/2025; how an extension of a running course is prepared after 1 July 2026 was not established.',
    },
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
    appliesWhen: RUNNING_RF,
    transition: RF_TRANSITION,
    requires: 'limit',
    action: { da: 'ressourceforløbets varighed', en: 'duration of the ressourceforløb' },
    schedule: { kind: 'max-duration', anchor: SPELL_START, maximum: within(60, 'month') },
    severity: 'warning',
  }),
];
