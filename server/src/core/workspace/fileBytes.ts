// Reading letters from disk, one file after another, through one buffer per thread. A workspace of 10,000
// letters is 190 MB: a new buffer per file is that much short-lived memory outside the heap, which V8 answers
// with extra full collections.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * The file's bytes, in this thread's scratch buffer: decode them (or copy them) before the next call.
 * Throws as readFileSync does (ENOENT, EISDIR, EACCES).
 */
export function readFileBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        // The file grew while it was read.
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, length);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
