// `kamerstukken export --format jsonl|w3c|brat [--out DIR] [--files-from LIST] PATH...`: recognised entities plus the user's
// annotations (from the store beside the letters), as JSON Lines, W3C Web Annotation JSON-LD or brat
// standoff. JSON Lines and W3C go to stdout (or a file in --out DIR); brat writes .txt/.ann pairs to --out DIR.
// The letters themselves are never written to.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { analyseLetter } from '../core/analyse';
import { Corpus } from '../core/workspace/corpus';
import { fileUri } from '../core/workspace/uris';
import type { LetterAnalysis } from '../core/types';
import {
  applyAnnotations, candidateStorePaths, letterKey, parseStore,
  type AppliedAnnotations, type AnnotationStore,
} from '../core/annotations';
import { BRAT_CONF, toBratAnn } from '../core/annotations/export/brat';
import type { ExportLetter } from '../core/annotations/export/items';
import { toJsonLines } from '../core/annotations/export/jsonl';
import { toW3cAnnotationPage } from '../core/annotations/export/w3c';
import { readStoreFileChecked } from '../core/workspace/annotated';
import { asksForHelp, expandPaths, readLetter, splitOption } from './files';
import { makeFolder } from './folders';

export interface ExportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const FORMATS = ['jsonl', 'w3c', 'brat'] as const;
type Format = typeof FORMATS[number];
const USAGE = 'usage: kamerstukken export --format jsonl|w3c|brat [--out DIR] [--files-from LIST] PATH...\n';

interface Options {
  format: Format;
  out: string | null;
  paths: string[];
}

export async function runExport(args: string[], io: ExportIo): Promise<number> {
  if (asksForHelp(args)) { io.stdout(USAGE); return 0; }
  const options = parseArgs(args, io);
  if (!options) return 2;
  let failed = false;
  const report = (path: string, message: string) => { failed = true; io.stderr(`kamerstukken: ${path}: ${message}\n`); };
  const warn = (path: string, message: string) => io.stderr(`kamerstukken: ${path}: ${message}\n`);

  const stores = new StoreCache(warn, report);
  const applied = new Map<string, AppliedAnnotations>();
  const pathByUri = new Map<string, string>();
  // The corpus analyses through the annotations, so declared identities take part in resolution.
  const corpus = new Corpus((text: string, uri: string): LetterAnalysis => {
    const path = pathByUri.get(uri) ?? uri;
    const analysis = analyseLetter(text, { path });
    const found = stores.forLetter(path);
    const result = applyAnnotations(analysis, text, found?.store.letters[found.key], found?.store.organisations ?? []);
    applied.set(uri, result);
    return result.analysis;
  });

  const letters: Array<{ path: string; uri: string; text: string }> = [];
  for (const path of expandPaths(options.paths, report)) {
    const read = readLetter(path);
    if (!read.ok) { report(path, read.message); continue; }
    // Read as Windows-1252: said, as in `annotate`, but the letter is read and the run does not fail for it.
    if (read.warning) warn(path, `warning: ${read.warning}`);
    const uri = fileUri(resolvePath(path));
    pathByUri.set(uri, resolvePath(path));
    try {
      corpus.set(uri, read.text);
      letters.push({ path, uri, text: read.text });
    } catch (err) {
      report(path, `analysis failed: ${(err as Error).message}`);
    }
  }

  const exported: ExportLetter[] = letters.map(({ path, uri, text }) => {
    const result = applied.get(uri);
    const analysis = corpus.get(uri) ?? result?.analysis;
    for (const orphan of result?.orphans ?? []) warn(path, `annotation ${orphan.annotation.id}: ${orphan.message}`);
    return {
      file: path,
      uri,
      text,
      entities: (analysis?.entities ?? []).map(entity => ({ entity, target: safeResolve(corpus, entity, uri) })),
      notes: result?.notes ?? [],
    };
  });

  try {
    if (!write(options, exported, letters, io)) failed = true;
  } catch (err) {
    io.stderr(`kamerstukken export: ${(err as Error).message}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

function parseArgs(args: string[], io: ExportIo): Options | null {
  let format: string | null = null;
  let out: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = splitOption(arg);
    if (flag === '--format' || flag === '--out' || flag === '--files-from') {
      const value = inline ?? args[++i];
      if (value === undefined) { io.stderr(`kamerstukken export: ${flag} needs a value\n${USAGE}`); return null; }
      if (flag === '--format') format = value;
      else if (flag === '--out') out = value;
      else {
        const listed = readPathList(value);
        if (typeof listed === 'string') { io.stderr(`kamerstukken export: --files-from ${value}: ${listed}\n`); return null; }
        paths.push(...listed);
      }
    } else if (arg.startsWith('--')) {
      io.stderr(`kamerstukken export: unknown option ${arg}\n${USAGE}`);
      return null;
    } else {
      paths.push(arg);
    }
  }
  if (!format || !(FORMATS as readonly string[]).includes(format)) { io.stderr(`kamerstukken export: --format must be one of ${FORMATS.join(', ')}\n${USAGE}`); return null; }
  if (format === 'brat' && !out) { io.stderr(`kamerstukken export: brat writes .txt/.ann pairs and needs --out DIR\n${USAGE}`); return null; }
  if (paths.length === 0) { io.stderr(`kamerstukken export: no PATH given: name letter files or folders, as in kamerstukken export --format ${format} corpus\n${USAGE}`); return null; }
  return { format: format as Format, out, paths };
}

/**
 * The paths a --files-from list names (`-`: standard input): separated by NUL characters when it has any (a path may
 * hold a line break), else one a line; empty lines skipped. A message instead when the list cannot be read. For more
 * letters than a command line holds (Windows allows 32,767 characters: a few hundred paths); the editor's Export
 * Annotations passes its letters so.
 */
export function readPathList(list: string): string[] | string {
  let text: string;
  try {
    text = readFileSync(list === '-' ? 0 : list, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
  }
  return text.split(text.includes('\0') ? '\0' : /\r?\n/).filter(p => p.length > 0);
}

/** Writes the export; false when a letter's files were not written (said on stderr): exit code 1, as --help says. */
function write(options: Options, exported: ExportLetter[], letters: Array<{ path: string }>, io: ExportIo): boolean {
  if (options.format === 'brat') return writeBrat(options.out!, exported, io);
  const text = options.format === 'jsonl' ? toJsonLines(exported) : JSON.stringify(toW3cAnnotationPage(exported), null, 2) + '\n';
  if (!options.out) { io.stdout(text); return true; }
  makeOutFolder(options.out);
  const file = join(options.out, options.format === 'jsonl' ? 'entities.jsonl' : 'annotations.jsonld');
  refuseLetterPaths(file, letters);
  writeWhole(file, text);
  io.stderr(`kamerstukken export: wrote ${file}\n`);
  return true;
}

/** The --out folder, made when missing; a file or a folder that cannot be made says so in words, not as mkdir's errno. */
function makeOutFolder(dir: string): void {
  try {
    makeFolder(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (err as Error).message;
    throw new Error(`cannot use '${dir}' as the --out folder (${why}): give a folder`);
  }
}

/** One .txt (a copy of the letter) and one .ann per letter, paths relative to the letters' common folder. */
function writeBrat(outDir: string, exported: ExportLetter[], io: ExportIo): boolean {
  makeOutFolder(outDir);
  const root = commonFolder(exported.map(l => resolvePath(l.file)));
  const written = new Set<string>();
  const writtenFiles = new Set<string>();
  // No copy over a letter: its own file, or another letter's (004.kamerbrief's copy is 004.txt, beside 004.txt). By
  // path and by the file a name reaches: --out through a symbolic link, or 004.TXT on a case-insensitive disk.
  const letterPaths = new Set(exported.map(l => resolvePath(l.file)));
  const letterFiles = new Map<string, string>();
  for (const letter of exported) {
    const id = fileIdentity(letter.file);
    if (id) letterFiles.set(id, resolvePath(letter.file));
  }
  const letterAt = (file: string): string | null => {
    if (letterPaths.has(resolvePath(file))) return resolvePath(file);
    const id = fileIdentity(file);
    return id ? letterFiles.get(id) ?? null : null;
  };
  for (const letter of exported) {
    const source = resolvePath(letter.file);
    let name = relative(root, source) || letter.file.split(/[\\/]/).pop()!;
    name = name.replace(/\.(txt|kamerbrief)$/i, '');
    const base = join(outDir, name);
    const txt = `${base}.txt`;
    const hit = letterAt(txt) ?? letterAt(`${base}.ann`);
    if (hit !== null) {
      const which = hit === source ? 'the letter itself' : `the letter ${txt}`;
      io.stderr(`kamerstukken export: ${letter.file}: not written: its brat copy would be ${which}; give --out a folder outside the letters\n`);
      continue;
    }
    const existing = fileIdentity(txt);
    if (written.has(txt) || (existing !== null && writtenFiles.has(existing))) {
      io.stderr(`kamerstukken export: ${letter.file}: not written: ${txt} was written for another letter of the same name\n`);
      continue;
    }
    makeFolder(dirname(txt));
    writeWhole(txt, letter.text);
    writeWhole(`${base}.ann`, toBratAnn(letter));
    written.add(txt);
    const id = fileIdentity(txt);
    if (id) writtenFiles.add(id);
  }
  writeWhole(join(outDir, 'annotation.conf'), BRAT_CONF);
  io.stderr(`kamerstukken export: wrote ${written.size} ${written.size === 1 ? 'letter' : 'letters'} to ${outDir}\n`);
  return written.size === exported.length;
}

/**
 * The file whole or not at all: written beside it under a temporary name, then renamed over it. A write that
 * fails half-way (a full disk) or a run stopped in it (^C) leaves the previous export as it was, not its first
 * megabytes; the temporary file of a failed write is removed.
 */
export function writeWhole(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** The file a path reaches (device and inode), the same by any name of it; null when there is none or the disk gives no inode. */
function fileIdentity(file: string): string | null {
  try {
    const s = statSync(file, { bigint: true });
    return s.ino === 0n ? null : `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

function refuseLetterPaths(file: string, letters: Array<{ path: string }>): void {
  if (letters.some(l => resolvePath(l.path) === resolvePath(file))) throw new Error(`${file} is one of the letters; not overwriting it`);
}

function commonFolder(paths: string[]): string {
  if (!paths.length) return process.cwd();
  let parts = dirname(paths[0]).split(sep);
  for (const p of paths.slice(1)) {
    const other = dirname(p).split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

function safeResolve(corpus: Corpus, entity: Parameters<Corpus['resolve']>[0], uri: string): string | null {
  try {
    return corpus.resolve(entity, uri);
  } catch {
    return null;
  }
}

/** Stores read once each; a letter's store is the nearest `.kamerstukken/annotations.json` above it. */
class StoreCache {
  /** null: no store there; 'unreadable': a store that cannot be read (reported once). */
  private readonly stores = new Map<string, AnnotationStore | 'unreadable' | null>();
  constructor(private readonly warn: (path: string, message: string) => void, private readonly report: (path: string, message: string) => void) {}

  forLetter(letterPath: string): { store: AnnotationStore; key: string } | null {
    for (const storePath of candidateStorePaths(letterPath)) {
      const store = this.load(storePath);
      // The letter's store, unreadable: its annotations are missing from the export (reported, exit 1), and a
      // store further up is not the letter's store.
      if (store === 'unreadable') return null;
      if (store) return { store, key: letterKey(storePath, letterPath) };
    }
    return null;
  }

  private load(storePath: string): AnnotationStore | 'unreadable' | null {
    if (this.stores.has(storePath)) return this.stores.get(storePath)!;
    let store: AnnotationStore | 'unreadable' | null = null;
    // As the editor reads it: without a byte order mark, which JSON has no place for.
    const read = readStoreFileChecked(storePath);
    if ('error' in read) {
      this.report(storePath, `the annotation store cannot be read (${read.error}); its letters are exported without their annotations`);
      store = 'unreadable';
    } else if ('text' in read) {
      try {
        const parsed = parseStore(read.text);
        for (const e of parsed.errors) this.warn(storePath, `${lineColumn(read.text, e.start)}: ${e.message}`);
        store = parsed.store;
      } catch (err) {
        this.warn(storePath, `could not read the annotation store: ${(err as Error).message}`);
      }
    }
    this.stores.set(storePath, store);
    return store;
  }
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  return `${line}:${offset - lineStart + 1}`;
}
