/**
 * I/O edge: a municipality's own citizens from the case store, as the
 * pseudonymised case files the engine evaluates (loadCaseFiles: the citizen is
 * the CPR pseudonym; no CPR number, no name). The read is audited as one
 * entry (action `simulate.read`, with the municipality and the count), since
 * the simulation reads every case of the municipality at once.
 */
import type { Kysely } from 'kysely';
import { appendAudit } from '../../cases/audit.ts';
import type { Database } from '../../cases/schema.ts';
import { loadCaseFiles } from '../../cases/store.ts';
import type { CaseFile } from '../../rules/case-format.ts';

export async function loadStoreCaseload(
  db: Kysely<Database>,
  opts: { municipality?: string; baseYear: number; userId?: number | null; reason?: string },
): Promise<CaseFile[]> {
  let q = db.selectFrom('citizens').select('id');
  if (opts.municipality) q = q.where('municipality_code', '=', opts.municipality);
  const ids = (await q.orderBy('id').execute()).map((r) => r.id);
  const files = await loadCaseFiles(db, ids);
  const from = `${opts.baseYear}-01-01`;
  const to = `${opts.baseYear}-12-31`;
  // Cases with a spell overlapping the base year.
  const cases = [...files.values()].filter((f) =>
    f.spells.some((s) => s.start <= to && (s.end === undefined || s.end >= from)),
  );
  await appendAudit(db, {
    userId: opts.userId ?? null,
    action: 'simulate.read',
    detail: {
      municipality: opts.municipality ?? null,
      baseYear: opts.baseYear,
      cases: cases.length,
    },
    reason: opts.reason ?? 'reform simulation (pseudonymised)',
  });
  return cases;
}
