#!/usr/bin/env node
/**
 * Compiles the command line (src/cli/main.ts and everything it imports) to
 * JavaScript in dist/cli/, so `jobcenter` starts without compiling TypeScript
 * at run time. Run by `npm install` (prepare), `npm start` (prestart) and
 * `npm test` (pretest); takes about a second.
 *
 * - One ES module bundle per lazily imported command module (esbuild code
 *   splitting); npm packages stay external and are loaded from node_modules.
 * - `import.meta.url` in a source file is rewritten to the URL of that source
 *   file, so paths the code resolves relative to itself (package.json,
 *   dist/web, bin/) are the same as when it runs from source.
 * - dist/cli/build.json records when the build started. bin/jobcenter.js runs
 *   the build only if no file or folder under src/ (nor package.json) changed
 *   after that; otherwise it runs the sources through tsx, so a stale build is
 *   never used.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/cli');
const startedAt = Date.now();

/** Replaces import.meta.url in each source file by that file's own URL, relative to the bundle. */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split('\\').join('/');
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

function externals() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (n) => !n.startsWith('@stdlib/') && n !== 'ml-matrix',
  );
  return names.flatMap((n) => [n, `${n}/*`]);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { main: resolve(root, 'src/cli/main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // npm packages stay external (loaded from node_modules), except the stdlib.io
  // distribution functions and ml-matrix: stdlib is hundreds of tiny CommonJS
  // files whose loading cost ≈0.5 s per evaluate command; bundled, it is one chunk.
  external: externals(),
  sourcemap: 'linked',
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  plugins: [sourceUrls],
  // Bundled CommonJS (stdlib) calls require() for node built-ins.
  banner: {
    js: "import { createRequire as __jobcenterRequire } from 'node:module'; const require = __jobcenterRequire(import.meta.url);",
  },
});
writeFileSync(
  resolve(outdir, 'build.json'),
  `${JSON.stringify({ startedAt, from: pathToFileURL(resolve(root, 'src')).href }, null, 2)}\n`,
);
if (!process.env.npm_lifecycle_event || process.env.JOBCENTER_BUILD_VERBOSE === '1') {
  process.stderr.write(`built ${relative(root, outdir)}/main.js in ${Date.now() - startedAt} ms\n`);
}
