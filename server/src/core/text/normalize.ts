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
import { dehyphenate, wordEvidence } from './hyphenation';
import { isLetter } from './charClass';
import { scratchCodeUnitsWithRoom, stringOfUnits } from './codeUnits';
import { doubled } from './tables';

export { dehyphenate, wordEvidence } from './hyphenation';

export interface NormalizeOptions {
  /** Regions lifted out of the running text into their own segments, in this order (footnote bodies, footers). */
  segments?: Span[];
  /** Regions replaced by one space (footnote markers, page numbers, self-citations already handled). */
  blanks?: Span[];
}

export const SEGMENT_BREAK = '\n\n';

export class NormalizedText {
  /**
   * The map from the view to the original as runs: view characters runView[k] … runView[k + 1] - 1 come from
   * original offsets runOrig[k], runOrig[k] + 1, … (a synthetic character is a run of one that maps to a
   * neighbour). A few runs per line instead of one entry per character.
   */
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly runView: Int32Array,
    private readonly runOrig: Int32Array,
  ) {}

  private inverse: Int32Array | undefined;

  /** Original offset of the view's character i (the end of the original past the view's end). */
  toOriginal(i: number): number {
    if (i >= this.text.length) return this.original.length;
    return this.at(i);
  }

  /** The original span covered by the view's [start, end). */
  span(start: number, end: number): Span {
    if (end <= start) {
      const o = this.toOriginal(start);
      return { start: o, end: o };
    }
    return { start: this.at(start), end: this.at(Math.min(end, this.text.length) - 1) + 1 };
  }

  /** Index in the view of the first character at or after original offset `o`, or -1 if none maps there. */
  fromOriginal(o: number): number {
    if (!this.inverse) {
      const inv = new Int32Array(this.original.length + 1).fill(-1);
      for (let i = this.text.length - 1; i >= 0; i--) inv[this.at(i)] = i;
      this.inverse = inv;
    }
    for (let k = o; k < this.inverse.length; k++) if (this.inverse[k] >= 0) return this.inverse[k];
    return -1;
  }

  /** Original offset of view character i (0 <= i < text.length): the run that holds it, by binary search. */
  private at(i: number): number {
    const runView = this.runView;
    let lo = 0, hi = runView.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (runView[mid] <= i) lo = mid; else hi = mid - 1;
    }
    return this.runOrig[lo] + (i - runView[lo]);
  }
}

/** White space the normaliser collapses (line breaks apart). */
const SPACE_CODES = [0x20, 0x0d, 0x09, 0x0c, 0x0b, 0xa0, 0xfeff, 0x2007, 0x202f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a];
const NEWLINE_CODES = [0x0a, 0x2028, 0x2029];
/** Soft hyphen and zero-width characters: dropped. */
const INVISIBLE_CODES = [0xad, 0x200b, 0x200c, 0x200d, 0x2060];

// What the normaliser does with each UTF-16 code unit (white space, line break, invisible, hyphen, other).
// Filled code by code from the short lists (a loop over all 65,536 units costs a fresh process milliseconds).
const CHAR_PLAIN = 0, CHAR_SPACE = 1, CHAR_NEWLINE = 2, CHAR_INVISIBLE = 3, CHAR_HYPHEN = 4;
const CHAR_KIND = new Uint8Array(0x10000);
for (const c of SPACE_CODES) CHAR_KIND[c] = CHAR_SPACE;
for (const c of NEWLINE_CODES) CHAR_KIND[c] = CHAR_NEWLINE;
for (const c of INVISIBLE_CODES) CHAR_KIND[c] = CHAR_INVISIBLE;
CHAR_KIND[0x2d] = CHAR_HYPHEN;
/** For copying slices: ENDS at every character the normaliser changes or looks at, except the space (SPACE). */
const ENDS = 1, SPACE = 2;
const SLICE_CLASS = new Uint8Array(0x10000);
for (const codes of [SPACE_CODES, NEWLINE_CODES, INVISIBLE_CODES, [0x2d]]) for (const c of codes) SLICE_CLASS[c] = ENDS;
SLICE_CLASS[0x20] = SPACE;

/** The run tables every ViewBuilder of this thread writes into (one letter at a time; they grow as needed). */
let scratchRuns = { view: new Int32Array(4096), orig: new Int32Array(4096), char: new Uint16Array(4096) };

/**
 * The view as it is written: slices of the original and synthetic characters, with the runs of the map.
 * The view's code units are written after the original's in one scratch table: a slice is one native move
 * (copyWithin), not a string per part to join; only the places that change the text are visited one by one.
 */
class ViewBuilder {
  /** The original's code units at [0, base), the view's from base on; replaced by a larger table when full. */
  private units: Uint16Array;
  private readonly base: number;
  // The run tables are this thread's scratch tables (reused from letter to letter, so no allocation per letter);
  // finish() copies the used runs out.
  private runView = scratchRuns.view;
  private runOrig = scratchRuns.orig;
  /** Per run: 0 for a slice of the original, else the synthetic character (always a run of one). */
  private runChar = scratchRuns.char;
  private runs = 0;
  length = 0;

  constructor(private readonly original: string, units: Uint16Array) {
    this.units = units;
    this.base = original.length;
  }

  /** Appends original[from, to). */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.makeRoom(to - from);
    this.units.copyWithin(this.base + this.length, from, to);
    const k = this.runs - 1;
    // Continues the last run when that is a slice ending just before `from`.
    if (k < 0 || this.runChar[k] !== 0 || this.runOrig[k] + (this.length - this.runView[k]) !== from) this.addRun(from, 0);
    this.length += to - from;
  }

  /** Appends a space for the line break at `o`, read as part of the slices around it (the map runs on). */
  lineBreakAsSpace(o: number): void {
    this.makeRoom(1);
    this.units[this.base + this.length] = 0x20;
    const k = this.runs - 1;
    if (k < 0 || this.runChar[k] !== 0 || this.runOrig[k] + (this.length - this.runView[k]) !== o) this.addRun(o, 0);
    this.length++;
  }

  /** Appends original[from, lineBreak) and a space for the line break: copy and lineBreakAsSpace in one move. */
  copyBreakingAsSpace(from: number, lineBreak: number): void {
    this.copy(from, lineBreak + 1);
    this.units[this.base + this.length - 1] = 0x20;
  }

  /** Appends a character that is not the original's (a space for white space, "-", "\n"), mapped to `o`. */
  put(char: string, o: number): void {
    const code = char.charCodeAt(0);
    this.makeRoom(1);
    this.units[this.base + this.length] = code;
    this.addRun(o, code);
    this.length++;
  }

  /** The view's character i, for i near the end (the runs are searched from the last). */
  charCodeAt(i: number): number {
    let k = this.runs - 1;
    while (k > 0 && this.runView[k] > i) k--;
    if (this.runChar[k] !== 0) return this.runChar[k];
    const c = this.original.charCodeAt(this.runOrig[k] + (i - this.runView[k]));
    return c === 0x0a ? 0x20 : c;     // a line break inside a slice run is written as a space (lineBreakAsSpace)
  }

  /**
   * The view from `start` to its end when that lies in the last run and the run is a slice of the original (the
   * common case for the word before a line-end hyphen), else undefined. Only a line break inside a slice run reads
   * differently in the view (as a space), so the caller asks only for text without white space.
   */
  sliceOfLastRun(start: number): string | undefined {
    const k = this.runs - 1;
    if (k < 0 || this.runChar[k] !== 0 || start < this.runView[k]) return undefined;
    const from = this.runOrig[k] + (start - this.runView[k]);
    return this.original.slice(from, from + (this.length - start));
  }

  /** Takes back what was written since the view was `length` long, when that was only synthetic characters. */
  truncateSynthetic(length: number): void {
    while (this.length > length) {
      this.runs--;
      this.length--;
    }
  }

  finish(): NormalizedText {
    // Both tables in one allocation: the views' map is [runView…, runOrig…].
    const runs = this.runs;
    const map = new Int32Array(runs * 2);
    map.set(this.runView.subarray(0, runs));
    map.set(this.runOrig.subarray(0, runs), runs);
    const view = stringOfUnits(this.units, this.base, this.base + this.length);
    return new NormalizedText(this.original, view, map.subarray(0, runs), map.subarray(runs));
  }

  /** Room for `count` more units of the view; the original's units move along, so copyWithin still reads them. */
  private makeRoom(count: number): void {
    const needed = this.base + this.length + count;
    if (needed <= this.units.length) return;
    const larger = new Uint16Array(Math.max(needed, this.units.length * 2));
    larger.set(this.units.subarray(0, this.base + this.length));
    this.units = larger;
  }

  private addRun(o: number, char: number): void {
    if (this.runs === this.runView.length) {
      this.runView = doubled(this.runView);
      this.runOrig = doubled(this.runOrig);
      this.runChar = doubled(this.runChar);
      scratchRuns = { view: this.runView, orig: this.runOrig, char: this.runChar };
    }
    this.runView[this.runs] = this.length;
    this.runOrig[this.runs] = o;
    this.runChar[this.runs] = char;
    this.runs++;
  }
}

/**
 * Builds the normalised view. Segments are lifted out of the body and appended after it, each preceded
 * by SEGMENT_BREAK; blanks become a single space. Linear in the length of the text.
 */
export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const n = original.length;
  const segments = liftedSegments(options.segments ?? [], n);
  const blanks = blankRuns(options.blanks ?? [], n);
  // Room for the view after the original: it is at most as long as the original, but for the breaks before
  // segments (two each) and a few synthetic characters; more is made when needed.
  const units = scratchCodeUnitsWithRoom(original, n + segments.length + 64);
  const out = new ViewBuilder(original, units);
  const reader = new StreamReader(original, units.subarray(0, n), out, blanks, wordEvidence(original));
  // The streams to read, as lists of original ranges: the body (everything outside the segments), then each segment.
  readStream(reader, out, bodyRanges(segments, n), false);
  for (let k = 0; k < segments.length; k += 2) readStream(reader, out, segments.subarray(k, k + 2), true);
  return out.finish();
}

/** One stream after SEGMENT_BREAK (unless it is the first text of the view); an empty segment takes back its break. */
function readStream(reader: StreamReader, out: ViewBuilder, ranges: Int32Array, isSegment: boolean): void {
  if (ranges.length === 0) return;
  const streamStart = out.length;
  if (out.length > 0) {
    out.put('\n', ranges[0]);
    out.put('\n', ranges[0]);
  }
  const contentStart = out.length;
  reader.read(ranges);
  if (out.length === contentStart && isSegment) out.truncateSynthetic(streamStart);
}

/**
 * Reads one stream (a list of original ranges) into the view. The state lives in fields and each step is
 * its own small method: the hot loop stays small, so it is optimised early and cheaply, and the rare paths
 * (hyphens at line ends) do not deoptimise it.
 */
class StreamReader {
  /** The stream's ranges: [start0, end0, start1, end1, …]. A jump between ranges is a lifted segment: a line break. */
  private ranges: Int32Array = NO_RANGES;
  private ri = 0;
  private pos = 0;
  private rangeEnd = 0;
  /** Index in `blanks` (even) of the first blanked run that ends after pos. */
  private bi = 0;
  /** Original offset of the white-space run not yet written, or -1. */
  private pendingSpace = -1;
  private pendingNewlines = 0;
  /**
   * Across a lifted segment (a footer, footnotes, "Pagina 2 van 5") the running text goes on: the line breaks
   * around it are one break, not a paragraph.
   */
  private acrossLift = false;
  private contentStart = 0;

  constructor(
    private readonly original: string,
    /** The original's code units (read in the per-character loops instead of original.charCodeAt). */
    private readonly codes: Uint16Array,
    private readonly out: ViewBuilder,
    private readonly blanks: Int32Array,
    private readonly seen: (word: string) => boolean,
  ) {}

  read(ranges: Int32Array): void {
    this.ranges = ranges;
    this.ri = 0;
    this.pos = ranges[0];
    this.rangeEnd = ranges[1];
    this.bi = firstBlankAfter(this.blanks, this.pos);
    this.pendingSpace = -1;
    this.pendingNewlines = 0;
    this.acrossLift = false;
    this.contentStart = this.out.length;
    const codes = this.codes;
    for (;;) {
      const o = this.pos;
      if (o >= this.rangeEnd) {
        if (!this.nextRange()) break;
        continue;
      }
      let kind = CHAR_KIND[codes[o]];
      if (this.isBlanked(o)) {
        if (kind !== CHAR_NEWLINE) kind = CHAR_SPACE;
      } else if (kind === CHAR_PLAIN) {
        this.copyPlain();
        continue;
      }
      this.pos = o + 1;
      if (kind === CHAR_SPACE || kind === CHAR_NEWLINE) {
        if (this.pendingSpace < 0) this.pendingSpace = o;
        if (kind === CHAR_NEWLINE && !this.acrossLift) this.pendingNewlines++;
        continue;
      }
      if (kind === CHAR_INVISIBLE) continue;
      // A hyphen: PDF hyphenation or a real hyphen at a line end, else written as it is.
      if (this.pendingSpace < 0 && this.out.length > this.contentStart && this.readLineEndHyphen(o)) continue;
      this.writePendingSpace();
      this.acrossLift = false;
      this.out.copy(o, o + 1);
    }
  }

  /** Whether `o` is blanked; `o` never goes back within a stream, so the blank cursor only moves forward. */
  private isBlanked(o: number): boolean {
    const blanks = this.blanks;
    let bi = this.bi;
    while (bi < blanks.length && blanks[bi + 1] <= o) bi += 2;
    this.bi = bi;
    return bi < blanks.length && blanks[bi] <= o;
  }

  /** Moves to the stream's next range; false at the stream's end. */
  private nextRange(): boolean {
    const next = (this.ri + 1) * 2;
    if (next >= this.ranges.length) return false;
    this.ri++;
    this.pos = this.ranges[next];
    this.rangeEnd = this.ranges[next + 1];
    if (this.pendingSpace < 0) this.pendingSpace = this.pos;
    this.pendingNewlines = 1;
    this.acrossLift = true;
    return true;
  }

  /** The white-space run before what comes next: one space, or "\n" for a blank line. */
  private writePendingSpace(): void {
    if (this.pendingSpace < 0) return;
    if (this.out.length > this.contentStart) this.out.put(this.pendingNewlines >= 2 ? '\n' : ' ', this.pendingSpace);
    this.pendingSpace = -1;
    this.pendingNewlines = 0;
  }

  /**
   * The common case, copied as a slice: plain characters, and single spaces between them (a space that would be
   * held as pending and written as itself before the next plain character). The slice ends before a blank, a
   * double space, or any other character the loop must look at.
   */
  private copyPlain(): void {
    const codes = this.codes;
    const blanks = this.blanks;
    const out = this.out;
    const pos = this.pos;
    let bi = this.bi;
    while (bi < blanks.length && blanks[bi + 1] <= pos) bi += 2;
    this.bi = bi;
    const limit = bi < blanks.length && blanks[bi] < this.rangeEnd ? blanks[bi] : this.rangeEnd;
    this.writePendingSpace();
    this.acrossLift = false;
    let from = pos;
    let p = sliceEnd(codes, pos + 1, limit);
    // A line break before a plain character, after a plain character or one space ("x \ny", as PDF text has
    // it): the space before it, or a space at its own offset, and the slice reads on after it.
    while (p + 1 < limit && codes[p] === 0x0a && SLICE_CLASS[codes[p + 1]] === 0) {
      if (codes[p - 1] !== 0x20) out.copyBreakingAsSpace(from, p);
      else out.copy(from, p);
      from = p + 1;
      p = sliceEnd(codes, from + 1, limit);
    }
    if (p < limit && codes[p] === 0x20) p--;    // a double space: white space from its first space
    else if (codes[p - 1] === 0x20) p--;        // a space before a line break, a hyphen or a blank
    out.copy(from, p);
    this.pos = p;
  }

  /**
   * A hyphen at `o` after a word, followed by white space with a line break: joins the word (the hyphen gone or
   * kept) and moves to the first character after the break. False when the hyphen is written as it is.
   */
  private readLineEndHyphen(o: number): boolean {
    const out = this.out;
    if (!isWordCode(out.charCodeAt(out.length - 1))) return false;
    const original = this.original;
    const ranges = this.ranges;
    const blanks = this.blanks;
    let lbi = this.bi;
    let lri = this.ri, lpos = this.pos, lend = this.rangeEnd;
    let newlines = 0;
    let after = -1;
    for (;;) {
      if (lpos >= lend) {
        if ((lri + 1) * 2 >= ranges.length) break;
        lri++;
        lpos = ranges[lri * 2];
        lend = ranges[lri * 2 + 1];
        newlines++;
        continue;
      }
      const p = lpos++;
      const c = original.charCodeAt(p);
      const kind = CHAR_KIND[c];
      while (lbi < blanks.length && blanks[lbi + 1] <= p) lbi += 2;
      const blanked = lbi < blanks.length && blanks[lbi] <= p;
      if (blanked || kind === CHAR_SPACE || kind === CHAR_NEWLINE || kind === CHAR_INVISIBLE) {
        if (c === 0x0a) newlines++;
        continue;
      }
      after = p;
      break;
    }
    if (after < 0 || newlines < 1) return false;
    const decision = dehyphenate(leftWordOf(out, this.contentStart), original.slice(after, Math.min(original.length, after + 24)), this.seen);
    if (decision === 'suspend') return false;
    if (decision === 'keep') out.put('-', o);
    this.ri = lri;
    this.pos = after;
    this.rangeEnd = lend;
    this.pendingSpace = -1;
    this.pendingNewlines = 0;
    this.acrossLift = false;
    return true;
  }
}

const NO_RANGES = new Int32Array(0);

/**
 * The end of a slice that starts before `p`: the first character at or after `p` (before `limit`) that the
 * normaliser must look at, or a second space in a row. The character before `p` is no space.
 */
function sliceEnd(codes: Uint16Array, p: number, limit: number): number {
  for (let prevSpace = 0; p < limit; p++) {
    // Without a branch on the (frequent, unpredictable) space: stop at a character to look at or a second space.
    const slice = SLICE_CLASS[codes[p]];
    if (((slice & ENDS) | (slice & prevSpace)) !== 0) break;
    prevSpace = slice & SPACE;
  }
  return p;
}

/** Spans clipped to a text of length n, without empty ones, sorted by start. */
function clippedByStart(spans: Span[], n: number): Span[] {
  const clipped: Span[] = [];
  for (const s of spans) {
    const start = Math.max(0, s.start), end = Math.min(n, s.end);
    if (end > start) clipped.push({ start, end });
  }
  return clipped.sort((a, b) => a.start - b.start);
}

/** The segments clipped to the text, without empty ones, by start: [start0, end0, …]. */
function liftedSegments(spans: Span[], n: number): Int32Array {
  const clipped = clippedByStart(spans, n);
  const flat = new Int32Array(clipped.length * 2);
  for (let k = 0; k < clipped.length; k++) {
    flat[k * 2] = clipped[k].start;
    flat[k * 2 + 1] = clipped[k].end;
  }
  return flat;
}

/** The body: everything outside the segments, as ranges [start0, end0, …]. */
function bodyRanges(segments: Int32Array, n: number): Int32Array {
  const body: number[] = [];
  let cursor = 0;
  for (let k = 0; k < segments.length; k += 2) {
    if (segments[k] > cursor) body.push(cursor, segments[k]);
    cursor = Math.max(cursor, segments[k + 1]);
  }
  if (cursor < n) body.push(cursor, n);
  return Int32Array.from(body);
}

/** The blanked offsets as sorted, merged runs: [start0, end0, start1, end1, …]. */
function blankRuns(spans: Span[], n: number): Int32Array {
  const runs: number[] = [];
  for (const b of clippedByStart(spans, n)) {
    if (runs.length > 0 && b.start <= runs[runs.length - 1]) runs[runs.length - 1] = Math.max(runs[runs.length - 1], b.end);
    else runs.push(b.start, b.end);
  }
  return Int32Array.from(runs);
}

/** Index in `runs` (even) of the first run that ends after `pos`. */
function firstBlankAfter(runs: Int32Array, pos: number): number {
  let lo = 0, hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid * 2 + 1] <= pos) lo = mid + 1; else hi = mid;
  }
  return lo * 2;
}

/** The word characters (at most 40) at the end of the view, back to the start of the current stream. */
function leftWordOf(out: ViewBuilder, contentStart: number): string {
  const len = out.length;
  let ls = len;
  while (ls > contentStart && ls > len - 40 && isWordCode(out.charCodeAt(ls - 1))) ls--;
  const slice = out.sliceOfLastRun(ls);
  if (slice !== undefined) return slice;
  let left = '';
  for (let i = ls; i < len; i++) left += String.fromCharCode(out.charCodeAt(i));
  return left;
}

function isWordCode(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x26;
}
