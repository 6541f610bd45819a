// What the files of open letters are (UTF-8, UTF-8 with a few bad bytes, Windows-1252), read once per version of
// each file: the server asks at every edit of a letter whose editor shows replacement characters (`input.encoding`),
// and typing in it read the whole file from disk at every keystroke.
import { statSync } from 'node:fs';
import { readFileBytes } from '../core/workspace/fileBytes';
import { fileEncoding, type FileEncoding } from '../core/workspace/input';

interface Known {
  size: number;
  mtimeMs: number;
  encoding: FileEncoding | null;
}

export class FileEncodings {
  private readonly known = new Map<string, Known>();

  /** `read`: the file's bytes (the thread's reader; a test counts its calls). */
  constructor(private readonly read: (file: string) => Uint8Array = readFileBytes) {}

  /**
   * What the file is, read from disk only when its size or modification time changed since it was last read (a
   * stat, not a read, at every other call); null when there is no such file or it cannot be read.
   */
  of(file: string): FileEncoding | null {
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(file));
    } catch {
      this.known.delete(file);
      return null;
    }
    const known = this.known.get(file);
    if (known && known.size === size && known.mtimeMs === mtimeMs) return known.encoding;
    let encoding: FileEncoding | null;
    try {
      encoding = fileEncoding(this.read(file));
    } catch {
      encoding = null;
    }
    // Changed while it was read: the next call sees another size or time and reads it again.
    this.known.set(file, { size, mtimeMs, encoding });
    return encoding;
  }

  /** The file's letter is closed in the editor (or the file changed): its entry goes. */
  forget(file: string): void {
    this.known.delete(file);
  }

  get size(): number {
    return this.known.size;
  }
}
