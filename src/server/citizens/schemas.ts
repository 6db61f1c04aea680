/** Input schemas of the citizen routes and the lists they check against. */
import { z } from 'zod';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import {
  CERTIFICATES,
  EVENT_TYPES,
  INTERVIEW_FORMS,
  INTERVIEW_TYPES,
  OFFER_KINDS,
  PLAN_TYPES,
  RATIO_OFFER_KINDS,
  SPELL_FLAGS,
} from '../../rules/vocabulary.ts';
import { ExpectedVersion, IdParam, IsoDate } from '../shared/schemas.ts';

/** The offer kinds that count toward the forholdstal (BAB § 65 / § 83). */
export const RATIO_KINDS: ReadonlySet<string> = new Set(RATIO_OFFER_KINDS);
const INTERVIEWS: ReadonlySet<string> = new Set(INTERVIEW_TYPES);

/** Longest free text in one field (journal note, documentation). */
export const MAX_FREE_TEXT = 10_000;
const MAX_DETAILS = 20_000;

const NextAgreement = z.object({
  form: z.enum(INTERVIEW_FORMS),
  date: IsoDate,
  content: z.array(z.string().min(1).max(200)).max(20).optional(),
});

const EventFields = z.object({
  type: z.enum(EVENT_TYPES),
  date: IsoDate,
  end: IsoDate.optional(),
  spellId: z.string().regex(/^\d+$/, 'expected a spell id').optional(),
  /** samtaleform */
  form: z.enum(INTERVIEW_FORMS).optional(),
  conductedBy: z.string().min(1).max(200).optional(),
  contentItems: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** nulstillende */
  resetsClock: z.boolean().optional(),
  flags: z.array(z.string().min(1).max(100)).max(20).optional(),
  /** The agreement for the next interview: form, date, content. */
  nextAgreement: NextAgreement.optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  trialId: z.string().min(1).max(100).optional(),
  /** journalnotat documenting the use of a trial exemption (required with trialId). */
  journalNote: z.string().trim().min(1).max(10_000).optional(),
});

type Issue = (path: (string | number)[], message: string) => void;
type EventFields = z.infer<typeof EventFields>;
type Details = Record<string, unknown>;

function checkCertificate(e: EventFields, d: Details, issue: Issue): void {
  if (!CERTIFICATES.includes(d.certificate as (typeof CERTIFICATES)[number])) {
    issue(['details', 'certificate'], `expected one of ${CERTIFICATES.join(', ')}`);
  }
  if (d.priceDkk !== undefined && !(typeof d.priceDkk === 'number' && d.priceDkk >= 0)) {
    issue(['details', 'priceDkk'], 'expected a price in DKK, 0 or more');
  }
  if (d.requestedOn !== undefined) {
    const r = IsoDate.safeParse(d.requestedOn);
    if (!r.success) issue(['details', 'requestedOn'], 'expected a date written YYYY-MM-DD');
    else if (r.data > e.date) issue(['details', 'requestedOn'], 'must not be after date');
  }
}

function checkPlan(d: Details, issue: Issue): void {
  if (!PLAN_TYPES.includes(d.planType as (typeof PLAN_TYPES)[number])) {
    issue(['details', 'planType'], `expected one of ${PLAN_TYPES.join(', ')}`);
  }
  const h = d.horizonMonths;
  if (!(typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= 60)) {
    issue(['details', 'horizonMonths'], 'expected the plan horizon in whole months, 1–60');
  }
}

/**
 * Free text has limits (docs/api.md): a journal note or documentation text
 * at most 10,000 characters, the details as a whole 20,000.
 */
function checkFreeTextLimits(d: Details, issue: Issue): void {
  for (const [key, value] of Object.entries(d)) {
    if (typeof value === 'string' && value.length > MAX_FREE_TEXT) {
      issue(['details', key], `at most ${MAX_FREE_TEXT} characters (${value.length} given)`);
    }
  }
  if (JSON.stringify(d).length > MAX_DETAILS) {
    issue(['details'], `the details may take at most ${MAX_DETAILS} characters`);
  }
}

/** What the details of each event type must hold. */
function checkDetails(e: EventFields, issue: Issue): void {
  const d = e.details ?? {};
  checkFreeTextLimits(d, issue);
  if (e.type === 'certificate-requested' || e.type === 'certificate-received') {
    checkCertificate(e, d, issue);
  }
  if (e.type === 'plan') checkPlan(d, issue);
  if (e.type === 'journal-note' && !(typeof d.text === 'string' && d.text.trim().length > 0)) {
    issue(['details', 'text'], 'a journal note needs its text');
  }
  if (e.type === 'person-group-marker') {
    if (!(typeof d.marker === 'string' && d.marker.trim()) && !e.trialId) {
      issue(['details', 'marker'], 'a person-group marker needs a marker name or a trialId');
    }
  }
}

function checkEvent(e: EventFields, issue: Issue): void {
  if (e.end && e.end < e.date) issue(['end'], 'end must not be before date');
  if (e.type === 'offer') {
    issue(['type'], 'offers are recorded with POST /api/citizens/:id/offers (forholdstal check)');
  }
  if (!INTERVIEWS.has(e.type)) {
    if (e.form) issue(['form'], `form applies to interviews only, not ${e.type}`);
    if (e.nextAgreement) issue(['nextAgreement'], 'applies to interviews only');
  }
  if (e.nextAgreement && e.nextAgreement.date < e.date) {
    issue(['nextAgreement', 'date'], 'the next interview must not be before this one');
  }
  checkDetails(e, issue);
  if (e.type === 'exemption-decision') {
    // The decision documents the exemption it switches on (docs/trials.md): who, when, which trial, why.
    if (!e.trialId) issue(['trialId'], 'an exemption decision must name the trial it uses');
    if (!e.conductedBy?.trim()) issue(['conductedBy'], 'an exemption decision names who made it');
    const reason = e.details?.reason;
    if (!(typeof reason === 'string' && reason.trim().length > 0)) {
      issue(['details', 'reason'], 'an exemption decision gives its reason');
    }
    return;
  }
  if (e.trialId && !e.journalNote && e.type !== 'journal-note') {
    issue(['journalNote'], 'using a trial exemption requires a journal note documenting it');
  }
}

export const EventInput = EventFields.superRefine((e, ctx) =>
  checkEvent(e, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);

export const SpellInput = z.object({
  benefit: z.string().min(1).max(100),
  targetGroup: z.enum(TARGET_GROUP_CODES),
  subGroups: z.array(z.string().min(1).max(100)).max(20).optional(),
  /** Facts about the spell the rules read, e.g. 'expected-over-8-weeks' (docs/case-format.md). */
  flags: z.array(z.enum(SPELL_FLAGS)).max(SPELL_FLAGS.length).optional(),
  start: IsoDate,
  end: IsoDate.optional(),
  /** The spell this one continues (e.g. sygedagpenge → jobafklaring); it is closed the day before. */
  transferredFromId: z.number().int().positive().optional(),
});

export const OfferInput = z
  .object({
    kind: z.enum(OFFER_KINDS),
    start: IsoDate,
    end: IsoDate,
    employerId: z.number().int().positive().optional(),
    hoursPerWeek: z.number().positive().max(80).optional(),
    spellId: z.string().regex(/^\d+$/).optional(),
    trialId: z.string().min(1).max(100).optional(),
    journalNote: z.string().trim().min(1).max(10_000).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.end < o.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'before start' });
    if (RATIO_KINDS.has(o.kind) && o.employerId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['employerId'],
        message: `a ${o.kind} needs the employer (the forholdstal is checked against it)`,
      });
    }
  });

export const ListQuery = z.object({
  q: z.string().max(100).optional(),
  teamId: z.coerce.number().int().positive().optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  reason: z.string().max(200).optional(),
});

export const ReadQuery = z.object({
  asOf: IsoDate.optional(),
  reveal: z.enum(['cpr']).optional(),
  reason: z.string().max(200).optional(),
});

export const CitizenParams = z.object({ id: IdParam });
export const SpellParams = z.object({ id: IdParam, spellId: IdParam });

export const RecordEventBody = z.object({
  expectedVersion: ExpectedVersion,
  event: EventInput,
  reason: z.string().max(200).optional(),
});
export const AddSpellBody = z.object({ expectedVersion: ExpectedVersion, spell: SpellInput });
export const EndSpellBody = z.object({ expectedVersion: ExpectedVersion, end: IsoDate.nullable() });
export const RecordOfferBody = z.object({ expectedVersion: ExpectedVersion, offer: OfferInput });
