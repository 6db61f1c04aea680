/**
 * Layouts of the municipal monthly benefit report "Aktiv og passiv
 * forsørgelse" (Ringkøbing-Skjern Kommune, Beskæftigelsesudvalget, 2019).
 *
 * Source: shared/domain/measures.md § 11 A–D, from `002_19977035304c9716.txt`
 * pp. 21, 22 and 24. All labels are verbatim, including the source's spelling
 * "Midlertidig Arbejdsmarkedesydelse" [sic] and the "*" footnote markers. The
 * numeric cells did not survive extraction, so only the structure is shipped.
 *
 * The `feeds` of each row (which benefit codes, for which recipients and under
 * which refund regime, make up the row) are NOT stated in the source. They are
 * read from the row labels and marked `inferred: true`.
 */

import type { BenefitCode } from './benefits.ts';

/** Month column labels of tables A–C, as printed. */
export const MONTH_COLUMNS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Maj',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Okt',
  'Nov',
  'Dec',
] as const;

/** gennemsnit: the average column of tables A–C (mean over months with data). */
export const AVERAGE_COLUMN = 'Gennemsnit';

/** Columns of tables A–C: the 12 months and Gennemsnit. */
export const MONTHLY_REPORT_COLUMNS: readonly string[] = [...MONTH_COLUMNS, AVERAGE_COLUMN];

/** Month column labels of table D (lower case in the source). */
export const REFUGEE_MONTH_COLUMNS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;

/** Columns of table D: the 12 months and "I alt". */
export const REFUGEE_REPORT_COLUMNS: readonly string[] = [...REFUGEE_MONTH_COLUMNS, 'I alt'];

/** Footnote of tables A and C; explains the "*" on the first two rows. */
export const INTEGRATION_PROGRAMME_FOOTNOTE = '* Ydelsen omfattet af integrationsprogrammet';

/**
 * State-refund regime (refusionsordning) a row is restricted to, read from the
 * row label:
 * - `refusion-65`: "Fleksløntilskud 65% refusion" (the older fixed 65 % refund);
 * - `refusionstrappe`: "Fleksløntilskud ref. trappemodel" (the refund ladder);
 * - `ingen-refusion`: "Ledighedsydelse ej refusion";
 * - `passiv-periode`: "Ledighedsydelse passiv periode";
 * - `aktiv-30` / `aktiv-50`: "Ledighedsydelse aktiv 30%" / "aktiv 50%".
 * The rules behind each regime are not in the source.
 */
export type RefundRegime =
  | 'refusion-65'
  | 'refusionstrappe'
  | 'ingen-refusion'
  | 'passiv-periode'
  | 'aktiv-30'
  | 'aktiv-50';

/** One benefit (with restrictions) that contributes to a report row. */
export interface RowFeed {
  benefit: BenefitCode;
  /**
   * true: only recipients covered by the integration programme
   * (integrationsprogrammet); false: only recipients outside it; null: all.
   */
  integrationProgramme: boolean | null;
  /** Refund regime the row is restricted to; null: all regimes. */
  refundRegime: RefundRegime | null;
}

export interface MonthlyReportRow {
  /** Row label, verbatim. */
  label: string;
  /** `benefit`: a benefit line; `total`: the sum of the benefit lines above. */
  kind: 'benefit' | 'total';
  /** `stock`: count at/over the month; `inflow`: new cases in the month. */
  measure: 'stock' | 'inflow';
  /** What feeds the row; empty for totals. */
  feeds: readonly RowFeed[];
  /** true when `feeds` is read from the label rather than stated by the source. */
  inferred: boolean;
}

export type MonthlyReportTableId = 'A' | 'B' | 'C';

export interface MonthlyReportTable {
  id: MonthlyReportTableId;
  /** Title as printed; "[år]" (as in measures.md) stands for the report year (2019 in the source). */
  title: string | null;
  /** Source caption, verbatim from measures.md (the PDF text has "Kilde:Kontanthjælpsrapport"). */
  caption: string;
  unit: 'persons' | 'kr';
  columns: readonly string[];
  rows: readonly MonthlyReportRow[];
  footnote: string | null;
  /** Page in `002_19977035304c9716.txt`. */
  sourcePage: number;
}

const feed = (
  benefit: BenefitCode,
  integrationProgramme: boolean | null = null,
  refundRegime: RefundRegime | null = null,
): RowFeed => ({ benefit, integrationProgramme, refundRegime });

const benefitRow = (
  label: string,
  feeds: RowFeed[],
  measure: 'stock' | 'inflow' = 'stock',
): MonthlyReportRow => ({ label, kind: 'benefit', measure, feeds, inferred: true });

const totalRow = (label: string): MonthlyReportRow => ({
  label,
  kind: 'total',
  measure: 'stock',
  feeds: [],
  inferred: false,
});

/**
 * The 13 benefit rows shared by tables A (persons) and C (amounts), in order.
 * "Kontanthjælp" is read as kontanthjælp outside the integration programme,
 * since recipients inside it have their own row.
 */
export const BENEFIT_ROWS_A_C: readonly MonthlyReportRow[] = [
  benefitRow('Kontanthjælp til udlændinge *', [feed('kontanthjaelp', true)]),
  benefitRow('Integrationsydelse til udlændinge *', [feed('integrationsydelse', true)]),
  benefitRow('Kontanthjælp', [feed('kontanthjaelp', false)]),
  benefitRow('Uddannelseshjælp', [feed('uddannelseshjaelp')]),
  benefitRow('Revalideringsydelse', [feed('revalidering')]),
  benefitRow('Fleksløntilskud 65% refusion', [feed('fleksjob', null, 'refusion-65')]),
  benefitRow('Fleksløntilskud ref. trappemodel', [feed('fleksjob', null, 'refusionstrappe')]),
  benefitRow('Ressourceforløb', [feed('ressourceforloeb')]),
  benefitRow('Ressourceforløb under jobafklaring', [feed('jobafklaring')]),
  benefitRow('Ledighedsydelse ej refusion', [feed('ledighedsydelse', null, 'ingen-refusion')]),
  benefitRow('Ledighedsydelse passiv periode', [feed('ledighedsydelse', null, 'passiv-periode')]),
  benefitRow('Ledighedsydelse aktiv 30%', [feed('ledighedsydelse', null, 'aktiv-30')]),
  benefitRow('Ledighedsydelse aktiv 50%', [feed('ledighedsydelse', null, 'aktiv-50')]),
];

/** A. "Aktiv og passiv forsørgelse [år]": persons (p. 21, upper table). */
export const REPORT_A_PERSONS: MonthlyReportTable = {
  id: 'A',
  title: 'Aktiv og passiv forsørgelse [år]',
  caption: 'Kilde: Kontanthjælpsrapport',
  unit: 'persons',
  columns: MONTHLY_REPORT_COLUMNS,
  rows: [...BENEFIT_ROWS_A_C, totalRow('Personer i alt')],
  footnote: INTEGRATION_PROGRAMME_FOOTNOTE,
  sourcePage: 21,
};

/**
 * B. Persons, second table (p. 21, lower). "Nye på førtidspension" is an
 * inflow (a year total is more meaningful than Gennemsnit); the others are stocks.
 */
export const REPORT_B_PERSONS: MonthlyReportTable = {
  id: 'B',
  title: null,
  caption: 'Kilde: Workbase, KMD-aktiv og Opus',
  unit: 'persons',
  columns: MONTHLY_REPORT_COLUMNS,
  rows: [
    benefitRow('Fleksjob', [feed('fleksjob')]),
    benefitRow('Skånejob', [feed('skaanejob')]),
    benefitRow('Kontantydelse', [feed('kontantydelse')]),
    benefitRow('Midlertidig Arbejdsmarkedesydelse', [feed('midlertidig-arbejdsmarkedsydelse')]),
    benefitRow('Seniorjob', [feed('seniorjob')]),
    benefitRow('Nye på førtidspension', [feed('foertidspension')], 'inflow'),
  ],
  footnote: null,
  sourcePage: 21,
};

/** C. "Beløb i kr." (amounts, p. 22): the 13 rows of A and "Beløb i alt". */
export const REPORT_C_AMOUNTS: MonthlyReportTable = {
  id: 'C',
  title: 'Beløb i kr.',
  caption: 'Kilde: Kontanthjælpsrapport',
  unit: 'kr',
  columns: MONTHLY_REPORT_COLUMNS,
  rows: [...BENEFIT_ROWS_A_C, totalRow('Beløb i alt')],
  footnote: INTEGRATION_PROGRAMME_FOOTNOTE,
  sourcePage: 22,
};

export const MONTHLY_REPORT_TABLES: readonly MonthlyReportTable[] = [
  REPORT_A_PERSONS,
  REPORT_B_PERSONS,
  REPORT_C_AMOUNTS,
];

/** A row block of table D: a heading and its three rows. */
export interface RefugeeRowBlock {
  heading: string;
  rows: readonly [string, string, string];
}

/**
 * D. Refugee intake vs quota (p. 24). "Kvote" is likely the municipal quota
 * (kommunekvote), but the source does not say so. Note the lower-case "i alt"
 * in the Familiesammenføringer block, as printed.
 */
export const REPORT_D_REFUGEES = {
  id: 'D',
  title: 'Tilgang af flygtninge til Ringkøbing-Skjern kommune [år]',
  cornerCell: 'Flygtninge/Kvote',
  columns: REFUGEE_REPORT_COLUMNS,
  blocks: [
    { heading: 'Kvote flygtninge', rows: ['Voksne', 'Børn', 'I alt'] },
    { heading: 'Familiesammenføringer', rows: ['Voksne', 'Børn', 'i alt'] },
    { heading: 'Total', rows: ['Voksne', 'Børn', 'I alt'] },
  ] as readonly RefugeeRowBlock[],
  chart: {
    yAxis: 'Antal',
    series: ['Kvote flygtninge', 'Familiesammenføringer'] as readonly string[],
  },
  sourcePage: 24,
} as const;

/** Fills the "[år]" (year) placeholder in a table title. */
export function reportTitle(title: string, year: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new Error(`year must be a 4-digit year, got ${year}`);
  }
  return title.replace('[år]', String(year));
}

/** The rows of tables A–C that `benefit` feeds, with their table id. */
export function rowsFedBy(
  benefit: BenefitCode,
): readonly { table: MonthlyReportTableId; row: MonthlyReportRow }[] {
  const out: { table: MonthlyReportTableId; row: MonthlyReportRow }[] = [];
  for (const t of MONTHLY_REPORT_TABLES) {
    for (const row of t.rows) {
      if (row.feeds.some((f) => f.benefit === benefit)) out.push({ table: t.id, row });
    }
  }
  return out;
}
