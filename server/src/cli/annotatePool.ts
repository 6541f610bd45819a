// `annotate` over many letters in worker threads: each thread reads and analyses the letters it is handed and
// sends back what the output needs of each (its ids, its JSON as bytes); this thread resolves and writes, in
// the order of the files, so the output is the same byte for byte as on one thread.
import { isMainThread, parentPort, Worker, workerData, type TransferListItem } from 'node:worker_threads';
import { annotateHere, finishAnnotate, LetterWork, openCache, type AnnotatedLetter, type Io, parseAnnotate } from './annotate';
import type { AnnotateCacheSettings } from './annotateCache';
import { analyserVersion } from '../core/workspace/cacheHashes';

export const ANNOTATE_WORKER_ROLE = 'kamerstukken-annotate';

/** Letters handed to a thread ahead of its results: enough that it never waits for the next. */
const IN_FLIGHT_PER_THREAD = 4;

interface Job {
  index: number;
  path: string;
}

interface Done {
  index: number;
  result: AnnotatedLetter;
}

/** `annotate` as the command line runs it: on `jobs` threads when there are letters enough, else on this one. */
export async function runAnnotateCommand(args: string[], io: Io, script: string): Promise<number> {
  let failed = false;
  const report = (path: string, message: string) => { failed = true; io.stderr(`kamerstukken: ${path}: ${message}\n`); };
  const request = parseAnnotate(args, io, report);
  if (typeof request === 'number') return request;
  // The bundle's hash: a cache entry of another build of the analysis is a miss.
  const cache = openCache(request, request.cacheDir === null ? '' : analyserVersion(script), io);
  const results = request.jobs > 1 && request.files.length > 1
    ? await annotateInThreads(request.files, request.json, request.jobs, script, cache)
    : annotateHere(request.files, request.json, cache);
  return finishAnnotate(results, request.json, cache, io) || failed ? 1 : 0;
}

/**
 * The letters analysed on `jobs` threads, results in the order of the files. A thread that cannot start or
 * dies leaves its letters to this thread, so every letter is analysed once whatever happens.
 */
export async function annotateInThreads(files: readonly string[], json: boolean, jobs: number, script: string, cache: AnnotateCacheSettings | null = null): Promise<AnnotatedLetter[]> {
  const results: Array<AnnotatedLetter | undefined> = new Array(files.length);
  let next = 0;
  const threads = Math.min(jobs, files.length);
  const running: Array<Promise<void>> = [];
  for (let t = 0; t < threads; t++) {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { role: ANNOTATE_WORKER_ROLE, json, cache } });
    } catch {
      break;
    }
    running.push(new Promise<void>(resolve => {
      const held = new Set<number>();
      const hand = () => {
        while (held.size < IN_FLIGHT_PER_THREAD && next < files.length) {
          const job: Job = { index: next, path: files[next] };
          next++;
          held.add(job.index);
          worker.postMessage(job);
        }
        if (held.size === 0) void worker.terminate().then(() => resolve());
      };
      worker.on('message', (done: Done) => {
        held.delete(done.index);
        const letter = done.result.letter;
        // The JSON bytes came as a transferred array: a Buffer over the same memory.
        if (letter?.json) letter.json = Buffer.from(letter.json.buffer, letter.json.byteOffset, letter.json.byteLength);
        results[done.index] = done.result;
        hand();
      });
      // A thread that fails: its letters are done here, after the others.
      const lost = () => {
        held.clear();
        resolve();
      };
      worker.on('error', lost);
      worker.on('exit', lost);
      hand();
    }));
  }
  await Promise.all(running);
  // Letters no thread finished (none could start, or one died): analysed here, in order.
  const missing = files.map((path, index) => ({ path, index })).filter(({ index }) => !results[index]);
  if (missing.length) {
    const here = annotateHere(missing.map(m => m.path), json, cache);
    missing.forEach((m, i) => { results[m.index] = here[i]; });
  }
  return results as AnnotatedLetter[];
}

/** True in a thread started by `annotateInThreads`. */
export function isAnnotateWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ANNOTATE_WORKER_ROLE;
}

/** The thread's side: each letter handed over is read, analysed and sent back, its JSON bytes transferred. */
export function runAnnotateWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { json, cache } = workerData as { json: boolean; cache: AnnotateCacheSettings | null };
  // Each letter's JSON in an array of its own, so it can move to the main thread instead of being copied.
  const work = new LetterWork(json, 'own array', cache);
  port.on('message', (job: Job) => {
    const result = work.annotate(job.path);
    const transfer: TransferListItem[] = result.letter?.json ? [result.letter.json.buffer as ArrayBuffer] : [];
    port.postMessage({ index: job.index, result } satisfies Done, transfer);
  });
}
