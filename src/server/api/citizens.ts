/**
 * Citizens and their cases: listing, the case view with the engine's
 * evaluation, and the writes (events, spells, offers). Every read of citizen
 * data is audited; every write bumps the case version under optimistic
 * concurrency and is audited in the same transaction.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { maskCpr } from '../../cases/cpr.ts';
import type { Database } from '../../cases/schema.ts';
import { addSpell, loadCaseFile, StoreError } from '../../cases/store.ts';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import {
  checkPlacementRatio,
  EVENT_TYPES,
  evaluate,
  getDefaultCatalog,
  INTERVIEW_FORMS,
  lawStatus,
  summariseTrial,
} from '../../rules/index.ts';
import { authorize, decide, type SessionUser, seesIdentity } from '../access.ts';
import { type ApiContext, requireUser } from '../context.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';
import { ruleTitle } from '../worklist.ts';
import {
  auditRead,
  type CitizenRow,
  changeCase,
  citizenFor,
  ExpectedVersion,
  enabledTrialOn,
  IdParam,
  IsoDate,
} from './common.ts';

/** Medical certificates (lægeattester) and records the jobcentre can order. */
export const CERTIFICATES = [
  'LÆ265',
  'LÆ285',
  'LÆ125',
  'LÆ135',
  'LÆ145',
  'hospital-record',
  'specialist-record',
] as const;

/** Plans: Min Plan, indsatsplan (ressourceforløb), rehabiliteringsplan. */
export const PLAN_TYPES = ['min-plan', 'indsatsplan', 'rehabiliteringsplan'] as const;

/** Offer kinds (tilbud); the first two count toward the forholdstal (BAB § 65 / § 83). */
export const OFFER_KINDS = [
  'virksomhedspraktik',
  'loentilskud',
  'jobrotation',
  'mentor',
  'vejledning-og-opkvalificering',
  'psykologbehandling',
  'nytteindsats',
  'ivaerksaetteri',
  'other',
] as const;
const RATIO_KINDS = new Set(['virksomhedspraktik', 'loentilskud']);

const INTERVIEW_TYPES = new Set([
  'job-interview',
  'joint-meeting',
  'cv-interview',
  'follow-up-interview',
  'group-session',
]);

const NextAgreement = z.object({
  form: z.enum(INTERVIEW_FORMS),
  date: IsoDate,
  content: z.array(z.string().min(1).max(200)).max(20).optional(),
});

export const EventInput = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: IsoDate,
    end: IsoDate.optional(),
    spellId: z.string().regex(/^\d+$/, 'expected a spell id').optional(),
    /** samtaleform */
    form: z.enum(INTERVIEW_FORMS).optional(),
    conductedBy: z.string().min(1).max(200).optional(),
    contentItems: z.array(z.string().min(1).max(100)).max(50).optional(),
    /** nulstillende */
    resetsClock: z.boolean().optional(),
    flags: z.array(z.string().min(1).max(100)).max(20).optional(),
    /** The agreement for the next interview: form, date, content. */
    nextAgreement: NextAgreement.optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    trialId: z.string().min(1).max(100).optional(),
    /** journalnotat documenting the use of a trial exemption (required with trialId). */
    journalNote: z.string().trim().min(1).max(10_000).optional(),
  })
  .superRefine((e, ctx) => {
    const d = e.details ?? {};
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (e.end && e.end < e.date) issue(['end'], 'end must not be before date');
    if (e.type === 'offer') {
      issue(['type'], 'offers are recorded with POST /api/citizens/:id/offers (forholdstal check)');
    }
    if (!INTERVIEW_TYPES.has(e.type)) {
      if (e.form) issue(['form'], `form applies to interviews only, not ${e.type}`);
      if (e.nextAgreement) issue(['nextAgreement'], 'applies to interviews only');
    }
    if (e.nextAgreement && e.nextAgreement.date < e.date) {
      issue(['nextAgreement', 'date'], 'the next interview must not be before this one');
    }
    if (e.type === 'certificate-requested' || e.type === 'certificate-received') {
      if (!CERTIFICATES.includes(d.certificate as (typeof CERTIFICATES)[number])) {
        issue(['details', 'certificate'], `expected one of ${CERTIFICATES.join(', ')}`);
      }
      if (d.priceDkk !== undefined && !(typeof d.priceDkk === 'number' && d.priceDkk >= 0)) {
        issue(['details', 'priceDkk'], 'expected a price in DKK, 0 or more');
      }
      if (d.requestedOn !== undefined) {
        const r = IsoDate.safeParse(d.requestedOn);
        if (!r.success) issue(['details', 'requestedOn'], 'expected a date written YYYY-MM-DD');
        else if (r.data > e.date) issue(['details', 'requestedOn'], 'must not be after date');
      }
    }
    if (e.type === 'plan') {
      if (!PLAN_TYPES.includes(d.planType as (typeof PLAN_TYPES)[number])) {
        issue(['details', 'planType'], `expected one of ${PLAN_TYPES.join(', ')}`);
      }
      const h = d.horizonMonths;
      if (!(typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= 60)) {
        issue(['details', 'horizonMonths'], 'expected the plan horizon in whole months, 1–60');
      }
    }
    if (e.type === 'journal-note') {
      if (!(typeof d.text === 'string' && d.text.trim().length > 0)) {
        issue(['details', 'text'], 'a journal note needs its text');
      }
    }
    if (e.type === 'person-group-marker') {
      if (!(typeof d.marker === 'string' && d.marker.trim()) && !e.trialId) {
        issue(['details', 'marker'], 'a person-group marker needs a marker name or a trialId');
      }
    }
    if (e.trialId && !e.journalNote && e.type !== 'journal-note') {
      issue(['journalNote'], 'using a trial exemption requires a journal note documenting it');
    }
  });

const SpellInput = z.object({
  benefit: z.string().min(1).max(100),
  targetGroup: z.enum(TARGET_GROUP_CODES),
  subGroups: z.array(z.string().min(1).max(100)).max(20).optional(),
  start: IsoDate,
  end: IsoDate.optional(),
  /** The spell this one continues (e.g. sygedagpenge → jobafklaring); it is closed the day before. */
  transferredFromId: z.number().int().positive().optional(),
});

const OfferInput = z
  .object({
    kind: z.enum(OFFER_KINDS),
    start: IsoDate,
    end: IsoDate,
    employerId: z.number().int().positive().optional(),
    hoursPerWeek: z.number().positive().max(80).optional(),
    spellId: z.string().regex(/^\d+$/).optional(),
    trialId: z.string().min(1).max(100).optional(),
    journalNote: z.string().trim().min(1).max(10_000).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.end < o.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'before start' });
    if (RATIO_KINDS.has(o.kind) && o.employerId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['employerId'],
        message: `a ${o.kind} needs the employer (the forholdstal is checked against it)`,
      });
    }
  });

/** Free-text fields that may name or identify a person: never sent to analysts. */
const FREE_TEXT_KEYS = new Set(['text', 'note', 'documentation', 'journalNote', 'employer']);

function eventView(
  e: {
    id: number;
    type: string;
    occurred_on: string;
    recorded_at: Date;
    recorded_by: number | null;
    recorded_by_name: string | null;
    payload: unknown;
    trial_id: string | null;
  },
  identity: boolean,
) {
  const payload = { ...(e.payload as Record<string, unknown>) };
  if (!identity && payload.details && typeof payload.details === 'object') {
    payload.details = Object.fromEntries(
      Object.entries(payload.details as Record<string, unknown>).filter(
        ([k]) => !FREE_TEXT_KEYS.has(k),
      ),
    );
  }
  return {
    ...payload,
    id: e.id,
    type: e.type,
    date: e.occurred_on,
    trialId: e.trial_id,
    recordedAt: e.recorded_at.toISOString(),
    recordedBy: e.recorded_by,
    recordedByName: e.recorded_by_name,
  };
}

function spellView(s: {
  id: number;
  benefit: string;
  target_group: string;
  sub_groups: string[];
  start_date: string;
  end_date: string | null;
  transferred_from_id: number | null;
}) {
  return {
    id: s.id,
    benefit: s.benefit,
    targetGroup: s.target_group,
    subGroups: s.sub_groups,
    start: s.start_date,
    end: s.end_date,
    transferredFromId: s.transferred_from_id,
  };
}

/** Event payload as stored (the case-format fields besides id/type/date/trialId). */
function payloadOf(e: z.infer<typeof EventInput>): Record<string, unknown> {
  const details = { ...(e.details ?? {}) };
  if (e.nextAgreement) details.nextAgreement = e.nextAgreement;
  return {
    ...(e.end ? { end: e.end } : {}),
    ...(e.spellId ? { spellId: e.spellId } : {}),
    ...(e.form ? { form: e.form } : {}),
    ...(e.conductedBy ? { conductedBy: e.conductedBy } : {}),
    ...(e.contentItems ? { contentItems: e.contentItems } : {}),
    ...(e.resetsClock !== undefined ? { resetsClock: e.resetsClock } : {}),
    ...(e.flags ? { flags: e.flags } : {}),
    ...(Object.keys(details).length ? { details } : {}),
  };
}

async function insertEvent(
  trx: Transaction<Database>,
  citizenId: number,
  userId: number,
  type: string,
  date: string,
  payload: Record<string, unknown>,
  trialId: string | null,
): Promise<number> {
  const row = await trx
    .insertInto('case_events')
    .values({
      citizen_id: citizenId,
      type,
      occurred_on: date,
      recorded_by: userId,
      trial_id: trialId,
      payload: JSON.stringify(payload),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The citizen's target group on a date (from the spell running then). */
async function targetGroupOn(
  trx: Transaction<Database>,
  citizenId: number,
  date: string,
): Promise<string | null> {
  const spell = await trx
    .selectFrom('benefit_spells')
    .select('target_group')
    .where('citizen_id', '=', citizenId)
    .where('start_date', '<=', date)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]))
    .orderBy('start_date', 'desc')
    .executeTakeFirst();
  return spell?.target_group ?? null;
}

/**
 * Records a trial exemption use: the trial must be enabled for the
 * municipality on the date (and for the citizen's target group), and the use
 * is documented by a journal note carrying the trialId.
 */
async function recordTrialUse(
  trx: Transaction<Database>,
  user: SessionUser,
  citizen: CitizenRow,
  trialId: string,
  date: string,
  eventId: number,
  /** The documentation; written as a journal note unless the event is that note itself. */
  journal: { text: string; isTheEvent: boolean },
  fieldPrefix: string,
): Promise<{ useId: number; journalEventId: number }> {
  const enabled = await enabledTrialOn(trx, citizen.municipality_code, trialId, date);
  if (!enabled) {
    throw badRequest(
      `${fieldPrefix}.trialId`,
      `trial ${trialId} is not enabled for municipality ${citizen.municipality_code} on ${date}`,
    );
  }
  if (enabled.target_groups.length > 0) {
    const group = await targetGroupOn(trx, citizen.id, date);
    if (!group || !enabled.target_groups.includes(group)) {
      throw badRequest(
        `${fieldPrefix}.trialId`,
        `trial ${trialId} is enabled for target groups ${enabled.target_groups.join(', ')}, and the citizen is in ${group ?? 'no target group'} on ${date}`,
      );
    }
  }
  const journalEventId = journal.isTheEvent
    ? eventId
    : await insertEvent(
        trx,
        citizen.id,
        user.id,
        'journal-note',
        date,
        { details: { text: journal.text, documents: 'trial-exemption', eventId: String(eventId) } },
        trialId,
      );
  const use = await trx
    .insertInto('trial_exemption_uses')
    .values({
      municipality_code: citizen.municipality_code,
      citizen_id: citizen.id,
      trial_id: trialId,
      event_id: eventId,
      journal_event_id: journalEventId,
      documentation: journal.text,
      used_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { useId: use.id, journalEventId };
}

export function registerCitizenRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/citizens',
    {
      schema: {
        summary: 'List and search the citizens of your municipality',
        tags: ['citizens'],
        querystring: z.object({
          q: z.string().max(100).optional(),
          teamId: z.coerce.number().int().positive().optional(),
          mine: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          reason: z.string().max(200).optional(),
        }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'citizen.list', { municipalityCode: user.municipalityCode });
      const identity = seesIdentity(user);
      const { q, limit, offset, teamId, mine } = request.query;
      let base = ctx.db
        .selectFrom('citizens as c')
        .where('c.municipality_code', '=', user.municipalityCode);
      if (teamId) base = base.where('c.team_id', '=', teamId);
      if (mine === 'true') base = base.where('c.caseworker_id', '=', user.id);
      const term = q?.trim();
      if (term) {
        const digits = term.replace(/-/g, '');
        if (!identity) {
          base = base.where('c.cpr_pseudonym', 'like', `${term.toLowerCase()}%`);
        } else if (/^\d{1,10}$/.test(digits)) {
          base = base.where('c.cpr', 'like', `${digits}%`);
        } else {
          base = base.where('c.name', 'ilike', `%${term.replace(/[%_\\]/g, '\\$&')}%`);
        }
      }
      const [{ total }] = [
        await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ];
      const rows = await base
        .leftJoin('teams as t', 't.id', 'c.team_id')
        .leftJoin('users as u', 'u.id', 'c.caseworker_id')
        .select([
          'c.id',
          'c.name',
          'c.cpr',
          'c.cpr_pseudonym',
          'c.version',
          't.name as team_name',
          'u.display_name as caseworker_name',
          sql<
            string | null
          >`(select s.benefit from benefit_spells s where s.citizen_id = c.id order by s.start_date desc, s.id desc limit 1)`.as(
            'benefit',
          ),
          sql<
            string | null
          >`(select s.target_group from benefit_spells s where s.citizen_id = c.id order by s.start_date desc, s.id desc limit 1)`.as(
            'target_group',
          ),
        ])
        .orderBy('c.name')
        .orderBy('c.id')
        .limit(limit)
        .offset(offset)
        .execute();
      await auditRead(
        ctx,
        request,
        'citizen.list',
        rows.map((r) => r.id),
        { q: identity ? (term ?? null) : null },
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: identity ? r.name : null,
          cprMasked: identity ? maskCpr(r.cpr) : null,
          pseudonym: r.cpr_pseudonym,
          targetGroup: r.target_group,
          benefit: r.benefit,
          teamName: r.team_name,
          caseworkerName: r.caseworker_name,
          version: r.version,
        })),
        total: Number(total),
      };
    },
  );

  api.get(
    '/api/citizens/:id',
    {
      schema: {
        summary: "A citizen's case: spells, events and the rules engine's evaluation",
        tags: ['citizens'],
        params: z.object({ id: IdParam }),
        querystring: z.object({
          asOf: IsoDate.optional(),
          reveal: z.enum(['cpr']).optional(),
          reason: z.string().max(200).optional(),
        }),
      },
    },
    async (request) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.read');
      const identity = seesIdentity(user);
      const reveal = request.query.reveal === 'cpr';
      if (reveal) {
        const d = decide(user, 'citizen.read-cpr', {
          municipalityCode: citizen.municipality_code,
          teamId: citizen.team_id,
        });
        if (!d.allowed) throw new ApiError(403, 'forbidden', d.reason);
      }
      const asOf = request.query.asOf ?? ctx.today();
      const [team, caseworker, spells, events, uses, file] = await Promise.all([
        citizen.team_id
          ? ctx.db
              .selectFrom('teams')
              .select('name')
              .where('id', '=', citizen.team_id)
              .executeTakeFirst()
          : undefined,
        citizen.caseworker_id
          ? ctx.db
              .selectFrom('users')
              .select('display_name')
              .where('id', '=', citizen.caseworker_id)
              .executeTakeFirst()
          : undefined,
        ctx.db
          .selectFrom('benefit_spells')
          .selectAll()
          .where('citizen_id', '=', citizen.id)
          .orderBy('start_date')
          .orderBy('id')
          .execute(),
        ctx.db
          .selectFrom('case_events as e')
          .leftJoin('users as u', 'u.id', 'e.recorded_by')
          .select([
            'e.id',
            'e.type',
            'e.occurred_on',
            'e.recorded_at',
            'e.recorded_by',
            'u.display_name as recorded_by_name',
            'e.payload',
            'e.trial_id',
          ])
          .where('e.citizen_id', '=', citizen.id)
          .orderBy('e.occurred_on')
          .orderBy('e.id')
          .execute(),
        ctx.db
          .selectFrom('trial_exemption_uses')
          .selectAll()
          .where('citizen_id', '=', citizen.id)
          .orderBy('id')
          .execute(),
        loadCaseFile(ctx.db, citizen.id),
      ]);
      const evaluation = evaluate(file, asOf);
      await auditRead(ctx, request, reveal ? 'citizen.read-cpr' : 'citizen.read', [citizen.id], {
        asOf,
      });
      const canWrite = decide(user, 'citizen.write', {
        municipalityCode: citizen.municipality_code,
        teamId: citizen.team_id,
      }).allowed;
      return {
        citizen: {
          id: citizen.id,
          name: identity ? citizen.name : null,
          cpr: identity ? (reveal ? citizen.cpr : maskCpr(citizen.cpr)) : null,
          pseudonym: citizen.cpr_pseudonym,
          birthDate: citizen.birth_date,
          municipalityCode: citizen.municipality_code,
          teamId: citizen.team_id,
          teamName: team?.name ?? null,
          caseworkerId: citizen.caseworker_id,
          caseworkerName: caseworker?.display_name ?? null,
          version: citizen.version,
        },
        canWrite,
        spells: spells.map(spellView),
        events: events.map((e) => eventView(e, identity)),
        trialUses: uses.map((u) => ({
          id: u.id,
          trialId: u.trial_id,
          eventId: u.event_id,
          journalEventId: u.journal_event_id,
          documentation: identity ? u.documentation : null,
          usedBy: u.used_by,
          usedAt: u.used_at.toISOString(),
        })),
        evaluation: {
          asOf: evaluation.asOf,
          obligations: evaluation.obligations.map((o) => ({
            ...o,
            ruleTitle: ruleTitle(o.ruleId),
          })),
          findings: evaluation.findings,
          trace: evaluation.trace,
          law: lawStatus(asOf),
        },
      };
    },
  );

  api.post(
    '/api/citizens/:id/events',
    {
      schema: {
        summary:
          'Record an event on a case (interview, plan, certificate, journal note, marker, …)',
        tags: ['citizens'],
        params: z.object({ id: IdParam }),
        body: z.object({
          expectedVersion: ExpectedVersion,
          event: EventInput,
          reason: z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const e = request.body.event;
      if (e.spellId) await requireSpell(ctx, citizen.id, Number(e.spellId), 'body.event.spellId');
      const { result, version } = await changeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          const eventId = await insertEvent(
            trx,
            citizen.id,
            user.id,
            e.type,
            e.date,
            payloadOf(e),
            e.trialId ?? null,
          );
          let trialUse: { useId: number; journalEventId: number } | null = null;
          if (e.trialId) {
            const isNote = e.type === 'journal-note';
            trialUse = await recordTrialUse(
              trx,
              user,
              citizen,
              e.trialId,
              e.date,
              eventId,
              {
                text: isNote ? String(e.details?.text ?? '') : (e.journalNote ?? ''),
                isTheEvent: isNote,
              },
              'body.event',
            );
          }
          return { eventId, trialUse };
        },
        (r) => ({ action: 'event.create', detail: { eventId: r.eventId, type: e.type } }),
      );
      const event = await ctx.db
        .selectFrom('case_events as e')
        .leftJoin('users as u', 'u.id', 'e.recorded_by')
        .select([
          'e.id',
          'e.type',
          'e.occurred_on',
          'e.recorded_at',
          'e.recorded_by',
          'u.display_name as recorded_by_name',
          'e.payload',
          'e.trial_id',
        ])
        .where('e.id', '=', result.eventId)
        .executeTakeFirstOrThrow();
      return reply.status(201).send({
        event: eventView(event, true),
        version,
        trialUse: result.trialUse,
      });
    },
  );

  api.post(
    '/api/citizens/:id/spells',
    {
      schema: {
        summary: 'Add a benefit spell (ydelsesforløb), also as a transfer from an earlier spell',
        tags: ['citizens'],
        params: z.object({ id: IdParam }),
        body: z.object({ expectedVersion: ExpectedVersion, spell: SpellInput }),
      },
    },
    async (request, reply) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const s = request.body.spell;
      if (s.end && s.end < s.start) throw badRequest('body.spell.end', 'must not be before start');
      let previous: Awaited<ReturnType<typeof requireSpell>> | undefined;
      if (s.transferredFromId) {
        previous = await requireSpell(
          ctx,
          citizen.id,
          s.transferredFromId,
          'body.spell.transferredFromId',
        );
        if (previous.start_date >= s.start) {
          throw badRequest(
            'body.spell.transferredFromId',
            `the spell transferred from starts ${previous.start_date}, not before the new spell`,
          );
        }
      }
      const { result, version } = await changeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          // A transfer closes the earlier spell the day before the new one starts.
          if (previous && (previous.end_date === null || previous.end_date >= s.start)) {
            await trx
              .updateTable('benefit_spells')
              .set({ end_date: sql`${s.start}::date - 1` })
              .where('id', '=', previous.id)
              .execute();
          }
          try {
            return await addSpell(trx, {
              citizenId: citizen.id,
              benefit: s.benefit,
              targetGroup: s.targetGroup,
              subGroups: s.subGroups ?? [],
              start: s.start,
              end: s.end ?? null,
              transferredFromId: s.transferredFromId ?? null,
              createdBy: user.id,
            });
          } catch (error) {
            if (error instanceof StoreError && error.field) {
              throw badRequest(`body.spell.${error.field}`, error.message);
            }
            throw error;
          }
        },
        (id) => ({
          action: 'spell.create',
          detail: { spellId: id, transferredFromId: s.transferredFromId ?? null },
        }),
      );
      const row = await ctx.db
        .selectFrom('benefit_spells')
        .selectAll()
        .where('id', '=', result)
        .executeTakeFirstOrThrow();
      return reply.status(201).send({ spell: spellView(row), version });
    },
  );

  api.patch(
    '/api/citizens/:id/spells/:spellId',
    {
      schema: {
        summary: 'End a benefit spell',
        tags: ['citizens'],
        params: z.object({ id: IdParam, spellId: IdParam }),
        body: z.object({ expectedVersion: ExpectedVersion, end: IsoDate.nullable() }),
      },
    },
    async (request) => {
      const { citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const spell = await requireSpell(ctx, citizen.id, request.params.spellId, 'params.spellId');
      const end = request.body.end;
      if (end && end < spell.start_date) {
        throw badRequest('body.end', `must not be before the spell's start ${spell.start_date}`);
      }
      const { version } = await changeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          await trx
            .updateTable('benefit_spells')
            .set({ end_date: end })
            .where('id', '=', spell.id)
            .execute();
        },
        () => ({
          action: 'spell.update',
          detail: { spellId: spell.id, end, previousEnd: spell.end_date },
        }),
      );
      const row = await ctx.db
        .selectFrom('benefit_spells')
        .selectAll()
        .where('id', '=', spell.id)
        .executeTakeFirstOrThrow();
      return { spell: spellView(row), version };
    },
  );

  api.post(
    '/api/citizens/:id/offers',
    {
      schema: {
        summary: 'Create an offer (tilbud); placements are checked against the forholdstal',
        tags: ['citizens'],
        params: z.object({ id: IdParam }),
        body: z.object({ expectedVersion: ExpectedVersion, offer: OfferInput }),
      },
    },
    async (request, reply) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const o = request.body.offer;
      let employer: { id: number; name: string; ordinary_headcount: number } | undefined;
      if (o.employerId !== undefined) {
        employer = await ctx.db
          .selectFrom('employers')
          .select(['id', 'name', 'ordinary_headcount'])
          .where('id', '=', o.employerId)
          .where('municipality_code', '=', citizen.municipality_code)
          .executeTakeFirst();
        if (!employer) {
          throw badRequest(
            'body.offer.employerId',
            `no employer ${o.employerId} in your municipality`,
          );
        }
      }
      if (o.spellId) await requireSpell(ctx, citizen.id, Number(o.spellId), 'body.offer.spellId');
      const countsTowardRatio = RATIO_KINDS.has(o.kind) && employer !== undefined;
      const { result, version } = await changeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          let ratio: ReturnType<typeof checkPlacementRatio> | null = null;
          if (countsTowardRatio && employer) {
            // Lock the employer row so two placements at once cannot both take the last place.
            await trx
              .selectFrom('employers')
              .select('id')
              .where('id', '=', employer.id)
              .forUpdate()
              .execute();
            const current = await trx
              .selectFrom('placements')
              .select(['hours_per_week'])
              .where('employer_id', '=', employer.id)
              .where('counts_toward_ratio', '=', true)
              .where('start_date', '<=', o.end)
              .where('end_date', '>=', o.start)
              .execute();
            const regime = o.start >= '2020-01-01' ? 'lab2020' : 'lab2015';
            const allHours =
              o.hoursPerWeek !== undefined && current.every((p) => p.hours_per_week !== null);
            ratio = checkPlacementRatio({
              ordinaryEmployees: employer.ordinary_headcount,
              currentPlacements: current.length,
              regime,
              ...(regime === 'lab2020' && allHours
                ? {
                    currentPlacementHours: current.reduce((s, p) => s + (p.hours_per_week ?? 0), 0),
                    newPlacementHours: o.hoursPerWeek,
                  }
                : {}),
            });
            if (!ratio.allowed) {
              const exempt = o.trialId && ratioTrials().has(o.trialId);
              if (!exempt) {
                throw new ApiError(422, 'ratio', ratio.reason.en, {
                  reason: ratio.reason,
                  capacity: ratio.capacity,
                  used: ratio.used,
                  exemptionTrials: [...ratioTrials()],
                  hint: 'the placement needs a trial exemption (offer.trialId) documented by a journal note (offer.journalNote), or another employer',
                });
              }
              if (!o.journalNote) {
                throw badRequest(
                  'body.offer.journalNote',
                  'placing above the forholdstal under a trial exemption requires a journal note documenting it',
                );
              }
            }
          }
          const eventId = await insertEvent(
            trx,
            citizen.id,
            user.id,
            'offer',
            o.start,
            {
              end: o.end,
              ...(o.spellId ? { spellId: o.spellId } : {}),
              details: {
                offerKind: o.kind,
                start: o.start,
                end: o.end,
                ...(employer ? { employerId: employer.id, employer: employer.name } : {}),
                ...(o.hoursPerWeek !== undefined ? { hoursPerWeek: o.hoursPerWeek } : {}),
                ...(ratio
                  ? {
                      ratio: { allowed: ratio.allowed, capacity: ratio.capacity, used: ratio.used },
                    }
                  : {}),
              },
            },
            o.trialId ?? null,
          );
          if (employer) {
            await trx
              .insertInto('placements')
              .values({
                employer_id: employer.id,
                citizen_id: citizen.id,
                event_id: eventId,
                kind: o.kind,
                start_date: o.start,
                end_date: o.end,
                hours_per_week: o.hoursPerWeek ?? null,
                counts_toward_ratio: countsTowardRatio,
              })
              .execute();
          }
          let trialUse: { useId: number; journalEventId: number } | null = null;
          if (o.trialId) {
            if (!o.journalNote) {
              throw badRequest(
                'body.offer.journalNote',
                'using a trial exemption requires a journal note documenting it',
              );
            }
            trialUse = await recordTrialUse(
              trx,
              user,
              citizen,
              o.trialId,
              o.start,
              eventId,
              { text: o.journalNote, isTheEvent: false },
              'body.offer',
            );
          }
          return { eventId, ratio, trialUse };
        },
        (r) => ({
          action: 'offer.create',
          detail: { eventId: r.eventId, kind: o.kind, employerId: o.employerId ?? null },
        }),
      );
      return reply.status(201).send({
        eventId: result.eventId,
        version,
        ratio: result.ratio,
        trialUse: result.trialUse,
      });
    },
  );
}

async function requireSpell(ctx: ApiContext, citizenId: number, spellId: number, path: string) {
  const spell = await ctx.db
    .selectFrom('benefit_spells')
    .selectAll()
    .where('id', '=', spellId)
    .where('citizen_id', '=', citizenId)
    .executeTakeFirst();
  if (!spell) {
    if (path.startsWith('params')) throw notFound(`spell ${spellId} of citizen ${citizenId}`);
    throw badRequest(path, `no spell ${spellId} on this case`);
  }
  return spell;
}

let ratioTrialIds: Set<string> | undefined;
/** Trials that relax the forholdstal (their operations touch the forholdstal rules). */
export function ratioTrials(): Set<string> {
  ratioTrialIds ??= new Set(
    [...getDefaultCatalog().trials.values()]
      .filter((t) => summariseTrial(t).rulesAffected.some((r) => r.includes('forholdstal')))
      .map((t) => t.id),
  );
  return ratioTrialIds;
}
