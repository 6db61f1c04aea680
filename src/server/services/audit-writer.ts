/**
 * Audit entries for reads, written by group commit: every request that reads
 * citizen data waits until its entry is durable in the hash chain, but entries
 * that arrive while a batch is being written share the next transaction (one
 * advisory lock, one read of the chain's head, one insert). Writes to a case do
 * not use this: their audit entries commit in the same transaction as the change.
 */
import type { Kysely } from 'kysely';
import { type AuditEntry, appendAuditEntries } from '../../cases/audit.ts';
import type { Database } from '../../cases/schema.ts';

interface Pending {
  entries: AuditEntry[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class AuditWriter {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  /** Resolves once the entries are committed. */
  append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // Wait for the rest of this event-loop turn: the requests read from the
      // network together enqueue their entries before the batch is taken
      // (PGlite runs on this thread, so starting at once would batch one).
      await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, this.queue.length);
      try {
        await this.db.transaction().execute((trx) =>
          appendAuditEntries(
            trx,
            batch.flatMap((p) => p.entries),
          ),
        );
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.running = null;
  }

  /** Waits for everything queued so far (shutdown, tests). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }
}
