// Reading letters from disk for the command line: folders expanded, binary and unreadable files reported
// instead of crashing the run.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES, readFileBytes } from '../core/workspace/fileBytes';
import { decodeNotUtf8, decodeUtf8, isUtf16Text, MAX_LETTER_CHARS, tooLargeMessage } from '../core/workspace/input';

export const LETTER_EXTENSIONS = ['.txt', '.kamerbrief'];

/**
 * A letter's file name in a folder given on the command line: `.txt` or `.kamerbrief` in any case ("BRIEF.TXT"),
 * as the server's default globs take them (`DEFAULT_INCLUDE`): on a file system that ignores case they are
 * letters like any other.
 */
export function isLetterName(name: string): boolean {
  const lower = name.toLowerCase();
  return LETTER_EXTENSIONS.some(ext => lower.endsWith(ext));
}

/** `--help` or `-h` among a command's arguments: its usage is printed, and nothing else is done. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** "--out=DIR" → ["--out", "DIR"]; any other argument → [itself, null] (its value, if any, is the next argument). */
export function splitOption(arg: string): [string, string | null] {
  const at = arg.startsWith('--') ? arg.indexOf('=') : -1;
  return at < 0 ? [arg, null] : [arg.slice(0, at), arg.slice(at + 1)];
}

/** Files named on the command line, folders expanded (recursively, skipping hidden folders and node_modules). */
export function expandPaths(paths: string[], onError: (path: string, message: string) => void): string[] {
  const out: string[] = [];
  // Folders already read, by device and inode: a symbolic link back to a folder above (or to itself) is read
  // once, not again at every level until the path is too long (two such links: 2^40 visits, a run that never ends).
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      onError(path, describe(err));
      return;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) return; // a loop of links, or a folder named twice
      seen.add(id);
      let entries: Dirent[];
      try {
        entries = readdirSync(path, { withFileTypes: true }).sort(byName);
      } catch (err) {
        onError(path, describe(err));
        return;
      }
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = join(path, name);
        // The folder's own listing tells a file from a folder: a letter costs no stat of its own. A link, or a
        // listing that does not say, is asked of the file system.
        if (entry.isFile()) {
          if (isLetterName(name)) out.push(child);
          continue;
        }
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink() || !knownType(entry)) {
          try { isDir = statSync(child).isDirectory(); } catch { /* reported when visited */ }
        }
        if (isDir || isLetterName(name)) visit(child, false);
      }
    } else if (explicit || st.isFile()) {
      out.push(path);
    }
  };
  for (const p of paths) {
    const before = out.length;
    const folder = folderId(p);
    const readBefore = folder !== null && seen.has(folder);
    visit(p, true);
    // A folder with no letter in it is most often the wrong folder: say so rather than print nothing. (A folder
    // named twice, or inside one named before, has its letters listed once, under the first.)
    if (out.length === before && folder !== null && !readBefore) onError(p, `no letters in this folder (files ending in ${LETTER_EXTENSIONS.join(' or ')})`);
  }
  return out;
}

/** The listing said what the entry is (some file systems do not). */
function knownType(entry: Dirent): boolean {
  return entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
}

/** As `readdirSync(path).sort()` orders names (by UTF-16 code units). */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Device and inode of a folder (null: not a folder), as `seen` keeps them. */
function folderId(path: string): string | null {
  try {
    const st = statSync(path);
    return st.isDirectory() ? `${st.dev}:${st.ino}` : null;
  } catch {
    return null;
  }
}

/** `warning`: said on stderr, but the letter was read and the run does not fail for it (a letter read as Windows-1252). */
export type ReadResult =
  | { ok: true; text: string; warning?: string; noNul: boolean }
  | { ok: false; message: string };

/**
 * Letters are UTF-8 text. A NUL byte in the first 64 KB means binary; text that is not valid UTF-8 is read as
 * Windows-1252 with a warning in the words of the server's `input.encoding` diagnostic (`decodeNotUtf8`).
 * `noNul`: the whole file has no NUL byte (the analysis need not look for NUL characters).
 */
export function readLetter(path: string): ReadResult {
  const read = readLetterBytes(path);
  return read.ok ? decodeLetterBytes(path, read.bytes) : read;
}

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** The file's bytes, or why they cannot be read (gone, a folder, a pipe, too large). */
export function readLetterBytes(path: string): BytesResult {
  let bytes: Buffer;
  try {
    bytes = readFileBytes(path);
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(sizeOf(path, bytes.length), 'bytes') };
  return { ok: true, bytes };
}

/** The letter's text from its bytes (`readLetter` after the read): binary, invalid UTF-8 and size checked. */
export function decodeLetterBytes(path: string, bytes: Buffer): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < 65536) return { ok: false, message: isUtf16Text(bytes) ? UTF16_MESSAGE : 'binary file (contains NUL bytes), not a letter' };
  const noNul = nul < 0;
  const valid = decodeUtf8(bytes);
  // Past the character limit the analysis would only report the size: say so here, as for the byte limit
  // above, instead of writing an empty document (the JSON output has no place for the problem).
  if (valid !== null) return valid.length > MAX_LETTER_CHARS ? { ok: false, message: tooLargeMessage(valid.length, 'characters') } : { ok: true, text: valid, noNul };
  // As the server reads it: Windows-1252, one character per byte, or UTF-8 with a few bad bytes, with the same words.
  // Too large, in the server's words too: the characters decoded (not the bytes: UTF-8 has up to 3 a character).
  const decoded = decodeNotUtf8(bytes);
  if (decoded.problem) return { ok: false, message: decoded.problem.message };
  return { ok: true, text: decoded.text, noNul, warning: decoded.notice?.message };
}

const UTF16_MESSAGE = 'UTF-16 text, not UTF-8: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)';


/** The file's size on disk, for the message: it was read only up to the limit (a file may also never end). */
function sizeOf(path: string, read: number): number {
  try {
    const size = statSync(path).size;
    return size > read ? size : read;
  } catch {
    return read;
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  if (e?.code === 'ENOTAFILE') return 'not a regular file (a pipe, device or socket), not a letter';
  return e?.message ?? String(err);
}
