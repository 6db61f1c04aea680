/**
 * What every database-backed command needs: the configuration, an open and
 * migrated case store, and a guaranteed close (PGlite must close to flush).
 */

import { type AuditKeys, loadAuditKeys } from '../cases/audit-keys.ts';
import { type CaseDatabase, openDatabase } from '../cases/db.ts';
import { migrateToLatest } from '../cases/migrate.ts';
import { seedMunicipalities } from '../cases/store.ts';
import { type AppConfig, loadConfig } from '../config.ts';

export async function withDatabase<T>(
  run: (database: CaseDatabase, config: AppConfig, audit: AuditKeys) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  // Open the database first, so an unusable DATA_DIR is named as such before
  // the audit keys (default: DATA_DIR/keys) are created inside it.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    // Before any entry is chained: the key comes from outside the database.
    const audit = loadAuditKeys(config.audit);
    if (options.migrate !== false) {
      await migrateToLatest(database.db);
      await seedMunicipalities(database.db);
    }
    return await run(database, config, audit);
  } finally {
    await database.close();
  }
}

/** Progress on stderr, rewritten in place on a terminal, one line per step otherwise. */
export function progressPrinter(label: string): (done: number, total: number) => void {
  let lastPercent = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    if (process.stderr.isTTY) {
      process.stderr.write(
        `\r${label}: ${done}/${total} (${percent} %)${done === total ? '\n' : ''}`,
      );
    } else if (percent % 10 === 0) {
      process.stderr.write(`${label}: ${done}/${total} (${percent} %)\n`);
    }
  };
}
