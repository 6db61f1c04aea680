/**
 * The `jobcenter` command. Every failure ends as one line on stderr and a
 * non-zero exit code; stack traces only with JOBCENTER_DEBUG=1.
 *
 * Command modules are imported lazily: `jobcenter rules explain` loads the
 * rules module only, not the server, DuckDB or PGlite (each costs hundreds of
 * milliseconds at start-up). A first argument that is not in COMMAND_MODULES
 * (help, an unknown or a newly added command) loads every module, so a command
 * missing from the table still works, only slower; test/cli/startup.test.ts
 * checks that the table names every top-level command.
 */
import { Command, CommanderError } from 'commander';
import { scrubCpr } from '../cases/cpr.ts';
import { VERSION } from '../version.ts';
import { applyFormatConvention } from './output-format.ts';

type Register = (program: Command) => void;

const MODULES = {
  system: async () => (await import('./commands/system.ts')).registerSystemCommands,
  rules: async () => (await import('./commands/rules.ts')).registerRulesCommands,
  evaluate: async () => (await import('./commands/evaluate.ts')).registerEvaluateCommands,
  register: async () => (await import('./commands/register.ts')).registerRegisterCommands,
  stats: async () => (await import('./commands/stats.ts')).registerStatsCommands,
  simulate: async () => (await import('./commands/simulate.ts')).registerSimulateCommands,
} satisfies Record<string, () => Promise<Register>>;

type ModuleName = keyof typeof MODULES;

/** Top-level command → the module that registers it (help lists the modules in MODULES order). */
export const COMMAND_MODULES: Readonly<Record<string, ModuleName>> = {
  serve: 'system',
  migrate: 'system',
  demo: 'system',
  audit: 'system',
  rules: 'rules',
  trials: 'rules',
  evaluate: 'evaluate',
  synth: 'register',
  register: 'register',
  stats: 'stats',
  report: 'stats',
  simulate: 'simulate',
};

function bareProgram(): Command {
  return new Command()
    .name('jobcenter')
    .description(
      'Danish municipal employment services: statutory rules as code, case work, register statistics and trial evaluation.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
}

/** The program with the command modules needed for `argv` (all of them when `argv` is omitted). */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = bareProgram();
  const first = argv?.[2];
  let modules: ModuleName[];
  if (first === '-V' || first === '--version') modules = [];
  else if (first !== undefined && Object.hasOwn(COMMAND_MODULES, first))
    modules = [COMMAND_MODULES[first]!];
  else modules = Object.keys(MODULES) as ModuleName[];
  const registers = await Promise.all(modules.map((m) => MODULES[m]()));
  for (const register of registers) register(program);
  applyFormatConvention(program);
  return program;
}

/**
 * `jobcenter … | head` closes the pipe early: the reader has what it wanted,
 * so stop quietly, as Unix tools do, instead of crashing on EPIPE.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help, the version or its own one-line error.
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jobcenter: ${scrubCpr(message.split('\n')[0] ?? message)}\n`);
    if (process.env.JOBCENTER_DEBUG === '1' && error instanceof Error) {
      process.stderr.write(`${error.stack}\n`);
    }
    return 1;
  }
}
