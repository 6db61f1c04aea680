/**
 * Jobafklaring and the rehabilitation team, LÆ265.
 * Source: `000_213603cd5354bb1f.txt` pp. 139, 167, 173, 198.
 */
import type { Bilingual, Rule } from '../model.ts';
import { after, certificate, info, rule, S000, src } from './common.ts';
import { L66_ABOLITION_SOURCES } from './laws.ts';

/** Our reading of the transitional rule; the provision itself was not read (docs/rules.md). */
export const REHAB_TRANSITION: Bilingual = {
  da: 'Rehabiliteringsteamet er afskaffet fra 1. juli 2026 (lov nr. 1750 af 29/12/2025). Jobafklaringsforløb, der begyndte før, beholder kravet om behandling i teamet.',
  en: 'The rehabilitation team is abolished from 1 July 2026 (lov nr. 1750 af 29/12/2025). Jobafklaring courses begun before keep the duty to go to the team.',
};

const REHAB_GROUPS = ['6.2', '6.3', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'] as const;

export const JAF_REHAB: readonly Rule[] = [
  rule({
    id: 'jaf-rehabteam-4w',
    title: {
      da: 'Jobafklaringssagen behandles i rehabiliteringsteamet senest 4 uger efter overgangen',
      en: 'The jobafklaring case goes to the rehabilitation team no later than 4 weeks after the transfer',
    },
    legalRef: {
      law: 'LAB/LOUB (sygedagpengereformen 2014)',
      printed: 'LOUB § 11 (sygedagpengereformen 2014)',
    },
    source: [src(S000, '139')],
    regime: 'loub',
    validity: {
      from: '2014-07-01',
      to: '2026-07-28',
      note: 'Jobafklaringsforløb began on 1 July 2014 (sygedagpengereformen, lov nr. 720 af 25/6/2014); the source dates the rule "since the 2014 reform". The rehabilitation team was abolished by lov nr. 1750 af 29/12/2025 (see ABOLISHED_2026); a transfer on 30 June 2026 falls due on 28 July 2026.',
    },
    targetGroups: ['6.7'],
    // Transitional rule (our reading): only jobafklaring courses begun before the abolition.
    appliesWhen: { kind: 'spell-start-in', to: '2026-06-30' },
    transition: REHAB_TRANSITION,
    requires: 'rehab-team-meeting',
    action: { da: 'møde i rehabiliteringsteamet', en: 'rehabilitation-team meeting' },
    schedule: {
      kind: 'once',
      anchor: {
        kind: 'transfer',
        label: { da: 'overgangen til jobafklaring', en: 'the transfer to jobafklaring' },
      },
      dueBy: after(4, 'week'),
      met: { types: ['rehab-team-meeting'] },
    },
    exceptions: [
      {
        id: 'recovery-within-8-weeks',
        when: { kind: 'spell-flag', flag: 'recovery-within-8-weeks' },
        effect: { kind: 'waive' },
        priority: 10,
        description: {
          da: 'raskmelding forventes inden for 8 uger',
          en: 'recovery is expected within 8 weeks',
        },
      },
    ],
    notes: [
      {
        da: '"Senest 4 uger efter" = overgangsdagen + 28 dage.',
        en: '"No later than 4 weeks after" = the transfer day + 28 days.',
      },
    ],
  }),
  rule({
    id: 'rehab-lae265-required',
    title: {
      da: 'LÆ265 fra egen læge foreligger før sagen behandles i rehabiliteringsteamet',
      en: 'LÆ265 from the own GP is in place before the case goes to the rehabilitation team',
    },
    legalRef: {
      law: 'LAB (før 2020)',
      paragraph: '30a',
      stk: '3',
      printed: 'LAB § 30 a, stk. 3 (rehabiliteringsplanens forberedende del, 2013-reformen)',
    },
    source: [src(S000, '139, 173')],
    regime: 'loub',
    validity: {
      from: '2013-01-01',
      to: '2026-12-31',
      note: 'Meetings in running cases after the abolition of 1 July 2026; when the transitional period ends was not established, so the rule ends at the horizon.',
    },
    targetGroups: REHAB_GROUPS,
    transition: REHAB_TRANSITION,
    requires: 'certificate',
    action: { da: 'lægeattest LÆ265', en: 'medical certificate LÆ265' },
    schedule: {
      kind: 'before-event',
      trigger: { types: ['rehab-team-meeting'] },
      firstOnly: false,
      met: certificate('LÆ265'),
      severity: 'error',
    },
    exceptions: [
      {
        id: 'first-jaf',
        when: { kind: 'event-detail', key: 'subject', value: 'first-jaf' },
        effect: { kind: 'waive' },
        priority: 10,
        description: {
          da: 'bevilling af det første jobafklaringsforløb',
          en: 'granting the first jobafklaring course',
        },
      },
    ],
    notes: [
      {
        da: 'Et møde om det første jobafklaringsforløb markeres med details.subject = "first-jaf".',
        en: 'A meeting on the first jobafklaring course is marked with details.subject = "first-jaf".',
      },
    ],
  }),
  info({
    id: 'lae265-delivery-sla',
    title: {
      da: 'LÆ265 leveres senest 14 dage efter konsultationen og 30 dage efter anmodningen',
      en: 'LÆ265 is delivered within 14 days of the consultation and 30 days of the request',
    },
    legalRef: {
      law: 'Aftale mellem Lægeforeningens attestudvalg og KL',
      printed: 'Attestaftalen (Lægeforeningen/KL)',
    },
    basis: 'agreement',
    source: [src(S000, '173')],
    regime: 'loub',
    validity: {
      from: '2013-01-01',
      to: '2026-12-31',
      note: 'Follows rehab-lae265-required (running cases); ends at the horizon.',
    },
    targetGroups: REHAB_GROUPS,
    requires: 'certificate',
  }),
  info({
    id: 'rehab-team-composition',
    title: {
      da: 'Rehabiliteringsteamet er tværfagligt',
      en: 'The rehabilitation team is interdisciplinary',
    },
    legalRef: { law: 'LOUB', paragraph: '11', printed: 'LOUB § 11' },
    source: [src(S000, '139, 167, 198'), ...L66_ABOLITION_SOURCES],
    regime: 'loub',
    validity: {
      from: '2013-01-01',
      to: '2026-06-30',
      note: 'The requirement of a rehabilitation team was abolished by lov nr. 1750 af 29/12/2025.',
    },
    targetGroups: REHAB_GROUPS,
    requires: 'rehab-team-meeting',
  }),
];
