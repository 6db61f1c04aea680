/** The one output-format convention: `--json` ≡ `--format json`, whichever a command declares. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';
import { applyFormatConvention } from '../../src/cli/output-format.ts';

function program(seen: Record<string, unknown>[]) {
  const p = new Command().exitOverride();
  p.command('a')
    .option('--format <format>', 'table|json', 'table')
    .action((opts) => {
      seen.push(opts);
    });
  p.command('b')
    .option('--json', 'print JSON')
    .action((opts) => {
      seen.push(opts);
    });
  applyFormatConvention(p);
  return p;
}

describe('output format convention', () => {
  it('accepts --json where a command declares --format', async () => {
    const seen: Record<string, unknown>[] = [];
    await program(seen).parseAsync(['node', 'x', 'a', '--json']);
    expect(seen[0]!.format).toBe('json');
  });

  it('accepts --format json where a command declares --json, and keeps the default otherwise', async () => {
    const seen: Record<string, unknown>[] = [];
    const p = program(seen);
    await p.parseAsync(['node', 'x', 'b', '--format', 'json']);
    await p.parseAsync(['node', 'x', 'a']);
    expect(seen[0]!.json).toBe(true);
    expect(seen[1]!.format).toBe('table');
  });

  it('refuses --json with another --format', async () => {
    const p = program([]);
    p.configureOutput({ writeErr: () => {} });
    await expect(p.parseAsync(['node', 'x', 'a', '--json', '--format', 'table'])).rejects.toThrow(
      /contradict/,
    );
  });

  it('every jobcenter command that prints JSON takes both spellings', async () => {
    const all = await buildProgram();
    const missing: string[] = [];
    const visit = (cmd: Command, path: string) => {
      const flags = cmd.options.map((o) => o.long);
      if (flags.includes('--json') !== flags.includes('--format')) missing.push(path);
      for (const sub of cmd.commands) visit(sub, `${path} ${sub.name()}`);
    };
    visit(all, 'jobcenter');
    expect(missing).toEqual([]);
  });
});
