/**
 * Output formats for measures and reports: terminal table, CSV, JSON, XLSX
 * (exceljs) and a self-contained HTML page with inline SVG charts (no CDN,
 * no scripts).
 */

import ExcelJS from 'exceljs';
import { escapeHtml } from '../html.ts';
import { valueAxis } from './axis.ts';
import type { Report, ReportTable } from './reports.ts';
import type { Cell } from './suppress.ts';

export type OutputFormat = 'table' | 'csv' | 'json' | 'xlsx' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'xlsx', 'html'];

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? String(cell) : cell.toFixed(1);
  }
  return String(cell);
}

/** Aligned plain-text table: text columns left, numbers right. */
export function renderText(table: ReportTable): string {
  const numeric = table.columns.map((_, i) => table.rows.some((r) => typeof r[i] === 'number'));
  const decimal = table.columns.map((_, i) =>
    table.rows.some((r) => typeof r[i] === 'number' && !Number.isInteger(r[i])),
  );
  const cell = (c: Cell, i: number) =>
    typeof c === 'number' && decimal[i] ? c.toFixed(1) : text(c);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const shown = table.rows.map((r) => r.map(cell));
  const widths = table.columns.map((h, i) =>
    Math.max(String(h).length, ...shown.map((r) => (r[i] ?? '').length)),
  );
  const out = [
    table.title,
    line(table.columns.map(String)),
    widths.map((w) => '-'.repeat(w)).join('  '),
  ];
  for (const r of shown) out.push(line(r));
  if (table.caption) out.push(table.caption);
  if (table.footnote) out.push(table.footnote);
  return `${out.join('\n')}\n`;
}

export function renderReportText(report: Report): string {
  const parts = [report.title, ...(report.subtitle ? [report.subtitle] : []), ''];
  for (const t of report.tables) parts.push(renderText(t));
  for (const n of report.notes) parts.push(n);
  return `${parts.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV (comma-separated, "." for suppressed cells, full precision numbers). */
export function renderCsv(table: ReportTable): string {
  const lines = [table.columns.map(csvField).join(',')];
  for (const r of table.rows) {
    lines.push(r.map((c) => csvField(c === null ? '' : String(c))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function renderReportCsv(report: Report): string {
  return report.tables
    .map((t) => (report.tables.length > 1 ? `# ${t.title}\n${renderCsv(t)}` : renderCsv(t)))
    .join('\n');
}

/** An XLSX workbook, one sheet per table. */
export async function renderXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jobcenter';
  for (const t of report.tables) {
    const sheet = workbook.addWorksheet(t.id.slice(0, 31));
    sheet.addRow([t.title]).font = { bold: true };
    const header = sheet.addRow(t.columns);
    header.font = { bold: true };
    for (const r of t.rows) sheet.addRow(r.map((c) => (c === null ? '' : c)));
    if (t.caption) sheet.addRow([t.caption]);
    if (t.footnote) sheet.addRow([t.footnote]);
    sheet.getColumn(1).width = Math.max(12, ...t.rows.map((r) => String(r[0] ?? '').length + 2));
  }
  const notes = workbook.addWorksheet('Noter');
  notes.addRow([report.title]).font = { bold: true };
  for (const n of report.notes) notes.addRow([n]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const PALETTE = ['#1f5f8b', '#c0392b', '#27ae60', '#8e44ad', '#d35400', '#2c3e50'];

/** A line chart as inline SVG. Null values break the line. */
export function lineChartSvg(
  chart: NonNullable<ReportTable['chart']>,
  width = 720,
  height = 300,
): string {
  const pad = { left: 56, right: 16, top: 16, bottom: 64 };
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const { top, ticks } = valueAxis(values.length ? Math.max(...values) : 0);
  const n = chart.xLabels.length;
  const x = (i: number) => pad.left + (n <= 1 ? 0 : (i * (width - pad.left - pad.right)) / (n - 1));
  const y = (v: number) => pad.top + (1 - v / top) * (height - pad.top - pad.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(chart.yLabel)}">`,
  ];
  for (const v of ticks) {
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${formatTick(v)}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(n / 13));
  chart.xLabels.forEach((label, i) => {
    if (i % step === 0) {
      parts.push(
        `<text x="${x(i)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(label)}</text>`,
      );
    }
  });
  chart.series.forEach((s, si) => {
    const colour = PALETTE[si % PALETTE.length]!;
    let d = '';
    s.values.forEach((v, i) => {
      if (v === null) return;
      d += `${d === '' || s.values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    });
    if (d) parts.push(`<path d="${d.trim()}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    parts.push(
      `<rect x="${pad.left + si * 220}" y="${height - 24}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${pad.left + si * 220 + 18}" y="${height - 14}" font-size="12">${escapeHtml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

function formatTick(v: number): string {
  return v.toLocaleString('da-DK');
}

/** A self-contained HTML page: tables and inline SVG charts, no external resources. */
export function renderHtml(report: Report): string {
  const tables = report.tables
    .map((t) => {
      const head = `<tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
      const body = t.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(text(c))}</th>` : `<td>${escapeHtml(text(c))}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      return `<section><h2>${escapeHtml(t.title)}</h2>${t.chart ? `<figure>${lineChartSvg(t.chart)}</figure>` : ''}
<table><thead>${head}</thead><tbody>${body}</tbody></table>
${t.caption ? `<p class="caption">${escapeHtml(t.caption)}</p>` : ''}${t.footnote ? `<p class="caption">${escapeHtml(t.footnote)}</p>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ccc;padding:3px 6px}td{text-align:right}thead th{background:#eef3f7}figure{margin:1rem 0;max-width:760px}.caption{font-size:12px;color:#555}</style>
</head><body><h1>${escapeHtml(report.title)}</h1>${report.subtitle ? `<p>${escapeHtml(report.subtitle)}</p>` : ''}
${tables}
<ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
</body></html>
`;
}
