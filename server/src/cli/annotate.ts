// `kamerstukken annotate [--json] PATH...`: every letter's identity and entities; references resolved
// against the other letters given.
//
// The command line needs only what the letters are (their ids) to resolve references, not the workspace
// index the server keeps (backlinks, organisation mentions, pooled strings): it analyses each letter, keeps
// its ids, and writes each letter's JSON as soon as the ids of all letters are known.
import * as os from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { analyseLetter } from '../core/analyse';
import { canonicalKamerstuk } from '../core/ids';
import { failedAnalysis, unreadableAnalysis } from '../core/workspace/corpus';
import { fileUri } from '../core/workspace/uris';
import { StringPool } from '../core/workspace/strings';
import { checkText, MAX_LETTER_CHARS } from '../core/workspace/input';
import { canonicalCitation, citedKey, isCitation, isSelfCitation, keyOf, letterIds, resolveAmong, SELF_CITATION } from '../core/workspace/keys';
import type { AnyEntity, LetterAnalysis } from '../core/types';
import { ChunkedOutput, textSink, type ByteSink } from './bytes';
import { writeDocument } from './documentJson';
import { asksForHelp, decodeLetterBytes, expandPaths, readLetterBytes } from './files';
import { AnnotateCache, type AnnotateCacheKey, type AnnotateCacheSettings } from './annotateCache';
import { analyserVersion, hashText } from '../core/workspace/cacheHashes';
import { JsonBytes } from './jsonBytes';
import { piecesOf } from '../core/entitySpans';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /**
   * Where the JSON's UTF-8 bytes go, answering true when it is done with them (ByteSink); without it they
   * are decoded and go to `stdout`.
   */
  stdoutBytes?: ByteSink;
}

export interface Loaded {
  path: string;
  uri: string;
  /** Text output: the analysis, trimmed to what it shows. */
  analysis?: LetterAnalysis;
  /** JSON output: the letter's document as UTF-8, without its citations' targets. */
  json?: Buffer;
  /** JSON output: per citation, in order, the offset in `json` where its target goes. */
  targetsAt?: number[];
  /** JSON output: per citation, in order, its `citedKey`. */
  cited?: Array<string | null>;
  /** JSON output: the path as a JSON string, once the letter is some citation's target. */
  pathJson?: string;
}

/** The document's bytes to `out`, with `fill(i)` at the place of the i-th citation's target. */
function writeFilled(json: Buffer, targetsAt: readonly number[], fill: (i: number) => string, out: ChunkedOutput): void {
  let from = 0;
  for (let i = 0; i < targetsAt.length; i++) {
    out.bytes(json, from, targetsAt[i]);
    out.text(fill(i));
    from = targetsAt[i];
  }
  out.bytes(json, from);
}

/** What `annotate` was asked for. */
export interface AnnotateRequest {
  json: boolean;
  files: string[];
  /** Letters analysed at once in worker threads; 1: on this thread only. */
  jobs: number;
  /** `--cache DIR`: the folder that keeps each letter's result between runs. */
  cacheDir: string | null;
}

const ANNOTATE_USAGE = 'usage: kamerstukken annotate [--json] [--jobs N] [--cache DIR] PATH...\n';

/**
 * Parses the arguments and lists the files; a usage error is written and its exit code returned (0 for --help,
 * whose usage goes to stdout).
 */
export function parseAnnotate(args: string[], io: Io, report: (path: string, message: string) => void): AnnotateRequest | number {
  if (asksForHelp(args)) { io.stdout(ANNOTATE_USAGE); return 0; }
  const json = args.includes('--json');
  let jobs: number | null = null;
  let cacheDir: string | null = null;
  const paths: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') continue;
    if (a === '--jobs' || a.startsWith('--jobs=')) {
      const value = a === '--jobs' ? args[++i] : a.slice('--jobs='.length);
      jobs = /^[1-9]\d{0,2}$/.test(value ?? '') ? Number(value) : NaN;
      if (Number.isNaN(jobs)) { io.stderr(`kamerstukken annotate: --jobs takes a number of threads (1-999), not '${value ?? ''}'\n`); return 2; }
      continue;
    }
    if (a === '--cache' || a.startsWith('--cache=')) {
      const value = a === '--cache' ? args[++i] : a.slice('--cache='.length);
      if (!value || value.startsWith('--')) { io.stderr('kamerstukken annotate: --cache takes a folder, as in --cache .kamerstukken-cache\n'); return 2; }
      cacheDir = value;
      continue;
    }
    if (a.startsWith('--')) unknown.push(a);
    else paths.push(a);
  }
  if (unknown.length) { io.stderr(`kamerstukken annotate: unknown option ${unknown.join(', ')}\n`); return 2; }
  if (paths.length === 0) { io.stderr(`kamerstukken annotate: no PATH given: name letter files or folders, as in kamerstukken annotate corpus\n${ANNOTATE_USAGE}`); return 2; }
  const files = expandPaths(paths, report);
  return { json, files, jobs: jobs ?? defaultJobs(files.length), cacheDir };
}

/**
 * Letters per thread below which a thread costs more than it saves: each thread compiles the analysis anew
 * (about a second of CPU before it runs at speed). Measured on two cores: 1,000 letters 2.05 s on one thread,
 * 2.42 s on two; 10,000 letters 13.4 s on one, 8.8 s on two.
 */
const MIN_LETTERS_PER_THREAD = 1000;
/** More threads than this add little: the main thread writes the output, and memory grows with each. */
const MAX_DEFAULT_JOBS = 8;

/** One thread per core this process may use (taskset is respected), fewer for a few letters. */
function defaultJobs(letters: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS, Math.floor(letters / MIN_LETTERS_PER_THREAD)));
}

/**
 * `annotate` on this thread alone: what tests and small runs use. `analyser`: the version a cache entry must
 * have been written by (by default a hash of this script).
 */
export function runAnnotate(args: string[], io: Io, analyser = analyserVersion(__filename)): number {
  let failed = false;
  const report = (path: string, message: string) => { failed = true; io.stderr(`kamerstukken: ${path}: ${message}\n`); };
  const request = parseAnnotate(args, io, report);
  if (typeof request === 'number') return request;
  const cache = openCache(request, analyser, io);
  return finishAnnotate(annotateHere(request.files, request.json, cache), request.json, cache, io) || failed ? 1 : 0;
}

/**
 * The end of a run, on one thread or several: the output, then the cache's look for entries no run uses any more
 * (at most once a day). True when any letter had a message.
 */
export function finishAnnotate(results: readonly AnnotatedLetter[], json: boolean, cache: AnnotateCacheSettings | null, io: Io): boolean {
  const problems = writeAnnotations(results, json, io);
  if (cache) AnnotateCache.prune(cache.dir);
  return problems;
}

/** The cache the request names, made ready; null without one, or (said on stderr) when it cannot be used. */
export function openCache(request: AnnotateRequest, analyser: string, io: Io): AnnotateCacheSettings | null {
  if (request.cacheDir === null) return null;
  const settings = { dir: request.cacheDir, analyser };
  const opened = AnnotateCache.open(settings);
  if (typeof opened === 'string') {
    io.stderr(`kamerstukken annotate: ${opened}\n`);
    return null;
  }
  return settings;
}

/** Each file analysed on this thread, in order (from the cache where it has the letter). */
export function annotateHere(files: readonly string[], json: boolean, cache: AnnotateCacheSettings | null = null): AnnotatedLetter[] {
  const work = new LetterWork(json, 'in place', cache);
  return files.map(path => work.annotate(path));
}

/** One letter's part of the output, or why it has none: what a worker sends back, in the order of the files. */
export interface AnnotatedLetter {
  path: string;
  /** What stderr says of the letter, in order (unreadable, analysis failed): each fails the run (exit code 1). */
  messages: string[];
  /** What stderr says of the letter that does not fail the run (read as Windows-1252, not UTF-8). */
  warnings?: string[];
  /** Null when the letter could not be read. */
  letter: Loaded | null;
  /** The ids it is known by. */
  ids: string[];
  /** Why the cache stopped keeping letters, on the first letter it could not keep: said once, not a failure of the run. */
  cacheProblem?: string;
}

/**
 * Where each letter's JSON bytes are kept until the output is written: in place, in the slabs they were written
 * into (on the thread that writes the output), or each in an array of its own, which can move to another thread.
 */
export type KeepJson = 'in place' | 'own array';

/**
 * The slabs of `in place`, ~200 letters' JSON each. `annotate --json` holds every letter's JSON until the ids of
 * all letters are known (~200 MB at 10,000 letters): as strings (two bytes a character, since letters hold ’ and
 * –) the collector copied each one from the young generation to the old and then marked them; in large byte
 * slabs it never touches them, and they are already what stdout needs.
 */
const JSON_SLAB_BYTES = 4 << 20;

/** Reads and analyses letters one at a time, keeping what the output needs of each. */
export class LetterWork {
  private readonly strings = new StringPool();
  private readonly out: JsonBytes;
  private readonly cache: AnnotateCache | null;

  constructor(private readonly json: boolean, private readonly keepJson: KeepJson, cache: AnnotateCacheSettings | null = null) {
    const opened = cache ? AnnotateCache.open(cache) : null;
    this.cache = typeof opened === 'string' ? null : opened;
    this.out = new JsonBytes(!json ? 0 : keepJson === 'in place' ? JSON_SLAB_BYTES : 1 << 16);
  }

  /** The letter's JSON bytes just written to `out`, kept as `keepJson` says. */
  private kept(): Buffer {
    const written = this.out.take();
    if (this.keepJson === 'in place') return written;
    const own = new Uint8Array(written.length);
    own.set(written);
    this.out.length = this.out.start = 0;
    return own as Buffer;
  }

  annotate(path: string): AnnotatedLetter {
    const read = readLetterBytes(path);
    if (!read.ok) return { path, messages: [read.message], letter: null, ids: [] };
    const uri = fileUri(resolvePath(path));
    const cache = this.cache;
    if (!cache) return this.analyse(path, uri, read.bytes).result;
    const key: AnnotateCacheKey = { path, uri, json: this.json, content: hashText(read.bytes) };
    const cached = cache.read(key);
    if (cached?.letter?.json) {
      this.out.discard();
      this.out.copy(cached.letter.json);
      cached.letter.json = this.kept();
    }
    if (cached) return cached;
    const { result, analysed } = this.analyse(path, uri, read.bytes);
    // A letter that could not be read or analysed is not kept: its message is said again, and a fixed
    // analyser (a new bundle) would miss anyway.
    if (!analysed) return result;
    const before = cache.writeProblem;
    cache.write(key, result);
    if (before === null && cache.writeProblem !== null) result.cacheProblem = cache.writeProblem;
    return result;
  }

  /** The letter's result; `analysed`: it was read and analysed without failing (what the cache may keep). */
  private analyse(path: string, uri: string, bytes: Buffer): { result: AnnotatedLetter; analysed: boolean } {
    const messages: string[] = [];
    const read = decodeLetterBytes(path, bytes);
    if (!read.ok) return { result: { path, messages: [read.message], letter: null, ids: [] }, analysed: false };
    const warnings = read.warning ? { warnings: [read.warning] } : {};
    try {
      const analysis = analyse(uri, read.text, read.noNul);
      const failure = analysis.problems.find(p => p.code === 'analysis.failed');
      if (failure) messages.push(failure.message);
      const ids = letterIds(analysis.identity, analysis.entities, uri);
      const letter = this.json ? this.documentOf(path, uri, analysis) : { path, uri, analysis: keepForText(analysis, this.strings) };
      return { result: { path, messages, ...warnings, letter, ids }, analysed: !failure };
    } catch (err) {
      messages.push(`analysis failed: ${(err as Error).message}`);
      return { result: { path, messages, ...warnings, letter: null, ids: [] }, analysed: false };
    }
  }

  /**
   * The letter's document as it stands among the documents, without its citations' targets, and per citation
   * its `citedKey`. Kept as UTF-8 bytes (`keepJson`): the analysis, whose entity texts are slices that keep the
   * whole letter alive, is not.
   */
  private documentOf(path: string, uri: string, analysis: LetterAnalysis): Loaded {
    const cited: Array<string | null> = [];
    for (const e of analysis.entities) if (isCitation(e)) cited.push(citedKey(e));
    this.out.discard();
    const targetsAt = writeDocument(this.out, path, analysis);
    return { path, uri, json: this.kept(), targetsAt, cited };
  }
}

/**
 * Writes the output of the letters, in their order, with their messages on stderr; true when any letter had a
 * message (the exit code is then 1).
 */
export function writeAnnotations(results: readonly AnnotatedLetter[], json: boolean, io: Io): boolean {
  let failed = false;
  // Each letter is analysed once; what its output needs is kept until the ids of all letters are known.
  const loaded = new Map<string, Loaded>();
  const letters = new LetterIdIndex();
  const cacheProblems = new Set<string>();
  for (const r of results) {
    for (const warning of r.warnings ?? []) io.stderr(`kamerstukken: ${r.path}: warning: ${warning}\n`);
    for (const message of r.messages) {
      failed = true;
      io.stderr(`kamerstukken: ${r.path}: ${message}\n`);
    }
    if (r.cacheProblem && !cacheProblems.has(r.cacheProblem)) {
      cacheProblems.add(r.cacheProblem);
      io.stderr(`kamerstukken annotate: ${r.cacheProblem}\n`);
    }
    if (!r.letter) continue;
    letters.add(r.letter.uri, r.ids);
    loaded.set(r.letter.uri, r.letter);
  }
  const targetOf = (cited: string | null, uri: string): Loaded | null => {
    const target = cited === SELF_CITATION ? uri : cited === null ? null : letters.resolveKey(cited, uri);
    return target === null ? null : loaded.get(target) ?? null;
  };
  const pathOfTarget = (cited: string | null, uri: string): string | null => targetOf(cited, uri)?.path ?? null;
  // A letter is the target of many citations: its path is quoted once.
  const targetJson = (cited: string | null, uri: string): string => {
    const target = targetOf(cited, uri);
    if (target === null) return 'null';
    return (target.pathJson ??= JSON.stringify(target.path));
  };

  if (json) {
    // The same bytes as JSON.stringify({ documents }, null, 1), one letter at a time.
    const decoded = io.stdoutBytes ? null : textSink(io.stdout);
    const out = new ChunkedOutput(io.stdoutBytes ?? decoded!.sink);
    out.text(HEAD);
    let first = true;
    for (const l of loaded.values()) {
      const cited = l.cited ?? [];
      if (!first) out.text(',');
      writeFilled(l.json!, l.targetsAt!, i => targetJson(cited[i] ?? null, l.uri), out);
      first = false;
    }
    out.text(first ? ']\n}\n' : `${TAIL}\n`);
    out.flush();
    decoded?.end();
  } else {
    for (const l of loaded.values()) {
      const a = l.analysis!;
      const targets = a.entities.map(e => (isCitation(e) ? pathOfTarget(citedKey(e), l.uri) : null));
      io.stdout(toText(l.path, a, targets));
    }
  }
  return failed;
}

const HEAD = '{\n "documents": [';
const TAIL = '\n ]\n}';

/**
 * As the server's index does it (`makeRecord`): unreadable text becomes a problem, a recogniser bug an empty
 * analysis. `noNul`: the file's bytes had no NUL, so only the length is left to check. Neither output shows
 * headings: they are not looked for.
 */
function analyse(uri: string, text: string, noNul: boolean): LetterAnalysis {
  const checked = noNul && text.length <= MAX_LETTER_CHARS ? { text } : checkText(text);
  if (checked.problem) return unreadableAnalysis(uri, checked.problem);
  try {
    return analyseLetter(checked.text, { path: uri, headings: false });
  } catch (err) {
    return failedAnalysis(uri, err);
  }
}

/**
 * Only what the text output shows is kept until every letter is read, in strings of their own: entity texts
 * are slices of their letter and would keep all the letters' texts alive.
 */
function keepForText(analysis: LetterAnalysis, strings: StringPool): LetterAnalysis {
  analysis.footnotes = [];
  analysis.furniture = [];
  analysis.headings = [];
  analysis.definitions = [];
  analysis.pageStarts = [];
  for (const e of analysis.entities) delete e.explain;
  strings.compactAnalysis(analysis);
  return analysis;
}

/** Which letters are known by which id, in the order they were read: the part of the workspace index resolution needs. */
class LetterIdIndex {
  private readonly byId = new Map<string, string[]>();

  add(uri: string, ids: string[]): void {
    for (const id of ids) {
      const holders = this.byId.get(keyOf(id));
      if (!holders) this.byId.set(keyOf(id), [uri]);
      else if (!holders.includes(uri)) holders.push(uri);
    }
  }

  /** The letter an id key points at: the first other letter known by it, else the citing letter itself. */
  resolveKey(key: string, fromUri: string): string | null {
    return resolveAmong(this.byId.get(key), fromUri);
  }
}

function toText(path: string, a: LetterAnalysis, targets: Array<string | null>): string {
  const id = a.identity;
  const lines: string[] = [];
  const self = id.dossier ? canonicalKamerstuk(id.dossier, id.suffix, id.number) : ownCitation(a) ?? 'no identity in the text';
  lines.push(`${path}`);
  lines.push(`  identity: ${self}${id.chamber ? `, chamber ${id.chamber}` : ''}${id.session ? `, vergaderjaar ${id.session}` : ''}${id.date ? `, dated ${id.date}` : ''}${id.title ? `, “${id.title}”` : ''}`);
  for (const j of id.jointDossiers ?? []) lines.push(`  also: ${canonicalKamerstuk(j.dossier, j.suffix, id.number)}${j.title ? `, “${j.title}”` : ''}`);
  if (id.type) lines.push(`  type: ${id.type}`);
  for (const s of id.signatories) lines.push(`  signed: ${s.role}, ${s.name}`);
  const counts = new Map<string, number>();
  for (const e of a.entities) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  lines.push(`  entities: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  a.entities.forEach((e, i) => {
    if (!isCitation(e) || isSelfCitation(e)) return;
    const where = targets[i] ? `resolved → ${targets[i]}` : 'unresolved';
    lines.push(`  ${pad(`${e.start}-${e.end}`, 12)} ${pad(describe(e), 48)} ${where}`);
  });
  for (const p of a.problems) lines.push(`  ${pad(`${p.start}-${p.end}`, 12)} problem: ${p.message}`);
  return lines.join('\n') + '\n\n';
}

/** A letter known by no Kamerstuk number, by its own header: an answer to written questions names its Aanhangsel number. */
function ownCitation(a: LetterAnalysis): string | null {
  for (const e of a.entities) if (isCitation(e) && isSelfCitation(e) && e.value.id) return `${canonicalCitation(e)} (${e.value.id})`;
  return null;
}

function describe(e: AnyEntity): string {
  // As written, on one line: PDF hyphenation undone, line breaks as spaces; the footnotes and footer in the
  // gaps of an entity broken over a page as "…".
  const written = e.gaps ? piecesOf(e).map(p => e.text.slice(p.start - e.start, p.end - e.start)).join(' … ') : e.text;
  const text = written.replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
  const id = 'id' in e.value ? (e.value as { id: string | null }).id : null;
  return id ? `${text} (${id})` : text;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
