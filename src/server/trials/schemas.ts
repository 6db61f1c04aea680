/** Input schemas of the trial administration routes. */
import { z } from 'zod';
import { TARGET_GROUP_CODES } from '../../reference/target-groups.ts';
import { IsoDate } from '../shared/schemas.ts';

export const TrialParams = z.object({ trialId: z.string().min(1).max(100) });

export const EnableBody = z.object({
  targetGroups: z.array(z.enum(TARGET_GROUP_CODES)).min(1),
  start: IsoDate,
  end: IsoDate.nullable().optional(),
});

export const DisableBody = z.object({ end: IsoDate.optional() }).optional();

const Bilingual = z.object({ da: z.string(), en: z.string() });
const Participation = z.object({
  code: z.string(),
  name: z.string(),
  /** Trial part (A/B) where the trial has parts. */
  part: z.string().nullable(),
  start: z.string(),
  end: z.string().nullable(),
  targetGroups: z.array(z.string()),
});

/** The trials of the catalogue (src/rules/catalog-view.ts `summariseTrial`) with the municipality's use. */
export const TrialList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: Bilingual,
      legalBasis: z.string(),
      municipalities: z.array(Participation),
      period: z.object({ start: z.string(), end: z.string().nullable() }),
      targetGroups: z.array(z.string()),
      rulesAffected: z.array(z.string()),
      /** false for a trial that was approved but never put into effect. */
      started: z.boolean(),
      decision: z.string().nullable(),
      /** Whether the user's municipality takes part in the trial. */
      participant: z.boolean(),
      participation: z.array(Participation),
      enabled: z.array(
        z.object({
          id: z.number(),
          start: z.string(),
          end: z.string().nullable(),
          targetGroups: z.array(z.string()),
          enabledAt: z.string(),
        }),
      ),
      /** Exemption uses recorded in the municipality. */
      uses: z.number(),
    }),
  ),
});

export const TrialEnabled = z.object({
  enabled: z.object({
    id: z.number(),
    trialId: z.string(),
    start: z.string(),
    end: z.string().nullable(),
    targetGroups: z.array(z.string()),
  }),
});

export const TrialDisabled = z.object({ trialId: z.string(), end: z.string().nullable() });
