/** PATCH /api/citizens/:id/spells/:spellId: end a benefit spell (or reopen it with end null). */
import { setSpellEnd, spellById } from '../../cases/citizens.ts';
import type { Api, ApiContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { citizenFor, writeCase } from '../shared/citizen-access.ts';
import { CaseWritten } from './responses.ts';
import { EndSpellBody, SpellParams } from './schemas.ts';
import { requireSpell } from './spells.ts';
import { spellView } from './views.ts';

export function endSpell(api: Api, ctx: ApiContext): void {
  api.patch(
    '/api/citizens/:id/spells/:spellId',
    {
      schema: {
        summary: 'End a benefit spell',
        tags: ['citizens'],
        params: SpellParams,
        body: EndSpellBody,
        response: { 200: CaseWritten },
      },
    },
    async (request) => {
      const { citizen } = await citizenFor(ctx, request, request.params.id, 'citizen.write');
      const spell = await requireSpell(ctx, citizen.id, request.params.spellId, 'params.spellId');
      const end = request.body.end;
      if (end && end < spell.start_date) {
        throw badRequest('body.end', `must not be before the spell's start ${spell.start_date}`);
      }
      const { version } = await writeCase(
        ctx,
        request,
        citizen,
        request.body.expectedVersion,
        (trx) => setSpellEnd(trx, spell.id, end),
        () => ({
          action: 'spell.update',
          detail: { spellId: spell.id, end, previousEnd: spell.end_date },
        }),
      );
      const row = await spellById(ctx.db, spell.id);
      return { spell: spellView(row), version };
    },
  );
}
