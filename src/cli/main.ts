/**
 * The `jobcenter` command. Every failure ends as one line on stderr and a
 * non-zero exit code; stack traces only with JOBCENTER_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { scrubCpr } from '../cases/cpr.ts';
import { VERSION } from '../version.ts';
import { registerEvaluateCommands } from './commands/evaluate.ts';
import { registerRegisterCommands } from './commands/register.ts';
import { registerRulesCommands } from './commands/rules.ts';
import { registerSimulateCommands } from './commands/simulate.ts';
import { registerStatsCommands } from './commands/stats.ts';
import { registerSystemCommands } from './commands/system.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('jobcenter')
    .description(
      'Danish municipal employment services: statutory rules as code, case work, register statistics and trial evaluation.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerSystemCommands(program);
  registerRulesCommands(program);
  registerEvaluateCommands(program);
  registerRegisterCommands(program);
  registerStatsCommands(program);
  registerSimulateCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
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
