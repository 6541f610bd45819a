// The analysis worker: reads a letter from disk (or takes the text of a letter just opened in the editor),
// decodes and analyses it off the main thread, and posts the finished record back. The main thread only
// updates the index maps, so requests never wait behind the recognisers while the workspace is indexed.
import { promises as fs, readFileSync } from 'node:fs';
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { annotatedAnalyser, AnnotationStores } from '../core/workspace/annotated';
import { makeRecord, recordToData, slimRecord, unreadableRecord, type LetterRecordData } from '../core/workspace/corpus';
import { decodeLetter } from '../core/workspace/input';

/** A letter to read from disk (`file`), or the text of an open editor (`text`). */
export interface AnalyseRequest {
  id: number;
  uri: string;
  file?: string;
  text?: string;
}

export type AnalyseResponse = { id: number; record: LetterRecordData } | { id: number; missing: true };

/**
 * Store files open in the editor, by path ("/" separators): their unsaved text is what the user sees, and
 * what an applied WorkspaceEdit (and its undo) changed. Filled on the main thread only; workers read disk.
 */
export const openStoreTexts = new Map<string, string>();

export function storePathKey(path: string): string {
  return path.replace(/\\/g, '/');
}

function readStore(path: string): string | null {
  const open = openStoreTexts.get(storePathKey(path));
  if (open !== undefined) return open;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** This thread's annotation stores (each worker thread, and the main thread, has its own cache). */
export const threadStores = new AnnotationStores(readStore);
export const threadAnalyser = annotatedAnalyser(threadStores);

/**
 * A letter on disk, analysed into a slim record: a closed letter needs no hover-only details (they come
 * back when it is opened, which analyses the editor's text). Null when the file is gone.
 */
export async function analyseFile(uri: string, file: string): Promise<LetterRecordData | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null; // vanished between the scan and the read
  }
  const decoded = decodeLetter(bytes);
  const record = decoded.problem ? unreadableRecord(uri, decoded.problem) : slimRecord(makeRecord(uri, decoded.text, threadAnalyser));
  return recordToData(record);
}

/** The text of an open editor, analysed with every detail the editor's features show. */
export function analyseOpenText(uri: string, text: string): LetterRecordData {
  return recordToData(makeRecord(uri, text, threadAnalyser));
}

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (req: AnalyseRequest) => {
    const work = typeof req.text === 'string'
      ? Promise.resolve().then(() => analyseOpenText(req.uri, req.text!))
      : analyseFile(req.uri, req.file ?? '');
    void work
      .catch(() => null)
      .then(record => {
        if (!record) return port.postMessage({ id: req.id, missing: true });
        // The line tables move to the main thread instead of being copied.
        const transfer: TransferListItem[] = [];
        for (const table of [record.lines.starts, record.lines.ends]) if (table instanceof Uint32Array) transfer.push(table.buffer as ArrayBuffer);
        port.postMessage({ id: req.id, record }, transfer);
      });
  });
}
