/**
 * Reading a case file: JSON text → validated CaseFile, with errors that name
 * the field path (e.g. `events[3].date: expected a date written YYYY-MM-DD`).
 * Pure: the caller reads the file.
 */
import type { z } from 'zod';
import { type CaseFile, CaseFileSchema } from './case-format.ts';

export class CaseFormatError extends Error {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'CaseFormatError';
  }
}

/** `['events', 3, 'date']` → `events[3].date` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Validates an already-parsed value as a case file. */
export function parseCase(value: unknown): CaseFile {
  const r = CaseFileSchema.safeParse(value);
  if (r.success) return r.data;
  const issues = issuesOf(r.error);
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new CaseFormatError(`${first.path}: ${first.message}${more}`, issues);
}

/** Parses JSON text and validates it as a case file. */
export function parseCaseJson(text: string): CaseFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    throw new CaseFormatError(`not valid JSON: ${msg}`, []);
  }
  return parseCase(value);
}
