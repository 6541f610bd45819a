// JSON written straight into UTF-8 bytes, in exactly the format of JSON.stringify(value, null, 1).
// V8's serialiser leaves its fast path as soon as it indents, builds a two-byte string (letters hold ’ and
// –) and that string then had to be encoded again: for `annotate --json` the two were ~13 % of the run.
// Entity JSON is small and mostly ASCII: plain loops write it; anything unusual goes through JSON.stringify.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Per ASCII unit: 1 when JSON.stringify writes it as it is (no control character, quote or backslash). */
const PLAIN_ASCII = new Uint8Array(0x80);
for (let c = 0x20; c < 0x80; c++) PLAIN_ASCII[c] = c === QUOTE || c === BACKSLASH ? 0 : 1;

/** The UTF-8 bytes of a short constant piece of JSON, made once. */
export const bytesOf = (json: string): Buffer => Buffer.from(json, 'utf8');

/** From this length a piece is copied by TypedArray.set, not byte by byte. */
const SET_FROM_BYTES = 16;

/** A line break and 0, 1, ... spaces, made once. */
const NEWLINES = Array.from({ length: 16 }, (_, depth) => bytesOf('\n' + ' '.repeat(depth)));

/**
 * From this length a string that needs no escape is encoded by Buffer.write: the loop below costs ~5 ns a unit
 * and more on entity texts (slices of letters no longer in the cache), the native call ~80 ns whatever the length.
 */
const NATIVE_FROM_UNITS = 8;
/** What JSON.stringify escapes: a quote, a backslash, a control character, a surrogate (paired ones are not, but go the slow way). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

const NULL = bytesOf('null');
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const EMPTY_ARRAY = bytesOf('[]');
const EMPTY_OBJECT = bytesOf('{}');

/**
 * A growable buffer that JSON is written into: `bytes[start, length)` is the piece being written (`start` is 0
 * unless pieces are taken). Used either as scratch (`length = 0` before each piece) or as slabs that keep
 * each piece where it was written (`take`): the bytes are written once and never copied to be kept.
 */
export class JsonBytes {
  bytes: Buffer;
  length = 0;
  /** Where the piece being written begins: the bytes before it were taken. */
  start = 0;

  constructor(initialBytes = 1 << 16) {
    this.bytes = Buffer.allocUnsafe(initialBytes);
  }

  /**
   * Makes room for `n` more bytes. Past the end, the piece being written moves to a new buffer: twice as large
   * when it is the buffer's only piece, as large otherwise (a new slab; the taken pieces stay in the old one).
   */
  room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const piece = this.length - this.start;
    const bigger = Buffer.allocUnsafe(Math.max(this.start === 0 ? this.bytes.length * 2 : this.bytes.length, piece + n));
    this.bytes.copy(bigger, 0, this.start, this.length);
    this.bytes = bigger;
    this.start = 0;
    this.length = piece;
  }

  /** The piece written since the last take, as a view that later writes leave alone. */
  take(): Buffer {
    const piece = this.bytes.subarray(this.start, this.length);
    this.start = this.length;
    return piece;
  }

  /** Drops the piece being written: what a write that threw part way left behind is not part of the next piece. */
  discard(): void {
    this.length = this.start;
  }

  /** A copy of `source`, as the piece being written. */
  copy(source: Uint8Array): void {
    this.room(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }

  piece(piece: Uint8Array): void {
    this.room(piece.length);
    const bytes = this.bytes;
    let at = this.length;
    // A loop costs ~2 ns a byte, a set ~28 ns a call whatever the length: the set pays from ~16 bytes.
    if (piece.length >= SET_FROM_BYTES) {
      bytes.set(piece, at);
      this.length = at + piece.length;
      return;
    }
    for (let i = 0; i < piece.length; i++) bytes[at++] = piece[i];
    this.length = at;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.length++] = b;
  }

  /** A line break and `depth` spaces. */
  newline(depth: number): void {
    if (depth < NEWLINES.length) return this.piece(NEWLINES[depth]);
    this.room(depth + 1);
    const bytes = this.bytes;
    let at = this.length;
    bytes[at++] = NEWLINE;
    for (let i = 0; i < depth; i++) bytes[at++] = SPACE;
    this.length = at;
  }

  /** Text as UTF-8, as it is (a lone surrogate as U+FFFD, as Buffer.from writes it). */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += this.bytes.write(text, this.length, 'utf8');
  }

  /** JSON.stringify(s) as UTF-8. */
  string(s: string): void {
    if (s.length >= NATIVE_FROM_UNITS && !NEEDS_ESCAPE.test(s)) {
      this.room(s.length * 3 + 2);
      const bytes = this.bytes;
      bytes[this.length] = QUOTE;
      const end = this.length + 1 + bytes.write(s, this.length + 1, 'utf8');
      bytes[end] = QUOTE;
      this.length = end + 1;
      return;
    }
    // Units are encoded here and a line break escaped; a quote, a backslash, another control character or a
    // surrogate (lone ones are escaped) sends the whole string through JSON.stringify instead.
    this.room(s.length * 3 + 2);
    const bytes = this.bytes;
    let at = this.length;
    bytes[at++] = QUOTE;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (PLAIN_ASCII[c] === 1) bytes[at++] = c;
        else if (c === NEWLINE) {
          bytes[at++] = BACKSLASH;
          bytes[at++] = 0x6e;
        } else return this.text(JSON.stringify(s));
      } else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else return this.text(JSON.stringify(s));
    }
    bytes[at++] = QUOTE;
    this.length = at;
  }

  /** JSON.stringify(n): a small non-negative integer digit by digit, anything else through String. */
  number(n: number): void {
    if (!((n | 0) === n && n >= 0)) return this.text(Number.isFinite(n) ? String(n) : 'null');
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits++;
    this.room(digits);
    const bytes = this.bytes;
    let at = this.length + digits;
    this.length = at;
    do {
      bytes[--at] = 0x30 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
  }

  /**
   * `value` as JSON.stringify(value, null, 1) writes it, nested `depth` spaces deep (its lines after the
   * first start with `depth` spaces). False, with nothing written, where JSON.stringify gives undefined
   * (undefined, a function, a symbol).
   */
  value(value: unknown, depth: number): boolean {
    switch (typeof value) {
      case 'string': this.string(value); return true;
      case 'number': this.number(value); return true;
      case 'boolean': this.piece(value ? TRUE : FALSE); return true;
      case 'object':
        if (value === null) this.piece(NULL);
        else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return this.stringified(value, depth);
        else if (Array.isArray(value)) this.array(value, depth);
        else if (isPlainObject(value)) this.object(value as Record<string, unknown>, depth);
        else return this.stringified(value, depth);
        return true;
      default:
        // undefined, functions and symbols are left out; a bigint throws, as in JSON.stringify.
        return this.stringified(value, depth);
    }
  }

  /**
   * What is not plain data (a toJSON method, a boxed primitive, a Map) is left to JSON.stringify and nested
   * by indenting its lines: every line break in its output is its own, strings escape theirs.
   */
  private stringified(value: unknown, depth: number): boolean {
    const json = JSON.stringify(value, null, 1);
    if (json === undefined) return false;
    this.text(depth === 0 ? json : json.replace(/\n/g, '\n' + ' '.repeat(depth)));
    return true;
  }

  private array(items: readonly unknown[], depth: number): void {
    if (items.length === 0) return this.piece(EMPTY_ARRAY);
    this.byte(0x5b);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.newline(depth + 1);
      // As JSON.stringify: an element without JSON (a hole, undefined, a function) is written null.
      if (!this.value(items[i], depth + 1)) this.piece(NULL);
    }
    this.newline(depth);
    this.byte(0x5d);
  }

  /**
   * One member of an object whose members stand `depth` spaces deep: a comma unless it is the first, its key
   * and value. False, with nothing written, for a value without JSON (the member is left out, its key too).
   */
  member(key: string, value: unknown, depth: number, first: boolean): boolean {
    const before = this.length;
    this.memberKey(key, depth, first);
    if (this.value(value, depth)) return true;
    this.length = before;
    return false;
  }

  /** The key of a member (see `member`); its value is the caller's to write. */
  memberKey(key: string, depth: number, first: boolean): void {
    const pieces = depth < MEMBER_PIECE_DEPTHS ? memberPieces(key, depth) : null;
    if (pieces !== null) return this.piece(first ? pieces.first : pieces.later);
    if (!first) this.byte(0x2c);
    this.newline(depth);
    this.piece(bytesOf(`${JSON.stringify(key)}: `));
  }

  private object(object: Record<string, unknown>, depth: number): void {
    const open = this.length;
    this.byte(0x7b);
    let members = 0;
    // for-in reads the members through the object's enumeration cache, without a keyed lookup each; it also
    // visits inherited members, which only an Object.prototype given enumerable members would have.
    if (noInheritedMembers()) {
      for (const key in object) if (this.member(key, object[key], depth + 1, members === 0)) members++;
    } else {
      for (const key of Object.keys(object)) if (this.member(key, object[key], depth + 1, members === 0)) members++;
    }
    if (members === 0) {
      this.length = open;
      return this.piece(EMPTY_OBJECT);
    }
    this.newline(depth);
    this.byte(0x7d);
  }
}

/** True while Object.prototype has no enumerable member (as always, unless some code adds one). */
function noInheritedMembers(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Member keys are written as one piece each up to this depth (entity values stand 5 deep, their members 6). */
const MEMBER_PIECE_DEPTHS = 16;

/** A member's line break, indent and `"key": `, without and with the comma before it. */
interface MemberPieces { first: Buffer; later: Buffer }

/** Per depth, the pieces of each key, made once: the same few keys come on every entity. */
const memberPiecesAt: Array<Map<string, MemberPieces>> = Array.from({ length: MEMBER_PIECE_DEPTHS }, () => new Map());

/** The pieces of `key` at `depth`; null when there are too many keys to keep (made by the caller then). */
function memberPieces(key: string, depth: number): MemberPieces | null {
  const known = memberPiecesAt[depth];
  let pieces = known.get(key);
  if (pieces === undefined) {
    if (known.size >= 1000) return null;
    const first = `\n${' '.repeat(depth)}${JSON.stringify(key)}: `;
    pieces = { first: bytesOf(first), later: bytesOf(`,${first}`) };
    known.set(key, pieces);
  }
  return pieces;
}
