/** Schemas of the Reformberegner route (docs/simulation.md § Web page). */
import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';
import { ReportSchema } from '../stats/schemas.ts';

export const SimulateBody = z
  .object({
    /** 'store': the municipality's own citizens; 'register': the server's register (the municipality's persons). */
    caseload: z.enum(['store', 'register']).default('store'),
    baseYear: z.number().int().min(1990).max(2100),
    /** Rule set B: the law in force on this date. */
    rulesAt: IsoDate,
    /** Rule set A (the baseline): the law in force on this date; or give `trial`. */
    vsRulesAt: IsoDate.optional(),
    /** Instead of `vsRulesAt`: B is `rulesAt` with this trial switched on for the municipality. */
    trial: z.string().min(1).optional(),
    exemptShare: z.number().min(0).max(0.25).optional(),
    interviewFactor: z.number().min(1).max(10).optional(),
    leverGroups: z.array(z.string()).optional(),
    /** Overrides of the cost assumptions (src/simulate/costs.ts). */
    assumptions: z.record(z.string(), z.unknown()).optional(),
    /** The report's language: row names, headings and notes (default Danish). */
    lang: z.enum(['da', 'en']).optional(),
  })
  .refine((b) => (b.vsRulesAt === undefined) !== (b.trial === undefined), {
    message: 'give exactly one of vsRulesAt and trial',
    path: ['vsRulesAt'],
  });

export const SimulateQuery = z.object({
  format: z.enum(['json', 'xlsx']).default('json').describe('json (default), or an XLSX download'),
});

/** The JSON answer: the report (the statistics report shape), the cases replayed, the two rule sets. */
export const SimulateResponse = z.object({
  report: ReportSchema,
  cases: z.number(),
  ruleSets: z.array(
    z.object({
      lawAt: z.string(),
      trial: z.object({ id: z.string(), municipality: z.string().optional() }).optional(),
    }),
  ),
});
