// A text's UTF-16 code units in a typed array, for the scans that read every character. Reading a Uint16Array is
// a plain load, where String.charCodeAt checks the string's representation on each read (about twice as slow in
// a loop over a letter); Buffer copies the units natively in a fraction of that time.
import { Buffer } from 'node:buffer';

/** Whether a Uint16Array reads UTF-16LE bytes as they are (true on every platform Node runs on in practice). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Texts up to this many code units share one scratch buffer per thread; longer ones get their own (not kept). */
const MAX_SHARED_UNITS = 1 << 21;

let scratch: Buffer = Buffer.allocUnsafeSlow(1 << 16);

/**
 * The code units of `text`: text.charCodeAt(i) === units[i] for 0 <= i < text.length. The array is this thread's
 * scratch buffer, overwritten by the next call: read it before calling again, never keep it.
 */
export function scratchCodeUnits(text: string): Uint16Array {
  const bytes = text.length * 2;
  let buffer = scratch;
  if (bytes > buffer.length) {
    let size = buffer.length;
    while (size < bytes) size *= 2;
    buffer = Buffer.allocUnsafeSlow(size);
    if (text.length <= MAX_SHARED_UNITS) scratch = buffer;
  }
  const units = new Uint16Array(buffer.buffer, buffer.byteOffset, text.length);
  if (LITTLE_ENDIAN) buffer.write(text, 0, bytes, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
