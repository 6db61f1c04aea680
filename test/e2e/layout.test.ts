/// <reference lib="dom" />
/**
 * Every page works on a 1366×768 laptop screen and at 200 % zoom of it
 * (683×384 CSS pixels): for each role, every page of its menu, a citizen page
 * and a review, the document does not scroll sideways, the page heading
 * is visible, and no link, button or field of the page is covered by another
 * element where it shows (a sticky header over a table's first row, a panel
 * over a form's "Gem").
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
  problems.push(...(await coveredControls(page)));
  return problems;
}

/**
 * Links, buttons and fields that cannot be clicked where they show: each is
 * scrolled into view as a user would (the browser's own scrolling, which
 * leaves it at the viewport's edge), and the element at its centre must be
 * the control or inside it. The first 40 controls of the main content and
 * every submit button are checked.
 */
async function coveredControls(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
    };
    const all = Array.from(
      main.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'),
    ).filter(visible);
    const submits = all.filter((el) => el.matches('button[type=submit], button:not([type])'));
    const controls = [...new Set([...all.slice(0, 40), ...submits])];
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 30)}"`;
    for (const el of controls) {
      // 'nearest' scrolls only when needed and stops at the edge, like
      // following the keyboard focus: what a sticky header would hide.
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && top !== el && !el.contains(top) && !top.contains(el)) {
        // A label wrapping its field is the same control.
        if (top.closest('label')?.contains(el)) continue;
        problems.push(
          `${name(el)} covered by ${top.tagName.toLowerCase()}.${String(top.className).split(' ').join('.')}`,
        );
      }
    }
    window.scrollTo(0, 0);
    return problems;
  });
  return found;
}

/** The menu's pages for the logged-in user, a citizen and (where there is one) a review. */
async function pagesOf(page: Page): Promise<string[]> {
  const nav = await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as unknown as { pathname: string }).pathname));
  const paths = [...new Set(nav)];
  // A citizen of the user's own worklist (where the record forms show), else the first one found.
  const base = page.url().replace(/\/[^/]*$/, '');
  let link = page.locator('[data-testid="worklist"] tbody a[href*="/citizens/"]').first();
  if (paths.includes('/')) {
    await page.goto(`${base}/`);
    await link.waitFor({ timeout: 10_000 }).catch(() => undefined);
  }
  if ((await link.count()) === 0) {
    await page.goto(`${base}/citizens`);
    link = page.locator('[data-testid="citizens"] tbody a').first();
    await link.waitFor();
  }
  paths.push(
    new URL((await link.evaluate((a) => (a as unknown as { href: string }).href)) ?? '').pathname,
  );
  return paths;
}

/** Each form of the citizen page's record panel in turn (none where the user may not write). */
async function recordForms(page: Page): Promise<string[]> {
  const kinds = page.locator('.record fieldset.segmented label');
  const n = await kinds.count();
  const names: string[] = [];
  for (let i = 0; i < n; i++) names.push((await kinds.nth(i).textContent())?.trim() ?? `${i}`);
  return names;
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

  /** Checks the page as it is now at both sizes, the citizen page once per record form. */
  async function checkAtBothSizes(user: string, path: string, failures: Failure[]) {
    let visited = 0;
    const at = async (label: string) => {
      for (const v of VIEWPORTS) {
        await page.setViewportSize(v);
        await page.waitForTimeout(50);
        visited += 1;
        for (const problem of await check(page))
          failures.push({ user, path: label, viewport: `${v.width}×${v.height}`, problem });
      }
    };
    await at(path);
    if (!path.startsWith('/citizens/')) return visited;
    const forms = await recordForms(page);
    if (user === 'sagsbehandler') expect(forms.length).toBeGreaterThanOrEqual(4);
    for (const form of forms) {
      await page.setViewportSize(VIEWPORTS[0]);
      await page.locator('.record fieldset.segmented label', { hasText: form }).click();
      await at(`${path} (${form})`);
    }
    return visited;
  }

  /** A management review with its questions and tally. */
  async function drawReview(): Promise<string> {
    await page.goto(`${server.url}/review`);
    await page.getByLabel('Periode fra').fill('2019-07-01');
    await page.getByLabel('Periode til').fill('2019-09-30');
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await page.waitForURL(/\/review\/\d+$/);
    return new URL(page.url()).pathname;
  }

  it('no page scrolls sideways, every heading shows and no control is covered, for every role', async () => {
    const failures: Failure[] = [];
    let visited = 0;
    await page.setViewportSize(VIEWPORTS[0]);
    await page.context().clearCookies();
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    visited += await checkAtBothSizes('-', '/login', failures);
    for (const user of ROLES) {
      await page.setViewportSize(VIEWPORTS[0]);
      await login(page, server.url, user);
      const paths = await pagesOf(page);
      if (user === 'teamleder') paths.push(await drawReview());
      for (const path of paths) {
        await page.setViewportSize(VIEWPORTS[0]);
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        visited += await checkAtBothSizes(user, path, failures);
      }
    }
    expect(visited).toBeGreaterThan(70);
    expect(failures).toEqual([]);
  }, 600_000);
});
