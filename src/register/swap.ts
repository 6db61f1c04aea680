/**
 * Replacing a register directory in one rename (docs/register-format.md §
 * Import). `DIR` is a symbolic link to a versioned directory `DIR.v-STAMP`
 * beside it; a new register is written to its own versioned directory, a new
 * link is made beside `DIR`, and renaming that link over `DIR` is the swap:
 * one atomic rename, so a reader sees the old register or the new one, never
 * neither. The old version is removed afterwards.
 *
 * A register made before (a plain directory) is turned into a version on its
 * first replacement; a kill in that one-off step leaves `DIR.v-legacy-PID`,
 * which `cleanUpRegisterDir` puts back.
 */
import {
  existsSync,
  lstatSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The directory `dir` resolves to (itself when it is not a link), or null when missing. */
function currentVersion(dir: string): string | null {
  if (isSymlink(dir)) return resolve(dirname(dir), readlinkSync(dir));
  return existsSync(dir) ? resolve(dir) : null;
}

/** Makes `dir` the complete directory `ready` in one rename and removes what `dir` was. */
export function swapDirectory(dir: string, ready: string): void {
  const parent = dirname(dir);
  const base = basename(dir);
  const stamp = `${Date.now()}-${process.pid}`;
  const version = `${base}.v-${stamp}`;
  renameSync(ready, join(parent, version));
  let previous = currentVersion(dir);
  if (previous && !isSymlink(dir)) {
    // A plain directory from before versions: make it a version (one-off).
    const legacy = join(parent, `${base}.v-legacy-${process.pid}`);
    renameSync(dir, legacy);
    previous = legacy;
  }
  const link = join(parent, `${base}.link-${stamp}`);
  symlinkSync(version, link);
  renameSync(link, dir); // the swap
  if (previous) rmSync(previous, { recursive: true, force: true });
}

/**
 * Removes what a killed swap or import left beside `dir`: staging
 * directories (`DIR.staging-*`), links not yet swapped in (`DIR.link-*`) and
 * versions `DIR` does not point to; puts `DIR.v-legacy-*` back when the
 * one-off conversion was cut short and `DIR` is missing. Returns what it did.
 */
export function cleanUpRegisterDir(dir: string): string[] {
  const parent = dirname(dir);
  const base = basename(dir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const names = readdirSync(parent).sort();
  if (!existsSync(dir) && !isSymlink(dir)) {
    const legacy = names.find((n) => n.startsWith(`${base}.v-legacy-`));
    if (legacy) {
      renameSync(join(parent, legacy), dir);
      done.push(`restored ${base} from ${legacy}`);
    }
  }
  const current = currentVersion(dir);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    const stale =
      name.startsWith(`${base}.staging-`) ||
      name.startsWith(`${base}.link-`) ||
      (name.startsWith(`${base}.v-`) && resolve(path) !== current);
    if (stale) {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name}`);
    }
  }
  return done;
}
