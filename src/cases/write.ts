/**
 * The one write path to a citizen's case. `changeCase` bumps
 * `citizens.version` only if it still equals the version the writer read
 * (`update … where version = $expected`), runs the change (which appends
 * events with `appendEvents`), appends the audit entry and announces the change
 * to every server process, all in one transaction. A stale version throws
 * `VersionConflict` and nothing is written.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { type AuditEntry, appendAuditEntries } from './audit.ts';
import { announceChange } from './changes.ts';
import type { Database } from './schema.ts';

/** Someone else changed the case since the writer read it (HTTP 409). */
export class VersionConflict extends Error {
  override name = 'VersionConflict';
  constructor(
    readonly expectedVersion: number | undefined,
    readonly currentVersion: number,
  ) {
    super(
      `the case has been changed by someone else since you opened it (you had version ${expectedVersion}, it is now ${currentVersion}); reload the case and make your change again`,
    );
  }
}

export interface CaseChange<T> {
  citizen: { id: number; municipalityCode: string };
  /** The version the writer last read; undefined: no check (the change is still versioned). */
  expectedVersion: number | undefined;
  /** Who writes and why (stored in the audit entry). */
  userId: number;
  reason: string;
  /** The change itself; gets the transaction and the case's new version. */
  change: (trx: Transaction<Database>, version: number) => Promise<T>;
  /** The audit entry describing the change. */
  audit: (result: T) => Omit<AuditEntry, 'userId' | 'citizenId' | 'reason'>;
}

export async function changeCase<T>(
  db: Kysely<Database>,
  c: CaseChange<T>,
): Promise<{ result: T; version: number }> {
  return db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable('citizens')
      .set({ version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', c.citizen.id);
    if (c.expectedVersion !== undefined) update = update.where('version', '=', c.expectedVersion);
    const bumped = await update.returning('version').executeTakeFirst();
    if (!bumped) {
      const current = await trx
        .selectFrom('citizens')
        .select('version')
        .where('id', '=', c.citizen.id)
        .executeTakeFirstOrThrow();
      throw new VersionConflict(c.expectedVersion, current.version);
    }
    const result = await c.change(trx, bumped.version);
    await appendAuditEntries(trx, [
      { ...c.audit(result), userId: c.userId, citizenId: c.citizen.id, reason: c.reason },
    ]);
    await announceChange(trx, {
      kind: 'worklists',
      municipality: c.citizen.municipalityCode,
      citizenIds: [c.citizen.id],
    });
    return { result, version: bumped.version };
  });
}

/**
 * A change that is not to one case but that every worklist of the municipality
 * reads (a trial enabled or disabled): audited and announced in its transaction.
 */
export async function changeMunicipality<T>(
  db: Kysely<Database>,
  c: {
    municipalityCode: string;
    change: (trx: Transaction<Database>) => Promise<T>;
    audit: (result: T) => AuditEntry;
  },
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await c.change(trx);
    await appendAuditEntries(trx, [c.audit(result)]);
    await announceChange(trx, { kind: 'worklists', municipality: c.municipalityCode });
    return result;
  });
}
