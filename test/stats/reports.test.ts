/**
 * Report layouts against the committee papers (002_19977035304c9716.txt
 * pp. 21–22, as transcribed in measures.md § 11) and report numbers on the
 * hand-built register, on both engines.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { SqlEngine } from '../../src/sql/engine.ts';
import { measureById } from '../../src/stats/measures/index.ts';
import { renderCsv, renderHtml, renderXlsx } from '../../src/stats/render.ts';
import {
  buildComparison,
  buildMonthlyReport,
  buildOpenCasesReport,
  periodBounds,
} from '../../src/stats/reports.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { suppressRows } from '../../src/stats/suppress.ts';
import { describeEachEngine } from './engines.ts';
import { HAND_INTERVIEWS, HAND_LABOUR_FORCE, HAND_WEEKS } from './hand-register.ts';

// measures.md § 11 A, rows 1–14, verbatim.
const ROWS_A = [
  'Kontanthjælp til udlændinge *',
  'Integrationsydelse til udlændinge *',
  'Kontanthjælp',
  'Uddannelseshjælp',
  'Revalideringsydelse',
  'Fleksløntilskud 65% refusion',
  'Fleksløntilskud ref. trappemodel',
  'Ressourceforløb',
  'Ressourceforløb under jobafklaring',
  'Ledighedsydelse ej refusion',
  'Ledighedsydelse passiv periode',
  'Ledighedsydelse aktiv 30%',
  'Ledighedsydelse aktiv 50%',
  'Personer i alt',
];
const COLUMNS = [
  '',
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
  'Gennemsnit',
];

describeEachEngine('reports on the hand-built register', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, {
      weeks: HAND_WEEKS,
      labourForce: HAND_LABOUR_FORCE,
      interviews: HAND_INTERVIEWS,
    });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it("monthly report: the committee papers' layout and hand-counted persons", async () => {
    const report = await buildMonthlyReport(session, '849', 2018);
    const [a, c] = report.tables;
    expect(a!.title).toBe('Aktiv og passiv forsørgelse 2018');
    expect(a!.caption).toBe('Kilde: Kontanthjælpsrapport');
    expect(a!.footnote).toBe('* Ydelsen omfattet af integrationsprogrammet');
    expect(a!.columns).toEqual(COLUMNS);
    expect(a!.rows.map((r) => r[0])).toEqual(ROWS_A);
    expect(c!.title).toBe('Beløb i kr.');
    expect(c!.rows.map((r) => r[0])).toEqual([...ROWS_A.slice(0, 13), 'Beløb i alt']);
    // Kontanthjælp in 849: P7, P8, P9 all year; P10 from 4 Jun 2018 → Jan–May 3, Jun–Dec 4.
    const kh = a!.rows.find((r) => r[0] === 'Kontanthjælp')!;
    expect(kh.slice(1, 13)).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]);
    // Gennemsnit = (5·3 + 7·4) / 12 = 43 / 12 = 3.6 (1 decimal).
    expect(kh[13]).toBe(3.6);
    // The register has no integration-programme flag: "." throughout.
    expect(a!.rows[0]!.slice(1).every((v) => v === '.')).toBe(true);
    // Personer i alt: kontanthjælp persons plus none on the other report benefits.
    expect(a!.rows[13]!.slice(1, 13)).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]);
  });

  it('open-case series: sygedagpenge 5–52 by ISO week number', async () => {
    const report = await buildOpenCasesReport(session, '849', 2018);
    const t = report.tables[0]!;
    expect(t.columns).toEqual([
      'Uge nr.',
      'Jobafklaringssager',
      'Sygedagpengesager 5-52 uger',
      'Sygedagpengesager over 52 uger',
    ]);
    // Week 5 (29 Jan) and 6 (5 Feb): P1 only → 1, which is suppressed as ".".
    expect(t.rows.find((r) => r[0] === '5')![2]).toBe('.');
    // ISO 2018 has 52 weeks: Monday 1 January 2018 is week 1, Monday 31 December 2018
    // is week 1 of 2019 and is not in the 2018 series.
    // The weeks shown are those with register rows: increasing, none wrapping to 1.
    const weekNumbers = t.rows.map((r) => Number(r[0]));
    expect(weekNumbers).toEqual([...weekNumbers].sort((a, b) => a - b));
    expect(new Set(weekNumbers).size).toBe(weekNumbers.length);
    expect(Math.max(...weekNumbers)).toBeLessThanOrEqual(52);
  });

  it('comparison: municipality vs region vs country with the change from baseline', async () => {
    const report = await buildComparison(session, '849', {
      measure: 'fuldtidspersoner',
      value: 'fte',
      benefit: 'kontanthjaelp',
      periods: ['2018-01', '2018-07'],
      kind: 'month',
    });
    const t = report.tables[0]!;
    expect(t.columns).toEqual(['Område', '2018-01', '2018-07', 'Ændring fra 2018-01']);
    expect(t.rows.map((r) => r[0])).toEqual(['Hele landet', 'Region Nordjylland', 'Jammerbugt']);
    // January: P7–P9 all 31 days → 3.0 FTE. July: P7–P10 all 31 days → 4.0. Change +1.0.
    expect(t.rows[2]).toEqual(['Jammerbugt', 3, 4, 1]);
  });
});

describe('small-cell suppression', () => {
  it('replaces cells resting on fewer than 3 persons by "." except for the whole country', () => {
    const m = measureById('delvise-raskmeldinger');
    const rows = [
      {
        period: '2018-02',
        area_level: 'country',
        area: 'DK',
        recipients: 2,
        partial: 1,
        partial_pct: 50,
      },
      {
        period: '2018-02',
        area_level: 'region',
        area: '1081',
        recipients: 3,
        partial: 1,
        partial_pct: 33.3,
      },
      {
        period: '2018-02',
        area_level: 'municipality',
        area: '849',
        recipients: 2,
        partial: 0,
        partial_pct: 0,
      },
    ];
    const out = suppressRows(m, rows);
    expect(out[0]).toEqual(rows[0]);
    expect(out[1]).toMatchObject({ recipients: 3, partial: '.', partial_pct: 33.3 });
    expect(out[2]).toMatchObject({ recipients: '.', partial: '.', partial_pct: '.' });
  });
});

describe('renderers', () => {
  const report = {
    title: 'T',
    tables: [
      {
        id: 'A',
        title: 'Tabel',
        columns: ['', 'Jan', 'Feb'],
        rows: [
          ['Kontanthjælp, "x"', 3, '.'],
          ['Personer i alt', 10, 12],
        ],
        chart: {
          xLabels: ['Jan', 'Feb'],
          yLabel: 'Personer',
          series: [{ name: 'I alt', values: [10, 12] }],
        },
      },
    ],
    notes: ['n'],
  };
  it('CSV quotes fields and keeps "."', () => {
    expect(renderCsv(report.tables[0]!)).toBe(
      ',Jan,Feb\n"Kontanthjælp, ""x""",3,.\nPersoner i alt,10,12\n',
    );
  });
  it('XLSX holds the table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(report)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('A')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '', 'Jan', 'Feb']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Personer i alt', 10, 12]);
  });
  it('HTML is self-contained with an inline SVG chart', () => {
    const html = renderHtml(report);
    expect(html).toContain('<svg');
    expect(html).toContain('&quot;x&quot;');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
  it('periodBounds', () => {
    expect(periodBounds('2020-Q1')).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(periodBounds('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(() => periodBounds('2020-13x')).toThrow(/expected a period/);
  });
});
