/**
 * Forlængelse af ressourceforløbssager. Source: `000_213603cd5354bb1f.txt`
 * pp. 193–198 (end p. 193; conditions and consent p. 195; marker p. 196); `001_…` Tabel 1.
 */
import { BEK_1184, END_2021, FREDERIKSHAVN, muni, S000, S001, src } from './common.ts';
import type { Trial } from './model.ts';

export const FK2_RF_FORLAENGELSE: Trial = {
  id: 'fk2-rf-forlaengelse',
  title: {
    da: 'Forlængelse af ressourceforløbssager',
    en: 'Extension of ressourceforløb cases without the rehabilitation team',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '193–198'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      muni(FREDERIKSHAVN, '2018-07-01', END_2021, {
        note: 'Start "1. juli" with an illegible year in the source (p. 193); 2018 chosen.',
      }),
    ],
    targetGroups: ['6.8'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'rf-extension-rehabteam',
      when: {
        kind: 'all',
        conditions: [
          { kind: 'event-number-at-most', key: 'months', max: 12 },
          { kind: 'not', condition: { kind: 'event-flag', flag: 'citizen-wants-rehab-team' } },
        ],
      },
      description: {
        da: 'administrativ forlængelse af ressourceforløbet med op til 12 måneder uden forelæggelse for rehabiliteringsteamet, uden opdatering af den forberedende del og uden nye lægelige oplysninger',
        en: 'administrative extension of the ressourceforløb by up to 12 months without the rehabilitation team, without updating the preparatory part and without new medical documentation',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'any-time',
    citizenConsent: true,
    subGoalsEndExemption: false,
    namedResponsible: true,
    other: [
      {
        da: 'Den ansvarlige jobkonsulent afgør sagen sammen med en fagkonsulent, der er fast medlem af rehabiliteringsteamet; skriftlig arbejdsgang (s. 195–196).',
        en: 'The responsible job consultant decides together with a fagkonsulent who is a standing member of the rehabilitation team; written workflow (pp. 195–196).',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Forlængelsens længde angives som details.months på afgørelsen; ønsker borgeren rehabiliteringsteamet, sættes flag "citizen-wants-rehab-team". Jammerbugt deltog først, men trådte ud uden at bruge forsøget (s. 193).',
      en: 'The extension length is details.months on the decision; if the citizen wants the rehabilitation team, the flag "citizen-wants-rehab-team" is set. Jammerbugt joined but left without using it (p. 193).',
    },
  ],
};
