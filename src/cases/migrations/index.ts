/**
 * The ordered migration set. Listed statically (not read from disk) so that
 * the same set runs from source, from a bundle and in tests.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-casework.ts';
import * as m0003 from './0003-spell-flags.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-casework': m0002,
  '0003-spell-flags': m0003,
};

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration> = MIGRATIONS) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}
