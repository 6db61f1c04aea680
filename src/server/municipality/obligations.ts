/**
 * GET /api/municipality/obligations: the 75 % interview target and the 25 %
 * exemption quota of lov nr. 1750/2025 over the municipality's caseload, with
 * the recorded exemption decisions (src/rules/municipality.ts computes it).
 */
import { citizenIdsOf } from '../../cases/municipality.ts';
import { loadCaseFiles } from '../../cases/store.ts';
import { type CaseFile, lawStatus, municipalityObligations } from '../../rules/index.ts';
import { authorize } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditRead } from '../shared/audit.ts';
import { ObligationsQuery, ObligationsResponse } from './schemas.ts';

export function obligations(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/municipality/obligations',
    {
      schema: {
        summary:
          "The municipality's obligations across its caseload: 75 % interviewed, at most 25 % exempted",
        tags: ['municipality'],
        querystring: ObligationsQuery,
        response: { 200: ObligationsResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'municipality.obligations', { municipalityCode: user.municipalityCode });
      const asOf = request.query.asOf ?? ctx.today();
      const from = request.query.from ?? `${asOf.slice(0, 4)}-01-01`;
      const to = request.query.to ?? asOf;
      if (from > to) throw badRequest('querystring.from', 'from must not be after to');
      const ids = await citizenIdsOf(ctx.db, user.municipalityCode);
      const files = new Map<number, CaseFile>();
      for (let i = 0; i < ids.length; i += 1000) {
        for (const [id, f] of await loadCaseFiles(ctx.db, ids.slice(i, i + 1000))) files.set(id, f);
      }
      const report = municipalityObligations(files.values(), user.municipalityCode, from, to, asOf);
      // The case files name citizens by pseudonym; the page links to the case by id.
      const byPseudonym = new Map([...files].map(([id, f]) => [f.citizen.id, id]));
      const exemptions = report.exemptions.map((e) => ({
        ...e,
        citizenId: byPseudonym.get(e.citizen) ?? null,
      }));
      await auditRead(
        ctx,
        request,
        'municipality.obligations',
        exemptions.flatMap((e) => (e.citizenId === null ? [] : [e.citizenId])),
        { from, to, asOf },
      );
      return { ...report, exemptions, law: lawStatus(asOf) };
    },
  );
}
