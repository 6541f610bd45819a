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
    // Line breaks found with indexOf (far faster than a loop over every character); a lone CR is rare,
    // so the text is searched for it only when it has one.
    const hasCr = text.indexOf('\r') >= 0;
    let lf = text.indexOf('\n');
    let cr = hasCr ? text.indexOf('\r') : -1;
    while (lf >= 0 || cr >= 0) {
      const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      ends.push(at);
      const next = at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
      starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
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
