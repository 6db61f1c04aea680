/**
 * Trial effect reports for the web app: the report of `jobcenter evaluate
 * trial` (HTML only, no PDF) for the register the statistics pages read. A
 * report takes seconds, so it is built off the request path, one at a time,
 * and cached on disk under DATA_DIR/reports/trials/<register version>/<trial>.<lang>.html.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTrialReport } from '../../evaluation/trial-report/run.ts';
import type { RegisterService } from './register-service.ts';

export type Lang = 'da' | 'en';

export type TrialReportStatus =
  | { status: 'ready'; builtAt: string }
  | { status: 'building'; startedAt: string }
  | { status: 'failed'; message: string };

/**
 * The report's own version: bumped when the report changes (2: subgroups by
 * target group, age band and sex), so reports kept from an earlier version of
 * jobcenter are built again rather than served.
 */
const REPORT_VERSION = 2;

/** Builds trial reports one at a time and keeps them on disk per register and report version. */
export class TrialReportCache {
  private readonly states = new Map<string, TrialReportStatus>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly register: RegisterService) {}

  private file(trialId: string, lang: Lang): { dir: string; path: string; key: string } | null {
    const manifest = this.register.manifest();
    if (!manifest) return null;
    const version = createHash('sha256')
      .update(`${REPORT_VERSION}|${this.register.registerDir}|${this.register.stamp(manifest)}`)
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
