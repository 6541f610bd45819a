// "Nothing glued before": a number counts only where no letter, digit or joining punctuation stands right
// before it ("29 754" yes, "A29 754" or "1.29 754" no). The question is asked at every candidate number of a
// letter; a table answers it for an ASCII character, and the recogniser's look-behind regex for any other
// code point (a letter or not), so the answer is the regex's, at a fraction of its cost.

/** ASCII letters and digits, and the given punctuation, marked as glued. */
export function asciiGlueTable(punctuation: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 65; c <= 90; c++) { table[c] = 1; table[c + 32] = 1; }
  for (const ch of punctuation) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** `lookBehind` (a sticky regex of one negative look-behind) at `start`, answered from `table` for ASCII. */
export function nothingGluedBefore(text: string, start: number, table: Uint8Array, lookBehind: RegExp): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (c < 128) return table[c] === 0;
  lookBehind.lastIndex = start;
  return lookBehind.test(text);
}
