/**
 * POST /api/citizens/:id/offers: create an offer (tilbud). A placement with an
 * employer is checked against the forholdstal (ratio.ts) in the same
 * transaction that records it.
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { CitizenRow } from '../../cases/citizens.ts';
import { employerInMunicipality, insertPlacement } from '../../cases/employers.ts';
import type { Database } from '../../cases/schema.ts';
import { appendEvents } from '../../cases/store.ts';
import type { SessionUser } from '../access.ts';
import type { Api, ApiContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { citizenFor, writeCase } from '../shared/citizen-access.ts';
import { checkRatio, type RatioCheck } from './ratio.ts';
import { CaseWritten } from './responses.ts';
import { CitizenParams, type OfferInput, RATIO_KINDS, RecordOfferBody } from './schemas.ts';
import { requireSpell } from './spells.ts';
import { recordTrialUse, type TrialUse } from './trial-use.ts';

type Offer = z.infer<typeof OfferInput>;
type Employer = { id: number; name: string; ordinary_headcount: number };

async function offerEmployer(ctx: ApiContext, citizen: CitizenRow, o: Offer) {
  if (o.employerId === undefined) return undefined;
  const employer = await employerInMunicipality(ctx.db, citizen.municipality_code, o.employerId);
  if (!employer) {
    throw badRequest('body.offer.employerId', `no employer ${o.employerId} in your municipality`);
  }
  return employer;
}

/** The offer event, its placement and any trial exemption use, inside the case write. */
async function storeOffer(
  trx: Transaction<Database>,
  user: SessionUser,
  citizen: CitizenRow,
  o: Offer,
  employer: Employer | undefined,
) {
  const countsTowardRatio = RATIO_KINDS.has(o.kind) && employer !== undefined;
  const ratio: RatioCheck | null =
    countsTowardRatio && employer ? await checkRatio(trx, { employer, ...o }) : null;
  const [eventId] = await appendEvents(trx, [
    {
      citizenId: citizen.id,
      type: 'offer',
      date: o.start,
      recordedBy: user.id,
      trialId: o.trialId ?? null,
      payload: {
        end: o.end,
        ...(o.spellId ? { spellId: o.spellId } : {}),
        details: {
          offerKind: o.kind,
          start: o.start,
          end: o.end,
          ...(employer ? { employerId: employer.id, employer: employer.name } : {}),
          ...(o.hoursPerWeek !== undefined ? { hoursPerWeek: o.hoursPerWeek } : {}),
          ...(ratio
            ? { ratio: { allowed: ratio.allowed, capacity: ratio.capacity, used: ratio.used } }
            : {}),
        },
      },
    },
  ]);
  if (employer) {
    await insertPlacement(trx, {
      employerId: employer.id,
      citizenId: citizen.id,
      eventId: eventId!,
      kind: o.kind,
      start: o.start,
      end: o.end,
      hoursPerWeek: o.hoursPerWeek ?? null,
      countsTowardRatio,
    });
  }
  let trialUse: TrialUse | null = null;
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
      { trialId: o.trialId, date: o.start, eventId: eventId! },
      { text: o.journalNote, isTheEvent: false },
      'body.offer',
    );
  }
  return { eventId: eventId!, ratio, trialUse };
}

export function recordOffer(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/citizens/:id/offers',
    {
      schema: {
        summary: 'Create an offer (tilbud); placements are checked against the forholdstal',
        tags: ['citizens'],
        params: CitizenParams,
        body: RecordOfferBody,
        response: { 201: CaseWritten },
      },
    },
    async (request, reply) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const o = request.body.offer;
      const employer = await offerEmployer(ctx, citizen, o);
      if (o.spellId) await requireSpell(ctx, citizen.id, Number(o.spellId), 'body.offer.spellId');
      const { result, version } = await writeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        (trx) => storeOffer(trx, user, citizen, o, employer),
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
