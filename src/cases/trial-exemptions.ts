/**
 * A municipality's trial exemptions (frikommuneforsøg enabled for target
 * groups and a period) and their uses. Enabling or disabling one changes every
 * worklist of the municipality, so both run through `changeMunicipality`.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { AuditEntry } from './audit.ts';
import type { Database } from './schema.ts';
import { changeMunicipality } from './write.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function enabledTrials(db: Db, municipalityCode: string) {
  return db
    .selectFrom('trial_exemptions')
    .selectAll()
    .where('municipality_code', '=', municipalityCode)
    .where('disabled_at', 'is', null)
    .orderBy('start_date')
    .execute();
}

export async function trialUseCounts(db: Db, municipalityCode: string) {
  return db
    .selectFrom('trial_exemption_uses')
    .select(['trial_id', sql<number>`count(*)::int`.as('n')])
    .where('municipality_code', '=', municipalityCode)
    .groupBy('trial_id')
    .execute();
}

export async function enableTrialExemption(
  db: Kysely<Database>,
  t: {
    municipalityCode: string;
    trialId: string;
    targetGroups: string[];
    start: string;
    end: string | null;
    enabledBy: number;
  },
  audit: (exemptionId: number) => AuditEntry,
) {
  return changeMunicipality(db, {
    municipalityCode: t.municipalityCode,
    change: (trx) =>
      trx
        .insertInto('trial_exemptions')
        .values({
          municipality_code: t.municipalityCode,
          trial_id: t.trialId,
          target_groups: t.targetGroups,
          start_date: t.start,
          end_date: t.end,
          variant: JSON.stringify({}),
          enabled_by: t.enabledBy,
        })
        .returning(['id', 'start_date', 'end_date', 'target_groups'])
        .executeTakeFirstOrThrow(),
    audit: (row) => audit(row.id),
  });
}

/**
 * Ends a trial's enabled periods on `end`, or withdraws them (no end, or an
 * end before the period started); returns false when none is enabled.
 */
export async function disableTrialExemption(
  db: Kysely<Database>,
  t: { municipalityCode: string; trialId: string; end: string | undefined },
  audit: AuditEntry,
): Promise<boolean> {
  const rows = await db
    .selectFrom('trial_exemptions')
    .selectAll()
    .where('municipality_code', '=', t.municipalityCode)
    .where('trial_id', '=', t.trialId)
    .where('disabled_at', 'is', null)
    .execute();
  if (rows.length === 0) return false;
  const end = t.end;
  await changeMunicipality(db, {
    municipalityCode: t.municipalityCode,
    change: async (trx) => {
      for (const r of rows) {
        // Ending before the period started withdraws it; otherwise the period is cut short.
        if (!end || end < r.start_date) {
          await trx
            .updateTable('trial_exemptions')
            .set({ disabled_at: new Date() })
            .where('id', '=', r.id)
            .execute();
        } else if (r.end_date === null || r.end_date > end) {
          await trx
            .updateTable('trial_exemptions')
            .set({ end_date: end })
            .where('id', '=', r.id)
            .execute();
        }
      }
    },
    audit: () => audit,
  });
  return true;
}
