/**
 * The Reformberegner screenshot for the README (docs/screenshots/reform.png):
 * a fresh demo as of today, a team leader replays the municipality's own cases
 * of last year under the law of 1 July 2026 (the reform, lov nr. 1750/2025)
 * against the law of 1 June 2025 (the page's defaults).
 *
 *   npx tsx scripts/screenshot-reform.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureWebBuild, launchChromium, login, startTestServer } from '../test/e2e/support.ts';

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  await ensureWebBuild();
  const today = new Date().toISOString().slice(0, 10);
  const server = await startTestServer({ citizens: 200, asOf: today });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 1200 });
    await page.goto(`${server.url}/login`);
    await page.evaluate("localStorage.setItem('jobcenter.lang', 'da')");
    await login(page, server.url, 'teamleder');
    await page.goto(`${server.url}/reform`);
    await page.getByLabel('Basisår').fill(String(Number(today.slice(0, 4)) - 1));
    await page.getByLabel('Regelsæt B: loven pr.').fill('2026-07-01');
    await page.getByLabel('Regelsæt A: loven pr.').fill('2025-06-01');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.locator('[data-testid="reform-kinds"]').waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    const file = join(outDir, 'reform.png');
    await page.screenshot({ path: file, fullPage: false });
    process.stdout.write(`${file}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshot-reform: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
