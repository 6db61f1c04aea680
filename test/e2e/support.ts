/**
 * End-to-end support: build the web app when dist/web is missing or older
 * than its sources, start the real server in-process on a random port with a
 * fresh PGlite database and a small demo, and drive Debian's Chromium with
 * playwright-core (no browser download).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type CaseDatabase, openDatabase } from '../../src/cases/db.ts';
import { DEMO_DEFAULTS, generateDemo } from '../../src/cases/demo.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { seedMunicipalities } from '../../src/cases/store.ts';
import { buildServer } from '../../src/server/app.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WEB_SRC = join(REPO, 'src/web');
const WEB_DIST = join(REPO, 'dist/web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** Builds dist/web with Vite unless a build newer than every source file is there. */
export async function ensureWebBuild(): Promise<'built' | 'fresh'> {
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(
    newestMtime(WEB_SRC),
    statSync(join(REPO, 'vite.config.ts')).mtimeMs,
    statSync(join(REPO, 'src/reference/target-groups.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return 'fresh';
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}

export interface TestServer {
  url: string;
  app: FastifyInstance;
  database: CaseDatabase;
  close: () => Promise<void>;
}

export interface TestServerOptions {
  /** The demo's and the server's "today". */
  asOf: string;
  citizens: number;
  neighbourCitizens?: number;
}

/** The real server on 127.0.0.1 and a random port, over a fresh PGlite in a temp DATA_DIR. */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobcenter-e2e-'));
  const database = await openDatabase({ dataDir });
  await migrateToLatest(database.db);
  await seedMunicipalities(database.db);
  await generateDemo(database.db, {
    ...DEMO_DEFAULTS,
    citizens: options.citizens,
    neighbourCitizens: options.neighbourCitizens ?? 5,
    asOf: options.asOf,
  });
  const serverOptions: Parameters<typeof buildServer>[0] & {
    api?: { today?: () => string; worklistCacheTtlMs?: number };
  } = {
    database,
    logLevel: 'warn',
    api: { today: () => options.asOf, worklistCacheTtlMs: 0 },
  };
  const app = await buildServer(serverOptions);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile and nothing phoning home.
 * `today` fixes the page clock to that day (noon, Danish time), matching a server whose clock is set.
 */
export async function launchChromium(options: { today?: string } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jobcenter-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Danish date fields (dd.mm.åååå) as a caseworker's browser shows them.
      '--lang=da-DK',
    ],
    viewport: { width: 1366, height: 900 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  context.setDefaultTimeout(15_000);
  if (options.today) await context.clock.setFixedTime(new Date(`${options.today}T12:00:00+02:00`));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the form (a fresh session: cookies cleared first). */
export async function login(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(DEMO_DEFAULTS.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}
