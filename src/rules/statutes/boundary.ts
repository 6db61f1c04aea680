/**
 * Boundary rules (self-employment, availability, health) that trials set aside
 * or extend. Catalogued so overlays can name them; they create no deadlines.
 * Source: `000_213603cd5354bb1f.txt` pp. 230, 250, 267, 281; `001_5174f690df2087eb.txt` Tabel 1–2.
 */
import type { Rule } from '../model.ts';
import { info, S000, S001, src } from './common.ts';

export const BOUNDARY: readonly Rule[] = [
  info({
    id: 'las65-67-business-start',
    title: {
      da: 'Støtte til etablering af selvstændig virksomhed (kun revalidering)',
      en: 'Support for starting a business (revalidering only)',
    },
    legalRef: {
      law: 'LAS',
      paragraph: '65–67',
      printed: 'Dagældende LAS §§ 65–67 (nu LAB § 147, tilskud efter LAS § 73j)',
    },
    source: [src(S000, '267, 281')],
    regime: 'las',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.10'],
    requires: 'offer',
  }),
  info({
    id: 'dp-raadighed',
    title: {
      da: 'Rådighed for dagpengemodtagere: ugentlig jobsøgning og joblog',
      en: 'Availability for dagpenge recipients: weekly job search and job log',
    },
    legalRef: { law: 'Dagpengereglerne', printed: 'Rådighedsreglerne for dagpenge' },
    source: [src(S000, '250'), src(S001, 'Tabel 2')],
    regime: 'lab2015',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.1'],
  }),
  info({
    id: 'dp-side-business',
    title: {
      da: 'Bibeskæftigelse med supplerende dagpenge',
      en: 'Side business with supplementary dagpenge',
    },
    legalRef: { law: 'Dagpengereglerne', printed: 'Dagpengereglerne (bibeskæftigelse)' },
    source: [src(S001, 'Tabel 2')],
    regime: 'lab2020',
    validity: { from: '2021-01-01', note: 'The source dates it 2021; 1 January chosen.' },
    targetGroups: ['6.1'],
  }),
  info({
    id: 'sundhedsloven-psykolog',
    title: {
      da: 'Psykologbehandling er en regional opgave, ikke et beskæftigelsestilbud',
      en: 'Psychological treatment is a regional task, not an employment offer',
    },
    legalRef: { law: 'Sundhedsloven', printed: 'Sundhedsloven afsnit V og IX' },
    source: [src(S000, '230'), src(S001, 'Tabel 1')],
    regime: 'sdp',
    validity: { from: '2013-01-01' },
    targetGroups: ['6.6'],
    requires: 'offer',
  }),
];
