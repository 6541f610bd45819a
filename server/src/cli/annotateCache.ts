// `annotate --cache DIR`: what the output needs of each letter, kept between runs, so a run over a corpus in
// which few letters changed analyses only those (as eslint's --cache). An entry is used only when the
// letter's bytes (a hash of them, not the file's time), its path, the output asked for (JSON or text) and the
// analyser (a hash of the running bundle) are all the same; anything else is a miss, and the letter is
// analysed and its entry written anew. One file per letter path, so the folder does not grow with edits; an
// entry no run has used for a month (a letter renamed or deleted) is removed by the end of a later run (prune).
import { lstatSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import { checksumOf, hashText } from '../core/workspace/cacheHashes';
import { readOwnFile } from '../core/workspace/fileBytes';
import type { AnnotatedLetter } from './annotate';
import { makeFolder } from './folders';

/** Bump when what an entry holds changes in a way the bundle hash would not show. */
const FORMAT = 1;
/** Entry files: `<hash of the key's path>.kca`, in 256 folders by the hash's first two digits. */
const EXTENSION = '.kca';
const TEMP_EXTENSION = '.tmp';
const DAY_MS = 24 * 60 * 60 * 1000;
/** An entry used is given the time of its use, at most once a day (its modification time: a run's reads are many). */
const RENEW_AFTER_MS = DAY_MS;
/** An entry no run has used for this long is removed; so is a temporary file this old (a run killed while writing). */
export const UNUSED_ENTRY_MS = 30 * DAY_MS;
const STALE_TEMP_MS = 60 * 60 * 1000;
/** The names `fileOf` and `write` give: `<sha1 hex>.kca`, and `<that>.<pid>-<thread>.tmp` while it is written. */
const OWN_NAME = /^([0-9a-f]{2})[0-9a-f]{38}\.kca(\.\d+-\d+\.tmp)?$/;
/** The cache is looked through for such files at most once a day: the time of the last look is this file's. */
const PRUNED_MARKER = 'pruned';

/** Where the cache is and which code it is for: what a worker thread is handed. */
export interface AnnotateCacheSettings {
  dir: string;
  analyser: string;
}

/** One letter as the cache knows it. */
export interface AnnotateCacheKey {
  /** The path as given (the JSON output shows it) and the file URI it resolves to. */
  path: string;
  uri: string;
  json: boolean;
  /** hashText of the file's bytes. */
  content: string;
}

interface Entry {
  format: number;
  analyser: string;
  key: AnnotateCacheKey;
  /** The letter's result, serialised (v8) on its own, and its checksum. */
  result: Uint8Array;
  sum: string;
}

export class AnnotateCache {
  /** Why writing stopped (the first failure), said once by the run; null while writes succeed. */
  writeProblem: string | null = null;

  private constructor(private readonly settings: AnnotateCacheSettings) {}

  /** The cache in `dir`, made if missing; a message when the folder cannot be made. */
  static open(settings: AnnotateCacheSettings): AnnotateCache | string {
    try {
      makeFolder(settings.dir);
      return new AnnotateCache(settings);
    } catch (err) {
      return `cannot use '${settings.dir}' as the cache folder (${describe(err)}); going on without the cache`;
    }
  }

  /** The result of an earlier run for exactly this letter, or null (a miss, or an entry damaged or stale). */
  read(key: AnnotateCacheKey, now = Date.now()): AnnotatedLetter | null {
    const file = this.fileOf(key);
    const read = readEntryFile(file);
    if (read === null) return null;
    try {
      const entry = deserialize(read.bytes) as Entry;
      if (entry?.format !== FORMAT || entry.analyser !== this.settings.analyser || !sameKey(entry.key, key)) return null;
      if (!(entry.result instanceof Uint8Array) || entry.sum !== checksumOf(entry.result)) return null;
      const result = deserialize(entry.result) as AnnotatedLetter;
      const json = result.letter?.json as Uint8Array | undefined;
      // A Buffer comes back as a view into the entry's bytes: a Buffer again, over the same memory.
      if (result.letter && json) result.letter.json = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
      if (now - read.mtimeMs > RENEW_AFTER_MS) renew(file, now);
      return result;
    } catch {
      return null;
    }
  }

  /**
   * Removes the entries no run has used for UNUSED_ENTRY_MS (letters renamed, deleted, or no longer given) and
   * temporary files of runs killed while writing; at most once a day. Answers how many files went. A file that
   * cannot be removed stays: the next look tries again.
   */
  static prune(dir: string, now = Date.now()): number {
    const marker = join(dir, PRUNED_MARKER);
    try {
      // A last look in the future (the clock was set back since) is no reason to wait for that day.
      const since = now - statSync(marker).mtimeMs;
      if (since >= 0 && since < DAY_MS) return 0;
    } catch {
      // never looked through
    }
    let removed = 0;
    for (const folder of listNames(dir)) {
      // Only the cache's own buckets, and not a link to a folder elsewhere under such a name.
      if (!/^[0-9a-f]{2}$/.test(folder) || !isFolderNotLink(join(dir, folder))) continue;
      for (const name of listNames(join(dir, folder))) {
        // Only the names the cache gives (fileOf, write): a user's `05/draft.tmp` in a folder named as the cache
        // is not the cache's to remove.
        const own = OWN_NAME.exec(name);
        if (!own || own[1] !== folder) continue;
        const limit = own[2] === undefined ? UNUSED_ENTRY_MS : STALE_TEMP_MS;
        const file = join(dir, folder, name);
        try {
          const stat = lstatSync(file);
          if (!stat.isFile() || now - stat.mtimeMs <= limit) continue;
          rmSync(file, { force: true });
          removed++;
        } catch {
          // gone already, or not ours to remove
        }
      }
    }
    try {
      writeFileSync(marker, '', { flag: 'a' }); // made if missing; a file of that name is not emptied
      utimesSync(marker, now / 1000, now / 1000);
    } catch {
      // a read-only cache: its writes said so already
    }
    return removed;
  }

  /**
   * Keeps the result for the next run: written to a temporary file and renamed, so a run stopped halfway leaves
   * no half entry. The first failure (a full disk, a folder made read-only) stops the writing for this run.
   */
  write(key: AnnotateCacheKey, result: AnnotatedLetter): void {
    if (this.writeProblem !== null) return;
    const file = this.fileOf(key);
    const temp = `${file}.${process.pid}-${threadId}${TEMP_EXTENSION}`;
    try {
      const resultBytes = serialize(result);
      const entry: Entry = { format: FORMAT, analyser: this.settings.analyser, key, result: resultBytes, sum: checksumOf(resultBytes) };
      makeFolder(join(file, '..'));
      writeFileSync(temp, serialize(entry));
      try {
        renameSync(temp, file);
      } catch (err) {
        // A folder where the entry goes (EISDIR, or ENOTEMPTY/EEXIST elsewhere): a damaged entry like any other,
        // not a cache that cannot be written. The name is the cache's own; the folder goes and the entry takes
        // its place. Anything else stops the writing below.
        if (!isFolderNotLink(file)) throw err;
        rmSync(file, { recursive: true, force: true });
        renameSync(temp, file);
      }
    } catch (err) {
      this.writeProblem = `cannot write to the cache folder '${this.settings.dir}' (${describe(err)}); the letters that follow are not kept`;
      try { rmSync(temp, { force: true }); } catch { /* nothing was written */ }
    }
  }

  private fileOf(key: AnnotateCacheKey): string {
    const h = hashText(`${key.json ? 'json' : 'text'}\0${key.uri}\0${key.path}`);
    return join(this.settings.dir, h.slice(0, 2), h + EXTENSION);
  }
}

function sameKey(a: AnnotateCacheKey | undefined, b: AnnotateCacheKey): boolean {
  return !!a && a.path === b.path && a.uri === b.uri && a.json === b.json && a.content === b.content;
}

/** An entry's bytes and time, or null: only a regular file is read (`readOwnFile`: a pipe or a device is a miss). */
function readEntryFile(file: string): { bytes: Buffer; mtimeMs: number } | null {
  try {
    return readOwnFile(file, Number.MAX_SAFE_INTEGER);
  } catch {
    return null;
  }
}

/** The entry was used now: prune keeps it another UNUSED_ENTRY_MS. A cache that cannot be written keeps its old time. */
function renew(file: string, now: number): void {
  try {
    utimesSync(file, now / 1000, now / 1000);
  } catch {
    // read-only: the entry may be pruned after a month of use, and written again
  }
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A folder itself, not a link to one (lstat), unlike cli/folders.ts's check of a path to write into. */
function isFolderNotLink(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why a write failed, without the file's name: each thread writes its own temporary files, and the run says a
 * problem once by its text ("ENAMETOOLONG: name too long, open '…/ab/….kca.123-1.tmp'" would be said by every
 * thread). The cache folder is named by the message around it.
 */
function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EACCES' || e?.code === 'EPERM' || e?.code === 'EROFS') return 'permission denied';
  if (e?.code === 'ENOTDIR' || e?.code === 'EEXIST') return 'a file is in the way';
  if (e?.code === 'ENOSPC') return 'the disk is full';
  const message = e?.message ?? String(err);
  // Node's system errors read "CODE: description, syscall 'path'[ -> 'dest']".
  return e?.code && e.syscall && message.startsWith(`${e.code}: `) ? message.replace(/, \w+ '.*$/s, '') : message;
}
