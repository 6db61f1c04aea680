#!/usr/bin/env node
// Entry point of the `jobcenter` command.
//
// Runs the compiled command line in dist/cli/ (scripts/build-cli.mjs, run by
// `npm install`, `npm start` and `npm test`) when it is up to date, and the
// TypeScript sources through tsx otherwise (no build, or anything under src/
// changed after the build started: see fresh-build.js). A stale build is
// therefore never run; it only costs start-up time (≈1.5 s through tsx against
// ≈0.15 s compiled) until the next build. JOBCENTER_FROM_SOURCE=1 forces the sources.
import { fileURLToPath } from 'node:url';
import { buildIsFresh } from './fresh-build.js';

let main;
if (
  process.env.JOBCENTER_FROM_SOURCE !== '1' &&
  buildIsFresh(fileURLToPath(new URL('..', import.meta.url)))
) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
const code = await main(process.argv);
if (code !== 0) process.exitCode = code;
