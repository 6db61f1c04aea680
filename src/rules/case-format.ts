/**
 * The JSON interchange format for one citizen's case (docs/case-format.md).
 *
 * This zod schema is the single source of truth: the rules engine evaluates
 * it, the case store projects its event log into it, and the JSON Schema in
 * docs/schemas/case.schema.json is generated from it.
 */

import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.ts';
import { BENEFIT_CODES, benefitByCode, isBenefitCode } from '../reference/benefits.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { TARGET_GROUP_CODES } from '../reference/target-groups.ts';
import { EVENT_TYPES, INTERVIEW_FORMS } from './vocabulary.ts';

export { EVENT_TYPES, INTERVIEW_FORMS } from './vocabulary.ts';

/**
 * A calendar date without time zone, written YYYY-MM-DD: the one date validator
 * (the calendar's `isIsoDate`), used by the case format, the server and the CLI.
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isIsoDate, 'not a real calendar date');

export const TargetGroupSchema = z.enum(TARGET_GROUP_CODES);

/** Interview form (samtaleform): the list is in vocabulary.ts. */
export const InterviewFormSchema = z.enum(INTERVIEW_FORMS);
export type InterviewForm = z.infer<typeof InterviewFormSchema>;

export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

export const CaseEventSchema = z.object({
  id: z.string().min(1),
  type: EventTypeSchema,
  date: IsoDateSchema,
  /** Last day of a period event (offer, parental leave, course), inclusive. */
  end: IsoDateSchema.optional().describe(
    'Last day of a period event (offer, parental leave, course), inclusive.',
  ),
  /** The spell the event belongs to; when absent the engine uses the event date. */
  spellId: z
    .string()
    .optional()
    .describe('The spell the event belongs to; when absent the engine uses the event date.'),
  form: InterviewFormSchema.optional().describe(
    'Samtaleform; an interview without a form is taken to be in person.',
  ),
  /** Who held the interview or did the act: a role or a user reference. */
  conductedBy: z
    .string()
    .optional()
    .describe('Who held the interview or did the act: a role or a user reference.'),
  /** Content items covered (e.g. 'job-search-follow-up', 'cv-check'). */
  contentItems: z
    .array(z.string())
    .optional()
    .describe("Content items covered (e.g. 'job-search-follow-up', 'cv-check')."),
  /** Whether the interview is registered as nulstillende (resets the interval clock). */
  resetsClock: z
    .boolean()
    .optional()
    .describe('Whether the interview is registered as nulstillende (resets the interval clock).'),
  /** Trial this event invokes (e.g. a journal note citing the trial). */
  trialId: z
    .string()
    .optional()
    .describe('Trial this event invokes (e.g. a journal note citing the trial).'),
  /** Markers on the event, e.g. 'major-decision'. */
  flags: z.array(z.string()).optional().describe("Markers on the event, e.g. 'major-decision'."),
  /** Free-form, type-specific details (offer kind, certificate code, plan horizon, …). */
  details: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Free-form, type-specific details (offer kind, certificate code, plan horizon, …).'),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

export const BenefitSpellSchema = z.object({
  id: z.string().min(1),
  /** ydelse code, see src/reference/benefits.ts */
  benefit: z
    .string()
    .refine((code) => isBenefitCode(code), {
      message: `unknown benefit code; one of ${BENEFIT_CODES.join(', ')}`,
    })
    .describe('ydelse code, see src/reference/benefits.ts'),
  /** målgruppe */
  targetGroup: TargetGroupSchema.describe('målgruppe'),
  /** Sub-groups such as 'seasonal-worker' or 'job-within-8-weeks'. */
  subGroups: z
    .array(z.string())
    .optional()
    .describe("Sub-groups such as 'seasonal-worker' or 'job-within-8-weeks'."),
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  /** The spell this one continues, e.g. sygedagpenge → jobafklaring. */
  transferredFrom: z
    .string()
    .optional()
    .describe('The spell this one continues, e.g. sygedagpenge → jobafklaring.'),
  /** Facts about the spell, e.g. 'expected-over-8-weeks', 'recovery-within-8-weeks'. */
  flags: z
    .array(z.string())
    .optional()
    .describe("Facts about the spell, e.g. 'expected-over-8-weeks', 'recovery-within-8-weeks'."),
});
export type BenefitSpell = z.infer<typeof BenefitSpellSchema>;

export const EnabledTrialSchema = z.object({
  trialId: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  targetGroups: z.array(TargetGroupSchema).optional(),
  /** Local variant options named in the sources. */
  variant: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Local variant options named in the sources.'),
  /** Ids of the trial's named local variants that apply to this case. */
  variants: z
    .array(z.string())
    .optional()
    .describe("Ids of the trial's named local variants that apply to this case."),
  /** The person named as professionally responsible for waivers. */
  responsible: z
    .string()
    .optional()
    .describe('The person named as professionally responsible for waivers.'),
});
export type EnabledTrial = z.infer<typeof EnabledTrialSchema>;

const CaseFileShape = z.object({
  formatVersion: z.literal(1),
  /** kommunekode, three digits */
  municipality: z
    .string()
    .regex(/^\d{3}$/, 'expected a three-digit kommunekode')
    .describe('kommunekode, three digits'),
  citizen: z.object({
    /** A pseudonymous id: never a CPR number. */
    id: z.string().min(1).describe('A pseudonymous id: never a CPR number.'),
    birthDate: IsoDateSchema,
    /**
     * Facts the rules read, e.g. 'no-upper-secondary-education',
     * 'single-provider', 'qualifying-education'.
     */
    facts: z
      .array(z.string())
      .optional()
      .describe(
        "Facts the rules read, e.g. 'no-upper-secondary-education', 'single-provider', 'qualifying-education'.",
      ),
  }),
  spells: z.array(BenefitSpellSchema),
  events: z.array(CaseEventSchema),
  /** Trials the municipality has enabled (overlays). */
  trials: z
    .array(EnabledTrialSchema)
    .default([])
    .describe('Trials the municipality has enabled (overlays).'),
});

type CaseShape = z.infer<typeof CaseFileShape>;
type Issue = { path: (string | number)[]; message: string };

/**
 * What the engine must refuse although each field is well-formed on its own
 * (issue #11): the case must make sense as a whole before any deadline is
 * computed from it. One issue per problem, naming the field.
 */
export function crossFieldIssues(c: CaseShape): Issue[] {
  const out: Issue[] = [];
  if (!municipalityByCode(c.municipality)) {
    out.push({ path: ['municipality'], message: `unknown kommunekode ${c.municipality}` });
  }
  const spellIds = new Map<string, number>();
  c.spells.forEach((sp, i) => {
    const first = spellIds.get(sp.id);
    if (first !== undefined)
      out.push({
        path: ['spells', i, 'id'],
        message: `duplicate spell id "${sp.id}" (also spells[${first}])`,
      });
    else spellIds.set(sp.id, i);
    if (sp.end !== undefined && sp.end < sp.start)
      out.push({
        path: ['spells', i, 'end'],
        message: `the spell ends (${sp.end}) before it starts (${sp.start})`,
      });
    const b = benefitByCode(sp.benefit);
    if (b && !b.targetGroups.includes(sp.targetGroup)) {
      const fits =
        b.targetGroups.length > 0
          ? `fits ${b.targetGroups.join(', ')}`
          : 'has no LAB § 6 target group';
      out.push({
        path: ['spells', i, 'benefit'],
        message: `${sp.benefit} does not fit target group ${sp.targetGroup} (${fits})`,
      });
    }
    if (sp.transferredFrom !== undefined && !c.spells.some((o) => o.id === sp.transferredFrom))
      out.push({
        path: ['spells', i, 'transferredFrom'],
        message: `no spell has the id "${sp.transferredFrom}"`,
      });
  });
  // Two spells of the same benefit on the same day would count one interview twice.
  for (let i = 0; i < c.spells.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = c.spells[i]!;
      const b = c.spells[j]!;
      if (a.benefit !== b.benefit) continue;
      const overlap = a.start <= (b.end ?? '9999-12-31') && b.start <= (a.end ?? '9999-12-31');
      if (overlap)
        out.push({
          path: ['spells', i, 'start'],
          message: `overlaps spells[${j}] ("${b.id}") of the same benefit ${a.benefit}; end one spell before the next starts`,
        });
    }
  }
  const eventIds = new Map<string, number>();
  c.events.forEach((ev, i) => {
    const first = eventIds.get(ev.id);
    if (first !== undefined)
      out.push({
        path: ['events', i, 'id'],
        message: `duplicate event id "${ev.id}" (also events[${first}])`,
      });
    else eventIds.set(ev.id, i);
    if (ev.spellId !== undefined && !spellIds.has(ev.spellId))
      out.push({ path: ['events', i, 'spellId'], message: `no spell has the id "${ev.spellId}"` });
    const next = ev.details?.nextInterviewBy;
    if (next !== undefined && (typeof next !== 'string' || !IsoDateSchema.safeParse(next).success))
      out.push({
        path: ['events', i, 'details', 'nextInterviewBy'],
        message: 'expected a real date written YYYY-MM-DD',
      });
    if (ev.type === 'exemption-decision' && !ev.trialId)
      out.push({
        path: ['events', i, 'trialId'],
        message: 'an exemption decision must name the trial it uses',
      });
    if (ev.end !== undefined && ev.end < ev.date)
      out.push({
        path: ['events', i, 'end'],
        message: `the period ends (${ev.end}) before it starts (${ev.date})`,
      });
  });
  c.trials.forEach((t, i) => {
    if (t.end !== undefined && t.end < t.start)
      out.push({
        path: ['trials', i, 'end'],
        message: `the trial period ends (${t.end}) before it starts (${t.start})`,
      });
  });
  return out;
}

export const CaseFileSchema = CaseFileShape.superRefine((c, ctx) => {
  for (const issue of crossFieldIssues(c)) ctx.addIssue({ code: 'custom', ...issue });
});
export type CaseFile = z.infer<typeof CaseFileSchema>;
