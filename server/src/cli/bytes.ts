// Output on its way to stdout: gathered into chunks of a megabyte, or decoded for a writer of strings.
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 1 << 20;

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
