/**
 * Trial effect reports in the web app (docs/api.md "Trial reports"): the
 * report of `jobcenter evaluate trial` (HTML only, no PDF) for the register
 * the statistics pages read. A report takes seconds, so it is built off the
 * request path, one at a time, and cached on disk under
 * DATA_DIR/reports/trials/<register version>/<trial>.<lang>.html; the web app
 * polls the status and then shows the HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildTrialReport } from '../../evaluation/trial-report/run.ts';
import { trialById } from '../../rules/trials/index.ts';
import { authorize } from '../access.ts';
import { type ApiContext, accessReason, requireUser } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import type { RegisterService } from './stats.ts';

type Lang = 'da' | 'en';

export type TrialReportStatus =
  | { status: 'ready'; builtAt: string }
  | { status: 'building'; startedAt: string }
  | { status: 'failed'; message: string };

const StatusSchema = z.object({
  trialId: z.string(),
  lang: z.enum(['da', 'en']),
  status: z.enum(['ready', 'building', 'failed']),
  builtAt: z.string().optional(),
  startedAt: z.string().optional(),
  message: z.string().optional(),
});

/** Builds trial reports one at a time and keeps them on disk per register version. */
export class TrialReportCache {
  private readonly states = new Map<string, TrialReportStatus>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly register: RegisterService) {}

  private file(trialId: string, lang: Lang): { dir: string; path: string; key: string } | null {
    const manifest = this.register.manifest();
    if (!manifest) return null;
    const version = createHash('sha256')
      .update(`${this.register.registerDir}|${this.register.stamp(manifest)}`)
      .digest('hex')
      .slice(0, 16);
    const dir = join(this.register.reportsDir, 'trials', version);
    return {
      dir,
      path: join(dir, `${trialId}.${lang}.html`),
      key: `${version}/${trialId}.${lang}`,
    };
  }

  /** The report's state; starts the build when there is neither a report nor a build. */
  status(trialId: string, lang: Lang): TrialReportStatus {
    const where = this.file(trialId, lang);
    if (!where) throw this.register.unavailable();
    const known = this.states.get(where.key);
    if (known && known.status !== 'ready') return known;
    if (existsSync(where.path)) {
      return known ?? { status: 'ready', builtAt: 'cached' };
    }
    const building: TrialReportStatus = { status: 'building', startedAt: new Date().toISOString() };
    this.states.set(where.key, building);
    const run = async () => {
      try {
        const { html } = await buildTrialReport({
          trialId,
          register: this.register.registerDir,
          lang,
          pdf: false,
        });
        mkdirSync(where.dir, { recursive: true });
        const tmp = `${where.path}.tmp-${process.pid}`;
        writeFileSync(tmp, html);
        renameSync(tmp, where.path);
        this.states.set(where.key, { status: 'ready', builtAt: new Date().toISOString() });
      } catch (error) {
        this.states.set(where.key, { status: 'failed', message: (error as Error).message });
      }
    };
    this.queue = this.queue.then(run, run);
    return building;
  }

  /** The HTML when the report is ready. */
  html(trialId: string, lang: Lang): string | null {
    const where = this.file(trialId, lang);
    if (!where || !existsSync(where.path)) return null;
    return readFileSync(where.path, 'utf8');
  }

  /** Resolves when every queued build has finished (tests, shutdown). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }
}

const Params = z.object({ trialId: z.string().regex(/^[a-z0-9-]+$/, 'expected a trial id') });
const Query = z.object({ lang: z.enum(['da', 'en']).default('da') });

function knownTrial(trialId: string): void {
  if (!trialById(trialId)) throw notFound(`trial ${trialId}`);
}

async function auditReportRead(ctx: ApiContext, request: FastifyRequest, trialId: string) {
  const user = requireUser(request);
  await ctx.audit.append([
    {
      userId: user.id,
      action: 'stats-read',
      citizenId: null,
      detail: { route: request.routeOptions.url, report: 'trial', trialId },
      reason: accessReason(request),
    },
  ]);
}

export function registerReportRoutes(
  app: FastifyInstance,
  ctx: ApiContext,
  reports: TrialReportCache,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['statistics'];

  api.get(
    '/api/reports/trials/:trialId/status',
    {
      schema: {
        summary:
          "The trial effect report's state (ready, building, failed); starts the build when there is none",
        tags,
        params: Params,
        querystring: Query,
        response: { 200: StatusSchema },
      },
    },
    async (request) => {
      authorize(requireUser(request), 'stats.read');
      const { trialId } = request.params;
      knownTrial(trialId);
      const s = reports.status(trialId, request.query.lang);
      return { trialId, lang: request.query.lang, ...s };
    },
  );

  api.get(
    '/api/reports/trials/:trialId',
    {
      schema: {
        summary:
          'The trial effect report as a self-contained HTML page (202 with the status while it is being built)',
        tags,
        params: Params,
        querystring: Query,
      },
    },
    async (request, reply) => {
      authorize(requireUser(request), 'stats.read');
      const { trialId } = request.params;
      const { lang } = request.query;
      knownTrial(trialId);
      const s = reports.status(trialId, lang);
      if (s.status === 'failed') {
        throw new ApiError(
          422,
          'report-failed',
          `the trial report could not be made: ${s.message}`,
        );
      }
      const html = s.status === 'ready' ? reports.html(trialId, lang) : null;
      if (html === null) {
        return reply.status(202).send({ trialId, lang, ...s });
      }
      await auditReportRead(ctx, request, trialId);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        )
        .send(html);
    },
  );
}
