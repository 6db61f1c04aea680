/** Response schemas of the citizen routes: the case view and the citizen list (OpenAPI and the web types come from them). */
import { z } from 'zod';
import { DueNote } from '../shared/schemas.ts';

const Bilingual = z.object({ da: z.string(), en: z.string() });
/** Engine results are open objects: the engine may add fields without breaking the contract. */
const Obligation = z.looseObject({
  ruleId: z.string(),
  ruleTitle: Bilingual,
  kind: z.string(),
  legalRef: z.string(),
  spellId: z.string(),
  seq: z.number(),
  windowStart: z.string(),
  dueBy: z.string(),
  status: z.enum(['upcoming', 'due', 'overdue', 'met', 'waived']),
  metBy: z.string().optional(),
  late: z.boolean().optional(),
  trialId: z.string().optional(),
  /** An open deadline on a Saturday, Sunday or public holiday: the law does not move it. */
  dueNote: DueNote.optional(),
});
const Finding = z.looseObject({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: Bilingual,
  events: z.array(z.string()),
  trialId: z.string().optional(),
});
const TraceEntry = z.looseObject({
  ruleId: z.string().optional(),
  trialId: z.string().optional(),
  spellId: z.string().optional(),
  da: z.string(),
  en: z.string(),
});

export const SpellView = z.object({
  id: z.number(),
  benefit: z.string(),
  targetGroup: z.string(),
  subGroups: z.array(z.string()),
  /** Facts about the spell the rules read (SPELL_FLAGS). */
  flags: z.array(z.string()),
  start: z.string(),
  end: z.string().nullable(),
  transferredFromId: z.number().nullable(),
});

/** A stored event: its case-format fields, plus who recorded it and when. */
export const EventView = z.looseObject({
  id: z.number(),
  type: z.string(),
  date: z.string(),
  end: z.string().optional(),
  spellId: z.string().optional(),
  form: z.string().optional(),
  conductedBy: z.string().optional(),
  contentItems: z.array(z.string()).optional(),
  resetsClock: z.boolean().optional(),
  flags: z.array(z.string()).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  trialId: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.number().nullable(),
  recordedByName: z.string().nullable(),
});

export const CaseView = z.object({
  citizen: z.object({
    id: z.number(),
    name: z.string().nullable(),
    cpr: z.string().nullable(),
    pseudonym: z.string(),
    birthDate: z.string(),
    municipalityCode: z.string(),
    /** The municipality's name (reference data), shown instead of its code. */
    municipalityName: z.string(),
    teamId: z.number().nullable(),
    teamName: z.string().nullable(),
    caseworkerId: z.number().nullable(),
    caseworkerName: z.string().nullable(),
    version: z.number(),
  }),
  canWrite: z.boolean(),
  spells: z.array(SpellView),
  events: z.array(EventView),
  trialUses: z.array(
    z.object({
      id: z.number(),
      trialId: z.string(),
      eventId: z.number(),
      journalEventId: z.number().nullable(),
      documentation: z.string().nullable(),
      usedBy: z.number().nullable(),
      usedAt: z.string(),
    }),
  ),
  evaluation: z.object({
    asOf: z.string(),
    obligations: z.array(Obligation),
    findings: z.array(Finding),
    trace: z.array(TraceEntry),
    /** How far the law is encoded (src/rules/horizon.ts), for the banner. */
    law: z.object({
      asOf: z.string(),
      encodedUntil: z.string(),
      encoded: z.boolean(),
      message: Bilingual,
    }),
  }),
});

export const CitizenList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string().nullable(),
      cprMasked: z.string().nullable(),
      pseudonym: z.string(),
      targetGroup: z.string().nullable(),
      benefit: z.string().nullable(),
      teamName: z.string().nullable(),
      caseworkerName: z.string().nullable(),
      version: z.number(),
    }),
  ),
  total: z.number(),
});

/**
 * What a write answers: the case's new version (the next write's expectedVersion)
 * and what was written (the event, spell, ratio or trial use; open: the web app
 * reads the version).
 */
export const CaseWritten = z.looseObject({ version: z.number() });
