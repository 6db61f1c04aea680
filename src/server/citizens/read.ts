/** GET /api/citizens/:id: a citizen's case with spells, events and the engine's evaluation. */
import { caseRecords } from '../../cases/citizens.ts';
import { maskCpr } from '../../cases/cpr.ts';
import { loadCaseFile } from '../../cases/store.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { evaluate, lawStatus } from '../../rules/index.ts';
import { decide, type SessionUser, seesIdentity } from '../access.ts';
import type { Api, ApiContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { ruleTitle, withDueNote } from '../services/worklist.ts';
import { auditRead } from '../shared/audit.ts';
import { type CitizenRow, citizenFor } from '../shared/citizen-access.ts';
import { CaseView } from './responses.ts';
import { CitizenParams, ReadQuery } from './schemas.ts';
import { eventView, spellView } from './views.ts';

/** The full CPR number is shown only to the case's own team (`citizen.read-cpr`). */
function checkReveal(user: SessionUser, citizen: CitizenRow): void {
  const d = decide(user, 'citizen.read-cpr', {
    municipalityCode: citizen.municipality_code,
    teamId: citizen.team_id,
  });
  if (!d.allowed) throw new ApiError(403, 'forbidden', d.reason);
}

export function read(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/citizens/:id',
    {
      schema: {
        summary: "A citizen's case: spells, events and the rules engine's evaluation",
        tags: ['citizens'],
        params: CitizenParams,
        querystring: ReadQuery,
        response: { 200: CaseView },
      },
    },
    async (request) => {
      const { user, citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.read');
      const identity = seesIdentity(user);
      const reveal = request.query.reveal === 'cpr';
      if (reveal) checkReveal(user, citizen);
      const asOf = request.query.asOf ?? ctx.today();
      const [records, file] = await Promise.all([
        caseRecords(ctx.db, citizen),
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
          municipalityName:
            municipalityByCode(citizen.municipality_code)?.name ?? citizen.municipality_code,
          teamId: citizen.team_id,
          teamName: records.teamName,
          caseworkerId: citizen.caseworker_id,
          caseworkerName: records.caseworkerName,
          version: citizen.version,
        },
        canWrite,
        spells: records.spells.map(spellView),
        events: records.events.map((e) => eventView(e, identity)),
        trialUses: records.uses.map((u) => ({
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
            ...(o.status === 'met' || o.status === 'waived' ? {} : withDueNote(o.dueBy)),
          })),
          findings: evaluation.findings.map((f) => ({ ...f })),
          trace: evaluation.trace.map((t) => ({ ...t })),
          law: lawStatus(evaluation.asOf),
        },
      };
    },
  );
}
