/**
 * Worklist benchmark: a municipality of 20,000 citizens, 50 concurrent clients
 * for 30 s against GET /api/worklist (autocannon), each request as one of the
 * caseworkers (about 130 cases each), asking for the first page (100 items,
 * as the web app does); a shorter run asks for the whole list. Prints requests/s and p50/p95/p99
 * latency beside a baseline: the team leaders' team worklists from the
 * projection and computed on every request from the stored cases (`cache=off`,
 * which only team leaders and administrators may ask for).
 * Target: p95 under 50 ms. Every request is audited (group commit) in both runs.
 *
 * The mixed run (issue #13) reads the first page with the same connections
 * while a writer adds journal notes at a steady rate (5 per second, open
 * loop: a slow write does not slow the rate) to citizens on the readers'
 * worklists; every write changes a case the readers see. Targets: worklist
 * p95 under 50 ms and writes p95 under 100 ms.
 *
 *   node --import tsx bench/worklist/bench.ts [--citizens 20000] [--duration 30]
 *     [--connections 50] [--baseline-duration 10] [--caseworkers-per-team 30]
 *     [--postgres postgres://user@host/db]   (default: embedded PGlite)
 *     [--writes-per-second 5] [--mixed-only]
 *
 * BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const CITIZENS = Number(arg('citizens', '20000'));
const DURATION = Number(arg('duration', '30'));
const CONNECTIONS = Number(arg('connections', '50'));
const BASELINE_DURATION = Number(arg('baseline-duration', '10'));
const PER_TEAM = Number(arg('caseworkers-per-team', '30'));
const POSTGRES = arg('postgres', '');
const WRITES_PER_SECOND = Number(arg('writes-per-second', '5'));
const MIXED_ONLY = process.argv.includes('--mixed-only');
const TARGET_P95 = 50;
const TARGET_WRITE_P95 = 100;

interface Ready {
  port: number;
  kind: string;
  citizens: number;
  events: number;
  caseworkers: string[];
  teamLeaders: string[];
}

const serverPath = fileURLToPath(new URL('./server.ts', import.meta.url));
// BENCH_SERVER_NODE_ARGS: extra Node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const child = spawn(
  process.execPath,
  [
    ...serverNodeArgs,
    '--import',
    'tsx',
    serverPath,
    String(CITIZENS),
    String(PER_TEAM),
    ...(POSTGRES ? [POSTGRES] : []),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const ready = await new Promise<Ready>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      const msg = JSON.parse(line) as Ready & { ready?: boolean };
      if (msg.ready) resolve(msg);
    } catch {
      // not ours
    }
  });
});
const base = `http://127.0.0.1:${ready.port}`;
const AS_OF = '2026-03-02';

async function login(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

const users = ready.caseworkers.slice(0, Math.max(CONNECTIONS, 1));
const cookies: string[] = [];
for (const u of users) cookies.push(await login(u));
let sizes = 0;
let totals = 0;
/** Citizens on the readers' first pages, with the cookie of a caseworker who may write to them. */
const writable: { citizenId: number; cookie: string }[] = [];
for (const cookie of cookies) {
  const res = await fetch(`${base}/api/worklist`, { headers: { cookie } });
  const body = (await res.json()) as {
    cases: number;
    items: { citizenId: number }[];
    total: number;
  };
  sizes += body.items.length;
  totals += body.total;
  for (const id of new Set(body.items.map((i) => i.citizenId))) {
    writable.push({ citizenId: id, cookie });
  }
}

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

function run(path: string, duration: number, as: string[] = cookies): Promise<Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'GET',
            path,
            setupRequest: (req: { headers?: Record<string, string> }) => {
              const cookie = as[next++ % as.length]!;
              return { ...req, headers: { ...(req.headers ?? {}), cookie } };
            },
          },
        ],
      },
      (err: Error | null, result: Result) => (err ? reject(err) : resolve(result)),
    );
  });
}

/** autocannon's histogram reports p50/p90/p97.5/p99; p95 is read from the raw percentiles. */
/** Every request answered 2xx, and at least one. */
function clean(r: Result): boolean {
  return r.requests.total > 0 && r.non2xx + r.errors + r.timeouts === 0;
}

function p95(result: Result & { latency: Record<string, number> }): number {
  return result.latency.p95 ?? result.latency.p97_5;
}

console.log(
  `node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'CPU'}; server on ${ready.kind}`,
);
console.log(
  `municipality: ${ready.citizens.toLocaleString('en')} citizens, ${ready.events.toLocaleString('en')} events, ${cookies.length} caseworkers logged in, ${Math.round(totals / cookies.length)} open obligations each on average, ${Math.round(sizes / cookies.length)} on the first page (what the web app asks for)`,
);
console.log(
  `${CONNECTIONS} connections; cached worklist ${DURATION} s, baseline ${BASELINE_DURATION} s`,
);

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * Journal notes at a steady rate for `seconds`: each to a citizen on a
 * reader's worklist, with the version the previous write returned.
 */
async function writeLoad(seconds: number): Promise<{ ms: number[]; failed: number }> {
  const versions = new Map<number, number>();
  const ms: number[] = [];
  let failed = 0;
  let n = 0;
  const pending: Promise<void>[] = [];
  const write = async (target: { citizenId: number; cookie: string }) => {
    const headers = { cookie: target.cookie, 'content-type': 'application/json' };
    let version = versions.get(target.citizenId);
    if (version === undefined) {
      const res = await fetch(`${base}/api/citizens/${target.citizenId}`, { headers });
      version = ((await res.json()) as { citizen: { version: number } }).citizen.version;
    }
    const started = performance.now();
    const res = await fetch(`${base}/api/citizens/${target.citizenId}/events`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        expectedVersion: version,
        event: {
          type: 'journal-note',
          date: AS_OF,
          details: { text: `Telefonisk kontakt ${n}` },
        },
      }),
    });
    const elapsed = performance.now() - started;
    const body = (await res.json()) as { version?: number };
    if (res.status === 201 && body.version !== undefined) {
      versions.set(target.citizenId, body.version);
      ms.push(elapsed);
    } else {
      versions.delete(target.citizenId);
      failed += 1;
    }
  };
  const interval = 1000 / WRITES_PER_SECOND;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const target = writable[(n * 7919) % writable.length]!;
    n += 1;
    pending.push(
      write(target).catch(() => {
        failed += 1;
      }),
    );
    const due = start + n * interval;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  }
  await Promise.all(pending);
  return { ms: ms.sort((x, y) => x - y), failed };
}

type Run = Result & { latency: Record<string, number> };
const row = (label: string, r: Run) =>
  `${label.padEnd(30)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(8)} ${String(p95(r)).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(r.non2xx + r.errors + r.timeouts).padStart(8)}`;
const header = `${'run'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(8)}`;

if (!MIXED_ONLY) {
  const floorRun = (await run('/api/auth/me', Math.min(5, DURATION))) as Run;
  const cached = (await run('/api/worklist', DURATION)) as Run;
  const whole = (await run('/api/worklist?limit=5000', Math.min(10, DURATION))) as Run;
  // Only team leaders and administrators may bypass the projection: the
  // baseline pair is the team leaders' team worklists, projected and computed.
  const leaders: string[] = [];
  for (const u of ready.teamLeaders) leaders.push(await login(u));
  const team = (await run('/api/worklist?scope=team', Math.min(10, DURATION), leaders)) as Run;
  const baseline = (await run(
    '/api/worklist?scope=team&cache=off',
    BASELINE_DURATION,
    leaders,
  )) as Run;
  console.log(header);
  console.log(row('floor: GET /api/auth/me', floorRun));
  console.log(row('worklist page 1 (cache)', cached));
  console.log(row('whole list (cache)', whole));
  console.log(row('team worklist (projection)', team));
  console.log(row('baseline: team, compute each', baseline));
  const ok = clean(cached) && p95(cached) < TARGET_P95;
  const ratio =
    baseline.requests.average > 0 && clean(baseline)
      ? `×${(team.requests.average / baseline.requests.average).toFixed(1)}`
      : 'not comparable (the baseline failed)';
  console.log(
    `p95 ${p95(cached)} ms vs target ${TARGET_P95} ms: ${ok ? 'met' : 'NOT met'}; team lists from the projection ${ratio} the baseline's throughput`,
  );
}

// Mixed: the readers and the writer at the same time.
const [mixed, writes] = await Promise.all([
  run('/api/worklist', DURATION) as Promise<Run>,
  writeLoad(DURATION),
]);
console.log(
  `\nmixed run: ${CONNECTIONS} readers + ${WRITES_PER_SECOND} journal notes/s for ${DURATION} s (${writes.ms.length} written, ${writes.failed} failed)`,
);
console.log(header);
console.log(row('mixed: worklist page 1', mixed));
const w = writes.ms;
console.log(
  `${'mixed: write (journal note)'.padEnd(30)} ${(w.length / DURATION).toFixed(1).padStart(8)} ${percentile(w, 0.5).toFixed(0).padStart(8)} ${percentile(w, 0.95).toFixed(0).padStart(8)} ${percentile(w, 0.99).toFixed(0).padStart(8)} ${String(writes.failed).padStart(8)}`,
);
// A run with failed requests meets nothing, however fast its successes were.
const readOk = clean(mixed) && p95(mixed) < TARGET_P95;
const writeOk = writes.failed === 0 && w.length > 0 && percentile(w, 0.95) < TARGET_WRITE_P95;
console.log(
  `mixed: worklist p95 ${p95(mixed)} ms (target ${TARGET_P95}: ${readOk ? 'met' : 'NOT met'}), write p95 ${percentile(w, 0.95).toFixed(0)} ms (target ${TARGET_WRITE_P95}: ${writeOk ? 'met' : 'NOT met'})`,
);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
