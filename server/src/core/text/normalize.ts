// The normalised view of a letter: the text the recognisers read, with a map back to the original.
//
// PDF-extracted letters break words and references across lines and pages. The recognisers should not
// have to care, so they read a view in which
//   - every run of white space (newlines, NBSP, CR, BOM, tabs) is one space, or "\n" for a blank line;
//   - line-end hyphenation is undone ("Terrorismebe-\nstrijding" → "Terrorismebestrijding"), while real
//     hyphens survive ("EU-\nlidstaten" → "EU-lidstaten", "Inlichtingen-\nen" → "Inlichtingen- en");
//   - soft hyphens and zero-width characters are gone;
//   - page furniture and footnote bodies are lifted out of the running text into their own segments
//     (after the body, separated by "\n\n"), so a sentence interrupted by a page bottom reads on;
//   - footnote markers and page numbers become a space ("20154inzake" → "2015 inzake").
// Every character of the view knows the original offset it came from, so a match in the view maps
// back to an exact original span, line breaks and hyphens inside it included.

import type { Span } from '../types';

export interface NormalizeOptions {
  /** Regions lifted out of the running text into their own segments, in this order (footnote bodies, footers). */
  segments?: Span[];
  /** Regions replaced by one space (footnote markers, page numbers, self-citations already handled). */
  blanks?: Span[];
}

export const SEGMENT_BREAK = '\n\n';

export class NormalizedText {
  /** @param map original offset of every character of `text` (synthetic characters map to a neighbour). */
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly map: Int32Array,
  ) {}

  private inverse: Int32Array | undefined;

  /** Original offset of the view's character i. */
  toOriginal(i: number): number {
    if (i >= this.map.length) return this.original.length;
    return this.map[i];
  }

  /** The original span covered by the view's [start, end). */
  span(start: number, end: number): Span {
    if (end <= start) {
      const o = this.toOriginal(start);
      return { start: o, end: o };
    }
    return { start: this.map[start], end: this.map[end - 1] + 1 };
  }

  /** Index in the view of the first character at or after original offset `o`, or -1 if none maps there. */
  fromOriginal(o: number): number {
    if (!this.inverse) {
      const inv = new Int32Array(this.original.length + 1).fill(-1);
      for (let i = this.map.length - 1; i >= 0; i--) inv[this.map[i]] = i;
      this.inverse = inv;
    }
    for (let k = o; k < this.inverse.length; k++) if (this.inverse[k] >= 0) return this.inverse[k];
    return -1;
  }
}

const SUSPENDED = /^(en|of|tot|en\/of)(?![\p{L}\d])/u;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 ||
    c === 0xfeff || c === 0x2007 || c === 0x202f || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060;
}

// What the normaliser does with each UTF-16 code unit (white space, line break, invisible, hyphen, other).
const CHAR_PLAIN = 0, CHAR_SPACE = 1, CHAR_NEWLINE = 2, CHAR_INVISIBLE = 3, CHAR_HYPHEN = 4;
const CHAR_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c === 0x0a || c === 0x2028 || c === 0x2029) CHAR_KIND[c] = CHAR_NEWLINE;
  else if (isSpace(c)) CHAR_KIND[c] = CHAR_SPACE;
  else if (isInvisible(c)) CHAR_KIND[c] = CHAR_INVISIBLE;
  else if (c === 0x2d) CHAR_KIND[c] = CHAR_HYPHEN;
}
const UTF16 = new TextDecoder('utf-16le');

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Decides whether "left-⏎right" is a broken word (join) or a real hyphen (keep).
 * Returns 'join', 'keep' (hyphen, no space) or 'suspend' (hyphen and a space: "Inlichtingen- en").
 */
export function dehyphenate(left: string, right: string, seen: (word: string) => boolean): 'join' | 'keep' | 'suspend' {
  if (SUSPENDED.test(right)) return 'suspend';
  if (!right || !LOWER.test(right[0])) return 'keep';                   // "noord-Syrië", "2015-2016"
  if (/^[\p{Lu}\d&]+$/u.test(left) && left.length <= 8) return 'keep';   // "EU-lidstaten", "I&V-diensten"
  if (/\d/.test(left)) return 'keep';
  const rightWord = right.match(/^[\p{L}]+/u)?.[0] ?? right;
  const leftWord = left.match(/[\p{L}]+$/u)?.[0] ?? left;
  const hyphenated = `${leftWord}-${rightWord}`.toLowerCase();
  const joined = `${leftWord}${rightWord}`.toLowerCase();
  if (seen(hyphenated) && !seen(joined)) return 'keep';
  // A capitalised left part that is a word of its own elsewhere ("Europol-rapport") keeps its hyphen.
  if (/^\p{Lu}/u.test(leftWord) && leftWord.length > 1 && /\p{Lu}/u.test(leftWord.slice(1)) && seen(leftWord.toLowerCase())) return 'keep';
  return 'join';
}

/**
 * Whether a word occurs as a whole word somewhere in the letter (evidence for de-hyphenation): one of the
 * runs of [a-z\u00c0-\u024f-] in the lower-cased letter, as `lower.split(/[^a-z\u00c0-\u024f-]+/)` yields
 * them. On the first question the letter's runs of MIN_INDEXED characters or more are indexed in one pass
 * that lower-cases as it reads and keeps hashes and positions, not a string per word; shorter words (rare
 * questions: both halves of a broken word are in them) are searched for in the lower-cased letter.
 */
export function wordEvidence(original: string): (w: string) => boolean {
  let index: WordRunIndex | undefined;
  let lower: string | undefined;
  return (w: string) => {
    if (w.length >= MIN_INDEXED) return (index ??= new WordRunIndex(original)).has(w);
    return occursAsRun((lower ??= original.toLowerCase()), w);
  };
}

const MIN_INDEXED = 4;

function isEvidenceCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c === 0x2d;
}

/** Lower case of every BMP code unit + 1, filled on first sight (0 = not yet known). */
const LOWER_CODE = new Uint16Array(0x10000);

/**
 * The code unit at the same place in `String.toLowerCase()`. Only U+0130 (İ → i + U+0307) changes the
 * length, and the final sigma (ς or σ) lies outside the runs either way; WordRunIndex avoids U+0130.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const l = LOWER_CODE[c];
  if (l !== 0) return l - 1;
  const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  LOWER_CODE[c] = lower + 1;
  return lower;
}

/** Whether `w` is a whole run of `lower`, as `lower.split(/[^a-z\u00c0-\u024f-]+/)` would yield it. */
function occursAsRun(lower: string, w: string): boolean {
  // String.split yields "" for a text that is empty or starts or ends outside a run.
  if (w.length === 0) return lower.length === 0 || !isEvidenceCode(lower.charCodeAt(0)) || !isEvidenceCode(lower.charCodeAt(lower.length - 1));
  for (let i = 0; i < w.length; i++) if (!isEvidenceCode(w.charCodeAt(i))) return false;
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    if ((at === 0 || !isEvidenceCode(lower.charCodeAt(at - 1))) && !isEvidenceCode(lower.charCodeAt(at + w.length))) return true;
  }
  return false;
}

const RUN_HASH_SEED = 0x811c9dc5 | 0;
const RUN_HASH_PRIME = 0x01000193;

/**
 * The runs (MIN_INDEXED characters or more) of a text, lower-cased, by hash: an open-addressing table of
 * each distinct hash and the first run that has it. Runs are not compared on insertion; a question whose
 * hash is found at a different word (a collision, about one in 2^32) is answered by searching the text.
 */
class WordRunIndex {
  private readonly text: string;
  /** Per slot: the hash, and the position + 1 of the first run with it (0 = empty slot). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(original: string) {
    // U+0130 lower-cases to two characters: read the lower-cased text then, whose offsets differ.
    const text = original.includes('\u0130') ? original.toLowerCase() : original;
    this.text = text;
    const n = text.length;
    let size = 64;
    while (size < n / 16) size *= 2;          // Dutch text: a long run every ~15 characters, far fewer distinct
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    let i = 0;
    while (i < n) {
      if (!isEvidenceCode(lowerCode(text.charCodeAt(i)))) { i++; continue; }
      const start = i;
      let h = RUN_HASH_SEED;
      for (; i < n; i++) {
        const c = lowerCode(text.charCodeAt(i));
        if (!isEvidenceCode(c)) break;
        h = Math.imul(h ^ c, RUN_HASH_PRIME);
      }
      if (i - start >= MIN_INDEXED) this.insert(start, h);
    }
  }

  /** For a word of MIN_INDEXED characters or more. */
  has(w: string): boolean {
    let h = RUN_HASH_SEED;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!isEvidenceCode(c)) return false;
      h = Math.imul(h ^ c, RUN_HASH_PRIME);
    }
    const slots = this.slots;
    for (let slot = h & this.mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * 2] !== h) continue;
      return this.runAt(slots[slot * 2 + 1] - 1, w) || occursAsRun(this.text.toLowerCase(), w);
    }
    return false;
  }

  /** Whether the run at `at` is `w`, lower-cased. */
  private runAt(at: number, w: string): boolean {
    const text = this.text;
    for (let j = 0; j < w.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== w.charCodeAt(j)) return false;
    return !isEvidenceCode(lowerCode(text.charCodeAt(at + w.length)));
  }

  private insert(start: number, h: number): void {
    const slots = this.slots;
    let slot = h & this.mask;
    for (; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & this.mask) if (slots[slot * 2] === h) return;
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = start + 1;
    if (++this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let slot = old[k] & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = old[k];
      this.slots[slot * 2 + 1] = old[k + 1];
    }
  }
}

/**
 * Builds the normalised view. Segments are lifted out of the body and appended after it, each preceded
 * by SEGMENT_BREAK; blanks become a single space. Linear in the length of the text.
 */
export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const n = original.length;
  const segments = [...(options.segments ?? [])]
    .map(s => ({ start: Math.max(0, s.start), end: Math.min(n, s.end) }))
    .filter(s => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const blanked = new Uint8Array(n);
  for (const b of options.blanks ?? []) if (b.end > b.start) blanked.fill(1, Math.max(0, b.start), Math.min(n, b.end));

  // The streams to read, as lists of original ranges: the body (everything outside the segments), then each segment.
  const body: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of segments) {
    if (s.start > cursor) body.push([cursor, s.start]);
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < n) body.push([cursor, n]);
  const streams = [body, ...segments.map(s => [[s.start, s.end] as [number, number]])];

  const out = new Uint16Array(n + 2 * streams.length + 2);
  const map = new Int32Array(out.length);
  let len = 0;
  const seen = wordEvidence(original);

  for (let si = 0; si < streams.length; si++) {
    const ranges = streams[si];
    if (ranges.length === 0) continue;
    const streamStart = len;
    if (len > 0) {
      out[len] = 0x0a; map[len++] = ranges[0][0];
      out[len] = 0x0a; map[len++] = ranges[0][0];
    }
    const contentStart = len;
    // Reading position in the stream. A jump between ranges of the body is a lifted segment: a line break.
    let ri = 0;
    let pos = ranges[0][0];
    let rangeEnd = ranges[0][1];
    let pendingSpace = -1;   // original offset of the white-space run not yet written
    let pendingNewlines = 0;
    // Across a lifted segment (a footer, footnotes, "Pagina 2 van 5") the running text goes on: the line
    // breaks around it are one break, not a paragraph.
    let acrossLift = false;

    for (;;) {
      if (pos >= rangeEnd) {
        if (++ri >= ranges.length) break;
        pos = ranges[ri][0];
        rangeEnd = ranges[ri][1];
        if (pendingSpace < 0) pendingSpace = pos;
        pendingNewlines = 1;
        acrossLift = true;
        continue;
      }
      const o = pos++;
      const code = original.charCodeAt(o);
      let kind = CHAR_KIND[code];
      if (blanked[o] !== 0 && kind !== CHAR_NEWLINE) kind = CHAR_SPACE;
      if (kind !== CHAR_PLAIN) {
        if (kind === CHAR_SPACE || kind === CHAR_NEWLINE) {
          if (pendingSpace < 0) pendingSpace = o;
          if (kind === CHAR_NEWLINE && !acrossLift) pendingNewlines++;
          continue;
        }
        if (kind === CHAR_INVISIBLE) continue;
        if (pendingSpace < 0 && len > contentStart && isWordCode(out[len - 1])) {
          // A hyphen followed by white space with a line break: PDF hyphenation, or a real hyphen at a line end.
          let lri = ri, lpos = pos, lend = rangeEnd;
          let newlines = 0;
          let after = -1;
          for (;;) {
            if (lpos >= lend) {
              if (++lri >= ranges.length) break;
              lpos = ranges[lri][0];
              lend = ranges[lri][1];
              newlines++;
              continue;
            }
            const p = lpos++;
            const c = original.charCodeAt(p);
            if (blanked[p] !== 0 || CHAR_KIND[c] === CHAR_SPACE || CHAR_KIND[c] === CHAR_NEWLINE || CHAR_KIND[c] === CHAR_INVISIBLE) {
              if (c === 0x0a) newlines++;
              continue;
            }
            after = p;
            break;
          }
          if (after >= 0 && newlines >= 1) {
            let ls = len;
            while (ls > contentStart && ls > len - 40 && isWordCode(out[ls - 1])) ls--;
            const left = String.fromCharCode(...out.subarray(ls, len));
            const right = original.slice(after, Math.min(n, after + 24));
            const decision = dehyphenate(left, right, seen);
            if (decision !== 'suspend') {
              if (decision === 'keep') { out[len] = 0x2d; map[len++] = o; }
              ri = lri; pos = after; rangeEnd = lend;   // continue at the first character after the break
              pendingSpace = -1;
              pendingNewlines = 0;
              acrossLift = false;
              continue;
            }
          }
        }
      }
      if (pendingSpace >= 0) {
        if (len > contentStart) { out[len] = pendingNewlines >= 2 ? 0x0a : 0x20; map[len++] = pendingSpace; }
        pendingSpace = -1;
        pendingNewlines = 0;
      }
      acrossLift = false;
      out[len] = code; map[len++] = o;
    }
    if (len === contentStart && si > 0) len = streamStart; // an empty segment takes back its break
  }

  const text = UTF16.decode(out.subarray(0, len));
  return new NormalizedText(original, text, map.slice(0, len));
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCharCode(c));
}

function isWordCode(c: number): boolean {
  return isLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x26;
}
