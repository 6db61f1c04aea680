/** Reads over a whole municipality's caseload (the municipality-level obligations). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Ids of every citizen of the municipality, in id order. */
export async function citizenIdsOf(db: Kysely<Database>, municipalityCode: string) {
  const rows = await db
    .selectFrom('citizens')
    .select('id')
    .where('municipality_code', '=', municipalityCode)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
