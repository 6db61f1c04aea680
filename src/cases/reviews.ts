/**
 * Management reviews (ledelsestilsyn): samples of cases per caseworker and the
 * answers to the review's questions.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { type AuditEntry, appendAuditEntries } from './audit.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function listReviews(db: Db, municipalityCode: string) {
  return db
    .selectFrom('reviews as r')
    .select([
      'r.id',
      'r.period_start',
      'r.period_end',
      'r.per_caseworker',
      'r.seed',
      'r.team_id',
      sql<string | null>`(select t.name from teams t where t.id = r.team_id)`.as('team_name'),
      'r.created_at',
      sql<number>`(select count(*) from review_cases rc where rc.review_id = r.id)::int`.as(
        'cases',
      ),
    ])
    .where('r.municipality_code', '=', municipalityCode)
    .orderBy('r.id', 'desc')
    .execute();
}

export async function findReview(db: Db, id: number) {
  return db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function reviewCases(db: Db, reviewId: number) {
  return db
    .selectFrom('review_cases as r')
    .innerJoin('citizens as c', 'c.id', 'r.citizen_id')
    .innerJoin('users as u', 'u.id', 'r.caseworker_id')
    .select([
      'r.citizen_id',
      'r.caseworker_id',
      'r.position',
      'r.answers',
      'r.answered_at',
      'c.name',
      'c.cpr_pseudonym',
      'u.display_name',
    ])
    .where('r.review_id', '=', reviewId)
    .orderBy('r.position')
    .execute();
}

/** Cases with a caseworker and a spell running at some time in the period. */
export async function reviewCandidates(
  db: Db,
  q: { municipalityCode: string; periodStart: string; periodEnd: string; teamId?: number },
): Promise<{ citizenId: number; caseworkerId: number }[]> {
  let query = db
    .selectFrom('citizens as c')
    .select(['c.id as citizenId', 'c.caseworker_id as caseworkerId'])
    .where('c.municipality_code', '=', q.municipalityCode)
    .where('c.caseworker_id', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('benefit_spells as s')
          .select('s.id')
          .whereRef('s.citizen_id', '=', 'c.id')
          .where('s.start_date', '<=', q.periodEnd)
          .where((eb) =>
            eb.or([eb('s.end_date', 'is', null), eb('s.end_date', '>=', q.periodStart)]),
          ),
      ),
    );
  if (q.teamId) query = query.where('c.team_id', '=', q.teamId);
  return (await query.execute()).map((r) => ({
    citizenId: r.citizenId,
    caseworkerId: r.caseworkerId!,
  }));
}

export interface NewReview {
  municipalityCode: string;
  periodStart: string;
  periodEnd: string;
  perCaseworker: number;
  seed: number;
  teamId: number | null;
  createdBy: number;
  sample: readonly { citizenId: number; caseworkerId: number }[];
}

export async function insertReview(db: Kysely<Database>, r: NewReview): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('reviews')
      .values({
        municipality_code: r.municipalityCode,
        period_start: r.periodStart,
        period_end: r.periodEnd,
        per_caseworker: r.perCaseworker,
        seed: r.seed,
        team_id: r.teamId,
        created_by: r.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('review_cases')
      .values(
        r.sample.map((s, i) => ({
          review_id: row.id,
          citizen_id: s.citizenId,
          caseworker_id: s.caseworkerId,
          position: i + 1,
        })),
      )
      .execute();
    return row.id;
  });
}

export async function reviewAnswers(db: Db, reviewId: number, citizenId: number) {
  return db
    .selectFrom('review_cases')
    .select('answers')
    .where('review_id', '=', reviewId)
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
}

export async function allReviewAnswers(db: Db, reviewId: number) {
  return db
    .selectFrom('review_cases')
    .select(['answers'])
    .where('review_id', '=', reviewId)
    .execute();
}

/** Stores a case's answers and audits them in one transaction. */
export async function saveReviewAnswers(
  db: Kysely<Database>,
  a: {
    reviewId: number;
    citizenId: number;
    answers: Record<string, string>;
    answeredBy: number;
    audit: AuditEntry;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('review_cases')
      .set({
        answers: JSON.stringify(a.answers),
        answered_by: a.answeredBy,
        answered_at: new Date(),
      })
      .where('review_id', '=', a.reviewId)
      .where('citizen_id', '=', a.citizenId)
      .execute();
    await appendAuditEntries(trx, [a.audit]);
  });
}
