/**
 * PUT /api/rehab-meetings/:id/cases/:citizenId: the team's recommendation
 * (indstilling) and the decision (afgørelse) for a case. The first writes a
 * `rehab-team-meeting` event on the case; a later change writes a journal note
 * (events are never edited).
 */
import type { Transaction } from 'kysely';
import { findAgendaItem, findMeeting, recordAgendaDecision } from '../../cases/rehab.ts';
import type { Database } from '../../cases/schema.ts';
import { appendEvents } from '../../cases/store.ts';
import { authorize, type SessionUser } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { citizenFor, writeCase } from '../shared/citizen-access.ts';
import { DecideBody, DecideParams, MeetingDecided } from './schemas.ts';
import { meetingView } from './views.ts';

type Meeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
type AgendaItem = NonNullable<Awaited<ReturnType<typeof findAgendaItem>>>;

async function loadAgendaItem(ctx: ApiContext, user: SessionUser, id: number, citizenId: number) {
  const meeting = await findMeeting(ctx.db, id);
  if (!meeting || meeting.municipality_code !== user.municipalityCode) {
    throw notFound(`rehabilitation-team meeting ${id}`);
  }
  const item = await findAgendaItem(ctx.db, meeting.id, citizenId);
  if (!item) throw notFound(`case ${citizenId} on meeting ${meeting.id}`);
  return { meeting, item };
}

/** The event on the case: the meeting's first, or a correcting journal note; returns its id. */
async function recordOnCase(
  trx: Transaction<Database>,
  user: SessionUser,
  meeting: Meeting,
  item: AgendaItem,
  outcome: { recommendation: string | null; decision: string | null },
): Promise<number> {
  const details = { ...outcome, meetingId: meeting.id };
  const base = { citizenId: item.citizen_id, date: meeting.meeting_date, recordedBy: user.id };
  let eventId = item.event_id;
  if (eventId === null) {
    const [id] = await appendEvents(trx, [
      { ...base, type: 'rehab-team-meeting', payload: { details } },
    ]);
    eventId = id!;
  } else if (item.recommendation !== outcome.recommendation || item.decision !== outcome.decision) {
    await appendEvents(trx, [
      {
        ...base,
        type: 'journal-note',
        payload: {
          details: {
            text: `Rettelse af rehabiliteringsteamets indstilling/afgørelse (møde ${meeting.id}).`,
            corrects: String(eventId),
            ...details,
          },
        },
      },
    ]);
  }
  await recordAgendaDecision(trx, {
    meetingId: meeting.id,
    citizenId: item.citizen_id,
    ...outcome,
    decidedBy: user.id,
    eventId,
  });
  return eventId;
}

export function decide(api: Api, ctx: ApiContext): void {
  api.put(
    '/api/rehab-meetings/:id/cases/:citizenId',
    {
      schema: {
        summary: "Record the team's recommendation (indstilling) and the decision for a case",
        tags: ['rehab'],
        params: DecideParams,
        body: DecideBody,
        response: { 200: MeetingDecided },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'rehab.write', { municipalityCode: user.municipalityCode });
      const { id, citizenId } = request.params;
      const { meeting, item } = await loadAgendaItem(ctx, user, id, citizenId);
      const { citizen } = await citizenFor(ctx, request, item.citizen_id, 'citizen.write');
      const recommendation = request.body.recommendation;
      const decision = request.body.decision ?? null;
      if (decision && !recommendation) {
        throw badRequest(
          'body.recommendation',
          'a decision follows a recommendation (indstilling)',
        );
      }
      const { version } = await writeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        (trx) => recordOnCase(trx, user, meeting, item, { recommendation, decision }),
        (eventId) => ({ action: 'rehab.decision', detail: { meetingId: meeting.id, eventId } }),
      );
      const [view] = await meetingView(ctx, [meeting.id], true);
      return { meeting: view!, version };
    },
  );
}
