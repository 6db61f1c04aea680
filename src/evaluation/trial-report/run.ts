/**
 * `jobcenter evaluate trial`: design from the trial's scope, spells from the
 * register, analysis, and the files (report.html, report.pdf, effects.csv,
 * report.json) in the output directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRIALS, trialById } from '../../rules/trials/index.ts';
import { loadRegisterCaseload } from '../../simulate/caseload/register.ts';
import { trialProcessChange } from '../../simulate/trial-effect.ts';
import {
  DEFAULT_TRIAL_COST_ASSUMPTIONS,
  type TrialCostAssumptions,
  trialCostBenefit,
} from '../costs.ts';
import {
  analyseTrial,
  TRIAL_OUTCOMES,
  type TrialData,
  type TrialOutcome,
  type TrialReport,
  type Window,
} from './analysis.ts';
import { type CheckedTrialReport, designChecks } from './checks.ts';
import { autoComparison, givenComparison, loadTrialData, openTrialRegister } from './data.ts';
import { type TrialDesign, type TrialDesignOptions, trialDesign } from './design.ts';
import { chromiumPath, printPdf } from './pdf.ts';
import {
  effectsCsv,
  type Lang,
  renderTrialReportHtml,
  reportJson,
  subgroupsCsv,
} from './render.ts';

export interface TrialReportOptions extends TrialDesignOptions {
  readonly trialId: string;
  readonly register: string;
  /** Kommunekoder, or 'auto' (nearest neighbours; the default). */
  readonly comparison?: readonly string[] | 'auto';
  /** Comparison municipalities per treated one with 'auto' (default 2). */
  readonly perTreated?: number;
  readonly outcomes?: readonly TrialOutcome[];
  readonly level?: number;
  readonly lang?: Lang;
  /** Output directory; nothing is written without it. */
  readonly out?: string;
  /** false: skip the PDF even when Chromium is present. */
  readonly pdf?: boolean;
  /** Half-years before the start loaded for the event study and the placebo (default max(4, before)). */
  readonly eventStudyHalfYears?: number;
  /** Window of the event study, trends, placebo, sensitivity and subgroups (default 3: months 7–9). */
  readonly primaryWindow?: Window;
  /** Wild bootstrap replications (default 9999; 0 = none). */
  readonly replications?: number;
  readonly costAssumptions?: Partial<TrialCostAssumptions>;
}

/**
 * The trial's simulated process change per treated municipality (the register's
 * persons, base year = the year the municipality started, the law of that day),
 * so that cost and effect sit on one page. Unweighted: persons of the register.
 */
async function simulatedProcessChange(
  register: string,
  design: { trialId: string; treated: readonly { code: string; start: string }[] },
): Promise<TrialReport['processChange']> {
  const out: NonNullable<TrialReport['processChange']>[number][] = [];
  for (const m of design.treated) {
    const baseYear = Number(m.start.slice(0, 4));
    const caseload = await loadRegisterCaseload(register, baseYear, {
      municipality: m.code,
      weight: 1,
    });
    out.push(
      trialProcessChange(caseload.cases, {
        trialId: design.trialId,
        municipality: m.code,
        lawAt: m.start,
        baseYear,
      }),
    );
  }
  return out;
}

export interface TrialReportRun {
  readonly report: CheckedTrialReport;
  /** The spells the report was computed from (pseudonymous ids; not written to disk). */
  readonly data: TrialData;
  readonly html: string;
  readonly files: readonly string[];
  /** Set when the PDF was wanted but could not be made. */
  readonly pdfNotice?: string;
}

export async function buildTrialReport(options: TrialReportOptions): Promise<TrialReportRun> {
  const trial = trialById(options.trialId);
  if (!trial) {
    throw new Error(
      `unknown trial "${options.trialId}" (known: ${TRIALS.map((t) => t.id).join(', ')})`,
    );
  }
  const design = trialDesign(trial, options);
  const extended = trialDesign(trial, {
    ...options,
    beforeHalfYears: Math.max(options.eventStudyHalfYears ?? 4, options.beforeHalfYears ?? 2),
  });
  const reg = await openTrialRegister(options.register);
  let report: CheckedTrialReport;
  let data: TrialData;
  try {
    ({ report, data } = await analyseFromRegister(reg, design, extended, options));
  } finally {
    reg.db.close();
  }
  report.processChange = await simulatedProcessChange(options.register, design);
  const html = renderTrialReportHtml(report, options.lang ?? 'da');
  const files: string[] = [];
  let pdfNotice: string | undefined;
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    const write = (name: string, text: string) => {
      const path = join(options.out!, name);
      writeFileSync(path, text);
      files.push(path);
    };
    write('report.html', html);
    write('effects.csv', effectsCsv(report));
    if (report.checks) write('subgroups.csv', subgroupsCsv(report));
    write('report.json', reportJson(report));
    if (options.pdf !== false) {
      const browser = chromiumPath();
      if (browser) {
        const path = join(options.out, 'report.pdf');
        await printPdf(html, path, browser);
        files.push(path);
      } else {
        pdfNotice = `no PDF: Chromium not found at ${process.env.JOBCENTER_CHROMIUM ?? '/usr/bin/chromium'} (install Debian's chromium or set JOBCENTER_CHROMIUM); wrote the HTML only`;
      }
    }
  }
  return { report, data, html, files, pdfNotice };
}

/** Comparison groups, spells and the analysis with its design checks and costs. */
async function analyseFromRegister(
  reg: Awaited<ReturnType<typeof openTrialRegister>>,
  design: TrialDesign,
  extended: TrialDesign,
  options: TrialReportOptions,
): Promise<{ report: CheckedTrialReport; data: TrialData }> {
  const auto = options.comparison === undefined || options.comparison === 'auto';
  const comparison = auto
    ? await autoComparison(reg, design, options.perTreated ?? 2)
    : givenComparison(options.comparison as readonly string[], design);
  if (comparison.length === 0) throw new Error('--comparison: give at least one municipality');
  // A second, disjoint set of matched municipalities for the sensitivity check.
  const primaryCodes = comparison.map((c) => c.code);
  const alternative = auto
    ? (await autoComparison(reg, design, 2 * (options.perTreated ?? 2)))
        .map((c) => c.code)
        .filter((c) => !primaryCodes.includes(c))
    : [];
  const all = await loadTrialData(reg, extended, [...primaryCodes, ...alternative]);
  const primarySet = new Set([...design.treated.map((t) => t.code), ...primaryCodes]);
  const mainCohorts = new Set([...design.periods.before, ...design.periods.after]);
  const spells = all.spells.filter(
    (s) => primarySet.has(s.municipality) && mainCohorts.has(s.cohort),
  );
  const counts = new Map<string, { cohort: string; treated: number; comparison: number }>();
  for (const s of spells) {
    const c = counts.get(s.cohort) ?? { cohort: s.cohort, treated: 0, comparison: 0 };
    if (s.treated) c.treated++;
    else c.comparison++;
    counts.set(s.cohort, c);
  }
  const data: TrialData = { ...all, spells, cohortCounts: [...counts.values()] };
  const report: CheckedTrialReport = analyseTrial(design, data, {
    comparison,
    comparisonMethod: auto ? 'auto' : 'given',
    outcomes: options.outcomes,
    level: options.level,
  });
  report.checks = designChecks(design, extended.periods.before, all.spells, report.effects, {
    outcomes: options.outcomes ?? TRIAL_OUTCOMES,
    primaryWindow: options.primaryWindow,
    level: options.level,
    replications: options.replications,
    comparison: primaryCodes,
    alternative,
  });
  const afterSet = new Set(design.periods.after);
  report.costs = trialCostBenefit(
    report.effects.filter((e) => e.outcome === 'benefitDegree'),
    spells.filter((s) => s.treated && afterSet.has(s.cohort)).length,
    { ...DEFAULT_TRIAL_COST_ASSUMPTIONS, ...options.costAssumptions },
  );
  return { report, data };
}
