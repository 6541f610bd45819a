// A persistent cache of letter records, so that a restart re-indexes from disk instead of re-analysing.
// One file per letter (written by the worker that analysed it), named by a hash of the letter's URI. A
// record is used only if the letter's size and mtime, the analyser (a hash of this bundle) and the text
// of the annotation store that applies to it are all unchanged; anything else is a miss and re-analyses.
import { promises as fs, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { LetterRecordData } from '../core/workspace/corpus';
import { checksumOf, hashText } from '../core/workspace/cacheHashes';
import { MAX_FILE_BYTES, readOwnFile } from '../core/workspace/fileBytes';

export { analyserVersion, hashText } from '../core/workspace/cacheHashes';

/**
 * Bump when the record layout changes in a way the bundle hash would not show. 2: the record is serialised on
 * its own inside the entry, with a checksum of its bytes.
 */
const FORMAT = 2;

/**
 * The largest entry read back (a file past it is not read to its end: a device, a file that keeps growing) and
 * so the largest written. A record of prose is a fifth of its letter's size, one of dense citations or dates 5-7
 * times it; the largest letters of such text (millions of characters) are analysed at every start.
 */
const MAX_ENTRY_BYTES = MAX_FILE_BYTES * 2;

export interface CacheKey {
  size: number;
  mtimeMs: number;
  analyser: string;
  /** Hash of the annotation store text applied to the letter ('' without a store). */
  store: string;
}

interface CacheEntry {
  format: number;
  uri: string;
  key: CacheKey;
  /** The record, serialised (v8) on its own. */
  record: Uint8Array;
  /** checksumOf(record). */
  sum: string;
}

export class RecordCache {
  /** Writes not yet on disk: a thread that stops waits for them (written), else they are lost with it. */
  private readonly writing = new Set<Promise<void>>();

  constructor(private readonly dir: string, readonly analyser: string, private readonly maxEntryBytes = MAX_ENTRY_BYTES) {}

  /** Resolves when every write started so far has finished (or failed). */
  async written(): Promise<void> {
    while (this.writing.size > 0) await Promise.allSettled([...this.writing]);
  }

  private fileOf(uri: string): string {
    return recordFile(this.dir, uri);
  }

  /**
   * The cached record when every part of the key matches; null on any miss or damage. Read synchronously, as the
   * letters are (this runs on an analysis thread): fs.promises' open, stat, read and close round trips took half
   * of a warm start's time in each thread (10,000 records: about 1.5 of 3 CPU s per thread).
   */
  async read(uri: string, key: CacheKey): Promise<LetterRecordData | null> {
    let bytes: Buffer | null;
    try {
      // In a buffer of its own: the record's tables are views into these bytes.
      bytes = readOwnFile(this.fileOf(uri), this.maxEntryBytes)?.bytes ?? null;
    } catch {
      return null;
    }
    if (bytes === null) return null;
    try {
      const entry = deserialize(bytes) as CacheEntry;
      if (entry?.format !== FORMAT || entry.uri !== uri || !sameKey(entry.key, key)) return null;
      if (!(entry.record instanceof Uint8Array) || entry.sum !== checksumOf(entry.record)) return null;
      return deserialize(entry.record) as LetterRecordData;
    } catch {
      return null; // a torn or foreign file: analyse again, and overwrite it
    }
  }

  /** Writes atomically (temporary file, then rename); failures only cost the next start a re-analysis. */
  write(uri: string, key: CacheKey, record: LetterRecordData): Promise<void> {
    const done = this.writeNow(uri, key, record);
    this.writing.add(done);
    void done.finally(() => this.writing.delete(done));
    return done;
  }

  private async writeNow(uri: string, key: CacheKey, record: LetterRecordData): Promise<void> {
    const file = this.fileOf(uri);
    const temp = tempFileOf(file);
    let bytes: Buffer;
    try {
      // Serialised now: the caller may transfer the record's buffers to another thread right after.
      const recordBytes = serialize(record);
      bytes = serialize({ format: FORMAT, uri, key, record: recordBytes, sum: checksumOf(recordBytes) } satisfies CacheEntry);
    } catch {
      return;
    }
    // read() would take it for a file without end: written, it would be written again at every start, never used.
    if (bytes.length > this.maxEntryBytes) return;
    // On an analysis thread synchronously: a thread that is stopped (shutdown's grace over, a signal) then has no
    // write in the file system's thread pool that would create its temporary file after the clean-up that follows
    // the stop (removeOwnTemps). On the main thread (letters analysed one by one after indexing) in the background,
    // so that a slow disk never holds up requests; the main thread is not stopped mid-write.
    if (isMainThread) await writeInBackground(file, temp, bytes);
    else writeNowSync(file, temp, bytes);
  }
}

function writeNowSync(file: string, temp: string, bytes: Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // no right to: removeOwnTemps or the sweep's hour rule takes it later
    }
  }
}

/**
 * Background writes under way at once on the main thread; the others wait their turn. Each holds a descriptor
 * while it writes, and the letters read again one by one (a store changed beside a thousand letters) may come
 * faster than a disk takes their records: a slice no longer waits for diagnostics that did not change to be sent.
 */
const MAX_BACKGROUND_WRITES = 8;
let backgroundWrites = 0;
const waitingWrites: Array<() => void> = [];

async function writeInBackground(file: string, temp: string, bytes: Buffer): Promise<void> {
  // A write that ends hands its turn straight to the next one waiting, so no more than the limit ever run.
  if (backgroundWrites >= MAX_BACKGROUND_WRITES) await new Promise<void>(resolve => waitingWrites.push(resolve));
  else backgroundWrites++;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  } finally {
    const next = waitingWrites.shift();
    if (next) next();
    else backgroundWrites--;
  }
}

/**
 * Written into a cache folder by the workspace that prunes it. A folder shared by several workspaces (one
 * `--cache-dir` for all) holds records of letters this workspace does not know: it is pruned only by a
 * workspace that shares a root folder with the one named here (folders added to or removed from a
 * workspace keep it its own), which then names itself.
 */
const OWNER_FILE = 'workspace.json';
/** A temporary file this old is left over from a crash, not a write in progress. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export interface SweepResult {
  removed: number;
  kept: number;
  /** Why nothing was pruned: the folder belongs to another workspace, or could not be read. */
  skipped?: string;
}

export class RecordCachePruner {
  constructor(private readonly dir: string) {}

  /** The record of a letter that left the workspace (deleted, excluded): gone with it. */
  async remove(uri: string): Promise<void> {
    await fs.rm(recordFile(this.dir, uri), { force: true }).catch(() => undefined);
  }

  /**
   * The temporary files this process left (`<hash>.rec.<pid>.<random>.tmp`), those of writes a stopped thread did
   * not finish: at shutdown and at exit. Synchronous, so that it also runs in the exit handler.
   */
  removeOwnTemps(pid = process.pid): number {
    let removed = 0;
    for (const folder of this.buckets()) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        if (!isTempOf(name, pid)) continue;
        try {
          rmSync(path.join(folder, name), { force: true });
          removed++;
        } catch {
          // another process's clean-up, or no right to: the sweep's hour rule takes it later
        }
      }
    }
    return removed;
  }

  /** The cache's bucket folders ("00" … "ff") that exist. */
  private buckets(): string[] {
    try {
      return readdirSync(this.dir, { withFileTypes: true }).filter(e => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)).map(e => path.join(this.dir, e.name));
    } catch {
      return [];
    }
  }

  /**
   * After a full index: records of letters not in `keep` (deleted or moved while the server was not running)
   * and stale temporary files are removed, when the folder is this workspace's (`roots`).
   */
  async sweep(keep: Iterable<string>, roots: readonly string[]): Promise<SweepResult> {
    const owner = JSON.stringify({ roots: [...roots].sort() });
    const ownerFile = path.join(this.dir, OWNER_FILE);
    const written = await fs.readFile(ownerFile, 'utf8').catch(() => null);
    if (written !== null && written !== owner && !sharesRoot(written, roots)) {
      return { removed: 0, kept: 0, skipped: 'the cache folder is shared with another workspace' };
    }
    if (written !== owner) {
      // Atomically: a server stopped while it wrote the file left it empty, and every later sweep skipped the folder.
      const temp = `${ownerFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const ok = await fs.mkdir(this.dir, { recursive: true })
        .then(() => fs.writeFile(temp, owner))
        .then(() => fs.rename(temp, ownerFile))
        .then(() => true, () => fs.rm(temp, { force: true }).then(() => false, () => false));
      if (!ok) return { removed: 0, kept: 0, skipped: 'the cache folder cannot be written' };
    }
    const wanted = new Set<string>();
    for (const uri of keep) wanted.add(`${hashText(uri)}.rec`);
    let removed = 0, kept = 0;
    const now = Date.now();
    for (const folder of this.buckets()) {
      for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
        const file = path.join(folder, name);
        let stale = false;
        if (name.endsWith('.rec')) stale = !wanted.has(name);
        else if (name.endsWith('.tmp')) stale = now - ((await fs.stat(file).catch(() => null))?.mtimeMs ?? now) > STALE_TEMP_MS;
        if (!stale) {
          kept++;
          continue;
        }
        await fs.rm(file, { force: true }).then(() => removed++, () => undefined);
      }
    }
    return { removed, kept };
  }
}

/**
 * Whether the owner file (its JSON) names one of these root folders. A damaged one (a write cut short, by a server
 * stopped before the write became atomic) names no other workspace either: it counts as this one's, and is written
 * again; at worst another workspace's records are analysed again.
 */
function sharesRoot(ownerJson: string, roots: readonly string[]): boolean {
  try {
    const named = (JSON.parse(ownerJson) as { roots?: unknown }).roots;
    return !Array.isArray(named) || roots.some(root => named.includes(root));
  } catch {
    return true;
  }
}

/** Where a record is written before it is renamed into place: `<hash>.rec.<pid>.<random>.tmp`. */
function tempFileOf(file: string): string {
  return `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

/** Whether a file name is one of `tempFileOf`'s, written by process `pid`. */
function isTempOf(name: string, pid: number): boolean {
  return name.endsWith('.tmp') && name.includes(`.rec.${pid}.`);
}

function recordFile(dir: string, uri: string): string {
  const h = hashText(uri);
  return path.join(dir, h.slice(0, 2), `${h}.rec`);
}

function sameKey(a: CacheKey | undefined, b: CacheKey): boolean {
  return !!a && a.size === b.size && a.mtimeMs === b.mtimeMs && a.analyser === b.analyser && a.store === b.store;
}
