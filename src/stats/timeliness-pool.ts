/**
 * The rules engine's timeliness tally (simulate/timeliness.ts) spread over worker threads:
 * the measure `rettidighed` evaluates every person with an interview spell (540,000 at 1M
 * persons, about 4 s on one thread), and the persons are independent, so each worker takes
 * the persons whose id modulo the number of workers is its own (TimelinessPart) from the same
 * columns, and their cells are added up (each cell is a count, so the sum does not depend on
 * the split). Small inputs, a machine with one CPU and a worker that cannot start (it imports
 * the TypeScript sources through tsx, as the command line does) are tallied on the calling
 * thread instead: the same function, the same cells.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type TimelinessCell,
  type TimelinessColumns,
  type TimelinessOptions,
  type TimelinessPart,
  tallyColumns,
} from '../simulate/timeliness.ts';

/** Below this many spells, starting workers costs more than it saves. */
const MIN_PARALLEL_SPELLS = 50_000;

/**
 * The worker's code, evaluated as a CommonJS script: it loads simulate/timeliness.ts through
 * tsx (registered in the worker: a parent's loader does not reach an evaluated worker) and tallies its
 * part. The module's URL comes in workerData: import.meta.url is rewritten to the source
 * file's URL in the compiled command line too (scripts/build-cli.mjs), so it is the source.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import('tsx/esm/api');
  register();
  const { tallyColumns } = await import(workerData.module);
  parentPort.postMessage({ cells: tallyColumns(workerData.cols, workerData.opts, workerData.part) });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

const MODULE = new URL('../simulate/timeliness.ts', import.meta.url).href;

/** Tallies one part on a worker; undefined when the worker failed (the caller tallies it). */
export function tallyOnWorker(
  cols: TimelinessColumns,
  opts: Omit<TimelinessOptions, 'catalog'>,
  part: TimelinessPart = { index: 0, of: 1 },
): Promise<TimelinessCell[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        eval: true,
        workerData: { module: MODULE, cols, opts, part },
      });
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

/** An Int32Array copied into shared memory. */
function shared(values: Int32Array): Int32Array {
  const out = new Int32Array(new SharedArrayBuffer(values.byteLength));
  out.set(values);
  return out;
}

/**
 * The columns in shared memory: every worker reads the same copy. Handed over as ordinary
 * typed arrays, the 94 MB of columns at 1M persons were cloned for each worker, 1.3 s each
 * on the calling thread.
 */
function sharedColumns(cols: TimelinessColumns): TimelinessColumns {
  const each = <T extends Record<string, Int32Array>>(group: T): T =>
    Object.fromEntries(Object.entries(group).map(([k, v]) => [k, shared(v)])) as T;
  return {
    spells: each(cols.spells),
    interviews: each(cols.interviews),
    births: each(cols.births),
    dictionaries: cols.dictionaries,
  };
}

/** The cells of all persons, on up to `threads` threads (default: the machine's CPUs, at most 4). */
export async function tallyColumnsInParallel(
  cols: TimelinessColumns,
  opts: Omit<TimelinessOptions, 'catalog'>,
  { threads = Math.min(4, availableParallelism()), minSpells = MIN_PARALLEL_SPELLS } = {},
): Promise<TimelinessCell[]> {
  if (threads < 2 || cols.spells.person.length < minSpells) return tallyColumns(cols, opts);
  const parts = Array.from({ length: threads }, (_, index) => ({ index, of: threads }));
  const inShared = sharedColumns(cols);
  const results = await Promise.all(parts.map((part) => tallyOnWorker(inShared, opts, part)));
  return results.flatMap((cells, i) => cells ?? tallyColumns(cols, opts, parts[i]));
}
