/**
 * `jobcenter evaluate ols|did|psm|km|cox`: the single estimators of
 * src/evaluation on a CSV or Parquet file, read through an in-memory DuckDB.
 * Output is JSON (default) or an aligned text table.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { buildDesign, type NamedColumn } from '../../evaluation/design.ts';
import { differenceInDifferences } from '../../evaluation/did.ts';
import { ols, type VcovType } from '../../evaluation/ols.ts';
import {
  balanceTable,
  type Estimand,
  ipwWeights,
  nearestNeighbourMatch,
  propensityScores,
  weightedEffect,
} from '../../evaluation/psm.ts';
import type { Coefficient } from '../../evaluation/summary.ts';
import {
  cox,
  coxSplitEffect,
  kaplanMeier,
  logRankTest,
  type Ties,
} from '../../evaluation/survival.ts';
import { parseOutcomes } from '../../evaluation/trial-report/analysis.ts';
import { buildTrialReport } from '../../evaluation/trial-report/run.ts';
import { type LoadedData, loadColumns } from './evaluate-data.ts';

// ---------------------------------------------------------------------------
// Output

interface CoefficientJson {
  name: string;
  estimate: number;
  se: number;
  ci: [number, number];
  p: number;
  stars: string;
  hazardRatio?: number;
  hazardRatioCi?: [number, number];
}

function coefJson(
  c: Coefficient & { hazardRatio?: number; hazardRatioCi?: readonly [number, number] },
): CoefficientJson {
  const out: CoefficientJson = {
    name: c.name,
    estimate: c.estimate,
    se: c.se,
    ci: [c.ci[0], c.ci[1]],
    p: c.p,
    stars: c.stars,
  };
  if (c.hazardRatio !== undefined && c.hazardRatioCi) {
    out.hazardRatio = c.hazardRatio;
    out.hazardRatioCi = [c.hazardRatioCi[0], c.hazardRatioCi[1]];
  }
  return out;
}

function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return x.toFixed(digits);
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function coefficientText(coefs: CoefficientJson[]): string {
  const hr = coefs.some((c) => c.hazardRatio !== undefined);
  return renderTable(
    ['term', 'estimate', 'se', '95% CI', 'p', '', ...(hr ? ['HR'] : [])],
    coefs.map((c) => [
      c.name,
      fmt(c.estimate),
      fmt(c.se),
      `[${fmt(c.ci[0])}, ${fmt(c.ci[1])}]`,
      fmt(c.p),
      c.stars === 'ns' ? '' : c.stars,
      ...(hr ? [fmt(c.hazardRatio!)] : []),
    ]),
  );
}

type Format = 'json' | 'table';

function emit(format: Format, json: Record<string, unknown>, text: () => string): void {
  process.stdout.write(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
}

// ---------------------------------------------------------------------------
// Commands

function list(value: string): string[] {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0)
    throw new InvalidArgumentError('expected a comma-separated list of column names');
  return parts;
}

function level(value: string): number {
  const x = Number(value);
  if (!(x > 0 && x < 1))
    throw new InvalidArgumentError('expected a confidence level between 0 and 1, e.g. 0.95');
  return x;
}

function positive(value: string): number {
  const x = Number(value);
  if (!(x > 0) || !Number.isFinite(x)) throw new InvalidArgumentError('expected a positive number');
  return x;
}

interface CommonOptions {
  data: string;
  format: Format;
  level: number;
  covariates?: string[];
}

function common(cmd: Command): Command {
  return cmd
    .requiredOption('--data <file>', 'input data (.csv with a header row, or .parquet)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'),
    )
    .option('--level <level>', 'confidence level', level, 0.95);
}

function named(data: LoadedData, names: readonly string[]): NamedColumn[] {
  return names.map((name) => ({ name, values: data.numeric.get(name)! }));
}

export function registerEvaluateCommands(program: Command): void {
  const evaluate = program
    .command('evaluate')
    .description('effect estimators of the evaluation module on a CSV or Parquet file');

  common(
    evaluate
      .command('ols')
      .description('linear regression with classical, HC1 or cluster-robust (CR1) standard errors'),
  )
    .requiredOption('--outcome <column>', 'outcome column')
    .option('--covariates <a,b,c>', 'covariate columns', list)
    .option('--cluster <column>', 'cluster column (implies --vcov cluster)')
    .option('--weights <column>', 'weight column (weighted least squares)')
    .addOption(
      new Option(
        '--vcov <type>',
        'standard errors (default: cluster with --cluster, else classical)',
      ).choices(['classical', 'hc1', 'cluster']),
    )
    .action(
      async (
        o: CommonOptions & { outcome: string; cluster?: string; weights?: string; vcov?: VcovType },
      ) => {
        const covs = o.covariates ?? [];
        const data = await loadColumns(o.data, {
          numeric: [o.outcome, ...covs, ...(o.weights ? [o.weights] : [])],
          labels: o.cluster ? [o.cluster] : [],
        });
        const vcov: VcovType = o.vcov ?? (o.cluster ? 'cluster' : 'classical');
        if (vcov === 'cluster' && !o.cluster)
          throw new Error('--vcov cluster needs --cluster <column>');
        const fit = ols(
          buildDesign(named(data, covs), { rows: data.n }),
          data.numeric.get(o.outcome)!,
          {
            vcov,
            cluster: o.cluster ? data.labels.get(o.cluster) : undefined,
            weights: o.weights ? data.numeric.get(o.weights) : undefined,
            level: o.level,
          },
        );
        const coefficients = fit.coefficients.map(coefJson);
        emit(
          o.format,
          {
            model: 'ols',
            outcome: o.outcome,
            vcov: fit.vcovType,
            n: fit.n,
            nClusters: fit.nClusters,
            df: fit.df,
            rSquared: fit.rSquared,
            level: o.level,
            coefficients,
          },
          () =>
            `OLS of ${o.outcome}, ${fit.vcovType} standard errors, N = ${fit.n}${fit.nClusters ? `, ${fit.nClusters} clusters` : ''}, t(${fit.df})\n${coefficientText(coefficients)}`,
        );
      },
    );

  common(
    evaluate
      .command('did')
      .description(
        'linear difference-in-differences: outcome ~ treated + post + treated:post + covariates',
      ),
  )
    .requiredOption('--outcome <column>', 'outcome column')
    .requiredOption('--treated <column>', '0/1 column: treated (free) municipality')
    .requiredOption('--post <column>', '0/1 column: spell in the after period')
    .option('--covariates <a,b,c>', 'covariate columns', list)
    .option('--cluster <column>', 'cluster column, normally the person id (without it: HC1 errors)')
    .action(
      async (
        o: CommonOptions & { outcome: string; treated: string; post: string; cluster?: string },
      ) => {
        const covs = o.covariates ?? [];
        const data = await loadColumns(o.data, {
          numeric: [o.outcome, o.treated, o.post, ...covs],
          labels: o.cluster ? [o.cluster] : [],
        });
        const r = differenceInDifferences({
          outcome: data.numeric.get(o.outcome)!,
          treated: data.numeric.get(o.treated)!,
          post: data.numeric.get(o.post)!,
          covariates: named(data, covs),
          cluster: o.cluster ? data.labels.get(o.cluster) : undefined,
          vcov: o.cluster ? 'cluster' : 'hc1',
          level: o.level,
        });
        const coefficients = r.model.coefficients.map(coefJson);
        emit(
          o.format,
          {
            model: 'did',
            outcome: o.outcome,
            vcov: r.model.vcovType,
            n: r.model.n,
            nClusters: r.model.nClusters,
            df: r.model.df,
            level: o.level,
            effect: coefJson(r.effect),
            cellMeans: r.cells,
            coefficients,
          },
          () =>
            `Difference-in-differences of ${o.outcome}, N = ${r.model.n}${r.model.nClusters ? `, ${r.model.nClusters} clusters` : ''}\n` +
            `effect (treated:post) = ${fmt(r.effect.estimate)} ${r.effect.stars} [${fmt(r.effect.ci[0])}, ${fmt(r.effect.ci[1])}]\n\n${coefficientText(coefficients)}`,
        );
      },
    );

  common(
    evaluate
      .command('psm')
      .description(
        'propensity score (logit), nearest-neighbour matching or IPW, balance table and effect',
      ),
  )
    .requiredOption('--treated <column>', '0/1 treatment column')
    .requiredOption('--covariates <a,b,c>', 'covariates of the propensity model', list)
    .option('--outcome <column>', 'outcome column (for the effect estimate)')
    .addOption(
      new Option('--method <method>', 'matching or inverse-probability weighting')
        .choices(['match', 'ipw'])
        .default('match'),
    )
    .addOption(
      new Option('--estimand <estimand>', 'ATT or ATE (ATE only with --method ipw)')
        .choices(['ATT', 'ATE'])
        .default('ATT'),
    )
    .option('--caliper <sd>', 'caliper in SDs of the score (matching)', positive)
    .option('--replace', 'match with replacement')
    .action(
      async (
        o: CommonOptions & {
          treated: string;
          covariates: string[];
          outcome?: string;
          method: 'match' | 'ipw';
          estimand: Estimand;
          caliper?: number;
          replace?: boolean;
        },
      ) => {
        if (o.method === 'match' && o.estimand === 'ATE')
          throw new Error('--estimand ATE needs --method ipw');
        const data = await loadColumns(o.data, {
          numeric: [o.treated, ...o.covariates, ...(o.outcome ? [o.outcome] : [])],
          labels: [],
        });
        const treated = data.numeric.get(o.treated)!;
        const covs = named(data, o.covariates);
        const { model, score } = propensityScores(covs, treated);
        let weights: Float64Array;
        let matching: Record<string, unknown> | null = null;
        let subclass: Int32Array | undefined;
        if (o.method === 'match') {
          const m = nearestNeighbourMatch(score, treated, {
            caliper: o.caliper,
            replace: o.replace,
          });
          weights = m.weights;
          subclass = o.replace ? undefined : m.subclass;
          matching = {
            replace: Boolean(o.replace),
            caliper: o.caliper ?? null,
            caliperWidth: m.caliperWidth,
            matchedTreated: m.nMatchedTreated,
            matchedControls: m.nMatchedControls,
            unmatchedTreated: m.nUnmatchedTreated,
          };
        } else {
          weights = ipwWeights(score, treated, o.estimand);
        }
        const balance = balanceTable(covs, treated, weights, o.estimand);
        const effect = o.outcome
          ? weightedEffect(data.numeric.get(o.outcome)!, treated, weights, subclass)
          : null;
        const propensity = model.coefficients.map(coefJson);
        emit(
          o.format,
          {
            model: 'psm',
            method: o.method,
            estimand: o.estimand,
            n: data.n,
            propensityModel: propensity,
            matching,
            balance,
            effect: effect ? coefJson(effect.effect) : null,
            effectN: effect?.model.n ?? null,
            nClusters: effect?.model.nClusters ?? null,
          },
          () =>
            [
              `Propensity model (logit), N = ${data.n}`,
              coefficientText(propensity),
              '',
              matching
                ? `Matching: ${matching.matchedTreated} treated matched to ${matching.matchedControls} controls, ${matching.unmatchedTreated} treated unmatched`
                : `Inverse-probability weights (${o.estimand})`,
              renderTable(
                [
                  'covariate',
                  'mean T',
                  'mean C',
                  'SMD before',
                  'mean T (w)',
                  'mean C (w)',
                  'SMD after',
                ],
                balance.map((b) => [
                  b.name,
                  fmt(b.meanTreatedBefore),
                  fmt(b.meanControlBefore),
                  fmt(b.smdBefore),
                  fmt(b.meanTreatedAfter),
                  fmt(b.meanControlAfter),
                  fmt(b.smdAfter),
                ]),
              ),
              ...(effect
                ? [
                    '',
                    `Effect (${o.estimand}) on ${o.outcome}, N = ${effect.model.n}`,
                    coefficientText([coefJson(effect.effect)]),
                  ]
                : []),
            ].join('\n'),
        );
      },
    );

  common(
    evaluate
      .command('km')
      .description('Kaplan–Meier curves (Greenwood, log CI) and the log-rank test'),
  )
    .requiredOption('--time <column>', 'follow-up time column')
    .requiredOption('--event <column>', '0/1 event column')
    .option('--group <column>', 'group column (one curve per group, log-rank test)')
    .action(async (o: CommonOptions & { time: string; event: string; group?: string }) => {
      const data = await loadColumns(o.data, {
        numeric: [o.time, o.event],
        labels: o.group ? [o.group] : [],
      });
      const time = data.numeric.get(o.time)!;
      const event = data.numeric.get(o.event)!;
      const group = o.group ? data.labels.get(o.group) : undefined;
      const curves = kaplanMeier(time, event, { group, level: o.level });
      const logRank = group && curves.length > 1 ? logRankTest(time, event, group) : null;
      emit(o.format, { model: 'km', n: data.n, level: o.level, curves, logRank }, () =>
        [
          ...curves.flatMap((c) => [
            `Group ${c.group}: N = ${c.n}, events = ${c.events}, median = ${c.median ?? 'not reached'}`,
            renderTable(
              ['time', 'at risk', 'events', 'censored', 'S(t)', 'se', 'lower', 'upper'],
              c.steps.map((s) => [
                String(s.time),
                String(s.nRisk),
                String(s.nEvent),
                String(s.nCensor),
                fmt(s.survival),
                fmt(s.stdErr),
                s.lower === null ? '-' : fmt(s.lower),
                s.upper === null ? '-' : fmt(s.upper),
              ]),
            ),
            '',
          ]),
          ...(logRank
            ? [
                `Log-rank: chi² = ${fmt(logRank.chiSquare)} on ${logRank.df} df, p = ${fmt(logRank.p)}`,
              ]
            : []),
        ].join('\n'),
      );
    });

  common(
    evaluate
      .command('cox')
      .description('Cox proportional hazards (Breslow/Efron), robust SEs by cluster'),
  )
    .requiredOption('--time <column>', 'follow-up time column')
    .requiredOption('--event <column>', '0/1 event column')
    .option('--covariates <a,b,c>', 'covariate columns', list)
    .option('--cluster <column>', 'cluster column for robust standard errors')
    .addOption(
      new Option('--ties <method>', 'tie handling').choices(['breslow', 'efron']).default('efron'),
    )
    .option(
      '--split-effect <column>',
      'give this covariate separate effects before and after --split-at',
    )
    .option(
      '--split-at <time>',
      'split point for --split-effect (e.g. 8: weeks 1–8 and week 9 on)',
      positive,
      8,
    )
    .action(
      async (
        o: CommonOptions & {
          time: string;
          event: string;
          cluster?: string;
          ties: Ties;
          splitEffect?: string;
          splitAt: number;
        },
      ) => {
        const covs = o.covariates ?? [];
        if (covs.length === 0 && !o.splitEffect)
          throw new Error('give --covariates and/or --split-effect');
        const data = await loadColumns(o.data, {
          numeric: [o.time, o.event, ...covs, ...(o.splitEffect ? [o.splitEffect] : [])],
          labels: o.cluster ? [o.cluster] : [],
        });
        const time = data.numeric.get(o.time)!;
        const event = data.numeric.get(o.event)!;
        const cluster = o.cluster ? data.labels.get(o.cluster) : undefined;
        const fit = o.splitEffect
          ? coxSplitEffect({
              time,
              event,
              effect: { name: o.splitEffect, values: data.numeric.get(o.splitEffect)! },
              covariates: named(
                data,
                covs.filter((c) => c !== o.splitEffect),
              ),
              cut: o.splitAt,
              cluster,
              ties: o.ties,
              level: o.level,
            })
          : cox({
              time,
              event,
              covariates: named(data, covs),
              ties: o.ties,
              cluster,
              level: o.level,
            });
        const coefficients = fit.coefficients.map(coefJson);
        emit(
          o.format,
          {
            model: 'cox',
            ties: fit.ties,
            robust: fit.robust,
            n: data.n,
            rows: fit.n,
            events: fit.events,
            nClusters: fit.nClusters,
            logLik: fit.logLik,
            level: o.level,
            coefficients,
          },
          () =>
            `Cox model (${fit.ties} ties), N = ${data.n}, events = ${fit.events}${fit.nClusters && o.cluster ? `, ${fit.nClusters} clusters (robust SE)` : ''}\n${coefficientText(coefficients)}`,
        );
      },
    );

  registerTrialReportCommand(evaluate);
}

// ---------------------------------------------------------------------------
// evaluate trial: the whole effect report of one trial from the register

function halfYears(min: number) {
  return (value: string): number => {
    const x = Number(value);
    if (!Number.isInteger(x) || x < min || x > 20)
      throw new InvalidArgumentError(`expected a whole number of half-years, ${min}–20`);
    return x;
  };
}

function window(value: string): 1 | 2 | 3 | 4 {
  const x = Number(value);
  if (x !== 1 && x !== 2 && x !== 3 && x !== 4)
    throw new InvalidArgumentError('expected a window 1–4 (months 1–3 … 10–12)');
  return x;
}

function count(value: string): number {
  const x = Number(value);
  if (!Number.isInteger(x) || x < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return x;
}

function registerTrialReportCommand(evaluate: Command): void {
  evaluate
    .command('trial')
    .description(
      "a trial's effect report from the weekly register: half-year cohorts, descriptive and DiD effect tables, charts (HTML, PDF, CSV, JSON)",
    )
    .argument('<trial-id>', 'trial id, e.g. fk2-formkrav-samtaler (jobcenter trials list)')
    .requiredOption('--register <dir>', 'register directory (jobcenter synth / register import)')
    .option(
      '--comparison <codes|auto>',
      "comparison kommunekoder (comma-separated) or 'auto' for nearest neighbours",
      'auto',
    )
    .option(
      '--per-treated <n>',
      "comparison municipalities per treated one with 'auto'",
      halfYears(1),
      2,
    )
    .option('--out <dir>', 'write report.html, report.pdf, effects.csv and report.json here')
    .option(
      '--outcomes <list>',
      'outcomes (default all): employed,employmentDegree,onBenefit,benefitDegree,activation,activationDegree',
      parseOutcomes,
    )
    .option('--part <part>', "trial part (e.g. A or B); default: the first municipality's part")
    .option('--before <n>', 'half-years in the before period', halfYears(1), 2)
    .option('--excluded <n>', 'half-years excluded before the start', halfYears(0), 1)
    .option('--after <n>', 'half-years in the after period', halfYears(1), 5)
    .option('--level <level>', 'confidence level', level, 0.95)
    .addOption(new Option('--lang <lang>', 'report language').choices(['da', 'en']).default('da'))
    .option(
      '--event-study <n>',
      'half-years before the start loaded for the event study and placebo (default max(4, --before))',
      halfYears(2),
    )
    .option(
      '--primary-window <w>',
      'window (1–4) of the event study, placebo, sensitivity and subgroups',
      window,
      3,
    )
    .option('--replications <n>', 'wild cluster bootstrap draws (0: none)', count, 9999)
    .option(
      '--weekly-benefit-cost <kr>',
      'cost of one benefit week in the cost section (an assumption; default 4245 = the maximum dagpenge rate 2017, 849 kr/day × 5)',
      positive,
    )
    .option('--no-pdf', 'do not print the PDF')
    .addOption(
      new Option('--format <format>', 'stdout: effect table as text or JSON')
        .choices(['table', 'json'])
        .default('table'),
    )
    .action(
      async (
        trialId: string,
        o: {
          register: string;
          comparison: string;
          perTreated: number;
          out?: string;
          outcomes?: ReturnType<typeof parseOutcomes>;
          part?: string;
          before: number;
          excluded: number;
          after: number;
          level: number;
          lang: 'da' | 'en';
          pdf: boolean;
          format: 'table' | 'json';
          eventStudy?: number;
          primaryWindow: 1 | 2 | 3 | 4;
          replications: number;
          weeklyBenefitCost?: number;
        },
      ) => {
        const comparison = o.comparison.trim() === 'auto' ? 'auto' : list(o.comparison);
        const run = await buildTrialReport({
          trialId,
          register: o.register,
          comparison,
          perTreated: o.perTreated,
          out: o.out,
          outcomes: o.outcomes,
          part: o.part,
          beforeHalfYears: o.before,
          excludedHalfYears: o.excluded,
          afterHalfYears: o.after,
          level: o.level,
          lang: o.lang,
          pdf: o.pdf,
          eventStudyHalfYears: o.eventStudy,
          primaryWindow: o.primaryWindow,
          replications: o.replications,
          costAssumptions:
            o.weeklyBenefitCost === undefined
              ? undefined
              : { weeklyBenefitCost: o.weeklyBenefitCost },
        });
        const r = run.report;
        if (o.format === 'json') {
          process.stdout.write(
            `${JSON.stringify({ trial: trialId, effects: r.effects, subgroups: r.checks?.subgroups, files: run.files }, null, 2)}\n`,
          );
        } else {
          const pad = (s: string, n: number) => s.padEnd(n);
          const lines = [
            `${trialId}${r.design.part ? ` part ${r.design.part}` : ''}: ${r.design.treated.length} free vs ${r.comparison.length} comparison municipalities (${r.comparisonMethod}: ${r.comparison.map((c) => c.code).join(',')})`,
            `spells before ${r.totals.before.treated}/${r.totals.before.comparison}, after ${r.totals.after.treated}/${r.totals.after.comparison} (free/comparison)`,
            `${pad('outcome', 18)}${pad('months', 8)}${pad('effect pp', 12)}${pad('SE', 8)}${pad('95 % CI', 18)}${pad('N', 8)}clusters`,
            ...r.effects.map((e) =>
              e.estimate === null
                ? `${pad(e.outcome, 18)}${pad(`${3 * e.window - 2}-${3 * e.window}`, 8)}not estimated: ${e.error}`
                : `${pad(e.outcome, 18)}${pad(`${3 * e.window - 2}-${3 * e.window}`, 8)}${pad(`${e.estimate.toFixed(2)}${e.stars === 'ns' ? ' ns' : e.stars}`, 12)}${pad(e.se!.toFixed(2), 8)}${pad(`[${e.ci![0].toFixed(2)}, ${e.ci![1].toFixed(2)}]`, 18)}${pad(String(e.n), 8)}${e.clusters}`,
            ),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
          for (const f of run.files) process.stderr.write(`wrote ${f}\n`);
        }
        if (run.pdfNotice) process.stderr.write(`jobcenter: ${run.pdfNotice}\n`);
      },
    );
}
