/** `synth` and `register import`: making and loading the weekly register. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { importPersons, importRegister } from '../../register/import.ts';
import {
  DEFAULT_REGISTER_SCHEMA,
  loadRegisterIntoPostgres,
  registerDatabaseUrl,
} from '../../register/postgres.ts';
import { generateSyntheticRegister, parseEffect } from '../../register/synth.ts';
import { progressPrinter } from '../context.ts';

function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

function month(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new InvalidArgumentError('expected a month written YYYY-MM');
  return value;
}

export function registerRegisterCommands(program: Command): void {
  program
    .command('synth')
    .description(
      'generate a synthetic national weekly register (Parquet) with optional planted effect',
    )
    .requiredOption('--persons <n>', 'number of persons', integer('--persons', 1))
    .option('--from <YYYY-MM>', 'first month', month, '2015-01')
    .option('--to <YYYY-MM>', 'last month', month, '2020-12')
    .option('--seed <n>', 'random seed', integer('--seed', 0), 1)
    .requiredOption('--out <dir>', 'register directory to create (replaced if it exists)')
    .option(
      '--effect <spec>',
      'outcome[/benefit]:municipalities:start:size, e.g. employment:north-jutland-9:2017-07-01:-0.01',
    )
    .action(
      async (opts: {
        persons: number;
        from: string;
        to: string;
        seed: number;
        out: string;
        effect?: string;
      }) => {
        if (opts.to < opts.from) throw new Error('--to is before --from');
        const effect = opts.effect ? parseEffect(opts.effect) : undefined;
        const started = Date.now();
        const summary = await generateSyntheticRegister({
          persons: opts.persons,
          from: opts.from,
          to: opts.to,
          seed: opts.seed,
          out: opts.out,
          effect,
          onProgress: progressPrinter('synth'),
        });
        process.stdout.write(
          `synth: ${summary.persons} persons at the start (+ ${summary.entrants} entering at 16; ${summary.pensioned} reaching folkepension age, ${summary.deaths} deaths), ${summary.weeks} weeks, ${summary.rows} rows (${summary.firstWeek} – ${summary.lastWeek}) in ${opts.out}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        if (summary.effect) {
          process.stdout.write(
            `effect: ${summary.effect.treatedSpells} treated spells, employment ${(100 * summary.effect.counterfactualShare).toFixed(1)} % → ${(100 * summary.effect.actualShare).toFixed(1)} % (${summary.effect.realisedPp.toFixed(2)} pp)\n`,
          );
        }
      },
    );

  const register = program.command('register').description('the weekly register (DREAM-style)');
  register
    .command('import')
    .description('validate and import weekly records from CSV or Parquet (all or nothing)')
    .argument('<file>', 'CSV (with header) or Parquet file')
    .option('--register <dir>', 'register directory', 'data/register')
    .action(async (file: string, opts: { register: string }) => {
      const result = await importRegister(file, opts.register);
      process.stdout.write(`imported ${result.imported} rows into ${opts.register}\n`);
    });
  register
    .command('import-persons')
    .description(
      'validate and import person attributes (person_id, birth_date, sex, origin, education) for the breakdowns (all or nothing)',
    )
    .argument('<file>', 'CSV (with header) or Parquet file')
    .option('--register <dir>', 'register directory', 'data/register')
    .action(async (file: string, opts: { register: string }) => {
      const result = await importPersons(file, opts.register);
      process.stdout.write(`imported ${result.imported} persons into ${opts.register}\n`);
    });
  register
    .command('load-postgres')
    .description(
      'copy a register directory into a PostgreSQL schema (one transaction) for "stats --engine postgres"',
    )
    .argument('<dir>', 'register directory')
    .option('--database-url <url>', 'PostgreSQL URL (default $REGISTER_DATABASE_URL)')
    .option('--schema <name>', 'schema to (re)create the tables in', DEFAULT_REGISTER_SCHEMA)
    .action(async (dir: string, opts: { databaseUrl?: string; schema: string }) => {
      const url = registerDatabaseUrl(opts.databaseUrl);
      const started = Date.now();
      const print = progressPrinter('load-postgres');
      const summary = await loadRegisterIntoPostgres(dir, url, {
        schema: opts.schema,
        onProgress: (p) => print(p.done, p.total),
      });
      process.stdout.write(
        `loaded ${summary.rows} weekly rows (${summary.firstWeek} – ${summary.lastWeek}), ${summary.spells} spells and ${summary.months} person-months into schema ${summary.schema}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    });
}
