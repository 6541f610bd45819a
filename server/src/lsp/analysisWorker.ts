// The analysis worker: reads a letter from disk, decodes and analyses it off the main thread, and posts
// the finished record back. The main thread only updates the index maps, so requests never wait behind
// the recognisers while the workspace is being indexed.
import { promises as fs } from 'node:fs';
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

/** This thread's annotation stores (each worker thread, and the main thread, has its own cache). */
export const threadStores = new AnnotationStores();
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
