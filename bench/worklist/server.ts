/**
 * The benchmark's server process: builds the large municipality in a fresh
 * database (PGlite in memory, or a scratch PostgreSQL database), starts the
 * API on a free port and prints one JSON line `{ready, port, caseworkers}`.
 *
 *   node --import tsx bench/worklist/server.ts <citizens> <caseworkersPerTeam> [postgresUrl]
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/cases/db.ts';
import { migrateToLatest } from '../../src/cases/migrate.ts';
import { buildServer } from '../../src/server/app.ts';
import { seedLargeMunicipality } from './seed.ts';

export const AS_OF = '2026-03-02';

const citizens = Number(process.argv[2] ?? 20_000);
const perTeam = Number(process.argv[3] ?? 30);
const postgresUrl = process.argv[4];

let drop: (() => Promise<void>) | undefined;
let databaseUrl: string | undefined;
if (postgresUrl) {
  const name = `jobcenter_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  drop = async () => {
    const c = new pg.Client({ connectionString: postgresUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
}

const database = await openDatabase(databaseUrl ? { databaseUrl } : { inMemory: true });
await migrateToLatest(database.db);
const seeded = await seedLargeMunicipality(database.db, {
  citizens,
  asOf: AS_OF,
  caseworkersPerTeam: perTeam,
  log: (line) => process.stderr.write(`[server] ${line}\n`),
});
const app = await buildServer({
  database,
  logLevel: 'silent',
  api: { today: () => AS_OF, throttle: { maxFailures: 1000 } },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ ready: true, port, kind: database.kind, ...seeded })}\n`);

const shutdown = async () => {
  await app.close();
  await database.close();
  await drop?.();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
