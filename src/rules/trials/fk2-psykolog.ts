/**
 * Psykologbehandling i jobcenteret. Source: `000_213603cd5354bb1f.txt` pp. 229–245
 * (municipalities and Rebild's withdrawal p. 229; sessions pp. 232–234); `001_…` Tabel 1.
 *
 * A new possibility: treatment registered as the offer "psykologbehandling".
 * Encoded as waiving `sundhedsloven-psykolog-not-offer` for the target group.
 */
import type { Condition } from '../model.ts';
import {
  BEK_1184,
  END_2021,
  JAMMERBUGT,
  muni,
  REBILD,
  S000,
  S001,
  src,
  THISTED,
} from './common.ts';
import type { Trial } from './model.ts';

const flag = (f: string): Condition => ({ kind: 'spell-flag', flag: f });

export const FK2_PSYKOLOG: Trial = {
  id: 'fk2-psykolog',
  title: {
    da: 'Psykologbehandling i jobcenteret',
    en: 'Psychologist treatment in the jobcentre',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '229–245'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      muni(REBILD, '2018-01-01', '2020-05-31', {
        targetGroups: ['6.6'],
        when: { kind: 'any', conditions: [flag('stress'), flag('depression')] },
        note: 'Rebild withdrew "i maj", year illegible (p. 229); May 2020 chosen. Anxiety was not treated in Rebild.',
      }),
      muni(THISTED, '2018-01-01', END_2021, {
        targetGroups: ['6.6', '6.7'],
        note: 'Treatment stops on recovery or a change of benefit, except to jobafklaring.',
      }),
      muni(JAMMERBUGT, '2018-01-01', END_2021, { targetGroups: ['6.6'] }),
    ],
    targetGroups: ['6.6', '6.7'],
    when: { kind: 'any', conditions: [flag('stress'), flag('anxiety'), flag('depression')] },
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'sundhedsloven-psykolog-not-offer',
      description: {
        da: 'gratis psykologbehandling ved jobcentrets psykologer for sygemeldte med stress, angst eller depression (Rebild: stress 6+6, depression 10+10 sessioner; Thisted op til 12; Jammerbugt 12+12)',
        en: 'free psychologist treatment by jobcentre psychologists for people on sick leave with stress, anxiety or depression (Rebild: stress 6+6, depression 10+10 sessions; Thisted up to 12; Jammerbugt 12+12)',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Registreres som tilbuddet "Psykologbehandling" i Fasit; flyttes til "Diverse", når behandlingen fortsætter efter raskmelding (s. 233).',
        en: 'Registered as the offer "Psykologbehandling" in Fasit; moved to "Diverse" when treatment continues after recovery (p. 233).',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Diagnosen angives som spell-flag "stress", "anxiety" eller "depression". Sessionslofterne er ikke indkodet som frister.',
      en: 'The diagnosis is given as spell flag "stress", "anxiety" or "depression". The session caps are not encoded as limits.',
    },
  ],
};
