// Folders the command line writes into (--out, --cache), made as `mkdir -p` makes them.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes `dir` and the folders above it that are missing. Not `mkdirSync(dir, { recursive: true })`: where mkdir
 * answers ENOENT under a folder that exists (/proc, some FUSE file systems), Node's goes up and down again for
 * ever, and `export --out /proc/x` never ended. Here each missing folder is made once, from the top, and the
 * first that cannot be made throws its error (ENOENT, EACCES, ENOTDIR, EROFS).
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (exists(at)) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (err) {
      // Made meanwhile by another run: a folder is what was wanted.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(folder)) throw err;
    }
  }
  // `dir` was taken as there but is no folder: a file (mkdir says EEXIST), or below a folder that cannot be
  // looked into (EACCES). mkdir itself says which.
  if (!missing.length && !isFolder(resolve(dir))) mkdirSync(resolve(dir));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (err) {
    // Missing (ENOENT), or below a file (ENOTDIR: mkdir says so); anything else (EACCES above it) is taken as
    // there, and the mkdir below it says why it cannot be made.
    const code = (err as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
