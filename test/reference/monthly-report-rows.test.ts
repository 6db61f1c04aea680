import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benefitByCode } from '../../src/reference/benefits.ts';
import {
  INTEGRATION_PROGRAMME_FOOTNOTE,
  MONTHLY_REPORT_COLUMNS,
  MONTHLY_REPORT_TABLES,
  REFUGEE_REPORT_COLUMNS,
  REPORT_A_PERSONS,
  REPORT_B_PERSONS,
  REPORT_C_AMOUNTS,
  REPORT_D_REFUGEES,
  reportTitle,
  rowsFedBy,
} from '../../src/reference/monthly-report-rows.ts';
import { describeWith, fileRequirement, SHARED_DIR } from '../support/requirements.ts';

const MEASURES = join(SHARED_DIR, 'domain', 'measures.md');
const SEED = join(SHARED_DIR, 'seeds', '002_19977035304c9716.txt');

/** Text of measures.md § 11 sub-part `letter`, from "**X." to the next "**Y." or section end. */
function part(section: string, letter: string): string {
  const start = section.indexOf(`**${letter}.`);
  if (start < 0) throw new Error(`measures.md § 11 has no part ${letter}`);
  const next = section.slice(start + 3).search(/\n\*\*[A-Z]\./);
  return next < 0 ? section.slice(start) : section.slice(start, start + 3 + next);
}

/** Undo markdown emphasis and escapes: "**x**" → "x", "\*" → "*". */
const plain = (s: string) => s.replace(/\*\*/g, '').replace(/\\\*/g, '*').trim();

function match(text: string, re: RegExp, what: string): string {
  const m = re.exec(text);
  if (!m?.[1]) throw new Error(`measures.md § 11: ${what} not found`);
  return m[1];
}

const labels = (rows: readonly { label: string }[]) => rows.map((r) => r.label);

const measures = fileRequirement(MEASURES);
describeWith(measures, 'monthly report layouts equal measures.md § 11', () => {
  const text = measures.present ? readFileSync(MEASURES, 'utf8') : '';
  const start = text.indexOf('## 11.');
  const end = text.indexOf('\n## ', start + 1);
  const s11 = text.slice(start, end < 0 ? undefined : end);

  it('table A: title, caption, columns, rows in order, footnote', () => {
    const a = part(s11, 'A');
    expect(REPORT_A_PERSONS.title).toBe(match(a, /^\*\*A\. "([^"]+)"/, 'A title'));
    expect(REPORT_A_PERSONS.caption).toBe(match(a, /Caption: "([^"]+)"/, 'A caption'));
    const columns = match(a, /- Columns: (.+)\.\n/, 'A columns')
      .split(', ')
      .map(plain);
    expect(columns).toHaveLength(13);
    expect(REPORT_A_PERSONS.columns).toEqual(columns);
    const rows = [...a.matchAll(/^ {2}\d+\. (.+)$/gm)].map((m) => plain(m[1]!));
    expect(rows).toHaveLength(14);
    expect(labels(REPORT_A_PERSONS.rows)).toEqual(rows);
    expect(REPORT_A_PERSONS.footnote).toBe(plain(match(a, /Footnote: "(.+)"/, 'A footnote')));
  });

  it('table B: caption, same columns, rows (with the [sic] spelling)', () => {
    const b = part(s11, 'B');
    expect(REPORT_B_PERSONS.caption).toBe(match(b, /Caption: "([^"]+)"/, 'B caption'));
    expect(b).toContain('Same columns');
    expect(REPORT_B_PERSONS.columns).toEqual(REPORT_A_PERSONS.columns);
    const rows = match(b, /- Rows: (.+)\.\n/, 'B rows')
      .split(' · ')
      .map((r) => r.replace(' [sic]', '').trim());
    expect(labels(REPORT_B_PERSONS.rows)).toEqual(rows);
    expect(labels(REPORT_B_PERSONS.rows)).toContain('Midlertidig Arbejdsmarkedesydelse');
    const inflow = match(b, /"([^"]+)" is an inflow/, 'B inflow row');
    for (const r of REPORT_B_PERSONS.rows) {
      expect(r.measure, r.label).toBe(r.label === inflow ? 'inflow' : 'stock');
    }
  });

  it('table C: title, A caption and columns, the 13 benefit rows of A and the total', () => {
    const c = part(s11, 'C');
    expect(REPORT_C_AMOUNTS.title).toBe(match(c, /^\*\*C\. "([^"]+)"/, 'C title'));
    expect(c).toContain('Same caption, columns and 13 benefit rows as A');
    expect(REPORT_C_AMOUNTS.caption).toBe(REPORT_A_PERSONS.caption);
    expect(REPORT_C_AMOUNTS.columns).toEqual(REPORT_A_PERSONS.columns);
    const total = match(c, /Total row \*\*"([^"]+)"\*\*/, 'C total row');
    expect(labels(REPORT_C_AMOUNTS.rows)).toEqual([
      ...labels(REPORT_A_PERSONS.rows).slice(0, 13),
      total,
    ]);
  });

  it('table D: title, corner cell, columns, row blocks, chart', () => {
    const d = part(s11, 'D');
    expect(reportTitle(REPORT_D_REFUGEES.title, 2019)).toBe(match(d, /Title "([^"]+)"/, 'D'));
    expect(REPORT_D_REFUGEES.cornerCell).toBe(match(d, /corner cell "([^"]+)"/, 'D corner'));
    const cols = match(d, /- Columns (.+)\.\n/, 'D columns'); // "jan … dec, **I alt**"
    const [first, last] = cols.split(', ')[0]!.split(' … ');
    expect(REPORT_D_REFUGEES.columns[0]).toBe(first);
    expect(REPORT_D_REFUGEES.columns[11]).toBe(last);
    expect(REPORT_D_REFUGEES.columns.at(-1)).toBe(plain(cols.split(', ')[1]!));
    const blocks = [
      ...match(d, /- Row blocks: (.+)\.\n/, 'D blocks').matchAll(/\*\*([^*]+)\*\* \(([^)]+)\)/g),
    ].map((m) => ({ heading: m[1], rows: m[2]!.split(', ') }));
    expect(REPORT_D_REFUGEES.blocks).toEqual(blocks);
    expect(REPORT_D_REFUGEES.chart.yAxis).toBe(match(d, /y-axis "([^"]+)"/, 'D y-axis'));
    const series = [...match(d, /series (.+)\.\n/, 'D series').matchAll(/"([^"]+)"/g)];
    expect(REPORT_D_REFUGEES.chart.series).toEqual(series.map((m) => m[1]));
  });
});

const seedFile = fileRequirement(SEED);
describeWith(seedFile, 'labels appear in order in the PDF text', () => {
  const seed = seedFile.present ? readFileSync(SEED, 'utf8') : '';
  const page = (n: number, marker: string) => {
    const line = seed.split('\n').find((l) => l.startsWith(`${n} `) && l.includes(marker));
    if (!line) throw new Error(`page ${n} with "${marker}" not found in ${SEED}`);
    // The source omits the space after "Kilde:"; measures.md normalises it.
    return line.replaceAll('Kilde:', 'Kilde: ').replace(/ {2,}/g, ' ');
  };
  const inOrder = (line: string, parts: readonly string[]) => {
    let at = 0;
    for (const p of parts) {
      const i = line.indexOf(p, at);
      expect(i, `"${p}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = i + p.length;
    }
  };

  it('page 21 holds tables A and B', () => {
    const p21 = page(21, 'Aktiv og passiv forsørgelse');
    inOrder(p21, [
      reportTitle(REPORT_A_PERSONS.title!, 2019),
      REPORT_A_PERSONS.caption,
      ...REPORT_A_PERSONS.columns,
      ...labels(REPORT_A_PERSONS.rows),
      INTEGRATION_PROGRAMME_FOOTNOTE,
      REPORT_B_PERSONS.caption,
      ...REPORT_B_PERSONS.columns,
      ...labels(REPORT_B_PERSONS.rows),
    ]);
  });

  it('page 22 holds table C', () => {
    const p22 = page(22, 'Beløb i kr.');
    inOrder(p22, [
      REPORT_C_AMOUNTS.title!,
      REPORT_C_AMOUNTS.caption,
      ...REPORT_C_AMOUNTS.columns,
      ...labels(REPORT_C_AMOUNTS.rows),
      INTEGRATION_PROGRAMME_FOOTNOTE,
    ]);
  });

  it('page 24 holds table D with lower-case month columns', () => {
    const p24 = page(24, 'Tilgang af flygtninge');
    inOrder(p24, [
      reportTitle(REPORT_D_REFUGEES.title, 2019),
      REPORT_D_REFUGEES.cornerCell,
      ...REFUGEE_REPORT_COLUMNS,
    ]);
  });
});

describe('row feeds', () => {
  it('uses existing benefit codes and marks every benefit row as inferred', () => {
    for (const t of MONTHLY_REPORT_TABLES) {
      expect(t.columns).toEqual(MONTHLY_REPORT_COLUMNS);
      for (const r of t.rows) {
        if (r.kind === 'total') {
          expect(r.feeds, r.label).toEqual([]);
          continue;
        }
        expect(r.feeds.length, r.label).toBeGreaterThan(0);
        expect(r.inferred, r.label).toBe(true);
        for (const f of r.feeds) expect(benefitByCode(f.benefit), r.label).toBeDefined();
      }
    }
  });

  it('splits kontanthjælp by integration programme and ledighedsydelse by refund regime', () => {
    const kh = rowsFedBy('kontanthjaelp').filter((x) => x.table === 'A');
    expect(kh.map((x) => x.row.label)).toEqual(['Kontanthjælp til udlændinge *', 'Kontanthjælp']);
    expect(kh.map((x) => x.row.feeds[0]?.integrationProgramme)).toEqual([true, false]);
    const ly = rowsFedBy('ledighedsydelse').filter((x) => x.table === 'C');
    expect(ly.map((x) => x.row.feeds[0]?.refundRegime)).toEqual([
      'ingen-refusion',
      'passiv-periode',
      'aktiv-30',
      'aktiv-50',
    ]);
    // Fleksjob: two refund rows in A and C, the person count in B.
    expect(rowsFedBy('fleksjob').map((x) => x.table)).toEqual(['A', 'A', 'B', 'C', 'C']);
    expect(rowsFedBy('a-dagpenge')).toEqual([]);
  });

  it('fills the year placeholder and rejects a malformed year', () => {
    expect(reportTitle('Aktiv og passiv forsørgelse [år]', 2024)).toBe(
      'Aktiv og passiv forsørgelse 2024',
    );
    expect(() => reportTitle('x [år]', 19)).toThrow(/year/);
    expect(() => reportTitle('x [år]', 2019.5)).toThrow(/year/);
  });
});
