/**
 * POST /api/citizens/:id/spells: add a benefit spell (ydelsesforløb), also as a
 * transfer from an earlier spell, which is then closed the day before.
 */
import { closeSpellBefore, spellById } from '../../cases/citizens.ts';
import { StoreError, addSpell as storeSpell } from '../../cases/store.ts';
import type { Api, ApiContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { citizenFor, writeCase } from '../shared/citizen-access.ts';
import { CaseWritten } from './responses.ts';
import { AddSpellBody, CitizenParams } from './schemas.ts';
import { requireSpell } from './spells.ts';
import { spellView } from './views.ts';

export function addSpell(api: Api, ctx: ApiContext): void {
  api.post(
    '/api/citizens/:id/spells',
    {
      schema: {
        summary: 'Add a benefit spell (ydelsesforløb), also as a transfer from an earlier spell',
        tags: ['citizens'],
        params: CitizenParams,
        body: AddSpellBody,
        response: { 201: CaseWritten },
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
      const { result, version } = await writeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        async (trx) => {
          // A transfer closes the earlier spell the day before the new one starts.
          if (previous && (previous.end_date === null || previous.end_date >= s.start)) {
            await closeSpellBefore(trx, previous.id, s.start);
          }
          try {
            return await storeSpell(trx, {
              citizenId: citizen.id,
              benefit: s.benefit,
              targetGroup: s.targetGroup,
              subGroups: s.subGroups ?? [],
              flags: s.flags ?? [],
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
      const row = await spellById(ctx.db, result);
      return reply.status(201).send({ spell: spellView(row), version });
    },
  );
}
