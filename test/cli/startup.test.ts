/**
 * The fast start of the command line: the lazy command table of src/cli/main.ts
 * names every top-level command, and bin/fresh-build.js uses the compiled build
 * only when nothing under src/ changed after it was built.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (it runs before anything is compiled)
import { buildIsFresh } from '../../bin/fresh-build.js';
import { buildProgram, COMMAND_MODULES } from '../../src/cli/main.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'jobcenter-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lazy command modules', () => {
  it('COMMAND_MODULES names every top-level command, with the module that registers it', async () => {
    const all = await buildProgram();
    const names = all.commands.map((c) => c.name());
    expect(Object.keys(COMMAND_MODULES).sort()).toEqual([...names].sort());
    for (const name of names) {
      const only = await buildProgram(['node', 'jobcenter', name]);
      expect(only.commands.map((c) => c.name())).toContain(name);
    }
  });

  it('--version loads no command module', async () => {
    const p = await buildProgram(['node', 'jobcenter', '--version']);
    expect(p.commands).toHaveLength(0);
  });
});

describe('build freshness (bin/fresh-build.js)', () => {
  const at = (iso: string) => new Date(iso);
  function tree(): string {
    const root = mkdtempSync(path.join(scratch, 'repo-'));
    mkdirSync(path.join(root, 'src/cli'), { recursive: true });
    mkdirSync(path.join(root, 'src/web'), { recursive: true });
    mkdirSync(path.join(root, 'dist/cli'), { recursive: true });
    for (const f of ['src/cli/main.ts', 'src/web/app.tsx']) {
      writeFileSync(path.join(root, f), '');
      utimesSync(path.join(root, f), at('2026-01-01'), at('2026-01-01'));
    }
    for (const d of ['src/cli', 'src/web', 'src'])
      utimesSync(path.join(root, d), at('2026-01-01'), at('2026-01-01'));
    writeFileSync(
      path.join(root, 'dist/cli/build.json'),
      JSON.stringify({ startedAt: at('2026-02-01').getTime() }),
    );
    return root;
  }

  it('uses a build started after the last change', () => {
    expect(buildIsFresh(tree())).toBe(true);
  });

  it('refuses a build older than an edited source file', () => {
    const root = tree();
    utimesSync(path.join(root, 'src/cli/main.ts'), at('2026-03-01'), at('2026-03-01'));
    expect(buildIsFresh(root)).toBe(false);
  });

  it('refuses a build older than an added or deleted file (the folder time changes)', () => {
    const root = tree();
    utimesSync(path.join(root, 'src/cli'), at('2026-03-01'), at('2026-03-01'));
    expect(buildIsFresh(root)).toBe(false);
  });

  it('ignores the browser app under src/web', () => {
    const root = tree();
    utimesSync(path.join(root, 'src/web/app.tsx'), at('2026-03-01'), at('2026-03-01'));
    expect(buildIsFresh(root)).toBe(true);
  });

  it('refuses a missing build', () => {
    const root = tree();
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(buildIsFresh(root)).toBe(false);
  });
});
