// Reading letters from disk, one file after another, through one buffer per thread. A workspace of 10,000
// letters is 190 MB: a new buffer per file is that much short-lived memory outside the heap, which V8 answers
// with extra full collections.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { MAX_LETTER_CHARS } from './input';

let scratch = Buffer.allocUnsafe(1 << 20);

/** Past this no file is a letter (decodeLetter's limit: MAX_LETTER_CHARS characters of up to 3 bytes each). */
export const MAX_FILE_BYTES = MAX_LETTER_CHARS * 3;

/**
 * The file's bytes, in this thread's scratch buffer: decode them (or copy them) before the next call.
 * Throws as readFileSync does (ENOENT, EISDIR, EACCES). At most `limit + 1` bytes are read: a file longer than
 * `limit` (one that keeps growing, a device such as /dev/zero that never ends) comes back cut at `limit + 1`,
 * which tells the caller it is too long without reading it to the end of memory.
 */
export function readFileBytes(path: string, limit = MAX_FILE_BYTES): Buffer {
  const { fd, size: fileSize } = openRegularFile(path);
  try {
    const size = Math.min(fileSize, limit);
    if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
    let length = 0;
    for (;;) {
      // At the size the file said it has, it is read: the read that would answer its end is not made (a file
      // that says 0, as many in /proc do, is read to its end).
      if (length > limit || (length === fileSize && fileSize > 0)) break;
      if (length === scratch.length) {
        // The file grew while it was read.
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger, 0, 0, length);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, length, Math.min(scratch.length - length, limit + 1 - length), null);
      if (n === 0) break;
      length += n;
    }
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes in a buffer of their own, which the next read does not overwrite (a cache entry, whose tables
 * are views into its bytes), with its modification time (a CLI cache entry's last use); null when the file is
 * larger than `limit` bytes. Throws as `readFileBytes` does.
 */
export function readOwnFile(path: string, limit: number): { bytes: Buffer; mtimeMs: number } | null {
  const { fd, size, mtimeMs } = openRegularFile(path);
  try {
    return size > limit ? null : { bytes: readFileSync(fd), mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opened without blocking: a named pipe called like a letter (or in a cache entry's place) would otherwise hold
 * this thread until some other program writes to it, and a device such as /dev/zero never ends. Only a regular
 * file is opened; anything else throws.
 */
function openRegularFile(path: string): { fd: number; size: number; mtimeMs: number } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(path, stat.isDirectory());
    return { fd, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** The error readFileSync would give for a folder (EISDIR); for a pipe, device or socket, ENOTAFILE. */
function notAFile(path: string, folder: boolean): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(folder ? `EISDIR: illegal operation on a directory, read '${path}'` : `not a regular file: '${path}'`);
  error.code = folder ? 'EISDIR' : 'ENOTAFILE';
  error.path = path;
  return error;
}
