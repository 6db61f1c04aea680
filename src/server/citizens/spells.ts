/** A spell of the citizen named in the request, or the error naming the field. */
import { findSpell } from '../../cases/citizens.ts';
import type { ApiContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';

export async function requireSpell(
  ctx: ApiContext,
  citizenId: number,
  spellId: number,
  path: string,
) {
  const spell = await findSpell(ctx.db, citizenId, spellId);
  if (!spell) {
    if (path.startsWith('params')) throw notFound(`spell ${spellId} of citizen ${citizenId}`);
    throw badRequest(path, `no spell ${spellId} on this case`);
  }
  return spell;
}
