// Letters as a Windows editor saves them in its "ANSI" code page (Windows-1252), for the tests of their reading.
import { decodeWindows1252 } from '../../server/src/core/workspace/input';

/** Text as Windows-1252 bytes; '?' for what it cannot hold. */
export function windows1252(text: string): Buffer {
  const high = new Map<string, number>();
  for (let b = 0x80; b <= 0x9f; b++) high.set(decodeWindows1252(Uint8Array.of(b)), b);
  return Buffer.from([...text].map(c => high.get(c) ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}
