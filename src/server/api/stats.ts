/**
 * Register statistics for the web app (docs/api.md "Statistics"): the status
 * of the weekly register (present, being generated, progress), the measure
 * list, and the committee reports for the user's municipality (monthly
 * "Aktiv og passiv forsørgelse", weekly open cases, municipality vs region vs
 * country) as JSON or as CSV/XLSX downloads with the statistics module's
 * renderers.
 *
 * The figures are aggregate and pseudonymous (cells under 3 persons show
 * "."), so no read is audited per citizen; each read is one audit entry with
 * action 'stats-read' and no citizen.
 *
 * `RegisterService` owns the register directory: one DuckDB measure session,
 * used by one query at a time, and the background generation of a small
 * synthetic register (`serve --demo-if-empty`) in a child process so the
 * server keeps answering while it runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDays } from '../../calendar/index.ts';
import { type RegisterManifest, readManifest } from '../../register/store.ts';
import type { DuckDbEngine } from '../../sql/engine.ts';
import { MEASURES } from '../../stats/measures/index.ts';
import { renderReportCsv, renderXlsx } from '../../stats/render.ts';
import {
  buildComparison,
  buildMonthlyReport,
  buildOpenCasesReport,
  type ComparisonSpec,
  type Report,
} from '../../stats/reports.ts';
import { type MeasureSession, openRegisterSession } from '../../stats/session.ts';
import { authorize } from '../access.ts';
import { type ApiContext, accessReason, requireUser } from '../context.ts';
import { ApiError, badRequest } from '../errors.ts';

/**
 * The register `serve --demo-if-empty` generates when none exists.
 * 100,000 persons nationally gives the demo municipality (Hjørring, about 1.1 %
 * of the population) some 1,100 persons, enough for most cells to pass the
 * small-cell suppression. Takes a minute or two in the background.
 */
export const DEMO_REGISTER = { persons: 100_000, from: '2015-01', to: '2020-12', seed: 2015 };

export interface StatsOptions {
  /** The register directory (REGISTER_DIR, default DATA_DIR/register). */
  registerDir: string;
  /** Where trial effect reports are cached (DATA_DIR/reports). */
  reportsDir: string;
  /** Generate DEMO_REGISTER in the background when the directory holds no register. */
  generateIfMissing?: boolean;
}

export type GenerationStatus =
  | { state: 'idle' }
  | { state: 'generating'; done: number; total: number; percent: number; startedAt: string }
  | { state: 'failed'; message: string };

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'jobcenter.js');

/** The register behind the statistics routes: presence, generation, one shared session. */
export class RegisterService {
  private generation: GenerationStatus = { state: 'idle' };
  private child: ChildProcess | null = null;
  private open: Promise<{ session: MeasureSession; engine: DuckDbEngine; stamp: string }> | null =
    null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reports = new Map<string, Promise<Report>>();

  /** Without options the server has no register: the routes answer 503 "register-unavailable". */
  constructor(private readonly options: StatsOptions | null) {}

  get registerDir(): string {
    if (!this.options) throw this.unavailable();
    return this.options.registerDir;
  }

  get reportsDir(): string {
    if (!this.options) throw this.unavailable();
    return this.options.reportsDir;
  }

  /** The register's manifest, or null when the directory holds no register. */
  manifest(): RegisterManifest | null {
    if (!this.options) return null;
    if (!existsSync(join(this.registerDir, 'manifest.json'))) return null;
    return readManifest(this.registerDir);
  }

  /** Identifies this version of the register (cache keys). */
  stamp(manifest: RegisterManifest): string {
    return `${manifest.createdAt}|${manifest.rows}`;
  }

  generationStatus(): GenerationStatus {
    return this.generation;
  }

  /**
   * Generates a synthetic register in a child process (`jobcenter synth`)
   * into DIR.generating and moves it to DIR when complete, so a half-written
   * register is never read. Progress comes from the child's progress lines.
   */
  startGeneration(options: typeof DEMO_REGISTER = DEMO_REGISTER): void {
    if (!this.options || this.child || this.manifest()) return;
    const tmp = `${this.registerDir}.generating`;
    const startedAt = new Date().toISOString();
    this.generation = {
      state: 'generating',
      done: 0,
      total: options.persons,
      percent: 0,
      startedAt,
    };
    const child = spawn(
      process.execPath,
      [
        BIN,
        'synth',
        '--persons',
        String(options.persons),
        '--from',
        options.from,
        '--to',
        options.to,
        '--seed',
        String(options.seed),
        '--out',
        tmp,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    let lastLine = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      for (const line of text.split(/[\r\n]+/)) {
        if (!line.trim()) continue;
        lastLine = line.trim();
        const m = /synth: (\d+)\/(\d+)/.exec(line);
        if (m && this.generation.state === 'generating') {
          const done = Number(m[1]);
          const total = Number(m[2]);
          // The Parquet step follows the last person: hold at 99 % until the move.
          const percent = Math.min(99, Math.floor((100 * done) / total));
          this.generation = { state: 'generating', done, total, percent, startedAt };
        }
      }
    });
    child.on('error', (error) => {
      this.child = null;
      this.generation = { state: 'failed', message: error.message };
    });
    child.on('exit', (code, signal) => {
      this.child = null;
      if (code === 0) {
        try {
          rmSync(this.registerDir, { recursive: true, force: true });
          renameSync(tmp, this.registerDir);
          this.generation = { state: 'idle' };
        } catch (error) {
          this.generation = { state: 'failed', message: (error as Error).message };
        }
      } else {
        rmSync(tmp, { recursive: true, force: true });
        this.generation = {
          state: 'failed',
          message: signal ? `stopped by ${signal}` : lastLine || `exit code ${code}`,
        };
      }
    });
  }

  /** Runs `fn` on the shared measure session, one call at a time (a session is not re-entrant). */
  withSession<T>(fn: (session: MeasureSession, manifest: RegisterManifest) => Promise<T>) {
    const run = async () => {
      const manifest = this.manifest();
      if (!manifest) throw this.unavailable();
      const stamp = this.stamp(manifest);
      let current = this.open ? await this.open.catch(() => null) : null;
      if (!current || current.stamp !== stamp) {
        await current?.engine.close();
        this.open = openRegisterSession(this.registerDir).then((o) => ({ ...o, stamp }));
        this.open.catch(() => {
          this.open = null;
        });
        current = await this.open;
      }
      return fn(current.session, manifest);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** A report computed once per register version and key (the register does not change under it). */
  report(key: string, build: (session: MeasureSession) => Promise<Report>): Promise<Report> {
    const manifest = this.manifest();
    if (!manifest) return Promise.reject(this.unavailable());
    const full = `${this.stamp(manifest)}|${key}`;
    let hit = this.reports.get(full);
    if (!hit) {
      hit = this.withSession((session) => build(session));
      hit.catch(() => this.reports.delete(full));
      if (this.reports.size >= 200) this.reports.clear();
      this.reports.set(full, hit);
    }
    return hit;
  }

  unavailable(): ApiError {
    const g = this.generation;
    const why =
      g.state === 'generating'
        ? `the register is being generated (${g.percent} %); try again when it is done`
        : g.state === 'failed'
          ? `generating the register failed: ${g.message}`
          : 'no register yet: generate one with "jobcenter synth --out DIR" or import one with "jobcenter register import", and point REGISTER_DIR (or serve --register) at it';
    return new ApiError(503, 'register-unavailable', why, { generation: g });
  }

  async close(): Promise<void> {
    this.child?.kill('SIGTERM');
    const current = this.open ? await this.open.catch(() => null) : null;
    this.open = null;
    await current?.engine.close();
  }
}

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ReportSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      caption: z.string().optional(),
      footnote: z.string().optional(),
      columns: z.array(z.string()),
      rows: z.array(z.array(Cell)),
      chart: z
        .object({
          xLabels: z.array(z.string()),
          yLabel: z.string(),
          series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
        })
        .optional(),
    }),
  ),
  notes: z.array(z.string()),
});

const Format = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .describe('json (default), or a download: csv or xlsx');
const Year = z.coerce.number().int().min(1990).max(2100).optional();
const Period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'expected a period like 2017, 2017-Q2 or 2017-06');

/** Default value column per comparison measure (as `jobcenter report comparison`). */
export const COMPARISON_VALUES: Record<ComparisonSpec['measure'], string> = {
  fuldtidspersoner: 'fte_pct',
  forloeb: 'avg_weeks',
  'status-efter': 'pct_wage',
  'delvise-raskmeldinger': 'partial_pct',
};

const StatusSchema = z.object({
  present: z.boolean(),
  register: z
    .object({
      firstWeek: z.string(),
      lastWeek: z.string(),
      persons: z.number(),
      rows: z.number(),
      source: z.string(),
      createdAt: z.string(),
      years: z.array(z.number().int()),
    })
    .nullable(),
  generation: z.object({
    state: z.enum(['idle', 'generating', 'failed']),
    done: z.number().optional(),
    total: z.number().optional(),
    percent: z.number().optional(),
    startedAt: z.string().optional(),
    message: z.string().optional(),
  }),
});

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

async function auditStatsRead(
  ctx: ApiContext,
  request: FastifyRequest,
  detail: Record<string, unknown>,
): Promise<void> {
  const user = requireUser(request);
  await ctx.audit.append([
    {
      userId: user.id,
      action: 'stats-read',
      citizenId: null,
      detail: { route: request.routeOptions.url, municipality: user.municipalityCode, ...detail },
      reason: accessReason(request),
    },
  ]);
}

/** Sends the report as JSON, or as a CSV/XLSX attachment named `base.csv` / `base.xlsx`. */
async function sendReport(
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

function checkYear(manifest: RegisterManifest, year: number | undefined): number {
  const years = registerYears(manifest);
  const y = year ?? years[years.length - 1]!;
  if (!years.includes(y)) {
    throw badRequest('query.year', `the register covers ${years[0]}–${years[years.length - 1]}`);
  }
  return y;
}

export function registerStatsRoutes(
  app: FastifyInstance,
  ctx: ApiContext,
  register: RegisterService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['statistics'];

  api.get(
    '/api/stats/status',
    {
      schema: {
        summary: 'Whether the register is present or being generated, and its period',
        tags,
        response: { 200: StatusSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      const manifest = register.manifest();
      return {
        present: manifest !== null,
        register: manifest
          ? {
              firstWeek: manifest.firstWeek,
              lastWeek: manifest.lastWeek,
              persons: manifest.persons,
              rows: manifest.rows,
              source: manifest.source,
              createdAt: manifest.createdAt,
              years: registerYears(manifest),
            }
          : null,
        generation: register.generationStatus(),
      };
    },
  );

  api.get(
    '/api/stats/measures',
    {
      schema: {
        summary: 'The jobindsats-style measures (docs/statistics.md)',
        tags,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                titleDa: z.string(),
                titleEn: z.string(),
                description: z.string(),
                columns: z.array(
                  z.object({ name: z.string(), type: z.string(), label: z.string() }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      return {
        items: MEASURES.map((m) => ({
          id: m.id,
          titleDa: m.titleDa,
          titleEn: m.titleEn,
          description: m.description,
          columns: m.columns.map((c) => ({ name: c.name, type: c.type, label: c.labelDa })),
        })),
      };
    },
  );

  api.get(
    '/api/stats/monthly',
    {
      schema: {
        summary:
          '"Aktiv og passiv forsørgelse": persons and DKK per benefit row, January–December and average, for the user\'s municipality',
        tags,
        querystring: z.object({
          year: Year.describe("report year (default: the register's last year)"),
          format: Format,
        }),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'stats.read');
      const manifest = register.manifest();
      if (!manifest) throw register.unavailable();
      const year = checkYear(manifest, request.query.year);
      const m = user.municipalityCode;
      const report = await register.report(`monthly|${m}|${year}`, (s) =>
        buildMonthlyReport(s, m, year),
      );
      await auditStatsRead(ctx, request, { report: 'monthly', year, format: request.query.format });
      return sendReport(
        reply,
        report,
        request.query.format,
        `aktiv-passiv-forsoergelse-${m}-${year}`,
      );
    },
  );

  api.get(
    '/api/stats/open-cases',
    {
      schema: {
        summary:
          "Weekly open cases (jobafklaring, sygedagpenge 5–52 and over 52 weeks) in the user's municipality",
        tags,
        querystring: z.object({
          year: Year.describe("year (default: the register's last year)"),
          format: Format,
        }),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'stats.read');
      const manifest = register.manifest();
      if (!manifest) throw register.unavailable();
      const year = checkYear(manifest, request.query.year);
      const m = user.municipalityCode;
      const report = await register.report(`open-cases|${m}|${year}`, (s) =>
        buildOpenCasesReport(s, m, year),
      );
      await auditStatsRead(ctx, request, {
        report: 'open-cases',
        year,
        format: request.query.format,
      });
      return sendReport(reply, report, request.query.format, `loebende-sager-${m}-${year}`);
    },
  );

  api.get(
    '/api/stats/comparison',
    {
      schema: {
        summary:
          "The user's municipality vs its region vs the whole country at chosen periods, with the change from the first (baseline) period",
        tags,
        querystring: z.object({
          measure: z
            .enum(['fuldtidspersoner', 'forloeb', 'status-efter', 'delvise-raskmeldinger'])
            .default('fuldtidspersoner'),
          value: z
            .string()
            .regex(/^[a-z_0-9]+$/)
            .optional()
            .describe(
              'value column (default per measure: fte_pct, avg_weeks, pct_wage, partial_pct)',
            ),
          benefit: z
            .string()
            .regex(/^[a-z-]+$/)
            .default('sygedagpenge')
            .describe('benefit code (not used by delvise-raskmeldinger)'),
          periods: z
            .string()
            .default('2017-06,2018-06,2019-06,2020-04')
            .describe('comma-separated periods, baseline first (2017, 2017-Q2 or 2017-06)'),
          kind: z.enum(['month', 'quarter', 'year']).default('month'),
          format: Format,
        }),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'stats.read');
      const q = request.query;
      const periods = q.periods.split(',').map((p) => p.trim());
      if (periods.length === 0 || periods.length > 12) {
        throw badRequest('query.periods', 'give 1 to 12 periods');
      }
      for (const p of periods) {
        const ok = Period.safeParse(p);
        if (!ok.success)
          throw badRequest('query.periods', `${JSON.stringify(p)}: ${ok.error.issues[0]?.message}`);
      }
      const value = q.value ?? COMPARISON_VALUES[q.measure];
      const measure = MEASURES.find((x) => x.id === q.measure)!;
      if (!measure.columns.some((c) => c.name === value)) {
        throw badRequest('query.value', `${q.measure} has no column ${value}`);
      }
      const spec: ComparisonSpec = {
        measure: q.measure,
        value,
        benefit: q.measure === 'delvise-raskmeldinger' ? undefined : q.benefit,
        periods,
        kind: q.kind,
      };
      const m = user.municipalityCode;
      const key = `comparison|${m}|${JSON.stringify(spec)}`;
      let report: Report;
      try {
        report = await register.report(key, (s) => buildComparison(s, m, spec));
      } catch (error) {
        const message = (error as Error).message;
        if (/unknown benefit/.test(message)) throw badRequest('query.benefit', message);
        throw error;
      }
      await auditStatsRead(ctx, request, { report: 'comparison', ...spec, format: q.format });
      return sendReport(reply, report, q.format, `sammenligning-${q.measure}-${m}`);
    },
  );
}
