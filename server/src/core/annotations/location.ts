// Where a letter's store lives and how the letter is keyed in it. Works on file paths with either
// separator; keys always use "/", so a store written on Windows reads the same on Linux.
import * as path from 'node:path';
import { STORE_DIR, STORE_FILE } from './types';

/** The store a new annotation on this letter goes to: beside the letter, in `.kamerstukken/`. */
export function storeLocation(letterPath: string): { folder: string; storePath: string; key: string } {
  const p = toPosix(letterPath);
  const folder = path.posix.dirname(p);
  return { folder, storePath: path.posix.join(folder, STORE_DIR, STORE_FILE), key: path.posix.basename(p) };
}

/** Store paths that may hold this letter's annotations, nearest folder first (as .gitignore lookups go). */
export function candidateStorePaths(letterPath: string, maxDepth = 8): string[] {
  const out: string[] = [];
  let folder = path.posix.dirname(toPosix(letterPath));
  for (let i = 0; i < maxDepth; i++) {
    out.push(path.posix.join(folder, STORE_DIR, STORE_FILE));
    const parent = path.posix.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return out;
}

/** The letter's key in a store: its path relative to the store's folder (the parent of `.kamerstukken/`). */
export function letterKey(storePath: string, letterPath: string): string {
  const folder = path.posix.dirname(path.posix.dirname(toPosix(storePath)));
  return path.posix.relative(folder, toPosix(letterPath));
}

function toPosix(p: string): string {
  return String(p ?? '').replace(/\\/g, '/');
}
