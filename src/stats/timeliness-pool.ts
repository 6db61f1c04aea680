/**
 * The rules engine's timeliness tally (simulate/timeliness.ts) spread over worker threads:
 * the measure `rettidighed` evaluates every person with an interview spell (540,000 at 1M
 * persons, about 7 s on one thread), and the persons are independent, so the blocks of
 * persons' lines are split between workers and their cells added up (each cell is a count,
 * so the sum does not depend on the split). Small inputs, a machine with one CPU and a
 * worker that cannot start (it imports the TypeScript sources through tsx, as the command
 * line does) are tallied on the calling thread instead: the same function, the same cells.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type TimelinessCell,
  type TimelinessOptions,
  tallyBlocks,
} from '../simulate/timeliness.ts';

/** Below this many characters of persons' lines, starting workers costs more than it saves. */
const MIN_PARALLEL_CHARS = 5_000_000;

/**
 * The worker's code, evaluated as a CommonJS script: it loads simulate/timeliness.ts through
 * tsx (registered in the worker: a parent's loader does not reach an evaluated worker) and tallies its
 * blocks. The module's URL comes in workerData: import.meta.url is rewritten to the source
 * file's URL in the compiled command line too (scripts/build-cli.mjs), so it is the source.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import('tsx/esm/api');
  register();
  const { tallyBlocks } = await import(workerData.module);
  parentPort.postMessage({ cells: tallyBlocks(workerData.blocks, workerData.opts) });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

const MODULE = new URL('../simulate/timeliness.ts', import.meta.url).href;

/** Tallies `blocks` on a worker; undefined when the worker failed (the caller tallies them). */
export function tallyOnWorker(
  blocks: readonly string[],
  opts: Omit<TimelinessOptions, 'catalog'>,
): Promise<TimelinessCell[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER, { eval: true, workerData: { module: MODULE, blocks, opts } });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (m: { cells?: TimelinessCell[]; error?: string }) => {
      if (m.error && process.env.JOBCENTER_DEBUG_WORKERS) console.error(m.error);
      resolve(m.cells);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      if (process.env.JOBCENTER_DEBUG_WORKERS) console.error(e);
      resolve(undefined);
    });
    worker.once('exit', () => resolve(undefined));
  });
}

/** The cells of all blocks, on up to `threads` threads (default: the machine's CPUs, at most 4). */
export async function tallyBlocksInParallel(
  blocks: readonly string[],
  opts: Omit<TimelinessOptions, 'catalog'>,
  { threads = Math.min(4, availableParallelism()), minChars = MIN_PARALLEL_CHARS } = {},
): Promise<TimelinessCell[]> {
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  if (threads < 2 || blocks.length < threads || chars < minChars) {
    return tallyBlocks(blocks, opts);
  }
  const parts: string[][] = Array.from({ length: threads }, () => []);
  for (let i = 0; i < blocks.length; i++) parts[i % threads]!.push(blocks[i]!);
  const results = await Promise.all(parts.map((part) => tallyOnWorker(part, opts)));
  return results.flatMap((cells, i) => cells ?? tallyBlocks(parts[i]!, opts));
}
