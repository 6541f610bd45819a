// A small pool of analysis workers (worker_threads over this same bundle). If workers cannot start,
// letters are analysed on the main thread instead: slower to index, same results.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisScope } from '../core/analyse';
import type { LetterRecordData } from '../core/workspace/corpus';
import { analyseFile, analyseOpenText, openStoreTexts, storePathKey, WORKER_NICENESS, type AnalyseRequest, type AnalyseResponse, type CloseRequest, type StoreUpdate, type WorkerSettings } from './analysisWorker';

export const WORKER_ROLE = 'kamerstukken-analyser';
/** How long a closing worker may take to finish its cache writes before it is terminated. */
const CLOSE_GRACE_MS = 10_000;

interface Pending {
  resolve: (record: LetterRecordData | null) => void;
  worker: Worker;
  request: AnalyseRequest;
}

/** The same work on this thread: for a pool without workers, and the letters of a crashed one. */
function analyseHere(req: AnalyseRequest): Promise<LetterRecordData | null> {
  if (typeof req.text === 'string') {
    const text = req.text;
    return Promise.resolve().then(() => analyseOpenText(req.uri, text)).catch(() => null);
  }
  return analyseFile(req.uri, req.file ?? '', req.scope).catch(() => null);
}

/**
 * A worker's first lines: its priority drops before the bundle loads. Loading and compiling the ~1 MB
 * bundle costs each worker ~100 ms of CPU, which at normal priority competed with the main thread's first
 * requests (a hover right after start-up waited 50-65 ms).
 */
function bootstrap(script: string): string {
  return [
    'try {',
    "  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());",
    `  if (tid > 0) require('node:os').setPriority(tid, ${WORKER_NICENESS});`,
    '} catch {}',
    `require(${JSON.stringify(script)});`,
  ].join('\n');
}

export class AnalyserPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly script: string,
    size = Math.max(1, Math.min(4, os.cpus().length)),
    /** Passed to each worker: the record cache folder and the analyser version. */
    private readonly settings: Omit<WorkerSettings, 'role'> = {},
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    let worker: Worker;
    try {
      const workerData: WorkerSettings = { ...this.settings, role: WORKER_ROLE, storeTexts: [...openStoreTexts] };
      worker = new Worker(bootstrap(this.script), { eval: true, workerData });
    } catch {
      return;
    }
    worker.unref();
    worker.on('message', (msg: AnalyseResponse) => this.settle(worker, msg));
    worker.on('error', () => this.retire(worker));
    worker.on('exit', () => this.retire(worker));
    this.workers.push(worker);
    this.load.set(worker, 0);
  }

  /**
   * Analyses a file in the least busy worker (or here, without workers); null when the file is gone.
   * `background`: the worker drops to the lowest priority for good (see AnalyseRequest).
   */
  analyse(uri: string, file: string, scope: AnalysisScope = 'all', background = false): Promise<LetterRecordData | null> {
    return this.submit({ id: 0, uri, file, scope, background });
  }

  /** Analyses the text of an open editor, with the details its features show. */
  analyseText(uri: string, text: string): Promise<LetterRecordData | null> {
    return this.submit({ id: 0, uri, text });
  }

  /** Whether any worker was sent background work, and so runs at the lowest priority for the rest of its life. */
  get inBackground(): boolean {
    return this.background;
  }

  private background = false;

  private submit(request: AnalyseRequest): Promise<LetterRecordData | null> {
    if (request.background && this.workers.length) this.background = true;
    const worker = this.leastBusy();
    if (!worker) return analyseHere(request);
    request.id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise(resolve => {
      this.pending.set(request.id, { resolve, worker, request });
      worker.postMessage(request);
    });
  }

  /**
   * An annotation store changed: every worker drops its copy and takes the one open in the editor (from
   * this thread's openStoreTexts), else reads the file again, before it analyses any letter sent later.
   */
  storeChanged(storePath: string): void {
    const update: StoreUpdate = { store: storePath, text: openStoreTexts.get(storePathKey(storePath)) ?? null };
    for (const w of this.workers) w.postMessage(update);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Stops the workers: each finishes writing its records to the cache and then exits (a worker stopped with
   * terminate() lost them; on a busy machine most of a second pass's). One that takes longer than `graceMs`
   * is terminated.
   */
  dispose(graceMs = CLOSE_GRACE_MS): Promise<void> {
    const stopped = this.workers.map(w => new Promise<void>(resolve => {
      w.once('exit', () => resolve());
      const close: CloseRequest = { close: true };
      w.postMessage(close);
      setTimeout(() => void w.terminate(), graceMs).unref();
    }));
    return Promise.all(stopped).then(() => undefined);
  }

  /** Stops the workers once the letters sent to them are back (none is analysed again elsewhere). */
  disposeWhenIdle(): void {
    this.closing = true;
    if (this.pending.size === 0) void this.dispose();
  }

  private closing = false;

  private leastBusy(): Worker | null {
    let best: Worker | null = null;
    for (const w of this.workers) if (!best || (this.load.get(w) ?? 0) < (this.load.get(best) ?? 0)) best = w;
    return best;
  }

  private settle(worker: Worker, msg: AnalyseResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    this.load.set(worker, Math.max(0, (this.load.get(worker) ?? 1) - 1));
    p.resolve('record' in msg ? msg.record : null);
    if (this.closing && this.pending.size === 0) void this.dispose();
  }

  /** A crashed worker: its letters are analysed here instead, and it is not replaced. */
  private retire(worker: Worker): void {
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
    this.load.delete(worker);
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      void analyseHere(p.request).then(p.resolve);
    }
  }
}
