/**
 * `jobcenter simulate`: replay a caseload (the case store or a register
 * directory) under two rule sets, or one rule set with and without a trial,
 * and print the difference in events, hours, FTE and kr (docs/simulation.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { runSimulation, type SimulationRequest } from '../../simulate/caseload/run.ts';
import { withOverrides } from '../../simulate/costs.ts';
import type { Levers } from '../../simulate/levers.ts';
import type { Placement } from '../../simulate/schedule.ts';
import { renderReportCsv, renderReportText, renderXlsx } from '../../stats/render.ts';
import { progressPrinter, withDatabase } from '../context.ts';

interface SimulateOpts {
  caseload: string;
  municipality?: string;
  baseYear: number;
  rulesAt: string;
  vsRulesAt?: string;
  trial?: string;
  assumptions?: string;
  exemptShare?: number;
  interviewFactor?: number;
  leverGroups?: string;
  placement: Placement;
  weight?: number;
  json?: boolean;
  csv?: boolean;
  xlsx?: string;
  lang: 'da' | 'en';
}

function language(value: string): 'da' | 'en' {
  if (value !== 'da' && value !== 'en') throw new InvalidArgumentError('expected da or en');
  return value;
}

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a year YYYY');
  return Number(value);
}

function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}

function number(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
}

function placement(value: string): Placement {
  if (value === 'due') return { mode: 'due' };
  const m = /^lag:(\d+)$/.exec(value);
  if (m) return { mode: 'lag', lagDays: Number(m[1]) };
  throw new InvalidArgumentError("expected 'due' or 'lag:DAYS'");
}

function readAssumptions(file: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--assumptions ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    return withOverrides(parsed);
  } catch (error) {
    throw new Error(`--assumptions ${file}: ${(error as Error).message}`);
  }
}

export function registerSimulateCommands(program: Command): void {
  program
    .command('simulate')
    .description(
      'Replay a caseload under two rule sets (or with a trial switched on ex ante) and count the required events, hours, FTE and kr.',
    )
    .requiredOption('--caseload <store|dir>', "'store' (the case store) or a register directory")
    .option('--municipality <kode>', 'only this municipality (kommunekode)')
    .requiredOption('--base-year <yyyy>', 'the caseload year', year)
    .requiredOption('--rules-at <date>', 'the law in force on this date (rule set B)', date)
    .option(
      '--vs-rules-at <date>',
      'the baseline: the law in force on this date (rule set A)',
      date,
    )
    .option('--trial <id>', 'instead: rule set B is --rules-at with this trial switched on ex ante')
    .option('--assumptions <file>', 'JSON file overriding the cost assumptions')
    .option(
      '--exempt-share <x>',
      'lever on B: share exempted from interviews and offers (0–0.25)',
      number,
    )
    .option(
      '--interview-factor <x>',
      'lever on B: job interviews as a multiple of the minimum (≥ 1)',
      number,
    )
    .option(
      '--lever-groups <list>',
      'lever on B: target groups getting the extra interviews, e.g. 6.1,6.2',
    )
    .option('--placement <due|lag:DAYS>', 'where in its window each event is placed', placement, {
      mode: 'due',
    } as Placement)
    .option(
      '--weight <n>',
      'persons per register case (default: national size ÷ register persons)',
      number,
    )
    .option('--lang <da|en>', "the report's language", language, 'da' as const)
    .option('--json', 'print the result as JSON')
    .option('--csv', 'print the tables as CSV')
    .option('--xlsx <file>', 'write the tables as an XLSX workbook')
    .action(async (o: SimulateOpts) => {
      const req = simulationRequest(o);
      const onProgress = progressPrinter('simulate');
      const out =
        o.caseload === 'store'
          ? await withDatabase((database) => runSimulation(req, { db: database.db, onProgress }))
          : await runSimulation(req, { onProgress });
      await writeSimulation(out, o);
    });
}

/** The options as a simulation request (one of --vs-rules-at and --trial is required). */
function simulationRequest(o: SimulateOpts): SimulationRequest {
  if ((o.vsRulesAt === undefined) === (o.trial === undefined))
    throw new Error('give exactly one of --vs-rules-at DATE and --trial ID');
  const levers: Levers = {
    ...(o.exemptShare !== undefined ? { exemptShare: o.exemptShare } : {}),
    ...(o.interviewFactor !== undefined ? { interviewFactor: o.interviewFactor } : {}),
    ...(o.leverGroups ? { groups: o.leverGroups.split(',').map((s) => s.trim()) } : {}),
  };
  const trial = o.trial
    ? { trial: { id: o.trial, ...(o.municipality ? { municipality: o.municipality } : {}) } }
    : {};
  return {
    caseload: o.caseload,
    baseYear: o.baseYear,
    baseline: { lawAt: o.vsRulesAt ?? o.rulesAt },
    alternative: { lawAt: o.rulesAt, ...trial },
    placement: o.placement,
    ...(o.municipality ? { municipality: o.municipality } : {}),
    ...(Object.keys(levers).length ? { levers } : {}),
    ...(o.assumptions ? { assumptions: readAssumptions(o.assumptions) } : {}),
    ...(o.weight !== undefined ? { weight: o.weight } : {}),
    lang: o.lang,
  };
}

/** Writes the result as XLSX (--xlsx), then JSON, CSV or text on stdout. */
async function writeSimulation(
  out: Awaited<ReturnType<typeof runSimulation>>,
  o: SimulateOpts,
): Promise<void> {
  if (o.xlsx) {
    writeFileSync(o.xlsx, await renderXlsx(out.report));
    process.stderr.write(`wrote ${o.xlsx}\n`);
  }
  if (o.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else if (o.csv) process.stdout.write(renderReportCsv(out.report));
  else if (!o.xlsx) process.stdout.write(renderReportText(out.report));
}
