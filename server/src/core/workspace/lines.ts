// Line starts and ends of a letter, so offsets (UTF-16 code units) map to LSP positions without keeping
// the text in memory. Line breaks are "\n", "\r\n" and "\r", as in vscode-languageserver-textdocument.

export interface Position {
  line: number;
  character: number;
}

export interface LineIndexData {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  length: number;
}

export class LineIndex {
  private constructor(
    private readonly starts: Uint32Array,
    /** Where each line's text ends, before its line break. */
    private readonly ends: Uint32Array,
    readonly length: number,
  ) {}

  static of(text: string): LineIndex {
    const starts: number[] = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 13 && c !== 10) continue;
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
    ends.push(text.length);
    return new LineIndex(Uint32Array.from(starts), Uint32Array.from(ends), text.length);
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
