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
  return scratchCodeUnitsWithRoom(text, 0).subarray(0, text.length);
}

/**
 * The code units of `text` followed by `room` more units of the same scratch buffer (contents undefined), so that
 * a caller can copy parts of the text after it with copyWithin (a native move, no object per part).
 */
export function scratchCodeUnitsWithRoom(text: string, room: number): Uint16Array {
  const bytes = (text.length + room) * 2;
  let buffer = scratch;
  if (bytes > buffer.length) {
    let size = buffer.length;
    while (size < bytes) size *= 2;
    buffer = Buffer.allocUnsafeSlow(size);
    if (text.length + room <= MAX_SHARED_UNITS) scratch = buffer;
  }
  const units = new Uint16Array(buffer.buffer, buffer.byteOffset, text.length + room);
  if (LITTLE_ENDIAN) buffer.write(text, 0, text.length * 2, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** The string of units[from, to): one native copy (which also makes a one-byte string when it can be one). */
export function stringOfUnits(units: Uint16Array, from: number, to: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset + from * 2, (to - from) * 2).toString('utf16le');
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(to, i + 4096))));
  return out;
}
