/**
 * The register behind the statistics and trial-report routes
 * (docs/api.md "Statistics"). `RegisterService` owns the register directory:
 * one DuckDB measure session, used by one query at a time, reports cached per
 * register version, and the background generation of a small synthetic
 * register (`serve --demo-if-empty`) in a child process so the server keeps
 * answering while it runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RegisterManifest, readManifest } from '../../register/store.ts';
import { swapDirectory } from '../../register/swap.ts';
import type { DuckDbEngine } from '../../sql/engine.ts';
import type { Report } from '../../stats/reports.ts';
import { type MeasureSession, openRegisterSession } from '../../stats/session.ts';
import { ApiError } from '../errors.ts';

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
          // One rename, as an import swaps (register/swap.ts): readers never see no register.
          swapDirectory(this.registerDir, tmp);
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
