/**
 * Citizens and their cases: listing, the case view with the engine's
 * evaluation, and the writes (events, spells, offers). Every read of citizen
 * data is audited; every write goes through `writeCase` (src/cases/write.ts:
 * version check, audit and change announcement in one transaction).
 */
import type { FastifyInstance } from 'fastify';
import { type ApiContext, typed } from '../context.ts';
import { addSpell } from './add-spell.ts';
import { endSpell } from './end-spell.ts';
import { list } from './list.ts';
import { read } from './read.ts';
import { recordEvent } from './record-event.ts';
import { recordOffer } from './record-offer.ts';

export function citizensRouter(app: FastifyInstance, ctx: ApiContext): void {
  const api = typed(app);
  list(api, ctx);
  read(api, ctx);
  recordEvent(api, ctx);
  addSpell(api, ctx);
  endSpell(api, ctx);
  recordOffer(api, ctx);
}
