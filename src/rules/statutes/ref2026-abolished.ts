/**
 * What lov nr. 1750 af 29/12/2025 (L 66, 2025-26) abolished for new cases:
 * jobrotation, revalidering, ressourceforløb and the rehabilitation team.
 * Running courses may be completed (the transitional rules are in the rules
 * they end: jaf-rehab.ts, ressourceforloeb.ts, revalidering.ts, loentilskud.ts).
 * The in-force day of the abolitions (1 July 2026) is inferred from the
 * sources listed in docs/rules.md; the law's in-force paragraph was not read.
 */
import type { Rule } from '../model.ts';
import { decision, info, offerOf, rule } from './common.ts';
import { L66_ABOLITION_SOURCES, LOV_1750_ABOLITION } from './laws.ts';

const ABOLISHED = { from: '2026-07-01' } as const;
const LAW = 'lov nr. 1750 af 29/12/2025';

export const ABOLISHED_2026: readonly Rule[] = [
  rule({
    id: 'ref2026-jobrotation-abolished',
    title: {
      da: 'Jobrotation er afskaffet: ingen nye jobrotationsvikariater',
      en: 'Jobrotation is abolished: no new job-rotation substitute positions',
    },
    legalRef: { law: LAW, printed: `${LAW} (afskaffelse af jobrotation)` },
    source: [...L66_ABOLITION_SOURCES],
    regime: 'ref2026',
    validity: ABOLISHED,
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5'],
    requires: 'limit',
    action: { da: 'jobrotationsvikariat', en: 'job-rotation substitute position' },
    schedule: { kind: 'forbidden', applies: offerOf('jobrotation') },
    parameters: {
      abolished: { value: true, from: '2026-07-01', setBy: LOV_1750_ABOLITION },
    },
    transition: {
      da: 'Et vikariat, der begyndte før 1. juli 2026, kan gennemføres.',
      en: 'A position that began before 1 July 2026 may be completed.',
    },
  }),
  rule({
    id: 'ref2026-revalidering-abolished',
    title: {
      da: 'Revalidering er afskaffet for nye borgere: ingen nye bevillinger',
      en: 'Revalidering is abolished for new citizens: no new grants',
    },
    legalRef: { law: LAW, printed: `${LAW} (afskaffelse af revalidering)` },
    source: [...L66_ABOLITION_SOURCES],
    regime: 'ref2026',
    validity: ABOLISHED,
    targetGroups: ['6.10'],
    requires: 'limit',
    action: { da: 'bevilling af revalidering', en: 'revalidering grant' },
    schedule: { kind: 'forbidden', applies: decision('revalidering-grant') },
    parameters: {
      abolished: { value: true, from: '2026-07-01', setBy: LOV_1750_ABOLITION },
    },
    transition: {
      da: 'Igangværende revalideringsforløb kan gennemføres; ændring og forlængelse er ikke en ny bevilling.',
      en: 'Running revalidering courses may be completed; a change or extension is not a new grant.',
    },
  }),
  info({
    id: 'ref2026-ressourceforloeb-abolished',
    title: {
      da: 'Ressourceforløb er afskaffet for nye borgere',
      en: 'Ressourceforløb are abolished for new citizens',
    },
    legalRef: { law: LAW, printed: `${LAW} (afskaffelse af ressourceforløb)` },
    source: [...L66_ABOLITION_SOURCES],
    regime: 'ref2026',
    validity: ABOLISHED,
    targetGroups: ['6.8'],
    requires: 'limit',
    transition: {
      da: 'Forløb, der begyndte før 1. juli 2026, kan gennemføres (rf-indsatsdel-6m og rf-max-duration gælder dem).',
      en: 'Courses that began before 1 July 2026 may be completed (rf-indsatsdel-6m and rf-max-duration apply to them).',
    },
  }),
  info({
    id: 'ref2026-rehabteam-abolished',
    title: {
      da: 'Rehabiliteringsteamet er afskaffet; kommunen udarbejder en samlet beskrivelse og indhenter sundhedsfaglig rådgivning',
      en: 'The rehabilitation team is abolished; the municipality writes a joint description and obtains health advice',
    },
    legalRef: { law: LAW, printed: `${LAW} (afskaffelse af kravet om rehabiliteringsteam)` },
    source: [...L66_ABOLITION_SOURCES],
    regime: 'ref2026',
    validity: ABOLISHED,
    targetGroups: ['6.2', '6.3', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'],
    requires: 'assessment',
    notes: [
      {
        da: 'Indholdet af den samlede beskrivelse og fristerne for den sundhedsfaglige rådgivning er ikke læst og derfor ikke indkodet.',
        en: 'The content of the joint description and the deadlines for the health advice were not read and are therefore not encoded.',
      },
    ],
  }),
];
