/**
 * Screenshots of the trial effect report's design checks for docs/screenshots/:
 * trial-report-checks.png (section 6, municipality-level inference, and 7, event
 * study and cohort trends) and trial-report-subgroups.png (8 placebo, 9
 * sensitivity, 10 subgroups, 11 costs). Generates the register of
 * test/evaluation/trial-report.test.ts (40,000 persons, seed 1, +12 % planted
 * employment for a-dagpenge spells in the nine Formkrav municipalities from
 * 2017-07-01), builds the report in English and drives Debian's Chromium.
 * (docs/screenshots/trial-report.png, the web page, comes from scripts/screenshots.ts.)
 *
 *   npx tsx scripts/screenshot-trial-report.ts [outDir] [--lang da|en]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../src/evaluation/trial-report/pdf.ts';
import { buildTrialReport } from '../src/evaluation/trial-report/run.ts';
import { generateSyntheticRegister, NAMED_MUNICIPALITY_SETS } from '../src/register/synth.ts';

async function main() {
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 && args[langAt + 1] === 'da' ? 'da' : 'en';
  const outDir = resolve(
    args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1)) ??
      'docs/screenshots',
  );
  const browserPath = chromiumPath();
  if (!browserPath) throw new Error('Chromium is missing: apt-get install -y chromium');
  const scratch = mkdtempSync(join(tmpdir(), 'jobcenter-trial-shot-'));
  try {
    const register = join(scratch, 'register');
    await generateSyntheticRegister({
      persons: 40_000,
      from: '2014-07',
      to: '2020-12',
      seed: 1,
      out: register,
      effect: {
        outcome: 'employment',
        benefit: 'a-dagpenge',
        municipalities: NAMED_MUNICIPALITY_SETS['north-jutland-9']!,
        start: '2017-07-01',
        size: 0.12,
      },
    });
    const run = await buildTrialReport({
      trialId: 'fk2-formkrav-samtaler',
      register,
      comparison: 'auto',
      perTreated: 4,
      beforeHalfYears: 3,
      lang,
      pdf: false,
    });
    mkdirSync(outDir, { recursive: true });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: browserPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
      await page.setContent(run.html, { waitUntil: 'load' });
      // Clip from one section heading to the top of another (page coordinates).
      const top = async (prefix: string) =>
        Number(
          await page.evaluate(
            `(() => { const h = [...document.querySelectorAll('h2')].find((x) => x.textContent.startsWith(${JSON.stringify(prefix)})); return h ? h.getBoundingClientRect().top + window.scrollY - 16 : NaN; })()`,
          ),
        );
      // The end of section 11: the next h2 (the simulated process change) or the page's end.
      const afterCosts = Number(
        await page.evaluate(
          `(() => { const hs = [...document.querySelectorAll('h2')]; const i = hs.findIndex((x) => x.textContent.startsWith('11.')); const n = hs[i + 1]; return n ? n.getBoundingClientRect().top + window.scrollY - 16 : document.body.scrollHeight; })()`,
        ),
      );
      const shots: [string, string, string | null, number][] = [
        ['trial-report-checks.png', '6.', '8.', 1900],
        ['trial-report-subgroups.png', '8.', null, 4000],
      ];
      for (const [name, from, to, max] of shots) {
        const y0 = await top(from);
        const y1 = to ? await top(to) : afterCosts;
        if (!Number.isFinite(y0) || !Number.isFinite(y1)) throw new Error(`no section ${from}`);
        const path = join(outDir, name);
        await page.screenshot({
          path,
          fullPage: true,
          clip: { x: 0, y: y0, width: 1200, height: Math.min(y1 - y0, max) },
        });
        process.stdout.write(`${path}\n`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `screenshot-trial-report: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
});
