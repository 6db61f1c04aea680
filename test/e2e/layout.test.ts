/// <reference lib="dom" />
/**
 * Every page works on a 1366×768 laptop screen and at 200 % zoom of it
 * (683×384 CSS pixels): for each role, every page of its menu, a citizen page
 * and a review, the document does not scroll sideways and the page heading
 * is visible.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM, describeWith } from '../support/requirements.ts';
import {
  type Browser,
  ensureWebBuild,
  launchChromium,
  login,
  startTestServer,
  type TestServer,
} from './support.ts';

const AS_OF = '2019-10-01';
const VIEWPORTS = [
  { width: 1366, height: 768 },
  // 200 % zoom of 1366×768.
  { width: 683, height: 384 },
] as const;
const ROLES = ['sagsbehandler', 'teamleder', 'analytiker', 'administrator'] as const;

interface Failure {
  user: string;
  path: string;
  viewport: string;
  problem: string;
}

/** What is wrong with the page at this viewport: sideways scrolling, a hidden heading. */
async function check(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const h1 = page.getByRole('heading', { level: 1 }).first();
  if (!(await h1.isVisible())) problems.push('heading not visible');
  const { scroll, client, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element sticking out furthest, to say what to fix.
    let widest = '';
    let right = root.clientWidth + 1;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect().right;
      if (r > right) {
        right = r;
        widest = `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} (${Math.round(r)}px)`;
      }
    }
    return { scroll: root.scrollWidth, client: root.clientWidth, widest };
  });
  if (scroll > client + 1)
    problems.push(`scrollWidth ${scroll} > clientWidth ${client}: ${widest}`);
  return problems;
}

/** The menu's pages for the logged-in user, a citizen and (where there is one) a review. */
async function pagesOf(page: Page): Promise<string[]> {
  const nav = await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as unknown as { pathname: string }).pathname));
  const paths = [...new Set(nav)];
  await page.goto(page.url().replace(/\/[^/]*$/, '/citizens'));
  const first = page.locator('[data-testid="citizens"] tbody a').first();
  await first.waitFor();
  paths.push(
    new URL((await first.evaluate((a) => (a as unknown as { href: string }).href)) ?? '').pathname,
  );
  return paths;
}

describeWith(CHROMIUM, 'layout at 1366×768 and 200 % zoom (e2e)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer({ asOf: AS_OF, citizens: 72, neighbourCitizens: 5 });
    browser = await launchChromium({ today: AS_OF });
    page = await browser.context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no page scrolls sideways and every heading shows, for every role', async () => {
    const failures: Failure[] = [];
    let visited = 0;
    await page.setViewportSize(VIEWPORTS[0]);
    await page.context().clearCookies();
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const v of VIEWPORTS) {
      await page.setViewportSize(v);
      for (const problem of await check(page))
        failures.push({ user: '-', path: '/login', viewport: `${v.width}×${v.height}`, problem });
    }
    for (const user of ROLES) {
      await page.setViewportSize(VIEWPORTS[0]);
      await login(page, server.url, user);
      const paths = await pagesOf(page);
      if (user === 'teamleder') {
        // A management review with its questions and tally.
        await page.goto(`${server.url}/review`);
        await page.getByLabel('Periode fra').fill('2019-07-01');
        await page.getByLabel('Periode til').fill('2019-09-30');
        await page.getByRole('button', { name: 'Træk stikprøve' }).click();
        await page.waitForURL(/\/review\/\d+$/);
        paths.push(new URL(page.url()).pathname);
      }
      for (const path of paths) {
        await page.setViewportSize(VIEWPORTS[0]);
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        for (const v of VIEWPORTS) {
          await page.setViewportSize(v);
          await page.waitForTimeout(50);
          visited += 1;
          for (const problem of await check(page))
            failures.push({ user, path, viewport: `${v.width}×${v.height}`, problem });
        }
      }
    }
    expect(visited).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 600_000);
});
