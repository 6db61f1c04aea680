/**
 * Brings a case store to the latest schema. All pending migrations run in one
 * transaction under an advisory lock (Kysely does this for dialects with
 * transactional DDL, which both PostgreSQL and PGlite are), so a failure
 * anywhere leaves the database exactly as it was before the run.
 */
import { type Kysely, type Migration, Migrator } from 'kysely';
import { MIGRATIONS, StaticMigrationProvider } from './migrations/index.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationOutcome {
  applied: string[];
  latest: string | undefined;
}

export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: works on any schema
  db: Kysely<any>,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error');
    const what = failed ? `migration ${failed.migrationName} failed` : 'migration failed';
    throw new MigrationError(`${what}: ${(error as Error).message ?? String(error)}`);
  }
  const names = Object.keys(migrations).sort();
  return { applied, latest: names[names.length - 1] };
}

export async function pendingMigrations(
  // biome-ignore lint/suspicious/noExplicitAny: works on any schema
  db: Kysely<any>,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
