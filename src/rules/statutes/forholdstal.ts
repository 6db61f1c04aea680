/**
 * Company ratio (forholdstal) for placements: BAB § 65 stk. 1 and § 83 stk. 1,
 * relaxed from 2020. The arithmetic is `checkPlacementRatio` in
 * placement-ratio.ts (also called by the case API when a placement is created).
 * Source: `000_213603cd5354bb1f.txt` pp. 202, 224; `001_5174f690df2087eb.txt` Tabel 2.
 */
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import type { Rule } from '../model.ts';
import { info, LAB2020, offerOf, rule, S000, S001, src } from './common.ts';

export { checkPlacementRatio, placementCapacity } from './placement-ratio.ts';

/** The ratio rules apply whatever the person's målgruppe. */
const ALL = TARGET_GROUP_CODES;
const PLACEMENTS = offerOf(['virksomhedspraktik', 'loentilskud']);

export const FORHOLDSTAL: readonly Rule[] = [
  rule({
    id: 'bab-forholdstal-0-50',
    title: {
      da: 'Forholdstal: højst 1 i praktik eller løntilskud pr. 5 ordinært ansatte (0–50 ansatte), plus 1 pr. 10 derover',
      en: 'Ratio: at most 1 in placement or wage subsidy per 5 ordinary employees (0–50 employees), plus 1 per 10 beyond',
    },
    legalRef: {
      law: 'BAB',
      paragraph: '65, 83',
      stk: '1',
      printed: 'BAB § 65, stk. 1; § 83, stk. 1',
    },
    source: [src(S000, '202')],
    regime: 'bab',
    validity: {
      from: '2015-01-01',
      to: '2019-12-31',
      note: 'In force at trial; relaxed 2020-01-01.',
    },
    targetGroups: ALL,
    requires: 'limit',
    action: {
      da: 'placering i praktik eller løntilskud',
      en: 'placement in praktik or wage subsidy',
    },
    schedule: { kind: 'ratio', applies: PLACEMENTS, regime: 'lab2015' },
    notes: [
      {
        da: 'Begge bånd beregnes samlet af placementCapacity: max(1, ⌊min(E,50)/5⌋) + ⌊(E−50)/10⌋ for E > 50. Præcis 50 ansatte hører til første bånd.',
        en: 'Both bands are computed together by placementCapacity: max(1, ⌊min(E,50)/5⌋) + ⌊(E−50)/10⌋ for E > 50. Exactly 50 employees falls in the first band.',
      },
    ],
  }),
  info({
    id: 'bab-forholdstal-50plus',
    title: {
      da: 'Forholdstal for virksomheder med 50 eller flere ansatte: yderligere 1 pr. 10 ordinært ansatte',
      en: 'Ratio for companies with 50 or more employees: a further 1 per 10 ordinary employees',
    },
    legalRef: {
      law: 'BAB',
      paragraph: '65, 83',
      stk: '1',
      printed: 'BAB § 65, stk. 1; § 83, stk. 1',
    },
    source: [src(S000, '202, 224')],
    regime: 'bab',
    validity: { from: '2015-01-01', to: '2019-12-31' },
    targetGroups: ALL,
    requires: 'limit',
    notes: [{ da: 'Håndhæves i bab-forholdstal-0-50.', en: 'Enforced in bab-forholdstal-0-50.' }],
  }),
  rule({
    id: 'lab2020-forholdstal-relaxed',
    title: {
      da: 'Lempet forholdstal: delte fuldtidspladser og timebaseret opgørelse',
      en: 'Relaxed ratio: shared full-time places and hour-based counting',
    },
    legalRef: {
      law: 'Aftale om en forenklet beskæftigelsesindsats',
      printed: 'BAB § 65/§ 83 som lempet pr. 1. januar 2020',
    },
    source: [src(S001, 'Tabel 2')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: ALL,
    requires: 'limit',
    action: {
      da: 'placering i praktik eller løntilskud',
      en: 'placement in praktik or wage subsidy',
    },
    schedule: { kind: 'ratio', applies: PLACEMENTS, regime: 'lab2020' },
    notes: [
      {
        da: 'Kilden giver ingen tal; vi beholder 1:5/1:10, men tæller i fuldtidspladser à 37 timer, når timer er oplyst.',
        en: 'The source gives no numbers; we keep 1:5/1:10 but count full-time places of 37 hours when hours are given.',
      },
    ],
  }),
];
