/**
 * Report builders: plain functions returning data (titles, columns, rows) so
 * the CLI renders them as text, CSV, XLSX or HTML and the web server can serve
 * them as JSON.
 *
 * - Monthly "Aktiv og passiv forsørgelse" (tables A and C of the committee
 *   papers, `002_19977035304c9716.txt` pp. 21–22; labels from
 *   src/reference/monthly-report-rows.ts).
 * - Weekly open-case series (pp. 28, 30, 32).
 * - Trial-evaluation comparison tables: municipality vs region vs whole
 *   country at chosen dates with the change from the baseline
 *   (`000_213603cd5354bb1f.txt` pp. 81ff.).
 */
import { addDays, isoWeek, isoWeekStart, weeksInIsoYear } from '../calendar/index.ts';
import {
  AVERAGE_COLUMN,
  MONTH_COLUMNS,
  type MonthlyReportRow,
  REPORT_A_PERSONS,
  REPORT_C_AMOUNTS,
  reportTitle,
} from '../reference/monthly-report-rows.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { regionByCode } from '../reference/regions.ts';
import { sqlString } from '../sql/duckdb.ts';
import type { Row } from '../sql/engine.ts';
import { columnsFor } from './measures/common.ts';
import { type MeasureParams, measureById } from './measures/index.ts';
import type { MeasureSession } from './session.ts';
import { type Cell, SUPPRESSED, suppressCount, suppressRows } from './suppress.ts';

export interface ReportTable {
  id: string;
  title: string;
  caption?: string;
  footnote?: string;
  columns: string[];
  rows: Cell[][];
  /** Series to chart: one line per row of `rows` named in `chartRows` (HTML output). */
  chart?: {
    xLabels: string[];
    series: { name: string; values: (number | null)[] }[];
    yLabel: string;
  };
}

export interface Report {
  title: string;
  subtitle?: string;
  tables: ReportTable[];
  notes: string[];
}

/** Date from which fleksjob and ledighedsydelse fall under the refund ladder (refusionsreformen, 2016). */
export const REFUND_REFORM_DATE = '2016-01-04';

/**
 * Illustrative weekly amounts (DKK) per benefit for the "Beløb i kr." table.
 * Not official rates (satser): the register carries no payments, so amounts
 * are weeks × a typical 2019 weekly rate, for layout and relative size only.
 */
export const ILLUSTRATIVE_WEEKLY_DKK: Readonly<Record<string, number>> = {
  kontanthjaelp: 2_600,
  integrationsydelse: 1_500,
  uddannelseshjaelp: 1_400,
  revalidering: 4_300,
  fleksjob: 2_500,
  ressourceforloeb: 2_600,
  jobafklaring: 4_300,
  ledighedsydelse: 4_300,
};

/**
 * Which register weeks feed a report row, as a SQL condition over b.benefit,
 * b.activation and b.start_week (the spell start). Null: the register cannot
 * tell (the cell prints ".").
 */
export function rowCondition(row: MonthlyReportRow): string | null {
  const parts: string[] = [];
  for (const f of row.feeds) {
    const conds = [`b.benefit = ${sqlString(f.benefit)}`];
    // The register carries no integration-programme flag: integrationsydelse is
    // by definition inside it; kontanthjælp inside it cannot be told apart.
    if (f.integrationProgramme === true && f.benefit !== 'integrationsydelse') return null;
    switch (f.refundRegime) {
      case null:
        break;
      case 'refusion-65':
        conds.push(`b.start_week < CAST(${sqlString(REFUND_REFORM_DATE)} AS DATE)`);
        break;
      case 'refusionstrappe':
        conds.push(`b.start_week >= CAST(${sqlString(REFUND_REFORM_DATE)} AS DATE)`);
        break;
      case 'passiv-periode':
        conds.push('b.activation IS NULL');
        break;
      case 'aktiv-50':
        conds.push(
          `b.activation IS NOT NULL AND b.start_week < CAST(${sqlString(REFUND_REFORM_DATE)} AS DATE)`,
        );
        break;
      case 'aktiv-30':
        conds.push(
          `b.activation IS NOT NULL AND b.start_week >= CAST(${sqlString(REFUND_REFORM_DATE)} AS DATE)`,
        );
        break;
      case 'ingen-refusion':
        return null;
    }
    parts.push(`(${conds.join(' AND ')})`);
  }
  return parts.length ? parts.join(' OR ') : null;
}

export interface MonthlyReportData {
  municipality: string;
  year: number;
  /** Per row label: persons and DKK per month (index 0 = January); null = not available. */
  persons: Map<string, (number | null)[]>;
  amounts: Map<string, (number | null)[]>;
  /** Months inside the register (1–12). */
  months: number[];
}

/** Computes the numbers behind the monthly report. */
export async function monthlyReportData(
  session: MeasureSession,
  municipality: string,
  year: number,
): Promise<MonthlyReportData> {
  if (!municipalityByCode(municipality)) throw new Error(`unknown municipality ${municipality}`);
  await session.ensure('spells', { kind: 'month' });
  const rows = REPORT_A_PERSONS.rows.filter((r) => r.kind === 'benefit');
  const keyed = rows.map((r, i) => ({ row: r, key: `r${i}`, cond: rowCondition(r) }));
  const usable = keyed.filter((k) => k.cond !== null);
  const rateCase = `CASE b.benefit ${Object.entries(ILLUSTRATIVE_WEEKLY_DKK)
    .map(([b, rate]) => `WHEN ${sqlString(b)} THEN ${rate}`)
    .join(' ')} ELSE 0 END`;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const selects = usable.map(
    (k) =>
      `SELECT b.period, ${sqlString(k.key)} AS row_key, b.person_id, b.days, b.days * ${rateCase} AS dkk7 FROM b WHERE ${k.cond}`,
  );
  const sql = `WITH b AS (
  SELECT p.period, r.person_id, r.benefit, r.activation, p.days, s.start_week
  FROM register r
  JOIN ref_period p ON p.week = r.week AND p.kind = 'month'
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= r.week AND s.last_week >= r.week
  WHERE r.municipality = ${sqlString(municipality)}
    AND r.week >= CAST(${sqlString(addDays(from, -6))} AS DATE) AND r.week <= CAST(${sqlString(to)} AS DATE)
), c AS (
  ${selects.join('\nUNION ALL\n  ')}
)
SELECT period, row_key, COUNT(DISTINCT person_id) AS persons, SUM(dkk7) AS dkk7
FROM c WHERE SUBSTR(period, 1, 4) = ${sqlString(String(year))}
GROUP BY period, row_key
UNION ALL
SELECT period, 'total' AS row_key, COUNT(DISTINCT person_id) AS persons, SUM(dkk7) AS dkk7
FROM c WHERE SUBSTR(period, 1, 4) = ${sqlString(String(year))}
GROUP BY period`;
  const result = await session.engine.all(sql);
  const { firstWeek, lastWeek } = session.ctx;
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    if (first >= firstWeek && first <= addDays(lastWeek, 6)) months.push(m);
  }
  const persons = new Map<string, (number | null)[]>();
  const amounts = new Map<string, (number | null)[]>();
  const blank = (available: boolean) =>
    Array.from({ length: 12 }, (_, i) => (available && months.includes(i + 1) ? 0 : null));
  for (const k of keyed) {
    persons.set(k.row.label, blank(k.cond !== null));
    amounts.set(k.row.label, blank(k.cond !== null));
  }
  const totalLabel = 'total';
  persons.set(totalLabel, blank(true));
  amounts.set(totalLabel, blank(true));
  for (const r of result) {
    const month = Number(String(r.period).slice(5, 7)) - 1;
    const label =
      r.row_key === 'total' ? totalLabel : keyed.find((k) => k.key === r.row_key)?.row.label;
    if (!label) continue;
    persons.get(label)![month] = Number(r.persons);
    amounts.get(label)![month] = Math.round(Number(r.dkk7) / 7);
  }
  return { municipality, year, persons, amounts, months };
}

function average(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return Math.round((10 * present.reduce((s, v) => s + v, 0)) / present.length) / 10;
}

/** The monthly report "Aktiv og passiv forsørgelse [år]": persons (A) and amounts (C). */
export async function buildMonthlyReport(
  session: MeasureSession,
  municipality: string,
  year: number,
): Promise<Report> {
  const data = await monthlyReportData(session, municipality, year);
  const name = municipalityByCode(municipality)!.name;
  const columns = ['', ...MONTH_COLUMNS, AVERAGE_COLUMN];
  const personsTable = (): ReportTable => {
    const rows: Cell[][] = REPORT_A_PERSONS.rows.map((row) => {
      const values = data.persons.get(row.kind === 'total' ? 'total' : row.label)!;
      const avg = average(values);
      return [
        row.label,
        ...values.map((v) => (v === null ? SUPPRESSED : suppressCount(v))),
        avg === null ? SUPPRESSED : suppressCount(avg),
      ];
    });
    return {
      id: 'A',
      title: reportTitle(REPORT_A_PERSONS.title!, year),
      caption: REPORT_A_PERSONS.caption,
      footnote: REPORT_A_PERSONS.footnote ?? undefined,
      columns,
      rows,
      chart: {
        xLabels: [...MONTH_COLUMNS],
        yLabel: 'Personer',
        series: [{ name: 'Personer i alt', values: data.persons.get('total')! }],
      },
    };
  };
  const amountsTable = (): ReportTable => {
    const rows: Cell[][] = REPORT_C_AMOUNTS.rows.map((row) => {
      const key = row.kind === 'total' ? 'total' : row.label;
      const values = data.amounts.get(key)!;
      const persons = data.persons.get(key)!;
      const avg = average(values);
      return [
        row.label,
        ...values.map((v, i) =>
          v === null || (persons[i] ?? 0) < 3 ? (v === 0 ? 0 : SUPPRESSED) : v,
        ),
        avg === null || (average(persons) ?? 0) < 3
          ? avg === 0
            ? 0
            : SUPPRESSED
          : Math.round(avg),
      ];
    });
    return {
      id: 'C',
      title: REPORT_C_AMOUNTS.title!,
      caption: REPORT_C_AMOUNTS.caption,
      footnote: REPORT_C_AMOUNTS.footnote ?? undefined,
      columns,
      rows,
    };
  };
  return {
    title: `${reportTitle(REPORT_A_PERSONS.title!, year)} – ${name} Kommune`,
    subtitle: `Kommunekode ${municipality}`,
    tables: [personsTable(), amountsTable()],
    notes: [
      'Personer: antal forskellige personer med ydelsen mindst én dag i måneden. Gennemsnit: gennemsnit af månederne med data.',
      'Beløb er illustrative (uger × en typisk ugesats 2019), ikke faktiske udbetalinger.',
      'Kontanthjælp til udlændinge og Ledighedsydelse ej refusion kan ikke udledes af registret og vises som ".".',
      'Celler med færre end 3 personer vises som "." (diskretion).',
    ],
  };
}

/** Weekly open-case series for one municipality over a year (Uge nr. 1–52/53). */
export async function buildOpenCasesReport(
  session: MeasureSession,
  municipality: string,
  year: number,
): Promise<Report> {
  const m = municipalityByCode(municipality);
  if (!m) throw new Error(`unknown municipality ${municipality}`);
  // The weeks of ISO year `year` (52 or 53, Monday of week 1 to Sunday of the last),
  // so that 30 December 2019, which is week 1 of 2020, is not reported under 2019.
  const rows = await session.run(
    'loebende-sager',
    {
      kind: 'month',
      from: isoWeekStart(year, 1),
      to: addDays(isoWeekStart(year, weeksInIsoYear(year)), 6),
    },
    { municipality },
  );
  const mine = rows.filter((r) => r.area_level === 'municipality');
  const weekNo = mine.map((r) => String(isoWeek(String(r.week)).week));
  const series = [
    { key: 'jobafklaring', name: 'Jobafklaringssager' },
    { key: 'syg_5_52', name: 'Sygedagpengesager 5-52 uger' },
    { key: 'syg_over_52', name: 'Sygedagpengesager over 52 uger' },
  ];
  return {
    title: `Antal løbende sager ${year} – ${m.name} Kommune`,
    tables: [
      {
        id: 'E',
        title: 'Antal løbende sager',
        columns: ['Uge nr.', ...series.map((s) => s.name)],
        rows: mine.map((r, i) => [
          weekNo[i]!,
          ...series.map((s) => suppressCount(Number(r[s.key]))),
        ]),
        chart: {
          xLabels: weekNo,
          yLabel: 'Antal løbende sager',
          series: series.map((s) => ({ name: s.name, values: mine.map((r) => Number(r[s.key])) })),
        },
      },
    ],
    notes: [
      'Uge 1 i et sygedagpengeforløb er forløbets første uge med sygedagpenge i registret.',
      'Celler med færre end 3 personer vises som ".".',
    ],
  };
}

export interface ComparisonSpec {
  measure:
    | 'fuldtidspersoner'
    | 'forloeb'
    | 'status-efter'
    | 'delvise-raskmeldinger'
    | 'aktiveringsgrad'
    | 'ordinaere-loentimer'
    | 'tilgang-afgang'
    | 'manglende-aktiv-indsats';
  /** Value column of the measure, e.g. fte_pct, avg_weeks, pct_wage, partial_pct. */
  value: string;
  benefit?: string;
  /** Period labels; the first is the baseline (e.g. 2017-06, 2018-06, …). */
  periods: string[];
  kind: MeasureParams['kind'];
  /** Break each area down by a person attribute: one row per area and group. */
  breakdown?: MeasureParams['breakdown'];
}

/** Municipality vs region vs whole country at chosen periods, with the change from the baseline. */
export async function buildComparison(
  session: MeasureSession,
  municipality: string,
  spec: ComparisonSpec,
): Promise<Report> {
  const m = municipalityByCode(municipality);
  if (!m) throw new Error(`unknown municipality ${municipality}`);
  if (spec.periods.length === 0) throw new Error('give at least one period');
  const measure = measureById(spec.measure);
  if (!measure.columns.some((c) => c.name === spec.value)) {
    throw new Error(`${spec.measure} has no column ${spec.value}`);
  }
  const byPeriod = new Map<string, Row[]>();
  for (const period of spec.periods) {
    const { from, to } = periodBounds(period);
    const params: MeasureParams = {
      kind: spec.kind,
      from,
      to,
      benefits: spec.benefit ? [spec.benefit] : undefined,
      breakdown: spec.breakdown,
    };
    const rows = await session.run(spec.measure, params, { municipality });
    byPeriod.set(period, suppressRows(measure, rows, columnsFor(measure, params)));
  }
  // forloeb: periods too close to the register's start for its lookback carry no durations (#15).
  const unseen = spec.periods.filter((p) => byPeriod.get(p)!.some((r) => r.complete === false));
  const areas = [
    { level: 'country', code: 'DK', name: 'Hele landet' },
    {
      level: 'region',
      code: m.regionCode,
      name: regionByCode(m.regionCode)?.nameDa ?? m.regionCode,
    },
    { level: 'municipality', code: m.code, name: m.name },
  ];
  const base = spec.periods[0]!;
  // With a breakdown, one row per area and group (groups in the order of their names).
  const groups: (string | undefined)[] = spec.breakdown
    ? [...new Set([...byPeriod.values()].flat().map((r) => String(r.gruppe)))].sort()
    : [undefined];
  const lines = areas.flatMap((a) =>
    groups.map((g) => ({ ...a, group: g, label: g === undefined ? a.name : `${a.name} · ${g}` })),
  );
  const rows: Cell[][] = lines.map((a) => {
    const values = spec.periods.map((p) => {
      const row = byPeriod
        .get(p)!
        .find(
          (r) =>
            r.area_level === a.level &&
            r.area === a.code &&
            (a.group === undefined || r.gruppe === a.group),
        );
      const v = row?.[spec.value];
      return typeof v === 'number'
        ? Math.round(v * 10) / 10
        : v === undefined || v === null
          ? SUPPRESSED
          : (v as Cell);
    });
    const first = values[0];
    const last = values[values.length - 1];
    const change =
      typeof first === 'number' && typeof last === 'number'
        ? Math.round((last - first) * 10) / 10
        : SUPPRESSED;
    return [a.label, ...values, change];
  });
  const label = measure.columns.find((c) => c.name === spec.value)!.labelDa;
  return {
    title: `${measure.titleDa}${spec.benefit ? ` – ${spec.benefit}` : ''}${spec.breakdown ? ` – opdelt på ${BREAKDOWN_LABELS_DA[spec.breakdown]}` : ''}`,
    subtitle: label,
    tables: [
      {
        id: 'comparison',
        title: label,
        columns: ['Område', ...spec.periods, `Ændring fra ${base}`],
        rows,
        chart: {
          xLabels: spec.periods,
          yLabel: label,
          series: rows.map((r) => ({
            name: String(r[0]),
            values: r.slice(1, -1).map((v) => (typeof v === 'number' ? v : null)),
          })),
        },
      },
    ],
    notes: [
      'Celler med færre end 3 personer vises som ".". Hele landet vises uden diskretion.',
      ...(spec.breakdown ? [BREAKDOWN_NOTES_DA[spec.breakdown]] : []),
      ...(unseen.length
        ? [
            `${unseen.join(', ')}: registret begynder for kort tid før perioden til at se hele forløb (tilbageblik ${byPeriod.get(unseen[0]!)![0]!.lookback_weeks} uger); varigheden vises som ".".`,
          ]
        : []),
    ],
  };
}

/** What the groups of a breakdown mean, as a note under the comparison (Danish). */
const BREAKDOWN_NOTES_DA: Record<NonNullable<MeasureParams['breakdown']>, string> = {
  age: 'Alder den første dag i måneden (forløb: den sidste dag med ydelse); "ukendt": ingen persondata.',
  sex: 'Køn fra persondata; "ukendt": ingen persondata.',
  origin: 'Herkomst fra persondata; "ukendt": ingen persondata.',
  education: 'Højeste uddannelse fra persondata; "ukendt": ingen persondata.',
  category:
    'Visitationskategori i måneden (den kategori, personen havde de fleste dage med ydelse; forløb: den sidste uge). "ikke-relevant": ydelser uden visitationskategori; "ukendt": kategorien er ikke registreret.',
  duration:
    'Forløbets varighed indtil den sidste dag med ydelse i måneden (måneder á 30,4375 dage). "ukendt": forløbet var i gang, da registret begynder, og er set i under 12 måneder.',
};

/** Danish names of the breakdowns, for titles. */
export const BREAKDOWN_LABELS_DA: Record<NonNullable<MeasureParams['breakdown']>, string> = {
  age: 'alder',
  sex: 'køn',
  origin: 'herkomst',
  education: 'uddannelse',
  category: 'visitationskategori',
  duration: 'varighed',
};

/** First and last day of a period label ('2017-06', '2017-Q2', '2017'). */
export function periodBounds(label: string): { from: string; to: string } {
  if (/^\d{4}$/.test(label)) return { from: `${label}-01-01`, to: `${label}-12-31` };
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) {
    const start = (Number(q[2]) - 1) * 3 + 1;
    const from = `${q[1]}-${String(start).padStart(2, '0')}-01`;
    const next =
      start + 3 > 12
        ? `${Number(q[1]) + 1}-01-01`
        : `${q[1]}-${String(start + 3).padStart(2, '0')}-01`;
    return { from, to: addDays(next, -1) };
  }
  if (/^\d{4}-\d{2}$/.test(label)) {
    const [y, mo] = label.split('-').map(Number) as [number, number];
    const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
    return { from: `${label}-01`, to: addDays(next, -1) };
  }
  throw new Error(`expected a period like 2017, 2017-Q2 or 2017-06, got ${JSON.stringify(label)}`);
}
