/**
 * Prints the report's HTML to PDF with playwright-core driving Debian's
 * Chromium headless. Nothing is downloaded: when the browser is missing the
 * caller writes the HTML only and tells the user.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string | null {
  const configured = process.env.JOBCENTER_CHROMIUM ?? DEFAULT_CHROMIUM;
  return existsSync(configured) ? configured : null;
}

export async function printPdf(
  html: string,
  outFile: string,
  executablePath: string,
): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({
      path: outFile,
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
