/**
 * LAB § 6 target groups (målgrupper) with the old LAB § 2 numbers.
 *
 * Source: shared/domain/README.md "Target-group codes", citing
 * `000_213603cd5354bb1f.txt` pp. 17, 68–69, 128, 224, 281.
 * Codes are written as in the sources ("6.1" = LAB § 6 nr. 1).
 */

export const TARGET_GROUP_CODES = [
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '6.8',
  '6.9',
  '6.10',
  '6.11',
  '6.12',
] as const;

/** målgruppe: LAB § 6 nr. 1–12 written "6.n" */
export type TargetGroupCode = (typeof TARGET_GROUP_CODES)[number];

export interface TargetGroup {
  code: TargetGroupCode;
  /** LAB § 6 nr. */
  labParagraph6Number: number;
  /** Number in the pre-2020 LAB § 2 ("2.1"); null where the sources do not state it. */
  oldParagraph2Code: string | null;
  nameDa: string;
  nameEn: string;
  /** The benefit (ydelse) that typically defines the group, in Danish. */
  benefitDa: string;
}

export const TARGET_GROUPS: readonly TargetGroup[] = [
  {
    code: '6.1',
    labParagraph6Number: 1,
    oldParagraph2Code: '2.1',
    nameDa: 'Forsikrede ledige / dagpengemodtagere',
    nameEn: 'Insured unemployed',
    benefitDa: 'arbejdsløshedsdagpenge',
  },
  {
    code: '6.2',
    labParagraph6Number: 2,
    oldParagraph2Code: '2.2',
    nameDa: 'Jobparate kontanthjælpsmodtagere',
    nameEn: 'Job-ready social-assistance recipients',
    benefitDa: 'kontanthjælp',
  },
  {
    code: '6.3',
    labParagraph6Number: 3,
    oldParagraph2Code: '2.3',
    nameDa: 'Aktivitetsparate kontanthjælpsmodtagere',
    nameEn: 'Activity-ready social-assistance recipients',
    benefitDa: 'kontanthjælp',
  },
  {
    code: '6.4',
    labParagraph6Number: 4,
    oldParagraph2Code: '2.12',
    nameDa: 'Uddannelsesparate uddannelseshjælpsmodtagere',
    nameEn: 'Education-ready education-benefit recipients (under 30)',
    benefitDa: 'uddannelseshjælp',
  },
  {
    code: '6.5',
    labParagraph6Number: 5,
    oldParagraph2Code: '2.13',
    nameDa: 'Aktivitetsparate uddannelseshjælpsmodtagere',
    nameEn: 'Activity-ready education-benefit recipients',
    benefitDa: 'uddannelseshjælp',
  },
  {
    code: '6.6',
    labParagraph6Number: 6,
    oldParagraph2Code: '2.5',
    nameDa: 'Sygedagpengemodtagere',
    nameEn: 'Sick-listed people on sickness benefit',
    benefitDa: 'sygedagpenge',
  },
  {
    code: '6.7',
    labParagraph6Number: 7,
    oldParagraph2Code: '2.14',
    nameDa: 'Personer i jobafklaringsforløb',
    nameEn: 'People in a job-clarification course',
    benefitDa: 'ressourceforløbsydelse under jobafklaring',
  },
  {
    code: '6.8',
    labParagraph6Number: 8,
    oldParagraph2Code: '2.11',
    nameDa: 'Personer i ressourceforløb',
    nameEn: 'People in a resource course',
    benefitDa: 'ressourceforløbsydelse',
  },
  {
    code: '6.9',
    labParagraph6Number: 9,
    oldParagraph2Code: '2.7',
    nameDa: 'Visiteret til fleksjob / ledighedsydelsesmodtagere',
    nameEn: 'People approved for flex job, unemployed on ledighedsydelse',
    benefitDa: 'ledighedsydelse',
  },
  {
    code: '6.10',
    labParagraph6Number: 10,
    oldParagraph2Code: '2.4',
    nameDa: 'Revalidender',
    nameEn: 'People in vocational rehabilitation',
    benefitDa: 'revalideringsydelse',
  },
  {
    code: '6.11',
    labParagraph6Number: 11,
    oldParagraph2Code: null,
    nameDa: 'Førtidspensionister (ansat med løntilskud)',
    nameEn: 'Disability pensioners (employed with wage subsidy)',
    benefitDa: 'førtidspension',
  },
  {
    code: '6.12',
    labParagraph6Number: 12,
    oldParagraph2Code: null,
    nameDa: 'Selvforsørgende ledige',
    nameEn: 'Self-supporting unemployed',
    benefitDa: 'ingen',
  },
];

export function targetGroup(code: TargetGroupCode): TargetGroup {
  const found = TARGET_GROUPS.find((g) => g.code === code);
  if (!found) throw new Error(`unknown target group ${code}`);
  return found;
}

export function isTargetGroupCode(value: string): value is TargetGroupCode {
  return (TARGET_GROUP_CODES as readonly string[]).includes(value);
}
