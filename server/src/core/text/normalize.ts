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
 * Whether a word occurs as a whole word somewhere in the letter (evidence for de-hyphenation). The word
 * set is built on the first question, with one native split of the lower-cased text.
 */
function wordEvidence(original: string): (w: string) => boolean {
  let words: Set<string> | undefined;
  return (w: string) => {
    words ??= new Set(original.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/));
    return words.has(w);
  };
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
    let jumped = false;
    const next = (): number => {
      while (pos >= ranges[ri][1]) {
        if (++ri >= ranges.length) { ri = ranges.length - 1; return -1; }
        pos = ranges[ri][0];
        jumped = true;
      }
      return pos++;
    };

    let pendingSpace = -1;   // original offset of the white-space run not yet written
    let pendingNewlines = 0;
    const emit = (code: number, o: number) => {
      if (pendingSpace >= 0) {
        if (len > contentStart) { out[len] = pendingNewlines >= 2 ? 0x0a : 0x20; map[len++] = pendingSpace; }
        pendingSpace = -1;
        pendingNewlines = 0;
      }
      out[len] = code; map[len++] = o;
    };

    for (let o = next(); o >= 0; o = next()) {
      if (jumped) {
        jumped = false;
        if (pendingSpace < 0) pendingSpace = o;
        pendingNewlines = Math.max(pendingNewlines, 1);
      }
      const code = original.charCodeAt(o);
      if (blanked[o] || isSpace(code)) {
        if (pendingSpace < 0) pendingSpace = o;
        if (code === 0x0a || code === 0x2028 || code === 0x2029) pendingNewlines++;
        continue;
      }
      if (isInvisible(code)) continue;
      if (code === 0x2d && pendingSpace < 0 && len > contentStart && isWordCode(out[len - 1])) {
        // A hyphen followed by white space with a line break: PDF hyphenation, or a real hyphen at a line end.
        const savedRi = ri, savedPos = pos, savedJumped: boolean = jumped;
        let newlines = 0;
        let after = -1;
        for (let p = next(); p >= 0; p = next()) {
          if (jumped) { newlines++; jumped = false; }
          const c = original.charCodeAt(p);
          if (blanked[p] || isSpace(c) || isInvisible(c)) { if (c === 0x0a) newlines++; continue; }
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
            pos = after;          // continue reading at the first character after the break
            pendingSpace = -1;
            pendingNewlines = 0;
            continue;
          }
        }
        ri = savedRi; pos = savedPos; jumped = savedJumped;
      }
      emit(code, o);
    }
    if (len === contentStart && si > 0) len = streamStart; // an empty segment takes back its break
  }

  const text = new TextDecoder('utf-16le').decode(out.subarray(0, len));
  return new NormalizedText(original, text, map.slice(0, len));
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCharCode(c));
}

function isWordCode(c: number): boolean {
  return isLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x26;
}
