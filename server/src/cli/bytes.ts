// Output kept as UTF-8 bytes outside the JavaScript heap. `annotate --json` holds every letter's JSON until
// the ids of all letters are known (~200 MB at 10,000 letters): as strings (two bytes a character, since
// letters hold ’ and –) the collector copied each one from the young generation to the old and then marked
// them; in large byte slabs it never touches them, and they are already what stdout needs.
import { StringDecoder } from 'node:string_decoder';

const SLAB_BYTES = 4 << 20;
const CHUNK_BYTES = 1 << 20;

/** Texts and bytes stored one after another in shared slabs; each answers a view of its own bytes. */
export class Utf8Slabs {
  private slab = Buffer.allocUnsafe(0);
  private used = 0;

  add(text: string): Buffer {
    // A UTF-16 unit takes at most three UTF-8 bytes (a surrogate pair four for two units).
    this.room(text.length * 3);
    return this.taken(this.slab.write(text, this.used, 'utf8'));
  }

  /** A copy of source[start, end). */
  copy(source: Buffer, start: number, end: number): Buffer {
    this.room(end - start);
    return this.taken(source.copy(this.slab, this.used, start, end));
  }

  private room(most: number): void {
    if (this.slab.length - this.used < most) {
      this.slab = Buffer.allocUnsafe(Math.max(SLAB_BYTES, most));
      this.used = 0;
    }
  }

  private taken(written: number): Buffer {
    const bytes = this.slab.subarray(this.used, this.used + written);
    this.used += written;
    return bytes;
  }
}

/**
 * Takes a chunk of output; answers true when it is done with the bytes (written or copied), false when it
 * keeps them (a stream that queued them).
 */
export type ByteSink = (bytes: Buffer) => boolean;

/**
 * Bytes and texts gathered into chunks of a megabyte before they reach `sink`: one write per chunk, not one
 * per piece. The chunk is reused when the sink is done with it; a new megabyte per chunk made V8 run a full
 * collection every ~100 ms for the memory outside its heap.
 */
export class ChunkedOutput {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly sink: ByteSink) {}

  bytes(source: Buffer, start = 0, end = source.length): void {
    while (start < end) {
      if (this.used === this.chunk.length) this.flush();
      const copied = source.copy(this.chunk, this.used, start, Math.min(end, start + this.chunk.length - this.used));
      this.used += copied;
      start += copied;
    }
  }

  text(text: string): void {
    if (text.length * 3 > this.chunk.length - this.used) {
      this.flush();
      if (text.length * 3 > this.chunk.length) return this.bytes(Buffer.from(text, 'utf8'));
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  flush(): void {
    if (this.used === 0) return;
    const done = this.sink(this.chunk.subarray(0, this.used));
    if (!done) this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }
}

/** A byte sink for a writer of strings: a character split between two chunks is decoded whole. */
export function textSink(write: (s: string) => void): { sink: ByteSink; end: () => void } {
  const decoder = new StringDecoder('utf8');
  return {
    sink: bytes => {
      const s = decoder.write(bytes);
      if (s) write(s);
      return true;
    },
    end: () => { const s = decoder.end(); if (s) write(s); },
  };
}
