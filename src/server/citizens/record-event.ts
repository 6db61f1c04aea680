/**
 * POST /api/citizens/:id/events: record an event on a case (interview, plan,
 * certificate, journal note, marker, …), with a trial exemption's use when the
 * event names a trial.
 */
import { eventById } from '../../cases/citizens.ts';
import { appendEvents } from '../../cases/store.ts';
import type { EventType } from '../../rules/index.ts';
import type { Api, ApiContext } from '../context.ts';
import { citizenFor, writeCase } from '../shared/citizen-access.ts';
import { CaseWritten } from './responses.ts';
import { CitizenParams, RecordEventBody } from './schemas.ts';
import { requireSpell } from './spells.ts';
import { recordTrialUse, type TrialUse } from './trial-use.ts';
import { eventView, payloadOf } from './views.ts';

export function recordEvent(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/citizens/:id/events',
    {
      schema: {
        summary:
          'Record an event on a case (interview, plan, certificate, journal note, marker, …)',
        tags: ['citizens'],
        params: CitizenParams,
        body: RecordEventBody,
        response: { 201: CaseWritten },
      },
    },
    async (request, reply) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const e = request.body.event;
      if (e.spellId) await requireSpell(ctx, citizen.id, Number(e.spellId), 'body.event.spellId');
      const { result, version } = await writeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          const [eventId] = await appendEvents(trx, [
            {
              citizenId: citizen.id,
              type: e.type as EventType,
              date: e.date,
              recordedBy: user.id,
              trialId: e.trialId ?? null,
              payload: payloadOf(e),
            },
          ]);
          let trialUse: TrialUse | null = null;
          if (e.trialId) {
            const isNote = e.type === 'journal-note';
            trialUse = await recordTrialUse(
              trx,
              user,
              citizen,
              { trialId: e.trialId, date: e.date, eventId: eventId! },
              {
                text: isNote ? String(e.details?.text ?? '') : (e.journalNote ?? ''),
                isTheEvent: isNote,
              },
              'body.event',
            );
          }
          return { eventId: eventId!, trialUse };
        },
        (r) => ({ action: 'event.create', detail: { eventId: r.eventId, type: e.type } }),
      );
      const event = await eventById(ctx.db, result.eventId);
      return reply.status(201).send({
        event: eventView(event, true),
        version,
        trialUse: result.trialUse,
      });
    },
  );
}
