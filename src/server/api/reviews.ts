/**
 * Management review (ledelsestilsyn): a seeded random sample of N cases per
 * caseworker among the cases active in a period, a fixed question set answered
 * yes / no / not relevant per case, and the tally, as the municipalities did in
 * the trial evaluations (`/work/shared/domain/trials.md`: phone-interview
 * documentation, LY reassessment questions).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { appendAuditEntries } from '../../cases/audit.ts';
import { SeededRandom } from '../../cases/random.ts';
import { authorize, seesIdentity } from '../access.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { auditRead, IdParam, IsoDate } from './common.ts';

export const REVIEW_QUESTIONS = [
  {
    id: 'interviews-on-time',
    text: {
      da: 'Er de lovpligtige samtaler afholdt rettidigt i perioden?',
      en: 'Were the statutory interviews held on time in the period?',
    },
  },
  {
    id: 'form-registered',
    text: {
      da: 'Er samtaleformen registreret, og er afvigelse fra personligt fremmøde begrundet?',
      en: 'Is the interview form registered, and is any departure from in-person attendance justified?',
    },
  },
  {
    id: 'content-documented',
    text: {
      da: 'Viser dokumentationen, hvad der er drøftet, status på aftaler og aktiviteter, nye aftaler og en vurdering af jobmulighederne?',
      en: 'Does the documentation show what was discussed, the status of agreements and activities, new agreements and an assessment of job prospects?',
    },
  },
  {
    id: 'next-interview-agreed',
    text: {
      da: 'Er form, dato og indhold for næste samtale aftalt?',
      en: 'Are the form, date and content of the next interview agreed?',
    },
  },
  {
    id: 'plan-current',
    text: {
      da: 'Er Min Plan (indsatsplan/rehabiliteringsplan) opdateret?',
      en: 'Is Min Plan (indsatsplan/rehabiliteringsplan) up to date?',
    },
  },
  {
    id: 'offers-on-time',
    text: {
      da: 'Er tilbud givet rettidigt og registreret med periode og virksomhed?',
      en: 'Were offers given on time and registered with period and employer?',
    },
  },
  {
    id: 'trial-documented',
    text: {
      da: 'Er hver brug af en forsøgsfritagelse dokumenteret med et journalnotat?',
      en: 'Is every use of a trial exemption documented by a journal note?',
    },
  },
] as const;
const QUESTION_IDS = new Set<string>(REVIEW_QUESTIONS.map((q) => q.id));
const Answer = z.enum(['yes', 'no', 'not-relevant']);

/**
 * Draws up to `perCaseworker` cases for each caseworker: Fisher–Yates shuffle
 * of the caseworker's candidates (sorted by id) with a seeded generator, so the
 * same seed and the same cases give the same sample.
 */
export function drawSample(
  candidates: readonly { citizenId: number; caseworkerId: number }[],
  perCaseworker: number,
  seed: number,
): { citizenId: number; caseworkerId: number }[] {
  const rnd = new SeededRandom(seed);
  const by = new Map<number, number[]>();
  for (const c of candidates) {
    const list = by.get(c.caseworkerId);
    if (list) list.push(c.citizenId);
    else by.set(c.caseworkerId, [c.citizenId]);
  }
  const out: { citizenId: number; caseworkerId: number }[] = [];
  for (const caseworkerId of [...by.keys()].sort((a, b) => a - b)) {
    const ids = [...new Set(by.get(caseworkerId)!)].sort((a, b) => a - b);
    for (let i = ids.length - 1; i > 0; i -= 1) {
      const j = rnd.int(0, i);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    for (const citizenId of ids.slice(0, perCaseworker)) out.push({ citizenId, caseworkerId });
  }
  return out;
}

export function registerReviewRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const loadReview = async (id: number, municipalityCode: string) => {
    const review = await ctx.db
      .selectFrom('reviews')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!review || review.municipality_code !== municipalityCode) throw notFound(`review ${id}`);
    return review;
  };

  const reviewView = async (id: number, identity: boolean) => {
    const review = await ctx.db
      .selectFrom('reviews')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const cases = await ctx.db
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
      .where('r.review_id', '=', id)
      .orderBy('r.position')
      .execute();
    return {
      id: review.id,
      periodStart: review.period_start,
      periodEnd: review.period_end,
      perCaseworker: review.per_caseworker,
      seed: review.seed,
      teamId: review.team_id,
      createdAt: review.created_at.toISOString(),
      questions: REVIEW_QUESTIONS,
      sample: cases.map((c) => ({
        citizenId: c.citizen_id,
        citizenName: identity ? c.name : null,
        pseudonym: c.cpr_pseudonym,
        caseworkerId: c.caseworker_id,
        caseworkerName: c.display_name,
        position: c.position,
        answers: c.answers as Record<string, string>,
        answeredAt: c.answered_at?.toISOString() ?? null,
      })),
    };
  };

  api.get(
    '/api/reviews',
    { schema: { summary: 'Management reviews of your municipality', tags: ['reviews'] } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.tally', { municipalityCode: user.municipalityCode });
      const rows = await ctx.db
        .selectFrom('reviews as r')
        .select([
          'r.id',
          'r.period_start',
          'r.period_end',
          'r.per_caseworker',
          'r.seed',
          'r.created_at',
          sql<number>`(select count(*) from review_cases rc where rc.review_id = r.id)::int`.as(
            'cases',
          ),
        ])
        .where('r.municipality_code', '=', user.municipalityCode)
        .orderBy('r.id', 'desc')
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          periodStart: r.period_start,
          periodEnd: r.period_end,
          perCaseworker: r.per_caseworker,
          seed: r.seed,
          createdAt: r.created_at.toISOString(),
          cases: r.cases,
        })),
        questions: REVIEW_QUESTIONS,
      };
    },
  );

  api.post(
    '/api/reviews',
    {
      schema: {
        summary: 'Draw a review sample: N random cases per caseworker active in the period',
        tags: ['reviews'],
        body: z.object({
          periodStart: IsoDate,
          periodEnd: IsoDate,
          perCaseworker: z.number().int().min(1).max(100),
          seed: z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1)
            .optional(),
          teamId: z.number().int().positive().optional(),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      const b = request.body;
      if (b.periodEnd < b.periodStart) {
        throw badRequest('body.periodEnd', 'must not be before periodStart');
      }
      const seed = b.seed ?? Math.floor(Math.random() * 2 ** 31);
      let q = ctx.db
        .selectFrom('citizens as c')
        .select(['c.id as citizenId', 'c.caseworker_id as caseworkerId'])
        .where('c.municipality_code', '=', user.municipalityCode)
        .where('c.caseworker_id', 'is not', null)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('benefit_spells as s')
              .select('s.id')
              .whereRef('s.citizen_id', '=', 'c.id')
              .where('s.start_date', '<=', b.periodEnd)
              .where((eb) =>
                eb.or([eb('s.end_date', 'is', null), eb('s.end_date', '>=', b.periodStart)]),
              ),
          ),
        );
      if (b.teamId) q = q.where('c.team_id', '=', b.teamId);
      const candidates = (await q.execute()).map((r) => ({
        citizenId: r.citizenId,
        caseworkerId: r.caseworkerId!,
      }));
      const sample = drawSample(candidates, b.perCaseworker, seed);
      if (sample.length === 0) {
        throw badRequest(
          'body.periodStart',
          'no cases with a caseworker were active in the period',
        );
      }
      const id = await ctx.db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto('reviews')
          .values({
            municipality_code: user.municipalityCode,
            period_start: b.periodStart,
            period_end: b.periodEnd,
            per_caseworker: b.perCaseworker,
            seed,
            team_id: b.teamId ?? null,
            created_by: user.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('review_cases')
          .values(
            sample.map((s, i) => ({
              review_id: r.id,
              citizen_id: s.citizenId,
              caseworker_id: s.caseworkerId,
              position: i + 1,
            })),
          )
          .execute();
        return r.id;
      });
      const view = await reviewView(id, seesIdentity(user));
      await auditRead(
        ctx,
        request,
        'review.sample',
        sample.map((s) => s.citizenId),
        { reviewId: id },
      );
      return reply.status(201).send(view);
    },
  );

  api.get(
    '/api/reviews/:id',
    {
      schema: {
        summary: 'A review with its sample, questions and answers',
        tags: ['reviews'],
        params: z.object({ id: IdParam }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      await loadReview(request.params.id, user.municipalityCode);
      const view = await reviewView(request.params.id, seesIdentity(user));
      await auditRead(
        ctx,
        request,
        'review.read',
        view.sample.map((s) => s.citizenId),
        { reviewId: view.id },
      );
      return view;
    },
  );

  api.put(
    '/api/reviews/:id/answers',
    {
      schema: {
        summary: "Answer the review's questions for one sampled case",
        tags: ['reviews'],
        params: z.object({ id: IdParam }),
        body: z.object({
          citizenId: z.number().int().positive(),
          answers: z.record(z.string(), Answer),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.manage', { municipalityCode: user.municipalityCode });
      const review = await loadReview(request.params.id, user.municipalityCode);
      for (const key of Object.keys(request.body.answers)) {
        if (!QUESTION_IDS.has(key)) {
          throw badRequest(
            `body.answers.${key}`,
            `unknown question (the questions are ${[...QUESTION_IDS].join(', ')})`,
          );
        }
      }
      const row = await ctx.db
        .selectFrom('review_cases')
        .select('answers')
        .where('review_id', '=', review.id)
        .where('citizen_id', '=', request.body.citizenId)
        .executeTakeFirst();
      if (!row) {
        throw badRequest('body.citizenId', `case ${request.body.citizenId} is not in this sample`);
      }
      const answers = { ...(row.answers as Record<string, string>), ...request.body.answers };
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('review_cases')
          .set({ answers: JSON.stringify(answers), answered_by: user.id, answered_at: new Date() })
          .where('review_id', '=', review.id)
          .where('citizen_id', '=', request.body.citizenId)
          .execute();
        await appendAuditEntries(trx, [
          {
            userId: user.id,
            action: 'review.answer',
            citizenId: request.body.citizenId,
            detail: { reviewId: review.id, answers: request.body.answers },
            reason: 'ledelsestilsyn',
          },
        ]);
      });
      return { citizenId: request.body.citizenId, answers };
    },
  );

  api.get(
    '/api/reviews/:id/tally',
    {
      schema: {
        summary: 'Tally of the answers per question',
        tags: ['reviews'],
        params: z.object({ id: IdParam }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'review.tally', { municipalityCode: user.municipalityCode });
      const review = await loadReview(request.params.id, user.municipalityCode);
      const rows = await ctx.db
        .selectFrom('review_cases')
        .select(['answers'])
        .where('review_id', '=', review.id)
        .execute();
      const tally = REVIEW_QUESTIONS.map((q) => {
        const counts = { yes: 0, no: 0, notRelevant: 0, unanswered: 0 };
        for (const r of rows) {
          const a = (r.answers as Record<string, string>)[q.id];
          if (a === 'yes') counts.yes += 1;
          else if (a === 'no') counts.no += 1;
          else if (a === 'not-relevant') counts.notRelevant += 1;
          else counts.unanswered += 1;
        }
        return { questionId: q.id, text: q.text, ...counts };
      });
      const answered = rows.filter((r) => Object.keys(r.answers as object).length > 0).length;
      return { reviewId: review.id, cases: rows.length, answeredCases: answered, rows: tally };
    },
  );
}
