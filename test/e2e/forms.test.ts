/**
 * The case forms refuse an invalid value with a Danish message next to the
 * field (not the server's English field path): interview, medical
 * certificate, rehabilitation-team decision and the forholdstal refusal of an
 * offer; the save button is disabled while the save is under way.
 */
import type { Locator, Page } from 'playwright-core';
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

/** The message shown for an input: the element its aria-describedby names, inside the same field. */
async function messageFor(page: Page, input: Locator): Promise<string | null> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const id = await input.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const message = page.locator(`[id="${id}"]`);
  // Next to the field: the message sits in the same .field box as the input.
  const field = input.locator(
    'xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]',
  );
  expect(await field.locator('.field-error').getAttribute('id')).toBe(id);
  return message.textContent();
}

describeWith(CHROMIUM, 'case forms: Danish field errors (e2e)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let citizenIds: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer({ asOf: AS_OF, citizens: 72, neighbourCitizens: 5 });
    browser = await launchChromium({ today: AS_OF });
    page = await browser.context.newPage();
    await login(page, server.url, 'sagsbehandler');
    await page.locator('[data-testid="worklist"] tbody tr').first().waitFor();
    const ids = await page
      .locator('[data-testid="worklist"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => (tr as unknown as { dataset: { citizen?: string } }).dataset.citizen ?? ''),
      );
    citizenIds = [...new Set(ids.filter(Boolean))];
    expect(citizenIds.length).toBeGreaterThan(1);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openCitizen(id: string, form = 'Samtale') {
    await page.goto(`${server.url}/citizens/${id}`);
    await page.getByTestId('interview-form').waitFor();
    await page.locator('fieldset.segmented label', { hasText: form }).click();
  }

  it('interview: a next interview before this one is refused next to its date, in Danish', async () => {
    await openCitizen(citizenIds[0]!);
    const form = page.getByTestId('interview-form');
    await form.getByLabel('Form for næste samtale').selectOption('phone');
    const next = form.getByLabel('Dato for næste samtale');
    await next.fill('2019-09-01');
    // The save is held back a moment: the button is disabled and says so meanwhile.
    await page.route('**/api/citizens/*/events', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await form.getByRole('button', { name: 'Gem' }).click();
    const busy = form.getByRole('button', { name: 'Gemmer …' });
    expect(await busy.isDisabled()).toBe(true);
    expect(await messageFor(page, next)).toBe('Næste samtale kan ikke ligge før denne samtale.');
    await page.unroute('**/api/citizens/*/events');
    expect(await form.textContent()).not.toContain('nextAgreement');
    expect(await form.getByRole('button', { name: 'Gem' }).isEnabled()).toBe(true);
  });

  it('certificate: a negative price and a received date before the request, in Danish next to each', async () => {
    await openCitizen(citizenIds[0]!, 'Lægeattest');
    const form = page.getByTestId('certificate-form');
    const price = form.getByLabel('Pris (kr.)');
    await price.fill('-100');
    await form.getByRole('button', { name: 'Gem' }).click();
    expect(await messageFor(page, price)).toBe(
      'Prisen skal være et beløb i hele kroner, 0 kr. eller mere.',
    );
    expect(await form.textContent()).not.toContain('priceDkk');

    await price.fill('1742');
    await form.getByLabel('Rekvireret').fill('2019-09-20');
    const received = form.getByLabel('Modtaget (valgfrit)');
    await received.fill('2019-09-10');
    await form.getByRole('button', { name: 'Gem' }).click();
    expect(await messageFor(page, received)).toBe(
      'Modtaget-datoen kan ikke ligge før datoen for rekvisitionen.',
    );
  });

  it('offer: the forholdstal refusal shows the Danish reason', async () => {
    // Tekniq Elinstallation has 3 ordinary employees: one placement at a time.
    let shown = '';
    for (const id of citizenIds.slice(0, 3)) {
      await openCitizen(id, 'Tilbud');
      const form = page.getByTestId('offer-form');
      await form.getByLabel('Tilbudstype').selectOption('virksomhedspraktik');
      await form.getByLabel('Startdato').fill('2019-10-07');
      await form.getByLabel('Slutdato').fill('2019-11-01');
      const employer = form.getByLabel('Virksomhed');
      const value = await employer
        .locator('option', { hasText: 'Tekniq Elinstallation' })
        .getAttribute('value');
      await employer.selectOption(value!);
      await form.getByRole('button', { name: 'Gem' }).click();
      // Saved (a status says so) or refused (an alert in the form).
      await expect
        .poll(
          async () =>
            (await form.getByRole('alert').count()) +
            (await page.getByRole('status').filter({ hasText: /gemt/i }).count()),
        )
        .toBeGreaterThan(0);
      const rejection = form.getByTestId('ratio-rejection');
      if ((await rejection.count()) > 0) {
        shown = (await rejection.textContent()) ?? '';
        break;
      }
    }
    expect(shown).toContain('Tilbuddet er afvist (forholdstal)');
    expect(shown).toContain('Forholdstallet er overskredet: med 3 ordinært ansatte');
    expect(shown).not.toMatch(/ratio exceeded|employees/i);
  });

  it('rehab: a decision without an indstilling is refused next to the indstilling, in Danish', async () => {
    await page.getByRole('link', { name: 'Rehabiliteringsteam' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rehabiliteringsteam' }).waitFor();
    const picker = page.getByRole('group', { name: 'Vælg sager (højst 10)' });
    await picker.getByRole('checkbox').first().check();
    await page.getByLabel('Mødedato').fill('2019-10-22');
    await page.getByRole('button', { name: 'Opret møde' }).click();
    const meeting = page.locator('section.meeting', { hasText: '22. oktober 2019' }).first();
    const item = meeting.locator('ol.agenda > li').first();
    await item.waitFor();
    await item.getByLabel('Afgørelse').selectOption('follows');
    await item.getByRole('button', { name: 'Gem sag' }).click();
    expect(await messageFor(page, item.getByLabel('Indstilling'))).toBe(
      'Vælg teamets indstilling, før du registrerer en afgørelse.',
    );
    expect(await item.textContent()).not.toContain('body.recommendation');
  });
  it('a page outside the role says why: the role, not the municipality', async () => {
    await login(page, server.url, 'sagsbehandler');
    await page.goto(`${server.url}/review`);
    await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor();
    const why = await page.getByRole('alert').textContent();
    expect(why).toBe('Din rolle (Sagsbehandler) giver ikke adgang til dette.');
    expect(why).not.toContain('kommune');
  });

  it('the citizen search says what can be searched; benefits by name in Danish and English', async () => {
    await page.goto(`${server.url}/citizens`);
    await page
      .getByLabel('Søg på navn, fødselsdato (DDMMÅÅ) eller CPR-nummer', { exact: false })
      .waitFor();
    const benefits = async (header: string) => {
      const table = page.locator('[data-testid="citizens"]');
      await table.locator('tbody tr').first().waitFor();
      const headers = await table.locator('thead th').allTextContents();
      const col = headers.indexOf(header) + 1;
      expect(col).toBeGreaterThan(0);
      return table
        .locator(`tbody tr td:nth-child(${col}), tbody tr th:nth-child(${col})`)
        .allTextContents();
    };
    const da = await benefits('Ydelse');
    expect(da.length).toBeGreaterThan(0);
    // A code is lower case with hyphens (kontanthjaelp, a-dagpenge); a name is not.
    for (const b of da) expect(b).not.toMatch(/^[a-z0-9-]+$/);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const en = await benefits('Benefit');
    for (const b of en) expect(b).not.toMatch(/^[a-z0-9-]+$/);
    expect(en).not.toEqual(da);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
  });

  it('ledelsestilsyn: a team leader gets the own team preselected and a list of samples', async () => {
    await login(page, server.url, 'teamleder');
    await page.goto(`${server.url}/review`);
    const team = page.getByLabel('Team', { exact: true });
    await expect
      .poll(async () => (await team.locator('option:checked').textContent()) ?? '')
      .toBe('Jobklar');
    await page.getByLabel('Periode fra').fill('2019-07-01');
    await page.getByLabel('Periode til').fill('2019-09-30');
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await page.waitForURL(/\/review\/\d+$/);
    await page.goto(`${server.url}/review`);
    const list = page.getByTestId('review-list');
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(0);
    expect(await list.locator('li').first().textContent()).toContain('Jobklar');
  });

  /**
   * Submits the form twice in one go, as a double click does before the
   * button is disabled: both requests leave with the same Idempotency-Key.
   */
  async function submitTwice(form: Locator): Promise<string[]> {
    const keys: string[] = [];
    const listener = (r: { method(): string; headers(): Record<string, string> }) => {
      if (r.method() === 'POST') keys.push(r.headers()['idempotency-key'] ?? '(none)');
    };
    page.on('request', listener);
    await form.evaluate((f) => {
      const el = f as unknown as { requestSubmit(): void };
      el.requestSubmit();
      el.requestSubmit();
    });
    await expect.poll(() => keys.length).toBe(2);
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    return keys;
  }

  it('a double submission saves once: an employer, a management review sample', async () => {
    await login(page, server.url, 'teamleder');
    await page.goto(`${server.url}/employers`);
    const form = page.getByTestId('employer-form');
    await form.getByLabel('Navn').fill('Dobbeltklik ApS');
    await form.getByLabel('CVR-nummer').fill('31990009'); // weights 2,7,6,5,4,3,2,1: sum 66 = 6 × 11
    await form.getByLabel('Ordinært ansatte').fill('12');
    const employerKeys = await submitTwice(form);
    expect(employerKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(employerKeys[1]).toBe(employerKeys[0]);
    // Saved once, and no "CVR already registered" from the repeat.
    const rows = page.getByTestId('employers-table').locator('tr', { hasText: '31990009' });
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => form.locator('.field-error').count()).toBe(0);

    await page.goto(`${server.url}/review`);
    const list = page.getByTestId('review-list');
    await list.waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const before = await list.locator('li').count();
    await page.getByLabel('Periode fra').fill('2019-04-01');
    await page.getByLabel('Periode til').fill('2019-06-30');
    const reviewKeys = await submitTwice(
      page.locator('form', { has: page.getByLabel('Periode fra') }),
    );
    expect(reviewKeys[1]).toBe(reviewKeys[0]);
    await page.waitForURL(/\/review\/\d+$/);
    await page.goto(`${server.url}/review`);
    await expect.poll(() => page.getByTestId('review-list').locator('li').count()).toBe(before + 1);
  });

  // Last: it locks the analyst's username for half a minute.
  it('the login throttle says how long to wait', async () => {
    await page.context().clearCookies();
    await page.goto(`${server.url}/login`);
    let message = '';
    for (let i = 0; i < 8 && !message.includes('Prøv igen om'); i += 1) {
      await page.getByLabel('Brugernavn').fill('analytiker');
      await page.getByLabel('Adgangskode').fill(`forkert-${i}`);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await expect.poll(async () => (await page.getByRole('alert').count()) > 0).toBe(true);
      await page.getByRole('button', { name: 'Log ind' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Log ind' }).isEnabled()).toBe(true);
      message = (await page.getByRole('alert').textContent()) ?? '';
    }
    expect(message).toMatch(/^For mange mislykkede forsøg\. Prøv igen om \d+ sekunder\.$/);
  });
});
