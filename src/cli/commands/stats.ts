/** `stats` and `report`: jobindsats-style measures and the committee reports over a register. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_REGISTER_SCHEMA, registerDatabaseUrl } from '../../register/postgres.ts';
import type { Row, SqlEngine } from '../../sql/engine.ts';
import { columnsFor } from '../../stats/measures/common.ts';
import {
  BREAKDOWNS,
  MEASURES,
  type MeasureParams,
  measureById,
} from '../../stats/measures/index.ts';
import {
  OUTPUT_FORMATS,
  type OutputFormat,
  renderHtml,
  renderReportCsv,
  renderReportText,
  renderXlsx,
} from '../../stats/render.ts';
import {
  buildComparison,
  buildMonthlyReport,
  buildOpenCasesReport,
  type ComparisonSpec,
  periodBounds,
  type Report,
} from '../../stats/reports.ts';
import {
  type MeasureSession,
  openPostgresSession,
  openRegisterSession,
} from '../../stats/session.ts';
import { type Cell, suppressRows } from '../../stats/suppress.ts';

interface SourceOpts {
  register: string;
  engine: 'duckdb' | 'postgres';
  databaseUrl?: string;
  schema: string;
}

function engineName(value: string): SourceOpts['engine'] {
  if (value !== 'duckdb' && value !== 'postgres')
    throw new InvalidArgumentError('expected duckdb or postgres');
  return value;
}

/** Where the measures run: DuckDB over the register directory, or PostgreSQL (register load-postgres). */
function sourceOptions(c: Command): Command {
  return c
    .option('--register <dir>', 'register directory (DuckDB engine)', 'data/register')
    .option(
      '--engine <engine>',
      'duckdb (the register directory) or postgres',
      engineName,
      'duckdb',
    )
    .option(
      '--database-url <url>',
      'PostgreSQL holding a loaded register (postgres engine; default $REGISTER_DATABASE_URL)',
    )
    .option(
      '--schema <name>',
      'schema of the loaded register (postgres engine)',
      DEFAULT_REGISTER_SCHEMA,
    );
}

/** Opens a measure session on the chosen engine, runs `use`, and closes it. */
async function withSession<T>(
  opts: SourceOpts,
  use: (session: MeasureSession) => Promise<T>,
): Promise<T> {
  let opened: { session: MeasureSession; engine: SqlEngine };
  if (opts.engine === 'postgres') {
    opened = await openPostgresSession(registerDatabaseUrl(opts.databaseUrl), opts.schema);
  } else {
    opened = await openRegisterSession(opts.register);
  }
  try {
    return await use(opened.session);
  } finally {
    await opened.engine.close();
  }
}

function format(value: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  return value as OutputFormat;
}

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a year YYYY');
  return Number(value);
}

/** '2017', '2017-06', '2017-Q2' or 'A..B' → first and last day. */
export function parsePeriod(value: string): { from: string; to: string } {
  const [a, b = a] = value.split('..') as [string, string?];
  return { from: periodBounds(a).from, to: periodBounds(b!).to };
}

async function emit(report: Report, fmt: OutputFormat, out: string | undefined, json: unknown) {
  let body: string | Buffer;
  switch (fmt) {
    case 'table':
      body = renderReportText(report);
      break;
    case 'csv':
      body = renderReportCsv(report);
      break;
    case 'json':
      body = `${JSON.stringify(json, null, 2)}\n`;
      break;
    case 'html':
      body = renderHtml(report);
      break;
    case 'xlsx':
      if (!out) throw new Error('--format xlsx needs --out FILE');
      body = await renderXlsx(report);
      break;
  }
  if (out) {
    writeFileSync(out, body);
    process.stderr.write(`wrote ${out}\n`);
  } else {
    process.stdout.write(body);
  }
}

function measureReport(measureId: string, rows: Row[], params: MeasureParams): Report {
  const m = measureById(measureId);
  const columns = columnsFor(m, params);
  const shown = suppressRows(m, rows, columns);
  return {
    title: m.titleDa,
    subtitle: m.titleEn,
    tables: [
      {
        id: m.id,
        title: m.titleDa,
        columns: columns.map((c) => c.labelDa),
        rows: shown.map((r) => columns.map((c) => (r[c.name] ?? null) as Cell)),
      },
    ],
    notes: [
      m.description,
      'Cells resting on fewer than 3 persons show "." (whole country unsuppressed), and so does the smallest other cell where one hidden cell could be recovered by subtraction.',
    ],
  };
}

interface CommonOpts extends SourceOpts {
  municipality?: string;
  format: OutputFormat;
  out?: string;
}

type MeasureOpts = CommonOpts & {
  period?: string;
  kind: string;
  benefit?: string;
  referenceDate?: string;
  gapRule?: string;
  breakdown?: string;
  lookback?: string;
  weights?: string;
};

/** The measure's parameters from the options, each checked (one line naming the option). */
function measureParams(opts: MeasureOpts): MeasureParams {
  if (!['month', 'quarter', 'year'].includes(opts.kind))
    throw new Error('--kind must be month, quarter or year');
  if (opts.gapRule && !['calendar-month', 'any-gap'].includes(opts.gapRule)) {
    throw new Error('--gap-rule must be calendar-month or any-gap');
  }
  if (opts.breakdown && !(BREAKDOWNS as readonly string[]).includes(opts.breakdown)) {
    throw new Error(`--breakdown must be one of ${BREAKDOWNS.join(', ')}`);
  }
  if (opts.weights && !['none', 'residents'].includes(opts.weights)) {
    throw new Error('--weights must be none or residents');
  }
  if (opts.lookback && !/^\d+$/.test(opts.lookback)) {
    throw new Error('--lookback must be a whole number of weeks');
  }
  return {
    kind: opts.kind as MeasureParams['kind'],
    ...(opts.period ? parsePeriod(opts.period) : {}),
    benefits: opts.benefit ? [opts.benefit] : undefined,
    referenceDate: opts.referenceDate,
    gapRule: opts.gapRule as MeasureParams['gapRule'],
    breakdown: opts.breakdown as MeasureParams['breakdown'],
    lookbackWeeks: opts.lookback ? Number(opts.lookback) : undefined,
    benchmarkWeights: opts.weights as MeasureParams['benchmarkWeights'],
  };
}

function listMeasures(): void {
  for (const m of MEASURES) process.stdout.write(`${m.id.padEnd(26)}${m.titleEn}\n`);
}

/** `stats MEASURE`: one measure over the register (`stats` or `stats list`: the measures). */
async function runMeasure(measure: string | undefined, opts: MeasureOpts): Promise<void> {
  if (!measure || measure === 'list') return listMeasures();
  measureById(measure);
  const params = measureParams(opts);
  const rows = await withSession(opts, (session) =>
    session.run(measure, params, { municipality: opts.municipality }),
  );
  const m = measureById(measure);
  await emit(
    measureReport(measure, rows, params),
    opts.format,
    opts.out,
    suppressRows(m, rows, columnsFor(m, params)),
  );
}

export function registerStatsCommands(program: Command): void {
  registerStats(program);
  registerReports(program);
}

function registerStats(program: Command): void {
  const stats = sourceOptions(
    program
      .command('stats')
      .description('jobindsats-style measures over a register (run "stats list" for the measures)')
      .argument('[measure]', 'measure id'),
  )
    .option(
      '--municipality <code>',
      'show only this municipality, its region and the whole country',
    )
    .option('--period <period>', 'e.g. 2017, 2017-Q2, 2017-06 or 2017-01..2017-12')
    .option('--kind <kind>', 'period granularity: month, quarter or year', 'month')
    .option('--benefit <code>', 'restrict to one benefit code (e.g. sygedagpenge)')
    .option('--reference-date <date>', 'flere-skal-med-40: visitation reference date')
    .option('--gap-rule <rule>', 'spells: calendar-month (default) or any-gap')
    .option('--breakdown <attribute>', `break down by ${BREAKDOWNS.join(', ')}`)
    .option('--lookback <weeks>', 'forloeb: weeks of register needed before a period (default 104)')
    .option(
      '--weights <weights>',
      'benchmarking: none (one observation per municipality, default) or residents (WLS)',
    )
    .option('--format <format>', OUTPUT_FORMATS.join('|'), format, 'table')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(runMeasure);
  stats.command('list').description('list the measures').action(listMeasures);
}

type ComparisonOpts = CommonOpts & {
  measure: string;
  value?: string;
  benefit: string;
  periods: string;
  kind: string;
};

/** The comparison's spec from the options (the value column defaults per measure). */
function comparisonSpec(opts: ComparisonOpts): ComparisonSpec {
  const defaults: Record<string, string> = {
    fuldtidspersoner: 'fte_pct',
    forloeb: 'avg_weeks',
    'status-efter': 'pct_wage',
    'delvise-raskmeldinger': 'partial_pct',
  };
  if (!(opts.measure in defaults))
    throw new Error(`--measure must be one of ${Object.keys(defaults).join(', ')}`);
  return {
    measure: opts.measure as ComparisonSpec['measure'],
    value: opts.value ?? defaults[opts.measure]!,
    benefit: opts.measure === 'delvise-raskmeldinger' ? undefined : opts.benefit,
    periods: opts.periods.split(',').map((s) => s.trim()),
    kind: opts.kind as ComparisonSpec['kind'],
  };
}

/** `report monthly | open-cases | comparison`: the committee reports. */
function registerReports(program: Command): void {
  const report = program.command('report').description('the committee reports');
  const common = (c: Command) =>
    sourceOptions(c)
      .requiredOption('--municipality <code>', 'kommunekode, e.g. 760 (Ringkøbing-Skjern)')
      .option('--format <format>', OUTPUT_FORMATS.join('|'), format, 'table')
      .option('--out <file>', 'write to a file instead of stdout');
  common(
    report
      .command('monthly')
      .description(
        '"Aktiv og passiv forsørgelse": persons and DKK per ydelse, Jan–Dec and Gennemsnit',
      )
      .requiredOption('--year <YYYY>', 'report year', year),
  ).action(async (opts: CommonOpts & { year: number }) => {
    const r = await withSession(opts, (session) =>
      buildMonthlyReport(session, opts.municipality!, opts.year),
    );
    await emit(r, opts.format, opts.out, r);
  });
  common(
    report
      .command('open-cases')
      .description('weekly open cases: jobafklaring, sygedagpenge 5–52 weeks and over 52 weeks')
      .requiredOption('--year <YYYY>', 'year', year),
  ).action(async (opts: CommonOpts & { year: number }) => {
    const r = await withSession(opts, (session) =>
      buildOpenCasesReport(session, opts.municipality!, opts.year),
    );
    await emit(r, opts.format, opts.out, r);
  });
  common(
    report
      .command('comparison')
      .description(
        'trial-evaluation table: municipality vs region vs whole country, change from baseline',
      )
      .option(
        '--measure <id>',
        'fuldtidspersoner, forloeb, status-efter or delvise-raskmeldinger',
        'fuldtidspersoner',
      )
      .option('--value <column>', 'value column (default per measure)')
      .option('--benefit <code>', 'benefit code', 'sygedagpenge')
      .option(
        '--periods <list>',
        'comma-separated periods, baseline first',
        '2017-06,2018-06,2019-06,2020-04',
      )
      .option('--kind <kind>', 'month, quarter or year', 'month'),
  ).action(async (opts: ComparisonOpts) => {
    const spec = comparisonSpec(opts);
    const r = await withSession(opts, (session) =>
      buildComparison(session, opts.municipality!, spec),
    );
    await emit(r, opts.format, opts.out, r);
  });
}
