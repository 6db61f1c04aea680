import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve('bin/jobcenter.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'jobcenter-cli-'));

async function jobcenter(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(scratch, 'data'), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('jobcenter command', () => {
  it('lists every command in --help', async () => {
    const { code, stdout } = await jobcenter(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'audit']) {
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('prints the package version', async () => {
    const { code, stdout } = await jobcenter(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('fails with one line and a non-zero exit on an unknown command', async () => {
    const { code, stderr } = await jobcenter(['frobnicate']);
    expect(code).not.toBe(0);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it('migrates the embedded database, then reports it up to date', async () => {
    const first = await jobcenter(['migrate']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/PGlite at .*: applied 0001-initial/);
    const second = await jobcenter(['migrate']);
    expect(second.stdout).toContain('already up to date');
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, /^jobcenter: DATABASE_URL is not a valid URL/],
    [
      { DATABASE_URL: 'mysql://root@localhost/x' },
      /^jobcenter: DATABASE_URL must start with postgres:\/\//,
    ],
    [
      { DATABASE_URL: 'postgres://user:hunter2@127.0.0.1:1/nowhere' },
      /^jobcenter: cannot connect to PostgreSQL at postgres:\/\/user:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    ],
  ])('reports a bad DATABASE_URL in one line: %o', async (env, message) => {
    const { code, stderr } = await jobcenter(['migrate'], env);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('hunter2');
  });

  it('reports an unwritable DATA_DIR in one line', async () => {
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await jobcenter(['migrate'], { DATA_DIR: path.join(file, 'data') });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^jobcenter: DATA_DIR .* is not writable \(ENOTDIR\)$/);
  });

  it('rejects a bad option value naming the option', async () => {
    const { code, stderr } = await jobcenter(['demo', '--citizens', 'many']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--citizens must be an integer');
  });
});

describe('a reader that stops early (jobcenter … | head)', () => {
  it('exits quietly with 0 instead of crashing on EPIPE', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('node', [bin, 'rules', 'list', '--as-of', '2026-12-04'], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(scratch, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
