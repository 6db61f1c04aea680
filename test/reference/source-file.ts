import { existsSync } from 'node:fs';

/**
 * Tests that read the shared domain reference (outside the repo) skip when it
 * is absent. This gives the suite title, marked and warned about when skipped.
 */
export function sourceSuite(path: string, title: string): { present: boolean; title: string } {
  const present = existsSync(path);
  if (!present) console.warn(`[reference tests] SKIPPED "${title}": ${path} not found`);
  return { present, title: present ? title : `${title} — SKIPPED: ${path} not found` };
}
