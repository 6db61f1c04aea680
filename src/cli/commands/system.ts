/** `serve`, `migrate`, `demo` and `audit verify`: the commands that run and prepare the case store. */
import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { isIsoDate, todayIso } from '../../calendar/index.ts';
import {
  AuditCheckpointer,
  loadPublicKey,
  verifyAuditLog,
  writeAuditCheckpoint,
} from '../../cases/audit-checkpoint.ts';
import { loadAuditKeys } from '../../cases/audit-keys.ts';
import { openDatabase } from '../../cases/db.ts';
import { DEMO_DEFAULTS, generateDemo, resetCaseData } from '../../cases/demo.ts';
import { migrateToLatest } from '../../cases/migrate.ts';
import { countAll, seedMunicipalities } from '../../cases/store.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../server/app.ts';
import { progressPrinter, withDatabase } from '../context.ts';

export function parseInteger(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    }
    return n;
  };
}

export function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date written YYYY-MM-DD');
  return value;
}

export function registerSystemCommands(program: Command): void {
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerAudit(program);
}

/** `serve`: the API and the web app. */
function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the API and web app (migrates the database first)')
    .option('-p, --port <port>', 'HTTP port (default: $PORT or 3000)', parseInteger('--port', 0))
    .option(
      '--demo-if-empty',
      'generate the demo data when the database has no citizens, and a small synthetic register (in the background) when there is none',
    )
    .option(
      '--register <dir>',
      'register directory for the statistics pages (default: $REGISTER_DIR)',
    )
    .action(async (opts: { port?: number; demoIfEmpty?: boolean; register?: string }) => {
      const config = loadConfig();
      const auditKeys = loadAuditKeys(config.audit);
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
      });
      try {
        await migrateToLatest(database.db);
        await seedMunicipalities(database.db);
        if (opts.demoIfEmpty && (await countAll(database.db)).citizens === 0) {
          process.stderr.write('empty database: generating demo data\n');
          await generateDemo(database.db, {
            ...DEMO_DEFAULTS,
            asOf: todayIso(),
            onProgress: progressPrinter('demo'),
          });
        }
      } catch (error) {
        await database.close();
        throw error;
      }
      const app = await buildServer({
        database,
        logLevel: config.logLevel,
        stats: {
          registerDir: opts.register ? path.resolve(opts.register) : config.registerDir,
          reportsDir: config.reportsDir,
          generateIfMissing: opts.demoIfEmpty === true,
        },
      });
      // Signed checkpoints of the audit chain's head, outside the database.
      const checkpointer = new AuditCheckpointer(database.db, {
        dir: auditKeys.checkpointDir,
        privateKey: auditKeys.signingKey,
        intervalMs: auditKeys.checkpointIntervalMs,
        onError: (error) =>
          process.stderr.write(`audit checkpoint failed: ${(error as Error).message}\n`),
      });
      checkpointer.start();
      const shutdown = async () => {
        await app.close();
        await checkpointer.stop();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      const port = opts.port ?? config.port;
      await app.listen({ port, host: config.host });
      process.stderr.write(
        `jobcenter serving on http://localhost:${port} (${database.description})\n`,
      );
    });
}

function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (all pending migrations in one transaction)')
    .action(async () => {
      await withDatabase(
        async ({ db, description }) => {
          const outcome = await migrateToLatest(db);
          await seedMunicipalities(db);
          const applied = outcome.applied.length
            ? outcome.applied.join(', ')
            : 'none (already up to date)';
          process.stdout.write(`${description}: applied ${applied}; schema at ${outcome.latest}\n`);
        },
        { migrate: false },
      );
    });
}

function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('generate the synthetic demo municipality, its citizens, cases and login users')
    .option('--seed <n>', 'random seed', parseInteger('--seed', 0), DEMO_DEFAULTS.seed)
    .option(
      '--citizens <n>',
      'citizens in the demo municipality',
      parseInteger('--citizens', 1),
      DEMO_DEFAULTS.citizens,
    )
    .option('--as-of <date>', 'date the case histories run up to (default: today)', parseDate)
    .option('--reset', 'delete existing citizens, cases, users and audit log first')
    .action(async (opts: { seed: number; citizens: number; asOf?: string; reset?: boolean }) => {
      await withDatabase(async ({ db }) => {
        if (opts.reset) await resetCaseData(db);
        const summary = await generateDemo(db, {
          ...DEMO_DEFAULTS,
          seed: opts.seed,
          citizens: opts.citizens,
          asOf: opts.asOf ?? todayIso(),
          onProgress: progressPrinter('demo'),
        });
        process.stdout.write(
          `demo: ${summary.citizens} citizens, ${summary.spells} benefit spells, ${summary.events} case events, ${summary.users.length} users (password "${DEMO_DEFAULTS.password}")\n`,
        );
      });
    });
}

/** `audit verify` and `audit checkpoint`. */
function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log of access to citizen data');
  audit
    .command('verify')
    .description(
      'check the keyed hash chain of the audit log against the signed checkpoints; exit code 1 if it was altered or truncated',
    )
    .option('--checkpoints <dir>', 'checkpoint directory (default: $AUDIT_CHECKPOINT_DIR)')
    .option(
      '--public-key <file>',
      'Ed25519 public key (PEM) that signed the checkpoints (default: derived from the signing key)',
    )
    .action(async (opts: { checkpoints?: string; publicKey?: string }) => {
      await withDatabase(async ({ db }, _config, keys) => {
        const result = await verifyAuditLog(db, {
          key: keys.hmacKey,
          checkpointDir: opts.checkpoints ? path.resolve(opts.checkpoints) : keys.checkpointDir,
          publicKey: opts.publicKey
            ? loadPublicKey(path.resolve(opts.publicKey))
            : createPublicKey(keys.signingKey),
        });
        if (!result.ok) {
          throw new Error(
            `audit log altered at entry ${result.brokenAt ?? '-'} (${result.problem}); ${result.entries} entries before it verify`,
          );
        }
        const anchored = result.lastCheckpoint
          ? `; matches ${result.anchors} signed checkpoint(s), the last at entry ${result.lastCheckpoint.lastId}`
          : '; no signed checkpoint yet';
        process.stdout.write(`audit log intact: ${result.entries} entries verified${anchored}\n`);
      });
    });

  audit
    .command('checkpoint')
    .description('sign the audit chain head now and write it to the checkpoint directory')
    .action(async () => {
      await withDatabase(async ({ db }, _config, keys) => {
        const checkpoint = await writeAuditCheckpoint(db, {
          dir: keys.checkpointDir,
          privateKey: keys.signingKey,
        });
        process.stdout.write(
          checkpoint
            ? `checkpoint at entry ${checkpoint.lastId} written to ${keys.checkpointDir}\n`
            : 'no new entries since the last checkpoint\n',
        );
      });
    });
}
