// Deciding whether bytes on disk (or a client's text) can be read as a letter at all.
// Unreadable input becomes a letter with one problem (input.binary / input.too-large), never an exception.
import { Buffer, isUtf8, transcode } from 'node:buffer';
import type { ProblemCode } from '../types';

/** Letters are a few hundred kilobytes at most; beyond this the analysis is skipped and a diagnostic shown. */
export const MAX_LETTER_CHARS = 4 * 1024 * 1024;

export interface InputProblem {
  code: Extract<ProblemCode, 'input.binary' | 'input.too-large'>;
  message: string;
}

/**
 * A letter that was read, but not as UTF-8 (`input.encoding`, a warning): its bytes were decoded as Windows-1252,
 * or as UTF-8 with replacement characters where a few bytes are not UTF-8. `start`/`end`: the first character
 * that was not UTF-8, in the decoded text.
 */
export interface InputNotice {
  code: 'input.encoding';
  message: string;
  start: number;
  end: number;
}

export type DecodedInput =
  | { text: string; problem?: undefined; notice?: InputNotice }
  | { text?: undefined; problem: InputProblem; notice?: undefined };

/**
 * The letter's text from its bytes, or why there is none. `fileSize`: the size of the file on disk, asked for when the
 * bytes are past the limit (the server reads a file only up to just past it, `readFileBytes`, and the message names
 * the file's size, as the command line's does); without it the message says "more than".
 */
export function decodeLetter(bytes: Uint8Array, fileSize?: () => number): DecodedInput {
  if (bytes.length > MAX_LETTER_CHARS * 3) {
    let size: number | null = null;
    try {
      size = fileSize ? Math.max(fileSize(), bytes.length) : null;
    } catch {
      // gone since it was read: "more than"
    }
    return { problem: size === null ? tooLarge(MAX_LETTER_CHARS * 3, 'bytes', 'more than ') : tooLarge(size, 'bytes') };
  }
  if (bytes.indexOf(0) >= 0) {
    const message = isUtf16Text(bytes) ? 'This file is UTF-16 text, not UTF-8: save it as UTF-8 to read it as a letter.' : 'This file contains NUL bytes: it is binary, not a letter.';
    return { problem: { code: 'input.binary', message } };
  }
  const text = decodeUtf8(bytes);
  if (text === null) return decodeNotUtf8(bytes);
  // No NUL byte means no NUL character: only the length is left to check, not the whole text again.
  if (text.length > MAX_LETTER_CHARS) return { problem: tooLarge(text.length, 'characters') };
  return { text };
}

/**
 * Bytes without NUL that are not valid UTF-8: text in a one-byte encoding, in Dutch letters nearly always
 * Windows-1252 or Latin-1 ("Coördinator" with one byte 0xF6 for ö; Windows-1252 is Latin-1 with printable
 * quotes and dashes at 0x80-0x9F). Decoded as Windows-1252, which reads every byte, one character each, with
 * a notice that says so; the file is never changed. (Refusing it lost the letter; UTF-8 with replacement
 * characters lost its accented letters, and with them names: "Co\uFFFDrdinator" is no organisation.) But UTF-8
 * text with a few bad bytes in it (as many valid multi-byte sequences as bad bytes, or more) is read as UTF-8
 * with replacement characters, as an editor shows it (`decodeDamagedUtf8`).
 */
export function decodeNotUtf8(bytes: Uint8Array): DecodedInput {
  const at = firstInvalidUtf8(bytes);
  const tally = utf8Tally(bytes, at);
  if (readsAsUtf8(tally)) return decodeDamagedUtf8(bytes, at, tally.invalid);
  return decodeAsWindows1252(bytes, at);
}

/** The bytes as Windows-1252, with the notice at `at`, their first byte that is not UTF-8. */
function decodeAsWindows1252(bytes: Uint8Array, at: number): DecodedInput {
  const text = decodeWindows1252(bytes);
  if (text.length > MAX_LETTER_CHARS) return { problem: tooLarge(text.length, 'characters') };
  return { text, notice: { code: 'input.encoding', message: windows1252Message(text, at), start: at, end: at + 1 } };
}

/**
 * UTF-8 text but for a few bytes (a Windows-1252 dash pasted into it, a file cut inside a character): as an editor
 * shows it, a replacement character (U+FFFD) for each bad sequence, so that its accented letters stay and positions
 * are the editor's. Read as Windows-1252, each of its accented letters was two characters ("CoÃ¶rdinator").
 */
function decodeDamagedUtf8(bytes: Uint8Array, at: number, invalid: number): DecodedInput {
  const decoder = new TextDecoder('utf-8');
  const text = decoder.decode(bytes);
  if (text.length > MAX_LETTER_CHARS) return { problem: tooLarge(text.length, 'characters') };
  // The bytes before the first bad one are valid UTF-8: their length decoded (a byte order mark dropped) is its place.
  const start = decoder.decode(bytes.subarray(0, at)).length;
  return { text, notice: { code: 'input.encoding', message: damagedUtf8Message(text, start, invalid), start, end: start + 1 } };
}

/** What the server's diagnostic and the command line's warning say of UTF-8 text with bytes that are not UTF-8. */
export function damagedUtf8Message(text: string, at: number, invalid: number): string {
  const bytes = invalid === 1 ? '1 byte that is not' : `${invalid} bytes that are not`;
  const where = invalid === 1 ? `at ${lineAndColumn(text, at)}` : `the first at ${lineAndColumn(text, at)}`;
  const read = invalid === 1 ? 'it reads as a replacement character (\uFFFD), as the editor shows it' : 'they read as replacement characters (\uFFFD), as the editor shows them';
  return `This file is UTF-8 text but for ${bytes} (${where}): ${read}, and positions are of that text. Type the characters meant in their place and save the file as UTF-8; the file itself was not changed.`;
}

/**
 * "line 3, column 17": a place in the text as an editor's status bar counts it (both from 1, the column in UTF-16
 * units, as LSP's), for a message read beside the file or in a terminal, where an offset means nothing to a reader.
 */
export function lineAndColumn(text: string, at: number): string {
  // Line breaks as LSP counts them: "\n", "\r\n" and a lone "\r".
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/**
 * Valid multi-byte UTF-8 sequences and bytes that start no valid sequence, from `from` (the first bad byte) on and
 * before it: UTF-8 text with a few bad bytes has many of the first; Windows-1252 text nearly none (an accented
 * capital followed by a quote or a dash), and a byte of the second for each of its accented letters.
 */
function utf8Tally(bytes: Uint8Array, from: number): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < from; i++) if (bytes[i] >= 0xc0) valid++; // before the first bad byte every lead starts a valid sequence
  let i = from;
  const n = bytes.length;
  while (i < n) {
    if (bytes[i] < 0x80) { i++; continue; }
    const length = validSequenceAt(bytes, i);
    if (length > 0) { valid++; i += length; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

/** UTF-8 with a few bad bytes rather than Windows-1252: at least as many valid multi-byte sequences as bad bytes. */
function readsAsUtf8(tally: { valid: number; invalid: number }): boolean {
  return tally.valid > 0 && tally.valid >= tally.invalid;
}

/** The length of the valid UTF-8 multi-byte sequence at `i`, 0 when there is none. */
function validSequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number, min: number;
  if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
  else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
  else return 0;
  let cp = b & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : need + 1;
}

/**
 * What the server's diagnostic and the command line's warning say of a letter read as Windows-1252, in the
 * same words: what happened, what positions mean, what to do.
 */
export function windows1252Message(text: string, at: number): string {
  return `This file is not UTF-8 text: it was read as Windows-1252 (Latin-1), one character per byte (the first such byte is at ${lineAndColumn(text, at)}, read as “${text.charAt(at)}”), and positions are of that decoded text. Save it as UTF-8 to be sure it reads as you see it; the file itself was not changed.`;
}

/** What a file's bytes are, for what an editor that shows the file may have made of them (`editorDecodingNotice`). */
export type FileEncoding =
  | { kind: 'utf-8' }
  /** UTF-8 text but for `invalid` bytes (`decodeDamagedUtf8`). */
  | { kind: 'damaged-utf-8'; invalid: number }
  /**
   * Text in a one-byte encoding, read as Windows-1252 (`decodeNotUtf8`): its text so read and the closed letter's
   * notice (none when that text is too long to be a letter).
   */
  | { kind: 'windows-1252'; text: string; notice: InputNotice | null }
  /** NUL bytes: no text an editor decodes. */
  | { kind: 'binary' };

export function fileEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes.indexOf(0) >= 0) return { kind: 'binary' };
  if (isUtf8(bytes)) return { kind: 'utf-8' };
  // The same decision decodeNotUtf8 makes, the first bad byte and the tally found once.
  const at = firstInvalidUtf8(bytes);
  const tally = utf8Tally(bytes, at);
  if (readsAsUtf8(tally)) return { kind: 'damaged-utf-8', invalid: tally.invalid };
  const decoded = decodeAsWindows1252(bytes, at);
  return { kind: 'windows-1252', text: decoded.text ?? '', notice: decoded.notice ?? null };
}

/**
 * The `input.encoding` of a letter open in the editor, `file` what its file is (`fileEncoding`; null when there is
 * none). Replacement characters where the file is not UTF-8: how to reopen it (`editorDecodingNotice`). A file in
 * Windows-1252 the editor decoded as such: the file is still not UTF-8, and the editor saves it as it read it, so the
 * closed letter's warning stays while it is open, the same diagnostic when the text is the file's (it neither goes
 * when the letter is opened nor comes back when it is closed); with unsaved edits, at the first character that is not
 * ASCII, where the file as saved will have its first byte that is not UTF-8 (none left: none).
 */
export function openLetterNotice(text: string, file: () => FileEncoding | null): InputNotice | null {
  let known: FileEncoding | null | undefined;
  const encoding = () => (known === undefined ? (known = file()) : known);
  if (text.indexOf('\uFFFD') >= 0) {
    // Opened in Windows 1252 all the same: VS Code's decoder shows the five bytes Windows-1252 leaves undefined (0x81,
    // 0x8D, 0x8F, 0x90, 0x9D; read here as U+0081 …) as U+FFFD, and advice to reopen it in that encoding would be wrong.
    const file = encoding();
    if (file?.kind === 'windows-1252' && text === file.text.replace(/[\x81\x8d\x8f\x90\x9d]/g, '\uFFFD')) return file.notice;
    return editorDecodingNotice(text, encoding);
  }
  const read = encoding();
  if (read?.kind !== 'windows-1252') return null;
  if (text === read.text) return read.notice;
  const at = text.search(/[^\x00-\x7f]/);
  return at < 0 ? null : { code: 'input.encoding', message: windows1252Message(text, at), start: at, end: at + 1 };
}

/**
 * An open editor's text with replacement characters (U+FFFD) where the file's bytes are not UTF-8: the editor
 * decoded it as UTF-8, and the accented letters are lost in its view; saving it so would make that final.
 * Null when the text has no replacement character or the file's bytes are UTF-8 (a U+FFFD the file holds).
 * `file`: the file's bytes or what they are (`fileEncoding`; the server keeps that per version of the file), asked
 * for only when the text has a replacement character; null when there is no file.
 */
export function editorDecodingNotice(text: string, file: () => Uint8Array | FileEncoding | null): InputNotice | null {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return null;
  const known = file();
  if (known === null) return null;
  const encoding = known instanceof Uint8Array ? fileEncoding(known) : known;
  // UTF-8 but for a few bytes: the editor shows it as the server reads it, and reopening it as Windows 1252 would
  // garble every other accented letter.
  if (encoding.kind === 'damaged-utf-8') return { code: 'input.encoding', start: at, end: at + 1, message: damagedUtf8Message(text, at, encoding.invalid) };
  if (encoding.kind !== 'windows-1252') return null;
  return {
    code: 'input.encoding',
    start: at,
    end: at + 1,
    message: 'This file is not UTF-8 text, and the editor shows it with replacement characters (�) where it is not: its accented letters are lost in this view, and saving it now would lose them in the file. Reopen it with the encoding Western (Windows 1252) (“Reopen with Encoding” in the status bar’s encoding), then save it with the encoding UTF-8.',
  };
}

/** Windows-1252 (WHATWG: also what "latin1" and "iso-8859-1" mean), each byte one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, c => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** 0x80-0x9F in Windows-1252; the five bytes it leaves undefined stay the C1 controls (as WHATWG decodes them). */
const WINDOWS_1252_HIGH = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (bytes.length when none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    if (bytes[i] < 0x80) { i++; continue; }
    const length = validSequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return n;
}

/**
 * Valid UTF-8 as text, a leading BOM dropped (as TextDecoder does); null when the bytes are not valid UTF-8.
 * Validating first and then decoding without checks is several times faster than a fatal TextDecoder.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? decodeValidUtf8(bytes) : null;
}

/**
 * Valid UTF-8 bytes as text, a leading BOM dropped. Through UTF-16: ICU converts at near memory speed and a
 * UTF-16 buffer becomes a string by a copy, where V8's own UTF-8 decoder takes ~2 ns a byte (43 -> 31 ms per
 * 1,000 letters). A Node without ICU decodes as before.
 */
export function decodeValidUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Text saved as UTF-16 (Windows' "Unicode"): a byte order mark, then code units with no NUL character and no
 * lone surrogate (checked over the first 64 KB). Its ASCII letters each have a NUL byte, so it read as binary.
 */
export function isUtf16Text(bytes: Uint8Array): boolean {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (!little && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const end = Math.min(bytes.length, 65536) & ~1;
  const unitAt = (i: number) => (little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  for (let i = 2; i < end; i += 2) {
    const unit = unitAt(i);
    if (unit === 0 || (unit >= 0xdc00 && unit <= 0xdfff)) return false; // a NUL, or a lone low surrogate
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 2 >= end) break; // a pair cut by the window
      const next = unitAt(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 2;
    }
  }
  return true;
}

/** For text that arrives already decoded (an open editor). */
export function checkText(text: string): DecodedInput {
  if (typeof text !== 'string') return { problem: { code: 'input.binary', message: 'No text.' } };
  if (text.length > MAX_LETTER_CHARS) return { problem: tooLarge(text.length, 'characters') };
  if (text.indexOf('\u0000') >= 0) return { problem: { code: 'input.binary', message: 'This text contains NUL characters: it is binary, not a letter.' } };
  return { text };
}

function tooLarge(size: number, unit: 'characters' | 'bytes', more = ''): InputProblem {
  return { code: 'input.too-large', message: tooLargeMessage(size, unit, more !== '') };
}

/**
 * What the server's `input.too-large` diagnostic and the command line say of a file too large to be a letter, in the
 * same words: its size in the unit it was measured in, and the limit in that unit too. `size` in characters when the
 * file was decoded (UTF-8, with replacement characters, or Windows-1252), in bytes when it was too long to decode;
 * `more`: the file was read only up to the limit, and is longer.
 */
export function tooLargeMessage(size: number, unit: 'characters' | 'bytes', more = false): string {
  const what = unit === 'characters'
    ? `it has ${count(size)} characters, and a letter may have ${count(MAX_LETTER_CHARS)} at most`
    : `it is ${more ? 'more than ' : ''}${count(size)} bytes (${megabytes(size)}), and a letter may be ${count(MAX_LETTER_CHARS * 3)} bytes (${megabytes(MAX_LETTER_CHARS * 3)}) at most: ${count(MAX_LETTER_CHARS)} characters of up to 3 bytes each`;
  return `This file is too large to analyse as a letter: ${what}.`;
}

/** 4194304 → "4,194,304": a number a reader takes in at a glance, the same on every machine. */
function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes in megabytes of 1,048,576 bytes, with one decimal: a file of 12.4 MB is not one of the limit's 12.0 MB. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
