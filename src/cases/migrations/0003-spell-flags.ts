/**
 * Spell flags (`spell.flags` in the case format): facts about a benefit spell
 * that the rules read, such as `expected-over-8-weeks` (sygedagpenge category
 * 2, sygedagpengeloven § 13 b) or `declines-akasse-participation` (LAB § 31
 * stk. 2). Before this column the case store dropped them, so no flag-based
 * rule could apply to a case recorded in the app. Values: SPELL_FLAGS in
 * src/rules/vocabulary.ts.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('benefit_spells')
    .addColumn('flags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('benefit_spells').dropColumn('flags').execute();
}
