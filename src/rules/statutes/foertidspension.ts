/**
 * Disability pensioners (førtidspension) employed with wage subsidy: follow-up.
 * Source: `000_213603cd5354bb1f.txt` pp. 128–129.
 */
import type { Rule } from '../model.ts';
import { after, eventAnchor, offerOf, rule, S000, src } from './common.ts';

export const FOERTIDSPENSION: readonly Rule[] = [
  rule({
    id: 'foep-loentilskud-followup',
    title: {
      da: 'Opfølgning på ansættelse med løntilskud: første gang efter 6 måneder, derefter hver 12. måned',
      en: 'Follow-up on the wage-subsidy job: first after 6 months, then every 12 months',
    },
    legalRef: { law: 'LAB', printed: 'LAB (§ ikke angivet), førtidspensionister i løntilskud' },
    source: [src(S000, '128–129')],
    regime: 'lab2015',
    validity: { from: '2015-01-01', note: 'In force at trial; start chosen.' },
    targetGroups: ['6.11'],
    requires: 'follow-up',
    action: { da: 'opfølgning på løntilskudsjobbet', en: 'follow-up on the wage-subsidy job' },
    schedule: {
      kind: 'cadence',
      anchor: eventAnchor(offerOf('loentilskud'), {
        da: 'ansættelsens start',
        en: 'the start of employment',
      }),
      startFrom: 'anchor',
      firstGap: after(6, 'month'),
      maxGap: after(12, 'month'),
      met: { types: ['follow-up-interview'] },
    },
    notes: [
      {
        da: 'Opfølgningen skal være holdt senest 6 måneder efter ansættelsens start og derefter senest 12 måneder efter den forrige.',
        en: 'The follow-up must be held no later than 6 months after the start of employment and then no later than 12 months after the previous one.',
      },
    ],
  }),
];
