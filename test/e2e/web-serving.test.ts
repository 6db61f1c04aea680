/** src/server/web.ts on its own: the built app with client-route fallback, else the landing page. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { hasWebBuild, webApp } from '../../src/server/web.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'jobcenter-web-'));
  dirs.push(d);
  return d;
}

async function serve(root: string) {
  const app = Fastify();
  await app.register(webApp, { root, landing: async () => '<p>landing page</p>' });
  return app;
}

describe('web app serving', () => {
  it('keeps the landing page at / when there is no build', async () => {
    const root = tempDir();
    expect(hasWebBuild(root)).toBe(false);
    const app = await serve(root);
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('<p>landing page</p>');
    expect((await app.inject({ url: '/citizens/1' })).statusCode).toBe(404);
    await app.close();
  });

  it('serves the build, falls back to index.html for client routes, never for /api', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    expect(hasWebBuild(root)).toBe(true);
    const app = await serve(root);

    const home = await app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<div id="root">');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(home.headers['content-security-policy']).toContain("default-src 'self'");

    const deep = await app.inject({ url: '/citizens/42?tab=timeline' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');

    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');

    for (const url of ['/api', '/api/nothing', '/api/citizens/1/whatever']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('<div id="root">');
    }
    await app.close();
  });
});
