// Line starts and ends of a letter, so offsets (UTF-16 code units) map to LSP positions without keeping
// the text in memory. Line breaks are "\n", "\r\n" and "\r", as in vscode-languageserver-textdocument.
import { doubled } from '../text/tables';

export interface Position {
  line: number;
  character: number;
}

export interface LineIndexData {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  length: number;
}

/** This thread's scratch tables for LineIndex.of (one text at a time; they grow as needed). */
const scratch: { starts: Uint32Array; ends: Uint32Array } = { starts: new Uint32Array(1024), ends: new Uint32Array(1024) };


export class LineIndex {
  private constructor(
    private readonly starts: Uint32Array,
    /** Where each line's text ends, before its line break. */
    private readonly ends: Uint32Array,
    readonly length: number,
  ) {}

  static of(text: string): LineIndex {
    // Written into this thread's scratch tables (grown as needed) and copied out once: no array of boxed
    // numbers per letter, no iterator of Uint32Array.from. Line breaks found with indexOf (far faster than a
    // loop over every character); a lone CR is rare, so the text is searched for it only when it has one.
    let starts = scratch.starts, ends = scratch.ends;
    let count = 0;
    let start = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (count === starts.length) {
        starts = scratch.starts = doubled(starts);
        ends = scratch.ends = doubled(ends);
      }
      starts[count] = start;
      ends[count] = at;
      count++;
      start = at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    }
    // The last line, after the last break (or the whole text).
    const ownStarts = new Uint32Array(count + 1);
    const ownEnds = new Uint32Array(count + 1);
    ownStarts.set(starts.subarray(0, count));
    ownEnds.set(ends.subarray(0, count));
    ownStarts[count] = start;
    ownEnds[count] = text.length;
    return new LineIndex(ownStarts, ownEnds, text.length);
  }

  /** Plain data for postMessage / structured clone; `LineIndex.fromData` restores it. */
  toData(): LineIndexData {
    return { starts: this.starts, ends: this.ends, length: this.length };
  }

  static fromData(data: LineIndexData): LineIndex {
    // Tables that arrive as Uint32Arrays (transferred from a worker) are adopted, not copied.
    const table = (a: ArrayLike<number>) => (a instanceof Uint32Array ? a : Uint32Array.from(a));
    return new LineIndex(table(data.starts), table(data.ends), data.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[this.clampLine(line)];
  }

  lineEnd(line: number): number {
    return this.ends[this.clampLine(line)];
  }

  lineOf(offset: number): number {
    const o = this.clampOffset(offset);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = this.clampOffset(offset);
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (!position || !Number.isFinite(position.line) || !Number.isFinite(position.character)) return 0;
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, Math.floor(position.character)), this.ends[position.line]);
  }

  private clampLine(line: number): number {
    return Math.max(0, Math.min(Number.isFinite(line) ? line : 0, this.starts.length - 1));
  }

  private clampOffset(offset: number): number {
    return Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, this.length));
  }
}
