/**
 * Applies the changes other server processes announce on the same database
 * (`announceChange` in src/cases/changes.ts, sent when the writing transaction
 * commits) to this process's caches: a municipality's cached worklists, or an
 * ended session (docs/scale-out.md). The process that wrote also drops its own
 * cache directly, so its next read never waits for the notification.
 */
import { CHANGE_CHANNEL, parseChange } from '../cases/changes.ts';
import type { CaseDatabase } from '../cases/db.ts';
import type { SessionCache } from './services/sessions.ts';
import type { WorklistCache } from './services/worklist-cache.ts';

/** Applies every change announced on the database to this process's caches; returns the stop function. */
export function followChanges(
  database: Pick<CaseDatabase, 'listen'>,
  caches: { worklists: WorklistCache; sessions: SessionCache },
): Promise<() => Promise<void>> {
  return database.listen(CHANGE_CHANNEL, {
    message(payload) {
      const change = parseChange(payload);
      if (change?.kind === 'worklists') {
        caches.worklists.invalidate(change.municipality, change.citizenIds);
      }
      if (change?.kind === 'session') caches.sessions.delete(change.tokenHash);
    },
    gap() {
      caches.worklists.invalidateAll();
      caches.sessions.clear();
    },
  });
}
