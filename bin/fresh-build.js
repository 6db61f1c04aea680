// Whether the compiled command line in dist/cli/ may be used: it exists and no
// file or folder under src/ (except src/web, the browser app) was modified after
// its build started. Plain JavaScript so bin/jobcenter.js can call it before
// anything is compiled. Timestamps are compared, not contents: an edit, a
// checkout or a merge gives newer times, so the sources are used until the next
// build (a file put back with an older time, e.g. by `cp -p`, is not detected;
// JOBCENTER_FROM_SOURCE=1 or `npm run build:cli` covers that case).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of `dir`, its files and subfolders, skipping `skip`. */
export function newestMtime(dir, skip) {
  let t = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    t = Math.max(t, entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs);
  }
  return t;
}

/** True when `root`/dist/cli holds a build started after the last change under `root`/src. */
export function buildIsFresh(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist/cli/build.json'), 'utf8'));
    if (typeof stamp.startedAt !== 'number') return false;
    return newestMtime(join(root, 'src'), join(root, 'src/web')) < stamp.startedAt;
  } catch {
    return false;
  }
}
