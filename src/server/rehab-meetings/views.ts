/** Meetings as the routes show them: agendas with names only for roles that see identity. */
import { meetingsWithCases } from '../../cases/rehab.ts';
import type { ApiContext } from '../context.ts';

export async function meetingView(ctx: ApiContext, meetingIds: number[], identity: boolean) {
  const { meetings, cases } = await meetingsWithCases(ctx.db, meetingIds);
  return meetings.map((m) => ({
    id: m.id,
    date: m.meeting_date,
    createdAt: m.created_at.toISOString(),
    cases: cases
      .filter((c) => c.meeting_id === m.id)
      .map((c) => ({
        citizenId: c.citizen_id,
        citizenName: identity ? c.name : null,
        pseudonym: c.cpr_pseudonym,
        caseworkerName: c.caseworker_name,
        teamId: c.team_id,
        version: c.version,
        position: c.position,
        recommendation: c.recommendation,
        decision: c.decision,
        decidedAt: c.decided_at?.toISOString() ?? null,
        eventId: c.event_id,
      })),
  }));
}
