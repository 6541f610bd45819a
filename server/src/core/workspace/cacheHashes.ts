// What caches of analyses are keyed and checked by: hashes of texts, of the code that analysed them, and of the
// bytes a cache entry holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';

export function hashText(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The analyser's version: a hash of the running bundle, so any change of code invalidates a cache. */
export function analyserVersion(script: string): string {
  try {
    return hashText(readFileSync(script));
  } catch {
    return `unknown-${Date.now()}`; // no stable version: never reuse a record
  }
}

/**
 * A checksum of a cache entry's bytes. A damaged file that still deserialises (a flipped bit inside a string or
 * a table) gives data that would be trusted: a mismatch makes it a miss instead.
 */
export function checksumOf(bytes: Uint8Array): string {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;   // Node 20.15 and later
  return crc32 ? `crc32:${crc32(bytes)}` : `sha1:${hashText(bytes)}`;
}
