/**
 * `jobcenter rules list`, `jobcenter rules explain CASE.json --as-of DATE` and
 * `jobcenter trials list`: the statutory rules and trials as data, and the
 * engine's verdict on one case. `jobcenter rules test DIR` runs a folder of
 * YAML scenarios (src/rules/scenarios.ts) and exits 1 when one fails.
 */
import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { IsoDateSchema } from '../../rules/case-format.ts';
import { parseCaseJson } from '../../rules/case-io.ts';
import {
  diffRules,
  type RuleSummary,
  rulesOnDate,
  summariseRule,
  summariseTrial,
} from '../../rules/catalog-view.ts';
import { type EvaluationResult, evaluate, getDefaultCatalog } from '../../rules/engine.ts';
import { formatExplanationDa, ruleIdOnce } from '../../rules/explain-text.ts';
import { runScenarioFolder, type ScenarioResult } from '../scenario-folder.ts';

export interface RulesIo {
  out: (text: string) => void;
}

const stdoutIo: RulesIo = { out: (text) => process.stdout.write(text) };

/** `--as-of`: written YYYY-MM-DD and a real calendar day (2020-13-45 is told it is not). */
function asOfDate(value: string): string {
  const r = IsoDateSchema.safeParse(value);
  if (!r.success) {
    throw new InvalidArgumentError(`${value}: ${r.error.issues[0]?.message ?? 'not a date'}`);
  }
  return value;
}

function json(io: RulesIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

function formatRule(r: RuleSummary): string {
  const valid = `${r.validFrom}–${r.validTo ?? ''}`;
  const values = r.parameters.map((p) => `\n  ${p.name} = ${JSON.stringify(p.value)} (${p.setBy})`);
  return `${r.id}${r.version ? ` [version ${r.version}]` : ''}\n  ${r.title.da}\n  ${r.title.en}\n  ${r.legalRef} · ${r.regime} · ${valid} · ${r.targetGroups.join(', ')}${r.computed ? '' : ' · (ingen frist / no deadline)'}${values.join('')}\n`;
}

function notEncodedText(
  horizon: string | null,
  announced: readonly { from: string; title: { da: string; en: string } }[],
): string {
  const a = announced.map((x) => `\n  ${x.from}: ${x.title.da} / ${x.title.en}`).join('');
  return `Loven efter ${horizon} er ikke indkodet. / The law after ${horizon} is not encoded.${a}`;
}

export function formatExplanation(r: EvaluationResult): string {
  const lines: string[] = [];
  lines.push(`Forpligtelser / Obligations (pr./as of ${r.asOf})`);
  if (r.obligations.length === 0) lines.push('  (ingen / none)');
  for (const o of r.obligations) {
    const met = o.metBy ? ` ← ${o.metBy}${o.late ? ' (for sent / late)' : ''}` : '';
    const trial = o.trialId ? ` [forsøg/trial ${o.trialId}]` : '';
    lines.push(
      `  ${o.status.padEnd(8)} ${o.windowStart} → ${o.dueBy}  ${o.ruleId} #${o.seq} (${o.legalRef})${met}${trial}`,
    );
  }
  lines.push('', 'Afvigelser / Deviations');
  if (r.findings.length === 0) lines.push('  (ingen / none)');
  for (const f of r.findings) {
    lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}${f.trialId ? ` [${f.trialId}]` : ''}`);
    lines.push(`          ${f.message.da}`, `          ${f.message.en}`);
  }
  lines.push('', 'Forklaring / Explanation');
  const idOnce = ruleIdOnce();
  for (const t of r.trace) lines.push(`  • ${t.da}${idOnce(t.ruleId)}`, `    ${t.en}`);
  return `${lines.join('\n')}\n`;
}

/** One line per scenario (PASS/FAIL file: title), the failures indented below, then a count. */
export function formatScenarioResults(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.errors.length === 0 ? 'PASS' : 'FAIL'}  ${r.file}: ${r.title}`);
    for (const e of r.errors) lines.push(`      ${e}`);
  }
  const failed = results.filter((r) => r.errors.length > 0).length;
  lines.push(
    '',
    `${results.length - failed} passed, ${failed} failed, ${results.length} scenarios`,
  );
  return `${lines.join('\n')}\n`;
}

export function registerRulesCommands(program: Command, io: RulesIo = stdoutIo): void {
  const rules = program
    .command('rules')
    .description('statutory process rules (proceskrav) as data');
  registerList(rules, io);
  registerDiff(rules, io);
  registerExplain(rules, io);
  registerTest(rules, io);
  registerTrials(program, io);
}

/** `rules list`: the rules, or those in force on a date. */
function registerList(rules: Command, io: RulesIo): void {
  rules
    .command('list')
    .description('list the rules: id, title, legal reference, validity, target groups')
    .option('--as-of <date>', 'only the rule versions in force on this date, YYYY-MM-DD', asOfDate)
    .option('--json', 'print JSON')
    .action((opts: { asOf?: string; json?: boolean }) => {
      const catalog = getDefaultCatalog();
      if (opts.asOf) {
        const on = rulesOnDate(catalog, opts.asOf);
        if (opts.json) return json(io, on);
        if (!on.encoded) io.out(`${notEncodedText(on.horizon, on.notEncoded)}\n`);
        for (const r of on.rules) io.out(formatRule(r));
        return;
      }
      const list = catalog.rules.map(summariseRule);
      if (opts.json) return json(io, list);
      for (const r of list) io.out(formatRule(r));
    });
}

/** `rules diff`: what changed between two dates. */
function registerDiff(rules: Command, io: RulesIo): void {
  rules
    .command('diff')
    .description(
      'what changed between two dates: rules added, removed and values changed, with their law',
    )
    .requiredOption('--from <date>', 'the earlier date, YYYY-MM-DD', asOfDate)
    .requiredOption('--to <date>', 'the later date, YYYY-MM-DD', asOfDate)
    .option('--json', 'print JSON')
    .action((opts: { from: string; to: string; json?: boolean }) => {
      if (opts.from > opts.to) throw new InvalidArgumentError('--from must not be after --to');
      const d = diffRules(getDefaultCatalog(), opts.from, opts.to);
      if (opts.json) return json(io, d);
      io.out(`Ændringer / Changes ${d.from} → ${d.to}\n`);
      if (!d.encoded) io.out(`${notEncodedText(d.horizon, d.notEncoded)}\n`);
      for (const r of d.added) {
        io.out(`+ ${r.id} (${r.legalRef}; ${r.validFrom}) ${r.title.da}\n`);
        for (const p of r.parameters)
          io.out(`    ${p.name} = ${JSON.stringify(p.value)} (${p.setBy})\n`);
      }
      for (const r of d.removed)
        io.out(`- ${r.id} (${r.legalRef}; til/until ${r.validTo ?? ''}) ${r.title.da}\n`);
      for (const c of d.changed) {
        io.out(`~ ${c.id} (${c.to.legalRef}; ${c.to.regime} fra/from ${c.to.validFrom})\n`);
        for (const v of c.values)
          io.out(
            `    ${v.name}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)} (${v.setBy ?? ''})\n`,
          );
      }
    });
}

/** `rules explain`: one case file through the engine. */
function registerExplain(rules: Command, io: RulesIo): void {
  rules
    .command('explain')
    .description("evaluate one case file: obligations, findings and the engine's explanation")
    .argument('<case>', 'case file in the JSON interchange format (docs/case-format.md)')
    .requiredOption('--as-of <date>', 'evaluation date, YYYY-MM-DD', asOfDate)
    .option('--json', "print the engine's output as JSON")
    .option('--english', 'print the explanation in English and Danish, with rule ids')
    .action((file: string, opts: { asOf: string; json?: boolean; english?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`${file}: cannot read the file`);
      }
      let result: EvaluationResult;
      let caseFile: ReturnType<typeof parseCaseJson>;
      try {
        caseFile = parseCaseJson(text);
        result = evaluate(caseFile, opts.asOf);
      } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (opts.json) return json(io, result);
      io.out(opts.english ? formatExplanation(result) : formatExplanationDa(result, caseFile));
    });
}

/** `rules test`: a folder of YAML scenarios. */
function registerTest(rules: Command, io: RulesIo): void {
  rules
    .command('test')
    .description(
      'run a folder of YAML scenarios (cases with the obligations and findings the law gives them) and print pass/fail per scenario; exit 1 on a failure',
    )
    .argument('<dir>', 'folder of .yaml scenario files (searched recursively), or one file')
    .option('--json', 'print the results as JSON')
    .action((dir: string, opts: { json?: boolean }) => {
      const results = runScenarioFolder(dir);
      if (opts.json) json(io, results);
      else io.out(formatScenarioResults(results));
      if (results.length === 0) throw new Error(`${dir}: no scenarios found (*.yaml, *.yml)`);
      const failed = results.filter((r) => r.errors.length > 0).length;
      if (failed > 0) throw new Error(`${failed} of ${results.length} scenarios failed`);
    });
}

/** `trials list`: the trials of the catalogue. */
function registerTrials(program: Command, io: RulesIo): void {
  const trials = program
    .command('trials')
    .description('Frikommuneforsøg II trials as overlays on the rules');
  trials
    .command('list')
    .description('list the trials: id, title, municipalities, period, rules affected')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const list = [...getDefaultCatalog().trials.values()].map(summariseTrial);
      if (opts.json) return json(io, list);
      if (list.length === 0) io.out('(ingen forsøg i kataloget / no trials in the catalogue)\n');
      for (const t of list) {
        const munis = t.municipalities.map(
          (m) => `${m.name} (${m.code})${m.part ? ` [${m.part}]` : ''} ${m.start}–${m.end ?? ''}`,
        );
        io.out(
          `${t.id}\n  ${t.title.da}\n  ${t.title.en}\n  ${t.period.start}–${t.period.end ?? ''} · ${munis.join('; ')}\n  regler/rules: ${t.rulesAffected.join(', ')}\n`,
        );
      }
    });
}
