/**
 * Screenshots of the web app's main pages for docs/screenshots/ (the README
 * shows them). Builds the app if needed, starts the server on a fresh demo
 * (as of 2019-10-01, inside the Frikommuneforsøg II period), and drives
 * Debian's Chromium.
 *
 *   npx tsx scripts/screenshots.ts [outDir]
 *
 * The e2e suite can take them too: UPDATE_SCREENSHOTS=1 npx vitest run test/e2e
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import type { CaseDatabase } from '../src/cases/db.ts';
import { generateSyntheticRegister } from '../src/register/synth.ts';
import { buildServer } from '../src/server/app.ts';
import {
  ensureWebBuild,
  hasChromium,
  launchChromium,
  login,
  startTestServer,
} from '../test/e2e/support.ts';

export const SCREENSHOT_AS_OF = '2019-10-01';

async function shot(page: Page, outDir: string, name: string): Promise<string> {
  // Let fetches settle and the focus ring of the heading disappear from the picture.
  await page.waitForLoadState('networkidle');
  // (a string: the root tsconfig has no DOM types)
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Takes the screenshots against a running server; returns the files written. */
export async function takeScreenshots(
  baseUrl: string,
  context: BrowserContext,
  outDir: string,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 860 });
  const files: string[] = [];
  try {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
    await page.evaluate("localStorage.setItem('jobcenter.lang', 'da')");
    await page.reload();
    await page.getByLabel('Brugernavn').waitFor();
    files.push(await shot(page, outDir, 'login'));

    await login(page, baseUrl, 'teamleder');
    await page.locator('[data-testid="worklist"]').waitFor();
    files.push(await shot(page, outDir, 'worklist-team'));

    await login(page, baseUrl, 'sagsbehandler');
    await page.locator('[data-testid="worklist"]').waitFor();
    files.push(await shot(page, outDir, 'worklist'));

    const firstOverdue = page.locator('[data-testid="worklist"] tbody tr a').first();
    await firstOverdue.click();
    await page.locator('[data-testid="obligations"]').waitFor();
    const explain = page.getByRole('button', { name: /^Forklaring/ }).first();
    if (await explain.count()) await explain.click();
    files.push(await shot(page, outDir, 'citizen'));

    // The segmented control's radios sit under their labels: click the label as a user would.
    await page.locator('.record .segmented label', { hasText: 'Tilbud' }).click();
    await page.getByTestId('offer-form').waitFor();
    await page.locator('.record .segmented label', { hasText: 'Samtale' }).click();
    await page.setViewportSize({ width: 1366, height: 1300 });
    files.push(await shot(page, outDir, 'citizen-full'));
    await page.setViewportSize({ width: 1366, height: 860 });

    await page.getByRole('link', { name: 'Rehabiliteringsteam' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rehabiliteringsteam' }).waitFor();
    files.push(await shot(page, outDir, 'rehab'));

    await login(page, baseUrl, 'administrator');
    await page.goto(`${baseUrl}/trials`);
    await page.locator('article[data-trial]').first().waitFor();
    files.push(await shot(page, outDir, 'trials'));

    await login(page, baseUrl, 'teamleder');
    await page.goto(`${baseUrl}/review`);
    await page.getByRole('button', { name: 'Træk stikprøve' }).waitFor();
    await page.getByLabel('Periode fra').fill('2019-07-01');
    await page.getByLabel('Periode til').fill('2019-09-30');
    await page.getByLabel('Sager pr. sagsbehandler').fill('2');
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await page.waitForURL(/\/review\/.+/);
    await page.locator('.review-case').first().waitFor();
    files.push(await shot(page, outDir, 'review'));

    await login(page, baseUrl, 'analytiker');
    await page.locator('[data-testid="citizens"]').waitFor();
    files.push(await shot(page, outDir, 'citizens-analyst'));

    await login(page, baseUrl, 'sagsbehandler');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();
    files.push(await shot(page, outDir, 'worklist-en'));
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
  } finally {
    await page.close();
  }
  return files;
}

/**
 * A second server over the same case database with a synthetic register for
 * the statistics pages (the e2e server has none). Returns its URL.
 */
export async function startStatsServer(
  database: CaseDatabase,
  asOf: string,
  register: { persons: number; from: string; to: string; seed: number },
): Promise<{ url: string; app: FastifyInstance; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'jobcenter-stats-e2e-'));
  const registerDir = join(dir, 'register');
  await generateSyntheticRegister({ ...register, out: registerDir });
  const app = await buildServer({
    database,
    logLevel: 'warn',
    api: { today: () => asOf, worklistCacheTtlMs: 0 },
    stats: { registerDir, reportsDir: join(dir, 'reports') },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * statistics-breakdown.png: the comparison on the Statistik page (already open) broken down,
 * the activation rate of kontanthjælp by the spell's duration so far, chart and table.
 */
export async function takeBreakdownScreenshot(page: Page, outDir: string): Promise<string> {
  const section = page.locator('section.stats-section', {
    has: page.getByRole('heading', { name: 'Sammenligning med region og hele landet' }),
  });
  await section.getByLabel('Mål').selectOption({ label: 'Aktiveringsgrad (%)' });
  await section.getByLabel('Ydelse').selectOption('kontanthjaelp');
  await section.getByLabel('Opdeling').selectOption({ label: 'Forløbets varighed' });
  await section
    .getByLabel('Perioder (første er udgangspunkt)')
    .fill('2017-06,2018-06,2019-06,2020-06');
  await section.getByRole('button', { name: 'Vis', exact: true }).click();
  await section.getByRole('rowheader', { name: 'Hele landet · over 12 mdr' }).waitFor();
  await section.scrollIntoViewIfNeeded();
  await page.evaluate(
    "document.querySelector('section.stats-section:last-of-type')?.scrollIntoView({ block: 'start' })",
  );
  return shot(page, outDir, 'statistics-breakdown');
}

/** statistics.png, statistics-breakdown.png and trial-report.png against a server with a register. */
export async function takeStatisticsScreenshots(
  baseUrl: string,
  context: BrowserContext,
  outDir: string,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 1100 });
  const files: string[] = [];
  try {
    await login(page, baseUrl, 'analytiker');
    await page.goto(`${baseUrl}/statistics`);
    await page.locator('[data-testid="monthly-persons"]').waitFor();
    await page.locator('[data-testid="comparison"]').waitFor();
    files.push(await shot(page, outDir, 'statistics'));
    files.push(await takeBreakdownScreenshot(page, outDir));

    await page.goto(`${baseUrl}/trial-evaluation`);
    await page
      .getByRole('button', { name: /Vis effektrapport for .*(Formkrav|formkrav|samtale)/ })
      .first()
      .click();
    const frame = page.locator('iframe.report-frame');
    await frame.waitFor({ timeout: 120_000 });
    await page.frameLocator('iframe.report-frame').locator('h1').waitFor();
    await frame.scrollIntoViewIfNeeded();
    // Not shot(): the frame's document keeps the page from reaching "networkidle" in time.
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    const file = join(outDir, 'trial-report.png');
    await page.screenshot({ path: file, fullPage: false });
    files.push(file);
  } finally {
    await page.close();
  }
  return files;
}

async function main() {
  if (!hasChromium) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium');
  const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
  await ensureWebBuild();
  const server = await startTestServer({ asOf: SCREENSHOT_AS_OF, citizens: 150 });
  const browser = await launchChromium({ today: SCREENSHOT_AS_OF });
  try {
    const files = await takeScreenshots(server.url, browser.context, outDir);
    const stats = await startStatsServer(server.database, SCREENSHOT_AS_OF, {
      persons: 100_000, // as the demo register of `npm start`
      from: '2015-01',
      to: '2020-12',
      seed: 2015,
    });
    try {
      files.push(...(await takeStatisticsScreenshots(stats.url, browser.context, outDir)));
    } finally {
      await stats.close();
    }
    for (const f of files) process.stdout.write(`${f}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`screenshots: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  });
}
