/** Choosing a report's year from the register, and sending a report as JSON, CSV or XLSX. */
import type { FastifyReply } from 'fastify';
import { addDays } from '../../calendar/index.ts';
import type { RegisterManifest } from '../../register/store.ts';
import { renderReportCsv, renderXlsx } from '../../stats/render.ts';
import type { Report } from '../../stats/reports.ts';
import { badRequest } from '../errors.ts';

/** The years with at least one whole calendar month inside the register. */
export function registerYears(manifest: RegisterManifest): number[] {
  const end = addDays(manifest.lastWeek, 6);
  const years: number[] = [];
  for (let y = Number(manifest.firstWeek.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
    for (let m = 1; m <= 12; m++) {
      const first = `${y}-${String(m).padStart(2, '0')}-01`;
      const last = addDays(
        m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`,
        -1,
      );
      if (first >= manifest.firstWeek && last <= end) {
        years.push(y);
        break;
      }
    }
  }
  return years;
}

/** Sends the report as JSON, or as a CSV/XLSX attachment named `base.csv` / `base.xlsx`. */
export async function sendReport(
  reply: FastifyReply,
  report: Report,
  format: 'json' | 'csv' | 'xlsx',
  base: string,
) {
  if (format === 'csv') {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${base}.csv"`)
      .send(`\uFEFF${renderReportCsv(report)}`);
  }
  if (format === 'xlsx') {
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${base}.xlsx"`)
      .send(await renderXlsx(report));
  }
  return reply.send(report);
}

export function checkYear(manifest: RegisterManifest, year: number | undefined): number {
  const years = registerYears(manifest);
  const y = year ?? years[years.length - 1]!;
  if (!years.includes(y)) {
    throw badRequest('query.year', `the register covers ${years[0]}–${years[years.length - 1]}`);
  }
  return y;
}
