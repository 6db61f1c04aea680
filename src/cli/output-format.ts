/**
 * One output-format convention for every command (README "Output formats"):
 * `--format <format>` chooses the output, and `--json` is the same as
 * `--format json`. Commands declare whichever they need; `applyFormatConvention`
 * gives every command the other spelling, so `rules list --format json` and
 * `stats … --json` work like `rules list --json` and `stats … --format json`.
 * Applied once to the whole program (main.ts), so a new command gets it too.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';

const hasOption = (cmd: Command, flag: string) => cmd.options.some((o) => o.long === flag);

function addJsonAlias(cmd: Command): void {
  cmd.addOption(new Option('--json', 'same as --format json'));
  cmd.hook('preAction', (command) => {
    const opts = command.opts();
    if (!opts.json) return;
    const given = command.getOptionValueSource('format');
    if (given === 'cli' && opts.format !== 'json') {
      throw new InvalidArgumentError(`--json and --format ${opts.format} contradict each other`);
    }
    command.setOptionValue('format', 'json');
  });
}

function addFormatAlias(cmd: Command): void {
  cmd.addOption(
    new Option('--format <format>', 'same as --json when json (the only other is text)').choices([
      'json',
      'text',
    ]),
  );
  cmd.hook('preAction', (command) => {
    if (command.opts().format === 'json') command.setOptionValue('json', true);
  });
}

/** Gives every command with `--format` a `--json`, and every command with `--json` a `--format`. */
export function applyFormatConvention(program: Command): void {
  const visit = (cmd: Command) => {
    const format = hasOption(cmd, '--format');
    const json = hasOption(cmd, '--json');
    if (format && !json) addJsonAlias(cmd);
    else if (json && !format) addFormatAlias(cmd);
    for (const sub of cmd.commands) visit(sub);
  };
  visit(program);
}
