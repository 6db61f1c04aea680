/** GET /api/citizens: list and search the citizens of the user's municipality. */
import { type CitizenSearch, searchCitizens } from '../../cases/citizens.ts';
import { maskCpr } from '../../cases/cpr.ts';
import { authorize, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, requireUser } from '../context.ts';
import { auditRead } from '../shared/audit.ts';
import { CitizenList, ListQuery } from './schemas.ts';

/**
 * What a search term matches: analysts search pseudonyms only; others a CPR
 * prefix (digits, dashes ignored) or a part of the name.
 */
function searchTerm(term: string | undefined, identity: boolean): CitizenSearch['term'] {
  if (!term) return undefined;
  const digits = term.replace(/-/g, '');
  if (!identity) return { by: 'pseudonym', value: term };
  if (/^\d{1,10}$/.test(digits)) return { by: 'cpr', value: digits };
  return { by: 'name', value: term };
}

export function list(api: Api, ctx: ApiContext): void {
  api.get(
    '/api/citizens',
    {
      schema: {
        summary: 'List and search the citizens of your municipality',
        tags: ['citizens'],
        querystring: ListQuery,
        response: { 200: CitizenList },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'citizen.list', { municipalityCode: user.municipalityCode });
      const identity = seesIdentity(user);
      const { q, limit, offset, teamId, mine } = request.query;
      const term = q?.trim();
      const { total, rows } = await searchCitizens(ctx.db, {
        municipalityCode: user.municipalityCode,
        teamId,
        caseworkerId: mine === 'true' ? user.id : undefined,
        term: searchTerm(term, identity),
        limit,
        offset,
      });
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
        total,
      };
    },
  );
}
