// Finds the letters of a workspace folder on disk: include/exclude globs over workspace-relative paths.
// Excluded directories are never entered; symlinked directories are not followed (no cycles).
// fs/promises is loaded with the bundle: loaded lazily, its first use cost a request ~5 ms at start-up.
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { parseSettings, type Settings } from '../core/features/settings';
import { GlobSet } from '../core/workspace/glob';
import { yieldAfter } from './yielding';

interface Globs {
  include: GlobSet;
  exclude: GlobSet;
}

export interface FileFilter extends Globs {
  /**
   * The globs of a workspace folder (by its path) whose own settings name other files than the workspace's: in a
   * multi-root workspace, a folder's settings ("Index Folder as Letters" writes there). Else `include`/`exclude`.
   */
  roots?: ReadonlyMap<string, Globs>;
}

export interface RootGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

export function fileFilter(include: readonly string[], exclude: readonly string[], roots?: ReadonlyMap<string, RootGlobs>): FileFilter {
  const filter: FileFilter = { include: new GlobSet(include), exclude: new GlobSet(exclude) };
  if (roots?.size) filter.roots = new Map([...roots].map(([root, globs]) => [root, { include: new GlobSet(globs.include), exclude: new GlobSet(globs.exclude) }]));
  return filter;
}

/**
 * Each workspace folder's own globs, from what the client answered for it (workspace/configuration with the folder
 * as scopeUri: its folder settings over the workspace's), where they differ from the workspace's (`base`).
 */
export function rootGlobs(base: Settings, roots: readonly string[], answers: readonly unknown[]): Map<string, RootGlobs> {
  const out = new Map<string, RootGlobs>();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((g, i) => g === b[i]);
  roots.forEach((root, i) => {
    const answer = answers[i];
    if (answer === null || typeof answer !== 'object') return;
    const own = parseSettings(answer);
    if (!same(own.include, base.include) || !same(own.exclude, base.exclude)) out.set(root, { include: own.include, exclude: own.exclude });
  });
  return out;
}

/** The globs that apply under the workspace folder. */
function globsOf(filter: FileFilter, root: string): Globs {
  return filter.roots?.get(root) ?? filter;
}

/**
 * Does the file (absolute path) inside one of the roots count as a letter? As the scan sees it: a file in a
 * folder the exclude globs name ("drafts/*" names "drafts/old"), at any depth, is not one, as the scan never
 * enters that folder; else a file created there would be indexed until the next scan dropped it.
 */
export function isLetterPath(filePath: string, roots: readonly string[], filter: FileFilter): boolean {
  for (const root of roots) {
    const rel = path.relative(root, filePath);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const posix = rel.split(path.sep).join('/');
    const globs = globsOf(filter, root);
    if (globs.exclude.matches(posix)) return false;
    if (inExcludedFolder(posix, globs)) return false;
    if (globs.include.matches(posix)) return true;
  }
  return false;
}

/** Whether a folder on the way to `relPath` (workspace-relative, "/"), or `relPath` itself when `self`, is one the scan does not enter. */
function inExcludedFolder(relPath: string, filter: Globs, self = false): boolean {
  for (let slash = relPath.indexOf('/'); slash >= 0; slash = relPath.indexOf('/', slash + 1)) {
    if (filter.exclude.matchesDirectory(relPath.slice(0, slash))) return true;
  }
  return self && relPath !== '' && filter.exclude.matchesDirectory(relPath);
}

const MAX_FILES = 200_000;

/** Letters under the roots (or only under `within`, a folder inside one of them), sorted. */
export async function findLetters(roots: readonly string[], rootFilter: FileFilter, isStale: () => boolean, within?: string): Promise<string[]> {
  const out: string[] = [];
  let sliceStart = Date.now();
  for (const root of roots) {
    const filter = globsOf(rootFilter, root);
    let start = root;
    let startRel = '';
    if (within) {
      const rel = path.relative(root, within);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      startRel = rel.split(path.sep).join('/');
      if (rel && inExcludedFolder(startRel, filter, true)) continue;
      start = within;
    }
    // Paths are built by concatenation: path.join and path.relative per entry cost ~10 µs each, a tenth of
    // a second for 10,000 letters, before the first letter is analysed.
    const queue: Array<{ dir: string; rel: string }> = [{ dir: start, rel: startRel }];
    while (queue.length && out.length < MAX_FILES) {
      if (isStale()) return out;
      const { dir, rel: dirRel } = queue.pop()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue; // unreadable or vanished directory
      }
      const dirPrefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
      const relPrefix = dirRel ? dirRel + '/' : '';
      // A folder of 10,000 letters is matched in slices, so requests get in between; the clock is read every
      // 32 entries, as the first entries run in cold code while the workers boot (a slice of 128 overran).
      for (let i = 0; i < entries.length; i++) {
        if ((i & 31) === 31) sliceStart = await yieldAfter(sliceStart);
        const entry = entries[i];
        const full = dirPrefix + entry.name;
        const rel = relPrefix + entry.name;
        if (entry.isDirectory()) {
          if (!filter.exclude.matchesDirectory(rel)) queue.push({ dir: full, rel });
        } else if (entry.isFile()) {
          if (!filter.exclude.matches(rel) && filter.include.matches(rel)) out.push(full);
        }
      }
    }
  }
  return out.sort();
}
