// The analysis worker: reads a letter from disk, decodes and analyses it off the main thread, and posts
// the finished record back. The main thread only updates the index maps, so requests never wait behind
// the recognisers while the workspace is being indexed.
import { promises as fs, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { annotatedAnalyser, AnnotationStores } from '../core/workspace/annotated';
import { makeRecord, recordToData, unreadableRecord, type LetterRecordData } from '../core/workspace/corpus';
import { decodeLetter } from '../core/workspace/input';

export interface AnalyseFileRequest {
  id: number;
  uri: string;
  file: string;
}

export type AnalyseFileResponse = { id: number; record: LetterRecordData } | { id: number; missing: true };

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

export async function analyseFile(uri: string, file: string): Promise<LetterRecordData | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null; // vanished between the scan and the read
  }
  const decoded = decodeLetter(bytes);
  const record = decoded.problem ? unreadableRecord(uri, decoded.problem) : makeRecord(uri, decoded.text, threadAnalyser);
  return recordToData(record);
}

export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (req: AnalyseFileRequest) => {
    void analyseFile(req.uri, req.file)
      .catch(() => null)
      .then(record => port.postMessage(record ? { id: req.id, record } : { id: req.id, missing: true }));
  });
}
