// The analysis worker: reads a letter from disk (or takes the text of a letter just opened in the editor),
// decodes and analyses it off the main thread, and posts the finished record back. The main thread only
// updates the index maps, so requests never wait behind the recognisers while the workspace is indexed.
import { readlinkSync, statSync } from 'node:fs';
import * as os from 'node:os';
import { parentPort, workerData, type TransferListItem } from 'node:worker_threads';
import { annotatedAnalyser, AnnotationStores, readStoreForIndex, type StoreRead } from '../core/workspace/annotated';
import { closedCopy, makeRecord, packRecord, partialRecord, recordToData, slimRecord, unreadableRecord, type LetterRecord, type LetterRecordData } from '../core/workspace/corpus';
import { decodeLetter, type InputNotice } from '../core/workspace/input';
import { readFileBytes } from '../core/workspace/fileBytes';
import { hashText, RecordCache, type CacheKey } from './recordCache';
import type { AnalysisScope } from '../core/analyse';

/** A letter to read from disk (`file`), or the text of an open editor (`text`). */
export interface AnalyseRequest {
  id: number;
  uri: string;
  file?: string;
  text?: string;
  /** For a file: 'references' for the first pass of indexing (identity and citations only). */
  scope?: AnalysisScope;
  /**
   * Work nobody waits for (the second pass of indexing): the thread drops to the lowest priority for good,
   * so that the main thread, and the garbage collector's helpers that keep its pauses short, come first.
   */
  background?: boolean;
}

export type AnalyseResponse = { id: number; record: LetterRecordData } | { id: number; missing: true };

/**
 * An annotation store changed (saved, edited in an editor, closed): the worker forgets its copy and reads it
 * again, from `text` (an open editor's text, unsaved edits included) or, when that is null, from disk.
 * Messages reach a worker in order, so letters sent after this one see the new store.
 */
export interface StoreUpdate {
  store: string;
  text: string | null;
}

/** The pool is done with this worker: it finishes its record cache writes, then stops. */
export interface CloseRequest {
  close: true;
}

/**
 * Store files open in the editor, by path ("/" separators): their unsaved text is what the user sees, and
 * what an applied WorkspaceEdit (and its undo) changed. Filled on the main thread; the analysis workers get
 * a copy (StoreUpdate messages, and the open texts at their start).
 */
export const openStoreTexts = new Map<string, string>();

export function storePathKey(path: string): string {
  return path.replace(/\\/g, '/');
}

function readStore(path: string): StoreRead {
  const open = openStoreTexts.get(storePathKey(path));
  if (open !== undefined) return open;
  return readStoreForIndex(path);
}

/** This thread's annotation stores (each worker thread, and the main thread, has its own cache). */
export const threadStores = new AnnotationStores(readStore);
export const threadAnalyser = annotatedAnalyser(threadStores);
const threadReferenceAnalyser = annotatedAnalyser(threadStores, 'references');

/** Where this thread keeps records across sessions (none unless the server was given a cache folder). */
let recordCache: RecordCache | null = null;

export function useRecordCache(cache: RecordCache | null): void {
  recordCache = cache;
}

/** Resolves when this thread's record cache writes have all finished (or failed). */
export function recordCacheWritten(): Promise<void> {
  return recordCache?.written() ?? Promise.resolve();
}

/** The worker's settings, passed by the pool as workerData. */
export interface WorkerSettings {
  role: string;
  cacheDir?: string;
  analyser?: string;
  /** The stores open in an editor when the worker starts: [path key, text]. */
  storeTexts?: Array<[string, string]>;
}

/** Applies a StoreUpdate to this thread's copy of the open store texts and its store cache. */
export function applyStoreUpdate(update: StoreUpdate): void {
  if (update.text === null) openStoreTexts.delete(storePathKey(update.store));
  else openStoreTexts.set(storePathKey(update.store), update.text);
  threadStores.invalidate(update.store);
}

const storeHashes = new WeakMap<object, string>();

/** The text of the annotation store that applies to the letter, hashed: part of the cache key. */
function storeHashFor(file: string): string {
  const found = threadStores.forLetter(file);
  if (!found) return '';
  let h = storeHashes.get(found.snapshot);
  if (h === undefined) storeHashes.set(found.snapshot, (h = hashText(found.snapshot.text)));
  return h;
}

/**
 * A letter on disk, analysed into a slim record with its entities packed: a closed letter needs no
 * hover-only details (they come back when it is opened, which analyses the editor's text), and the main
 * thread keeps its entities as two strings. From the record cache when the letter, the
 * analyser and its annotation store are unchanged. Null when the file is gone. With scope 'references',
 * a partial record (identity and citations), unless the cache holds the full one; only full records are
 * cached.
 */
export async function analyseFile(uri: string, file: string, scope: AnalysisScope = 'all'): Promise<LetterRecordData | null> {
  const cache = recordCache;
  let key: CacheKey | null = null;
  if (cache) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null;
    }
    key = { size: stat.size, mtimeMs: stat.mtimeMs, analyser: cache.analyser, store: storeHashFor(file) };
    const cached = await cache.read(uri, key);
    if (cached) return cached;
  }
  // Read synchronously: this runs on an analysis thread (or analyses right after on the main thread), and a
  // synchronous read of one letter costs a fraction of fs.promises' open/stat/read/close round trips.
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file);
  } catch {
    return null; // vanished between the scan and the read
  }
  const decoded = decodeLetter(bytes, () => statSync(file).size);
  if (decoded.problem) return recordToData(unreadableRecord(uri, decoded.problem));
  if (scope === 'references') {
    return recordToData(partialRecord(slimRecord(noticed(makeRecord(uri, decoded.text, threadReferenceAnalyser, true), decoded.notice))));
  }
  const record = recordToData(packRecord(slimRecord(noticed(makeRecord(uri, decoded.text, threadAnalyser, true), decoded.notice))));
  // Written in the background: the size check guards against a file that changed while it was read.
  if (cache && key && key.size === bytes.length) void cache.write(uri, key, record);
  return record;
}

/**
 * The record of a letter just closed in the editor, made from the analysis of its open text (`open`, a full record
 * of `text`) when that text is the file's: slimmed and packed as `analyseFile` makes it, with the file's own notice
 * (`input.encoding`), and written to the record cache as `analyseFile` writes it. The same record a fresh read gives,
 * without analysing the letter again (20-30 ms for a letter of 180 KB). Null when the file's text is not the
 * editor's (unsaved edits, a file changed or gone on disk) or the open record is not a full one of readable text:
 * then the file is read and analysed as any other.
 */
export function closedRecordFromOpen(open: LetterRecord, text: string, file: string): LetterRecord | null {
  if (open.slim || open.partial || open.packed || open.analysis.problems.some(p => p.code.startsWith('input.'))) return null;
  let stat;
  let bytes: Buffer;
  try {
    stat = statSync(file);
    bytes = readFileBytes(file);
  } catch {
    return null;
  }
  const decoded = decodeLetter(bytes);
  // The same decoding a fresh read makes, so a byte order mark, a Windows-1252 file and replacement characters
  // compare as the editor's text would be read; the bytes are in this thread's scratch buffer until the next read.
  if (decoded.problem || decoded.text !== text) return null;
  const record = packRecord(slimRecord(noticed(closedCopy(open), decoded.notice)));
  const cache = recordCache;
  if (cache && stat.size === bytes.length) {
    void cache.write(open.uri, { size: stat.size, mtimeMs: stat.mtimeMs, analyser: cache.analyser, store: storeHashFor(file) }, recordToData(record));
  }
  return record;
}

/**
 * A table of its own (not a view into a larger buffer, such as a cache file's), so that transferring it moves only
 * its bytes. Copied by constructing a new array: a Buffer's slice() (what a cache entry's packed entities come back
 * as) is a view, and the whole entry file went to the main thread with each letter from the record cache.
 */
export function ownTable<T extends ArrayLike<number>>(table: T): T {
  const whole = (t: ArrayBufferView) => t.byteOffset === 0 && t.buffer.byteLength === t.byteLength;
  if (table instanceof Uint32Array) return (whole(table) ? table : new Uint32Array(table)) as unknown as T;
  if (table instanceof Uint8Array) return (whole(table) ? table : new Uint8Array(table)) as unknown as T;
  return table;
}

/**
 * The record as it goes to the main thread: its line tables and packed entities move there instead of being
 * copied. Each is a table of its own first: a view would take the rest of its buffer along (from the record
 * cache, the whole entry file; a view that is not transferred is cloned with all of its buffer).
 */
export function forTransfer(record: LetterRecordData): { record: LetterRecordData; transfer: TransferListItem[] } {
  const lines = { ...record.lines, starts: ownTable(record.lines.starts), ends: ownTable(record.lines.ends) };
  let packed = record.packed;
  if (packed) {
    const json = ownTable(packed.json);
    packed = { ...packed, json, diagnostic: packed.diagnostic === packed.json ? json : ownTable(packed.diagnostic) };
  }
  const buffers = new Set<ArrayBuffer>();
  for (const table of [lines.starts, lines.ends, packed?.json, packed?.diagnostic]) if (ArrayBuffer.isView(table)) buffers.add(table.buffer as ArrayBuffer);
  return { record: { ...record, lines, ...(packed ? { packed } : {}) }, transfer: [...buffers] };
}

/**
 * The text of an open editor, analysed with every detail the editor's features show. `notice`: the text is the
 * file's, read as Windows-1252 (a closed letter analysed again for its details).
 */
export function analyseOpenText(uri: string, text: string, notice?: InputNotice): LetterRecordData {
  return recordToData(noticed(makeRecord(uri, text, threadAnalyser), notice));
}

/** The record, with the notice that its text was not read as UTF-8 (`input.encoding`), if any. */
function noticed(rec: LetterRecord, notice: InputNotice | undefined): LetterRecord {
  if (notice && rec.analysis.problems.every(p => !p.code.startsWith('input.'))) rec.inputNotice = notice;
  return rec;
}

/** Niceness of the analysis threads: below the main thread, so requests preempt indexing on a busy machine. */
export const WORKER_NICENESS = 5;
/**
 * Niceness for background work. Below it, on two cores, the main thread competed with two busy analysis
 * threads while it took in their records: its garbage collector's helper threads (at the process's priority)
 * were starved, the collector finished its marking on the main thread, and requests waited 50-700 ms.
 */
const BACKGROUND_NICENESS = 19;

let niceness = 0;

/** Lowers this thread's priority (Linux: setpriority on the thread id); elsewhere nothing changes. Never raises it. */
function lowerThreadPriority(to: number): void {
  if (to <= niceness) return;
  niceness = to;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, to);
  } catch {
    // not Linux, or not allowed: the thread keeps the process's priority
  }
}

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  lowerThreadPriority(WORKER_NICENESS);
  const settings = workerData as WorkerSettings | null;
  if (settings?.cacheDir && settings.analyser) useRecordCache(new RecordCache(settings.cacheDir, settings.analyser));
  for (const [path, text] of settings?.storeTexts ?? []) openStoreTexts.set(path, text);
  port.on('message', (msg: AnalyseRequest | StoreUpdate | CloseRequest) => {
    if ('close' in msg) {
      // Stopped from outside (terminate), the thread would lose the records it is still writing.
      void recordCacheWritten().finally(() => process.exit(0));
      return;
    }
    if ('store' in msg) {
      applyStoreUpdate(msg);
      return;
    }
    const req = msg;
    if (req.background) lowerThreadPriority(BACKGROUND_NICENESS);
    const work = typeof req.text === 'string'
      ? Promise.resolve().then(() => analyseOpenText(req.uri, req.text!))
      : analyseFile(req.uri, req.file ?? '', req.scope);
    void work
      .catch(() => null)
      .then(record => {
        if (!record) return port.postMessage({ id: req.id, missing: true });
        const message = forTransfer(record);
        port.postMessage({ id: req.id, record: message.record }, message.transfer);
      });
  });
}
