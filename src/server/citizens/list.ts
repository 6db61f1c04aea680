/** GET /api/citizens: list and search the citizens of the user's municipality. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CitizenSearch, searchCitizens } from '../../cases/citizens.ts';
import { maskCpr } from '../../cases/cpr.ts';
import { authorize, POLICY, type SessionUser, seesIdentity } from '../access.ts';
import { type Api, type ApiContext, accessReason, requireUser } from '../context.ts';
import { ApiError } from '../errors.ts';
import { auditRead } from '../shared/audit.ts';
import { CitizenList } from './responses.ts';
import { ListQuery } from './schemas.ts';

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

/**
 * CPR search follows the rule for revealing a CPR number (need-to-know): the
 * birth date (up to 6 digits) is shown masked to everyone who sees identities,
 * so it may be searched across the municipality; more digits only among the
 * citizens whose CPR number the user may see (caseworkers and team leaders:
 * their own team; administrators: none). Outside that scope a full number
 * answers as if not found, so narrowing a prefix reveals nothing. Such
 * searches are throttled per user and audited without the digits.
 */
function cprScope(user: SessionUser, requestedTeam: number | undefined): number | null | 'all' {
  const grant = POLICY['citizen.read-cpr'][user.role];
  if (grant === 'yes') return 'all';
  if (grant === 'no' || user.teamId === null) return null;
  if (requestedTeam !== undefined && requestedTeam !== user.teamId) return null;
  return user.teamId;
}

/**
 * The scope of a CPR search beyond the birth date, after the per-user
 * throttle (429 with Retry-After when exceeded; the refusal is audited).
 */
async function cprSearchScope(
  ctx: ApiContext,
  request: FastifyRequest,
  reply: FastifyReply,
  user: SessionUser,
  digits: number,
  teamId: number | undefined,
): Promise<{ teamId: number | undefined; outOfScope: boolean }> {
  const wait = ctx.cprSearches.take(String(user.id));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    await ctx.audit.append([
      {
        userId: user.id,
        action: 'citizen.search-throttled',
        detail: { search: 'cpr', digits },
        reason: accessReason(request),
      },
    ]);
    reply.header('retry-after', String(seconds));
    throw new ApiError(429, 'throttled', `too many CPR searches; try again in ${seconds} s`, {
      retryAfterSeconds: seconds,
      scope: 'cpr-search',
    });
  }
  const scope = cprScope(user, teamId);
  if (scope === null) return { teamId, outOfScope: true };
  return { teamId: scope === 'all' ? teamId : scope, outOfScope: false };
}

/** The audit names what kind of search it was, never the CPR digits. */
async function auditSearch(
  ctx: ApiContext,
  request: FastifyRequest,
  search: CitizenSearch['term'],
  term: string | undefined,
  cprSearch: boolean,
  found: number[],
): Promise<void> {
  const searched =
    search?.by === 'cpr'
      ? { search: 'cpr', digits: search.value.length }
      : search?.by === 'name'
        ? { search: 'name', q: term }
        : search
          ? { search: 'pseudonym' }
          : {};
  await auditRead(ctx, request, cprSearch ? 'citizen.search-cpr' : 'citizen.list', found, searched);
  // A CPR search that found nobody is audited too (the attempt is the point).
  if (cprSearch && found.length === 0) {
    await ctx.audit.append([
      {
        userId: requireUser(request).id,
        action: 'citizen.search-cpr',
        detail: { ...searched, found: 0 },
        reason: accessReason(request),
      },
    ]);
  }
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
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'citizen.list', { municipalityCode: user.municipalityCode });
      const identity = seesIdentity(user);
      const { q, limit, offset, teamId, mine } = request.query;
      const term = q?.trim();
      const search = searchTerm(term, identity);
      const beyondBirthDate = search?.by === 'cpr' && search.value.length > 6;
      const scope = beyondBirthDate
        ? await cprSearchScope(ctx, request, reply, user, search.value.length, teamId)
        : { teamId, outOfScope: false };
      const { outOfScope } = scope;
      const scopeTeam = scope.teamId;
      const { total, rows } = outOfScope
        ? { total: 0, rows: [] }
        : await searchCitizens(ctx.db, {
            municipalityCode: user.municipalityCode,
            teamId: scopeTeam,
            caseworkerId: mine === 'true' ? user.id : undefined,
            term: search,
            limit,
            offset,
          });
      await auditSearch(
        ctx,
        request,
        search,
        term,
        beyondBirthDate,
        rows.map((r) => r.id),
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
