/**
 * Employers (virksomheder) and their placements: the data behind the
 * forholdstal (BAB § 65 / § 83) for the case-work API.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The municipality's employers with their placements counting toward the ratio on a date. */
export async function listEmployers(db: Db, municipalityCode: string, asOf: string) {
  return db
    .selectFrom('employers as e')
    .select([
      'e.id',
      'e.name',
      'e.cvr',
      'e.ordinary_headcount',
      sql<number>`(select count(*) from placements p where p.employer_id = e.id and p.counts_toward_ratio and p.start_date <= ${asOf} and p.end_date >= ${asOf})::int`.as(
        'placements',
      ),
    ])
    .where('e.municipality_code', '=', municipalityCode)
    .orderBy('e.name')
    .execute();
}

export async function employerByCvr(db: Db, municipalityCode: string, cvr: string) {
  return db
    .selectFrom('employers')
    .select('id')
    .where('municipality_code', '=', municipalityCode)
    .where('cvr', '=', cvr)
    .executeTakeFirst();
}

export async function employerInMunicipality(db: Db, municipalityCode: string, id: number) {
  return db
    .selectFrom('employers')
    .select(['id', 'name', 'ordinary_headcount'])
    .where('id', '=', id)
    .where('municipality_code', '=', municipalityCode)
    .executeTakeFirst();
}

export interface NewEmployer {
  municipalityCode: string;
  name: string;
  cvr: string;
  ordinaryHeadcount: number;
}

export async function insertEmployer(db: Db, e: NewEmployer) {
  return db
    .insertInto('employers')
    .values({
      municipality_code: e.municipalityCode,
      name: e.name,
      cvr: e.cvr,
      ordinary_headcount: e.ordinaryHeadcount,
    })
    .returning(['id', 'name', 'cvr', 'ordinary_headcount'])
    .executeTakeFirstOrThrow();
}

/**
 * The employer's placements counting toward the ratio that overlap a period,
 * after locking the employer row, so that two placements at once cannot both
 * take the last place.
 */
export async function lockRatioPlacements(
  trx: Transaction<Database>,
  employerId: number,
  start: string,
  end: string,
): Promise<{ hours_per_week: number | null }[]> {
  await trx.selectFrom('employers').select('id').where('id', '=', employerId).forUpdate().execute();
  return trx
    .selectFrom('placements')
    .select(['hours_per_week'])
    .where('employer_id', '=', employerId)
    .where('counts_toward_ratio', '=', true)
    .where('start_date', '<=', end)
    .where('end_date', '>=', start)
    .execute();
}

export interface NewPlacement {
  employerId: number;
  citizenId: number;
  eventId: number;
  kind: string;
  start: string;
  end: string;
  hoursPerWeek: number | null;
  countsTowardRatio: boolean;
}

export async function insertPlacement(trx: Transaction<Database>, p: NewPlacement) {
  await trx
    .insertInto('placements')
    .values({
      employer_id: p.employerId,
      citizen_id: p.citizenId,
      event_id: p.eventId,
      kind: p.kind,
      start_date: p.start,
      end_date: p.end,
      hours_per_week: p.hoursPerWeek,
      counts_toward_ratio: p.countsTowardRatio,
    })
    .execute();
}
