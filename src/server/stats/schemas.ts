/** Schemas of the statistics routes: the report shape, periods, formats. */
import { z } from 'zod';
import { BREAKDOWNS } from '../../stats/measures/index.ts';
import type { ComparisonSpec } from '../../stats/reports.ts';

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ReportSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      caption: z.string().optional(),
      footnote: z.string().optional(),
      columns: z.array(z.string()),
      rows: z.array(z.array(Cell)),
      chart: z
        .object({
          xLabels: z.array(z.string()),
          yLabel: z.string(),
          series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
        })
        .optional(),
    }),
  ),
  notes: z.array(z.string()),
});

export const Format = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .describe('json (default), or a download: csv or xlsx');
export const Year = z.coerce.number().int().min(1990).max(2100).optional();
export const Period = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'expected a period like 2017, 2017-Q2 or 2017-06');

/** Default value column per comparison measure (as `jobcenter report comparison`). */
export const COMPARISON_VALUES: Record<ComparisonSpec['measure'], string> = {
  fuldtidspersoner: 'fte_pct',
  forloeb: 'avg_weeks',
  'status-efter': 'pct_wage',
  'delvise-raskmeldinger': 'partial_pct',
  aktiveringsgrad: 'activation_pct',
  'ordinaere-loentimer': 'pct',
  'tilgang-afgang': 'inflow',
  'manglende-aktiv-indsats': 'pct',
};

export const StatusSchema = z.object({
  present: z.boolean(),
  register: z
    .object({
      firstWeek: z.string(),
      lastWeek: z.string(),
      persons: z.number(),
      rows: z.number(),
      source: z.string(),
      createdAt: z.string(),
      years: z.array(z.number().int()),
    })
    .nullable(),
  generation: z.object({
    state: z.enum(['idle', 'generating', 'failed']),
    done: z.number().optional(),
    total: z.number().optional(),
    percent: z.number().optional(),
    startedAt: z.string().optional(),
    message: z.string().optional(),
  }),
});

export const MeasuresResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      titleDa: z.string(),
      titleEn: z.string(),
      description: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), label: z.string() })),
      breakdowns: z
        .array(z.enum(BREAKDOWNS))
        .describe("the breakdowns the measure offers (the comparison's `breakdown`)"),
    }),
  ),
});

export const YearQuery = (what: string) =>
  z.object({ year: Year.describe(`${what} (default: the register's last year)`), format: Format });

export const ComparisonQuery = z.object({
  measure: z
    .enum([
      'fuldtidspersoner',
      'forloeb',
      'status-efter',
      'delvise-raskmeldinger',
      'aktiveringsgrad',
      'ordinaere-loentimer',
      'tilgang-afgang',
      'manglende-aktiv-indsats',
    ])
    .default('fuldtidspersoner'),
  value: z
    .string()
    .regex(/^[a-z_0-9]+$/)
    .optional()
    .describe(
      'value column (default per measure: fte_pct, avg_weeks, pct_wage, partial_pct, activation_pct, pct, inflow, pct)',
    ),
  benefit: z
    .string()
    .regex(/^[a-z-]+$/)
    .default('sygedagpenge')
    .describe('benefit code (not used by delvise-raskmeldinger)'),
  periods: z
    .string()
    .default('2017-06,2018-06,2019-06,2020-04')
    .describe('comma-separated periods, baseline first (2017, 2017-Q2 or 2017-06)'),
  kind: z.enum(['month', 'quarter', 'year']).default('month'),
  breakdown: z
    .enum(BREAKDOWNS)
    .optional()
    .describe(
      "break each area down by age band, sex, origin, education level, visitationskategori (category) or the spell's duration so far (duration); the measure list says which a measure offers",
    ),
  format: Format,
});
