/**
 * Revalidering: LÆ265 as a guarantee provision (garantiforskrift) before the
 * grant decision, and before changes until 2020. Source:
 * `000_213603cd5354bb1f.txt` pp. 172, 176; `001_5174f690df2087eb.txt` Tabel 2;
 * `002_19977035304c9716.txt` pp. 58, 62.
 */
import type { Rule } from '../model.ts';
import { certificate, decision, info, rule, S000, S001, S002, src } from './common.ts';

export const REVALIDERING: readonly Rule[] = [
  rule({
    id: 'reval-lae265-garanti',
    title: {
      da: 'LÆ265 fra egen læge før afgørelse om revalidering (garantiforskrift)',
      en: 'LÆ265 from the own GP before the revalidering decision (guarantee provision)',
    },
    legalRef: {
      law: 'LAS § 46 jf. LAB § 30a, stk. 3, nr. 3; BEK nr. 996 af 29/06/2016 § 4',
      paragraph: '46',
      printed: 'LAS § 46, jf. LAB § 30a, stk. 3, nr. 3; BEK nr. 996/2016 § 4',
    },
    source: [src(S000, '172, 176')],
    regime: 'las',
    validity: {
      from: '2013-01-01',
      to: '2026-06-30',
      note: 'Revalidering is abolished for new citizens from 1 July 2026 (lov nr. 1750 af 29/12/2025): no grant decision after that day (ref2026-revalidering-abolished).',
    },
    targetGroups: ['6.10'],
    requires: 'certificate',
    action: { da: 'LÆ265 fra egen læge', en: 'LÆ265 from the own GP' },
    schedule: {
      kind: 'before-event',
      trigger: decision('revalidering-grant'),
      firstOnly: false,
      met: certificate('LÆ265'),
      severity: 'error',
    },
    notes: [
      {
        da: 'Garantiforskrift: uden LÆ265 er afgørelsen ugyldig, og en anden læge kan ikke erstatte egen læge.',
        en: 'Guarantee provision: without LÆ265 the decision is invalid, and another doctor cannot replace the own GP.',
      },
    ],
  }),
  rule({
    id: 'reval-lae265-changes',
    title: {
      da: 'LÆ265 også ved ændring, forlængelse og afslutning af revalideringsplanen (til 2020)',
      en: 'LÆ265 also for change, extension and termination of the revalidering plan (until 2020)',
    },
    legalRef: { law: 'LAS', paragraph: '46', printed: 'LAS § 46, jf. LAB § 30 a, stk. 3' },
    source: [src(S000, '172'), src(S001, 'Tabel 2')],
    regime: 'las',
    validity: { from: '2013-01-01', to: '2019-12-31' },
    targetGroups: ['6.10'],
    requires: 'certificate',
    action: { da: 'ny LÆ265', en: 'new LÆ265' },
    schedule: {
      kind: 'before-event',
      trigger: decision([
        'revalidering-change',
        'revalidering-extension',
        'revalidering-termination',
      ]),
      firstOnly: false,
      met: certificate('LÆ265'),
      lookBack: { n: 3, unit: 'month', counting: 'elapsed' },
      severity: 'error',
    },
    notes: [
      {
        da: 'En "ny" LÆ265 = modtaget inden for 3 måneder før afgørelsen (vores valg).',
        en: 'A "new" LÆ265 = received within 3 months before the decision (our choice).',
      },
    ],
  }),
  info({
    id: 'reval-eligibility',
    title: {
      da: 'Revalidering, når beskæftigelsesrettede aktiviteter ikke er nok',
      en: 'Revalidering when employment measures are not enough',
    },
    legalRef: { law: 'LAS', paragraph: '46', stk: '2', printed: 'LAS § 46, stk. 2' },
    source: [src(S002, '62')],
    regime: 'las',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.10'],
  }),
  info({
    id: 'reval-caseworker-checklist',
    title: {
      da: 'Kommunal tjekliste før bevilling af revalidering',
      en: 'Municipal checklist before granting revalidering',
    },
    legalRef: {
      law: 'LAS',
      paragraph: '46',
      stk: '2',
      printed: 'LAS § 46, stk. 2 (RKSK "Kriterier for Revalidering")',
    },
    source: [src(S002, '62')],
    regime: 'las',
    validity: { from: '2019-01-01' },
    targetGroups: ['6.10'],
  }),
  info({
    id: 'reval-ydelse-level',
    title: { da: 'Revalideringsydelsens niveau', en: 'Level of revalideringsydelse' },
    legalRef: { law: 'LAS', paragraph: '52', printed: 'LAS § 52 (revalideringsydelse)' },
    source: [src(S002, '58')],
    regime: 'las',
    validity: { from: '2019-01-01' },
    targetGroups: ['6.10'],
  }),
];
