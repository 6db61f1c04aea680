/**
 * What an analyst may receive, enforced in one place for every response
 * (docs/privacy.md): no citizen names, no CPR numbers (not even masked), no
 * free text, no full birth dates. The routes already leave most of it out;
 * this hook is the guarantee, so a new route or a new field cannot leak it.
 * It runs on the serialised JSON of every /api response to an analyst.
 *
 * Data minimisation (databeskyttelsesforordningen art. 5(1)(c)): analysis
 * needs the pseudonym, dates of events and an age, not identity or notes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Free text written by a caseworker: may name anyone, so never sent to an analyst. */
const FREE_TEXT_ANYWHERE = new Set([
  'journalNote',
  'conductedBy',
  'documentation',
  'note',
  'comment',
]);
/**
 * Inside a case event (an object with `type` and `date`), these are free text too.
 * `notes` is here, not above: outside case data it is the statistics reports'
 * own notes (lookback, suppression, edge periods), which an analyst needs.
 */
const FREE_TEXT_IN_EVENT = new Set(['text', 'content', 'employer', 'employerName', 'notes']);
/** Identity of a citizen: sent as null. */
const IDENTITY = new Set(['cpr', 'cprMasked', 'citizenName']);

/**
 * A citizen, or an employer: a sole proprietorship (enkeltmandsvirksomhed)
 * carries its owner's name, so an employer's name is withheld too (the CVR
 * number and the id identify it for analysis).
 */
function isCitizenShaped(o: Record<string, unknown>): boolean {
  return 'pseudonym' in o || 'cpr' in o || 'cprMasked' in o || 'cvr' in o;
}

function isEvent(o: Record<string, unknown>): boolean {
  return typeof o.type === 'string' && typeof o.date === 'string';
}

/** Returns the value with everything an analyst may not see removed. */
export function analystView(value: unknown, inEvent = false, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => analystView(v, inEvent, depth + 1));
  const o = value as Record<string, unknown>;
  const event = inEvent || isEvent(o);
  const citizen = isCitizenShaped(o);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(o)) {
    if (FREE_TEXT_ANYWHERE.has(key)) continue;
    if (event && FREE_TEXT_IN_EVENT.has(key)) continue;
    if (IDENTITY.has(key) || (citizen && key === 'name')) {
      out[key] = null;
      continue;
    }
    if (key === 'birthDate' && typeof v === 'string') {
      // The year is enough for analysis (age groups); the full date identifies.
      out.birthYear = Number(v.slice(0, 4));
      continue;
    }
    // An agreement about the next interview is free text apart from its form and date.
    if (key === 'nextAgreement' && v && typeof v === 'object') {
      const { form, date } = v as Record<string, unknown>;
      out[key] = { form, date };
      continue;
    }
    out[key] = analystView(v, event, depth + 1);
  }
  return out;
}

function isJson(reply: FastifyReply): boolean {
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('application/json');
}

/** Registers the hook: every JSON response under /api to an analyst passes through analystView. */
export function enforceAnalystView(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply, payload) => {
    if (request.user?.role !== 'analyst' || !request.url.startsWith('/api/')) return payload;
    if (typeof payload !== 'string' || !isJson(reply)) return payload;
    try {
      return JSON.stringify(analystView(JSON.parse(payload)));
    } catch {
      return payload;
    }
  });
}
