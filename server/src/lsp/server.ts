// The LSP adapter: wires the connection to the workspace index and the pure features. Handlers are thin:
// check params, map positions, call a feature, map results back. Every handler is wrapped so a bad request
// or a bug answers with an LSP error instead of taking the server down.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileUri, uriToPath } from '../core/workspace/uris';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentHighlightKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  FoldingRangeKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  type CallHierarchyItem,
  type CancellationToken,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type SelectionRange,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, type TextChange } from '../core/features/actions';
import { completionDocumentation, completionsAt } from '../core/features/completion';
import { corpusTreeChildren } from '../core/features/corpusTree';
import { graphLetterAt, incomingCitations, letterOf, outgoingCitations, type GraphLetter } from '../core/features/citationGraph';
import { COMMAND_APPLY_ANNOTATION, COMMAND_LIST_ORGANISATIONS, COMMAND_LIST_REFERENCES } from '../core/features/annotate';
import { referenceChoices } from '../core/features/referenceChoices';
import { codeLenses, documentLinks, encodeTokens, inlayHints, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/features/decorations';
import { diagnoseLetter, type LetterDiagnostic } from '../core/features/diagnostics';
import { documentHighlights, type HighlightKind } from '../core/features/highlights';
import { hoverAt } from '../core/features/hover';
import { definitionAt, referencesAt } from '../core/features/navigation';
import { documentOutline, foldingRanges, workspaceSymbols, type OutlineNode } from '../core/features/outline';
import { selectionChain } from '../core/features/selection';
import { DEFAULT_SETTINGS, diagnosticsChange, LETTER_WATCH_GLOBS, parseSettings, type DiagnosticCode, type Settings } from '../core/features/settings';
import { PublishedDiagnostics } from './publishedDiagnostics';
import type { AnalysisScope } from '../core/analyse';
import { Corpus, recordFromData, type LetterRecordData } from '../core/workspace/corpus';
import { decodeLetter, openLetterNotice, type InputNotice } from '../core/workspace/input';
import { readFileBytes } from '../core/workspace/fileBytes';
import { STORE_SUFFIX } from '../core/workspace/annotated';
import { LineIndex } from '../core/workspace/lines';
import { AnalyserPool } from './analyserPool';
import { AnnotationEditing } from './annotations';
import { OpenDocuments } from './openDocuments';
import { FileEncodings } from './fileEncodings';
import { analyseOpenText, closedRecordFromOpen, recordCacheWritten, threadStores, threadAnalyser, useRecordCache } from './analysisWorker';
import { analyserVersion, RecordCache, RecordCachePruner } from './recordCache';
import { holdCompaction } from './compaction';
import { warmUpOnLetters } from './warmUp';
import { completionEdit, toLocations, toOffset, toRange, toSpan } from './convert';
import { InvalidParams, isDiagnosticLike, optionalRange, requireItem, requirePosition, requirePositions, requireUri, toResponseError } from './params';
import { fileFilter, findLetters, isLetterPath, rootGlobs, type FileFilter, type RootGlobs } from './scanner';
import { SLICE_MS, yieldAfter, yieldToMessages } from './yielding';

export const LANGUAGE_ID = 'kamerbrief';
/** Publishing costs as much again in encoding and writing, after the slice: half the budget. */
const PUBLISH_SLICE_MS = 4;
/** The client asks for the corpus tree's nodes with this request ({ node: string | null }). */
const CORPUS_TREE_REQUEST = 'kamerstukken/corpusTree';
/** Sent when the letters or their ids changed: the client asks for its tree again. */
const CORPUS_CHANGED_NOTIFICATION = 'kamerstukken/corpusChanged';
/** The number of letters in the index, for the client's status bar (which counts the files itself until told). */
const INDEX_STATUS_NOTIFICATION = 'kamerstukken/indexStatus';
/** The corpus tree is told of changes at most this often. */
const CORPUS_NOTICE_MS = 1000;
/** Indexing progress is reported at most this often. */
const PROGRESS_MS = 100;
/** Typing in an open annotation store re-applies it to its letters once the typing pauses. */
const STORE_EDIT_DEBOUNCE_MS = 150;
/**
 * A letter opened outside indexing is analysed on this thread this long after its didOpen, unless a request on it
 * or an edit comes first. A large letter's didOpen is read in several 64 KB pieces from the pipe, and the messages
 * sent after it come with the last or the next: a few turns of the event loop (`yieldToMessages`) were too few for
 * them in about a third of the opens of 180-190 KB letters measured.
 */
const OPEN_ANALYSIS_DELAY_MS = 4;
/** Views of other open letters are asked for again at most this often while one letter is typed in. */
const VIEW_REFRESH_MS = 150;
/**
 * Letters that change on disk come in bursts (a folder copied in, a branch checked out): their refresh waits
 * until the burst has been quiet this long, and at most DISK_REFRESH_MAX_MS after its first change.
 */
const DISK_QUIET_MS = 500;
const DISK_REFRESH_MAX_MS = 2000;
/** How long shutdown waits for the analysis threads to finish their cache writes before it stops them. */
const SHUTDOWN_GRACE_MS = 1200;
/** The signals that end the server, with the exit code each gives: the exit handler's clean-up runs for them too. */
const END_SIGNALS: ReadonlyArray<[NodeJS.Signals, number]> = [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]];
/** How long a signal waits for the analysis threads to stop before the server exits anyway. */
const SIGNAL_STOP_MS = 1000;

/** What changed a letter: the user's own edit (or opening), refreshed soon; a change on disk, refreshed in bursts. */
type RefreshCause = 'edit' | 'disk';

const SEVERITY: Record<LetterDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One canonical spelling per file URI, so the scanner's and the client's URIs meet in one map key. */
export function normaliseUri(uri: string): string {
  // pathToFileURL(fileURLToPath(uri)), through uris.ts's shortcuts for the plain URIs nearly every letter has.
  const file = uriToPath(uri);
  return file === null ? uri : fileUri(file);
}


export interface ServerOptions {
  /** The script to run as analysis worker threads (this bundle); without it, analysis runs inline. */
  workerScript?: string;
  /** Folder for the persistent record cache (`--cache-dir`); initializationOptions.cacheDir overrides it. */
  cacheDir?: string;
}

/** `--cache-dir DIR` or `--cache-dir=DIR` on the server's command line. */
export function cacheDirFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cache-dir' && argv[i + 1]) return argv[i + 1];
    if (argv[i].startsWith('--cache-dir=')) return argv[i].slice('--cache-dir='.length) || undefined;
  }
  return undefined;
}

/** The longest delay setTimeout takes as given. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const corpus = new Corpus(threadAnalyser);
  /** Worker threads exist only while the workspace is indexed; single files are analysed inline. */
  let pool: AnalyserPool | null = null;
  const inline = new AnalyserPool('', 0);
  const documents = new OpenDocuments(normaliseUri);
  const editing = new AnnotationEditing(connection, documents, corpus, normaliseUri);
  const pendingStoreChanges = new Map<string, NodeJS.Timeout>();
  /** The annotation stores the letters use (and any that changed), by URI: their `annotation.invalid` diagnostics. */
  const knownStores = new Map<string, string>();
  let settings: Settings = DEFAULT_SETTINGS;
  let filter: FileFilter = fileFilter(settings.include, settings.exclude);
  /** The workspace folders' own globs last read (`rootGlobs`): a folder removed takes its own along. */
  let ownGlobs = new Map<string, RootGlobs>();
  /** The globs in use (the workspace's and each folder's own), as `useGlobs` compares them: a change re-indexes. */
  let globsKey = '';
  let roots: string[] = [];
  /** The client shows a diagnostic's places in other files (publishDiagnostics.relatedInformation). */
  let relatedInformation = false;
  /** The client takes a completion's insert and replace ranges (completionItem.insertReplaceSupport, LSP 3.16). */
  let insertReplaceSupport = false;
  /** Folder paths of workspace folder URIs, each once and in one spelling ("…/ws/" and "…/ws" are one folder). */
  const rootsOf = (uris: readonly string[]): string[] =>
    [...new Set(uris.map(uriToPath).filter((p): p is string => !!p).map(p => path.resolve(p)))];
  let hasConfiguration = false;
  let hasWatchedFilesRegistration = false;
  let hasWorkspaceFolders = false;
  /** Worker settings for the record cache; empty without a cache folder. */
  let workerSettings: { cacheDir?: string; analyser?: string } = {};
  /** Removes the cached records of letters that left the workspace (none without a cache folder). */
  let cachePruner: RecordCachePruner | null = null;

  /** After a full index: the records of letters that are gone (deleted while the server was not running). */
  function sweepRecordCache(): void {
    if (!cachePruner) return;
    void cachePruner.sweep(corpus.uris(), roots).then(result => {
      if (result.skipped) log(`record cache not pruned: ${result.skipped}`);
      else if (result.removed) log(`record cache: removed ${result.removed} records of letters no longer in the workspace`);
    });
  }
  /** What the client lets us ask it to re-request after the index changed under its views. */
  const refresh = { semanticTokens: false, codeLens: false, inlayHints: false };
  let indexGeneration = 0;
  let indexing: Promise<void> = Promise.resolve();
  const dirty = new Set<string>();
  /** What was last sent of each letter's diagnostics: the same again is not sent. */
  const published = new PublishedDiagnostics();
  let flushScheduled = false;
  /** While the workspace is indexed, diagnostics of letters wait: each is then published once, not per citer. */
  let indexingNow = false;
  /**
   * While the first pass runs, resolution is half-built. The second (organisations and dates, minutes in a large
   * workspace) leaves citations and ids as they are: an edit made then is followed as outside indexing.
   */
  let firstPassNow = false;
  /**
   * Letters just opened whose analysis is still to come (in a worker, or on this thread after a delay): uri → that
   * opening's number. Not the editor's version: a letter closed and opened again starts at version 1 again, and the
   * first opening's record, of the text then, must not pass for the second's.
   */
  const openPending = new Map<string, number>();
  let openings = 0;
  /** The letter TextDocuments reports as opened; its next content change is the opening one. */
  let opening: string | null = null;

  const log = (message: string) => connection.console.log(`[kamerstukken] ${message}`);

  // ---- diagnostics ---------------------------------------------------------------------------------

  /** Computes and sends the letter's diagnostics, unless they are what was last sent; resolves once the message is written. */
  function publish(uri: string): Promise<void> {
    // A letter just opened whose analysis is still to come (`analyseOpened`): its record is the file's, not the
    // editor's, and its analysis publishes when it lands.
    if (openPending.has(uri)) return Promise.resolve();
    if (!corpus.record(uri)) {
      published.forget(uri);
      return connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    const codes = new Set<DiagnosticCode>();
    const diagnostics: Diagnostic[] = diagnoseLetter(corpus, uri, settings, codes).map(d => ({
      range: toRange(corpus, uri, d),
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'kamerstukken',
      message: d.message,
      data: d.data,
      ...(d.related && relatedInformation ? { relatedInformation: d.related.map(r => ({ location: { uri: r.uri, range: toRange(corpus, r.uri, r) }, message: r.message })) } : {}),
    }));
    const message = { uri, version: documents.get(uri)?.version, diagnostics };
    return published.changed(uri, message, codes) ? connection.sendDiagnostics(message) : Promise.resolve();
  }

  /** Letters whose diagnostics must be recomputed; published in time slices, and after indexing. */
  function markDirty(uris: Iterable<string>): void {
    for (const u of uris) dirty.add(u);
    scheduleFlush();
  }

  function scheduleFlush(): void {
    if (flushScheduled || indexingNow) return;
    flushScheduled = true;
    void yieldToMessages().then(flush);
  }

  /**
   * One slice of publishing. The next slice waits until this one's messages are written: encoding and
   * writing them costs as much again, and a reply to a request queues behind every message not yet written.
   */
  function flush(): void {
    const started = Date.now();
    const sent: Array<Promise<void>> = [];
    for (const u of dirty) {
      dirty.delete(u);
      try {
        sent.push(publish(u).catch(() => undefined));
      } catch (err) {
        log(`diagnostics of ${u} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (Date.now() - started >= PUBLISH_SLICE_MS) break;
    }
    void Promise.all(sent).then(() => {
      flushScheduled = false;
      if (dirty.size) scheduleFlush();
      else noteCorpusChanged();
    });
  }

  // ---- the corpus tree (a side panel of the client) ------------------------------------------------

  /** What the tree was last told of: letters, ids and citations; a change of any may change what it lists. */
  let treeState = '';
  /** Counts the changes to the ids a letter cites (outside indexing, and edits in its second pass): the tree counts the letters citing a stuk. */
  let citationChanges = 0;
  let treeNoticeTimer: NodeJS.Timeout | null = null;

  /** The letter count last sent in `kamerstukken/indexStatus`. */
  let statusLetters = -1;

  /**
   * Tells the client its corpus tree is stale, at most once a second; every change ends in a flush. With it, the
   * number of letters when that changed (a letter created or deleted), for the status bar.
   */
  function noteCorpusChanged(): void {
    if (treeNoticeTimer || indexingNow) return;
    treeNoticeTimer = setTimeout(() => {
      treeNoticeTimer = null;
      // Indexing began in the meantime: what the index holds now is half of it. Its end publishes, then notes again.
      if (indexingNow) return;
      if (corpus.size !== statusLetters) {
        statusLetters = corpus.size;
        void connection.sendNotification(INDEX_STATUS_NOTIFICATION, { letters: statusLetters, indexing: false }).catch(() => undefined);
      }
      const state = `${corpus.size}:${corpus.idKeysRevision}:${citationChanges}`;
      if (state === treeState) return;
      treeState = state;
      void connection.sendNotification(CORPUS_CHANGED_NOTIFICATION).catch(() => undefined);
    }, CORPUS_NOTICE_MS);
  }

  // ---- keeping the index current --------------------------------------------------------------------

  function analyseText(uri: string, text: string): void {
    openPending.delete(uri); // this analysis is of the editor's text: one of its opening, still to come, is older
    const cited = citedKeysBefore(uri, true);
    const { affected } = corpus.update(uri, text);
    noteEditorDecoding(uri, text);
    void publish(uri); // the edited letter first, at once
    if (affected.length) markDirty(affected);
    followChange(uri, affected, cited, 'edit');
  }

  // ---- views of other open letters ------------------------------------------------------------------
  // The editor asks again for a document's code lens, tokens and hints only when that document changes. A
  // change to another letter can alter them all the same: a new citation of an open letter changes its lens
  // ("cited by N letters"); a letter whose id changes changes what the open letters citing it resolve to.

  let viewRefreshTimer: NodeJS.Timeout | null = null;
  let viewRefreshDue = 0;
  /** When the refresh now waiting was first asked for: a burst of disk changes waits no longer than its max. */
  let viewRefreshAskedAt = 0;
  /** The refresh now waiting was asked for by an edit: later disk changes do not put it off. */
  let viewRefreshForEdit = false;

  /**
   * The ids a letter cites before a change, to compare with after it; null (the change is not followed) for the
   * letters indexing reads, and for any change in its first pass: indexing ends by refreshing all. An edit during
   * the second pass is followed: the tree is told at its end (`citationChanges`), the views at once.
   */
  function citedKeysBefore(uri: string, edit = false): string[] | null {
    return !indexingNow || (edit && !firstPassNow) ? corpus.citedIds(uri) : null;
  }

  /**
   * After a letter (`source`) changed in the index: when the ids it cites changed, the corpus tree's counts did
   * ("cited by N letters" of a stuk the workspace lacks). When an open letter other than `source` shows
   * something the change altered, its diagnostics' resolution (`affected`) or how many letters cite it, the
   * editor is asked to refresh its views; typing coalesces into one refresh per VIEW_REFRESH_MS, a burst of
   * changes on disk into one when it goes quiet.
   */
  function followChange(source: string, affected: readonly string[], citedBefore: string[] | null, cause: RefreshCause): void {
    if (citedBefore === null) return;
    const was = new Set(citedBefore);
    const changed = corpus.citedIds(source).filter(k => !was.delete(k));
    for (const k of was) changed.push(k);
    if (changed.length) {
      citationChanges++;
      noteCorpusChanged();
    }
    const shownElsewhere = (u: string) => u !== source && documents.get(u) !== undefined;
    if (affected.some(shownElsewhere) || changed.some(key => corpus.lettersKnownAs(key).some(shownElsewhere))) scheduleViewRefresh(cause);
  }

  function scheduleViewRefresh(cause: RefreshCause): void {
    if (firstPassNow) return;
    const now = Date.now();
    if (!viewRefreshTimer) viewRefreshAskedAt = now;
    let due: number;
    if (cause === 'edit') {
      viewRefreshForEdit = true;
      due = viewRefreshTimer ? Math.min(viewRefreshDue, now + VIEW_REFRESH_MS) : now + VIEW_REFRESH_MS;
    } else {
      if (viewRefreshForEdit) return; // the edit's refresh, due soon, shows this change too
      due = Math.min(now + DISK_QUIET_MS, viewRefreshAskedAt + DISK_REFRESH_MAX_MS);
    }
    if (viewRefreshTimer) {
      if (due === viewRefreshDue) return;
      clearTimeout(viewRefreshTimer);
    }
    viewRefreshDue = due;
    viewRefreshTimer = setTimeout(() => {
      viewRefreshTimer = null;
      viewRefreshForEdit = false;
      refreshViews();
    }, Math.max(0, due - now));
  }

  /**
   * A letter opened while worker threads run (indexing): analysed there, so requests do not wait behind it.
   * An edit before the record lands is analysed here and wins; the stale record is dropped. Without workers it is
   * analysed here, after the requests for other letters sent with it. Until then (`openPending`) its record is the
   * file's, and its diagnostics wait for its analysis.
   */
  function analyseOpened(uri: string, document: TextDocument): void {
    const workers = pool && pool !== inline ? pool : null;
    const version = document.version;
    const opened = ++openings;
    openPending.set(uri, opened);
    if (!workers) {
      // On this thread, once the messages sent with the didOpen had their turn: a request for another letter is not
      // held behind the analysis (20-65 ms for a letter of 100-200 KB). A request on this letter analyses it first
      // (`settleOpening`, after the answers before it are written: `handle`); an edit analyses it too.
      openingHere.add(uri);
      setTimeout(() => settleOpening(uri), OPEN_ANALYSIS_DELAY_MS);
      return;
    }
    void workers.analyseText(uri, document.getText()).then(data => {
      if (openPending.get(uri) !== opened) return;
      openPending.delete(uri);
      if (!data || documents.get(uri)?.version !== version) return;
      const cited = citedKeysBefore(uri, true);
      const { affected } = corpus.put(recordFromData(data));
      noteEditorDecoding(uri, documents.get(uri)?.getText() ?? '');
      void publish(uri);
      if (affected.length) markDirty(affected);
      followChange(uri, affected, cited, 'edit');
    });
  }

  /** Letters opened outside indexing whose analysis on this thread waits for the messages read with their didOpen. */
  const openingHere = new Set<string>();

  /** Analyses a letter just opened (`analyseOpened`) now, if it still waits: a request on it answers of its text. */
  function settleOpening(uri: string): void {
    if (!openingHere.delete(uri) || !openPending.has(uri)) return; // analysed already: an edit, or closed since
    const open = documents.get(uri);
    if (open) analyseText(uri, open.getText()); // which ends the opening (openPending)
  }

  /** What the files of open letters are, read once per version of each file (`noteEditorDecoding`). */
  const fileEncodings = new FileEncodings();

  /**
   * An open letter whose editor shows replacement characters where the file is not UTF-8 (the editor decoded
   * Windows-1252 bytes as UTF-8) gets `input.encoding`, saying how to reopen it; one whose file is Windows-1252 keeps
   * the closed letter's (`openLetterNotice`). The file is read once per version (size and modification time), not at
   * every edit.
   */
  function noteEditorDecoding(uri: string, text: string): void {
    const rec = corpus.record(uri);
    if (!rec || rec.analysis.problems.some(p => p.code.startsWith('input.'))) return;
    const notice = openLetterNotice(text, () => {
      const file = uriToPath(uri);
      return file ? fileEncodings.of(file) : null;
    });
    if (notice) rec.inputNotice = notice;
    else delete rec.inputNotice;
  }

  /**
   * Records of closed letters are slim (no `explain`, no footnote texts): before a feature shows those
   * details, the letter is analysed again here, from its editor or from disk (a few milliseconds).
   */
  function withDetails(uri: string): void {
    const rec = corpus.record(uri);
    if (!rec || (!rec.slim && !rec.partial) || openPending.has(uri)) return;
    const open = documents.get(uri);
    let text: string | null = open ? open.getText() : null;
    let notice: InputNotice | undefined;
    if (text === null) {
      const file = uriToPath(uri);
      if (!file) return;
      let bytes: Buffer;
      try {
        bytes = readFileBytes(file);
      } catch {
        return;
      }
      const decoded = decodeLetter(bytes);
      if (decoded.problem) return;
      text = decoded.text;
      notice = decoded.notice;
    }
    const { affected } = corpus.put(recordFromData(analyseOpenText(uri, text, notice)));
    if (affected.length) markDirty(affected);
  }

  /**
   * Worker messages that queued while this thread was busy are delivered back to back, each followed by its
   * record's index update (a few ms for a long letter). Once a slice's budget is used, the next update waits a
   * turn of the event loop, so a request that arrived in between is answered first.
   */
  let turnStart = Date.now();
  async function takeTurn(): Promise<void> {
    turnStart = await yieldAfter(turnStart, SLICE_MS);
  }

  /** Per letter, the latest read from disk: a slower, older read (another worker, an older store) must not win. */
  const diskReads = new Map<string, number>();
  let diskReadCount = 0;

  /**
   * Letters read again from disk on this thread (outside indexing no worker threads run): one after another, each
   * in a slice of its own. Started all at once, as a changed annotation store does for every letter of its folder,
   * they were analysed back to back in one turn of the event loop (1,005 letters: requests waited 2-8 s), and each
   * letter's record cache write then held a file open at the same time (up to 1,792 descriptors).
   */
  let inlineTail: Promise<unknown> = Promise.resolve();
  /**
   * Letters waiting for their turn, by URI: a letter asked for again before its turn came (the store changed again,
   * the file changed again) keeps its one place, as its read sees the latest file and store. Without it a store
   * changed every few seconds queued a folder's letters faster than this thread analysed them.
   */
  const inlineWaiting = new Map<string, { scope: AnalysisScope; background: boolean; done: Promise<void> }>();

  function analyseInTurn(uri: string, file: string, scope: AnalysisScope, background: boolean, starting: () => void): Promise<LetterRecordData | null> {
    const run = inlineTail.then(async () => {
      await takeTurn();
      starting();
      return inline.analyse(uri, file, scope, background);
    });
    inlineTail = run.catch(() => undefined);
    return run;
  }

  function loadFromDisk(uri: string, scope: AnalysisScope = 'all', background = false): Promise<void> {
    if (pool && pool !== inline) return loadNow(uri, scope, background, null);
    const waiting = inlineWaiting.get(uri);
    if (waiting && waiting.scope === scope && waiting.background === background) return waiting.done;
    const entry = { scope, background, done: Promise.resolve() };
    inlineWaiting.set(uri, entry);
    entry.done = loadNow(uri, scope, background, () => {
      if (inlineWaiting.get(uri) === entry) inlineWaiting.delete(uri);
    });
    return entry.done;
  }

  /** Reads and analyses the letter, in a worker or (`starting` given) in its turn on this thread, and indexes it. */
  async function loadNow(uri: string, scope: AnalysisScope, background: boolean, starting: (() => void) | null): Promise<void> {
    const file = uriToPath(uri);
    if (!file) {
      starting?.();
      return;
    }
    const read = ++diskReadCount;
    diskReads.set(uri, read);
    const data = starting ? await analyseInTurn(uri, file, scope, background, starting) : await pool!.analyse(uri, file, scope, background);
    await takeTurn();
    if (diskReads.get(uri) !== read) return;
    diskReads.delete(uri);
    if (documents.get(uri)) return; // an open editor's text wins over the disk
    if (!data) {
      removeLetter(uri); // vanished between the event and the read
      return;
    }
    const cited = citedKeysBefore(uri);
    const result = corpus.put(recordFromData(data));
    markDirty([uri, ...result.affected]);
    followChange(uri, result.affected, cited, 'disk');
  }

  function removeLetter(uri: string): void {
    void cachePruner?.remove(uri);
    const cited = citedKeysBefore(uri);
    const affected = corpus.remove(uri);
    published.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    markDirty(affected);
    followChange(uri, affected, cited, 'disk');
  }

  function isLetterUri(uri: string, languageId?: string): boolean {
    if (languageId === LANGUAGE_ID) return true;
    const file = uriToPath(uri);
    return !!file && isLetterPath(file, roots, filter);
  }

  /**
   * Scans the workspace folders and indexes in chunks that yield, with progress; a newer scan stops it.
   * Two passes: first the identity and citations of every letter (what resolution, definition, references
   * and hovers on citations need of the other letters), reported as "indexing letters"; then the full
   * analysis (organisations, acronym definitions, dates) of every letter the first pass left partial,
   * reported as its own progress. Diagnostics of closed letters go out once both passes are done.
   */
  async function indexWorkspace(): Promise<void> {
    const generation = ++indexGeneration;
    const stale = () => generation !== indexGeneration;
    let uris: string[] | null = null;
    try {
      const progress = await connection.window.createWorkDoneProgress().catch(() => null);
      progress?.begin('Kamerstukken: indexing letters', 0, 'scanning', false);
      try {
        const files = await findLetters(roots, filter, stale);
        if (stale()) return;
        // fileUri gives the canonical spelling normaliseUri would; computed in slices (10,000 letters).
        const found: string[] = [];
        let sliceStart = Date.now();
        for (const f of files) {
          found.push(fileUri(f));
          if ((found.length & 31) === 0) sliceStart = await yieldAfter(sliceStart);
        }
        if (stale()) return;
        if (corpus.size) {
          // Letters that no longer match the globs (settings changed) leave the index.
          const known = new Set(found);
          for (const uri of corpus.uris()) if (!known.has(uri) && !documents.get(uri)) removeLetter(uri);
        }
        if (pool && pool !== inline && pool.inBackground) {
          // A scan that starts while an earlier second pass runs: its workers run at the lowest priority for
          // good, and this first pass is what requests wait for. They finish what they hold, then stop.
          pool.disposeWhenIdle();
          pool = null;
        }
        pool ??= options.workerScript ? new AnalyserPool(options.workerScript, undefined, workerSettings) : inline;
        indexingNow = true;
        firstPassNow = true;
        holdCompaction(true);
        uris = found;
        await analyseLetters(found, 'references', progress, stale);
        log(`indexed ${found.length} letters`);
        publishStoresOf(corpus.uris()); // the letters found and open letters the globs leave out
      } finally {
        progress?.done();
      }
      if (stale()) return;
      firstPassNow = false;
      refreshViews(); // resolution (token modifiers, lens counts) changed under the open editors
      void warmUpOnLetters(uris, { stale });
      const partial = uris.filter(uri => corpus.record(uri)?.partial === true && !documents.get(uri));
      if (partial.length === 0) {
        sweepRecordCache();
        return;
      }
      const details = await connection.window.createWorkDoneProgress().catch(() => null);
      details?.begin('Kamerstukken: analysing organisations and dates', 0, `0/${partial.length} letters`, false);
      try {
        await analyseLetters(partial, 'all', details, stale);
        log(`analysed organisations and dates of ${partial.length} letters`);
      } finally {
        details?.done();
      }
      if (!stale()) sweepRecordCache();
    } catch (err) {
      log(`indexing failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      if (generation === indexGeneration) {
        indexingNow = false;
        firstPassNow = false;
        holdCompaction(false);
        scheduleFlush();
        // Idle workers hold tens of megabytes each: let them go until the next full scan (a turn later:
        // stopping a thread takes milliseconds, and the first diagnostics go out first).
        const idle = pool;
        if (idle && idle !== inline) setTimeout(() => void idle.dispose(), 50);
        pool = null;
        if (uris) refreshViews();
      }
    }
  }

  /**
   * Analyses closed letters in the worker threads, a few in flight per worker; this thread only updates
   * the maps and yields to pending requests whenever a slice has used its budget.
   */
  async function analyseLetters(uris: string[], scope: AnalysisScope, progress: WorkDoneProgressServerReporter | null, stale: () => boolean): Promise<void> {
    const window = Math.max(1, (pool ?? inline).size * 3);
    let sliceStart = Date.now();
    let reportedAt = 0;
    let done = 0;
    const inFlight = new Set<Promise<void>>();
    for (const uri of uris) {
      if (stale()) return;
      if (documents.get(uri)) continue;
      // The second pass runs in the background: its results are not waited for, requests are.
      const job: Promise<void> = loadFromDisk(uri, scope, scope === 'all').finally(() => {
        inFlight.delete(job);
        done++;
      });
      inFlight.add(job);
      if (inFlight.size >= window) await Promise.race(inFlight);
      if (Date.now() - sliceStart >= SLICE_MS) {
        // A report per slice was ~600 messages for 10,000 letters; a person reads a few a second.
        if (Date.now() - reportedAt >= PROGRESS_MS) {
          progress?.report(Math.round((done / uris.length) * 100), `${done}/${uris.length} letters`);
          reportedAt = Date.now();
        }
        await yieldToMessages();
        sliceStart = Date.now();
      }
    }
    await Promise.all(inFlight);
    progress?.report(100, `${uris.length}/${uris.length} letters`);
  }

  function refreshViews(): void {
    if (refresh.semanticTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
    if (refresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (refresh.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  function reindex(): void {
    indexing = indexing.then(indexWorkspace, indexWorkspace);
  }

  async function readSettings(pushed?: unknown): Promise<void> {
    let raw: unknown = pushed;
    // Each workspace folder's own files.include/exclude too (its folder settings, where Index Folder writes).
    const asked = roots.slice();
    let perRoot: unknown[] = [];
    if (hasConfiguration) {
      try {
        const items = [{ section: 'kamerstukken' }, ...asked.map(root => ({ section: 'kamerstukken', scopeUri: fileUri(root) }))];
        const answers: unknown[] = (await connection.workspace.getConfiguration(items)) ?? [];
        // A client that has no value for the section answers null: then what it pushed, if anything.
        raw = answers[0] ?? pushed;
        perRoot = answers.slice(1);
      } catch {
        raw = pushed;
      }
    }
    const next = raw === undefined || raw === null ? settings : parseSettings(raw);
    const hintsChanged = next.inlayRelativeDates !== settings.inlayRelativeDates;
    const change = diagnosticsChange(settings, next);
    settings = next;
    // Only the folders still in the workspace: one removed while the client answered has left it.
    const globsChanged = useGlobs(rootGlobs(next, asked.filter(root => roots.includes(root)), perRoot.filter((_, i) => roots.includes(asked[i]))));
    if (globsChanged) reindex();
    // Only the letters whose diagnostics the change can alter; of those, only the ones that did change are sent.
    markDirty(new Set([...published.lettersWithCodes(change.codes), ...corpus.lettersCitingMatching(change.ignore)]));
    if (change.codes.includes('annotation.invalid')) for (const [storeUri, storePath] of knownStores) publishStoreErrors(storeUri, storePath);
    if (hintsChanged) refreshViews();
  }

  /** Files are letters by the settings' globs and these folders' own from now on; whether that changed the globs. */
  function useGlobs(own: Map<string, RootGlobs>): boolean {
    const key = JSON.stringify([settings.include, settings.exclude, [...own]]);
    ownGlobs = own;
    filter = fileFilter(settings.include, settings.exclude, own);
    if (key === globsKey) return false;
    globsKey = key;
    return true;
  }

  // ---- lifecycle --------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    hasConfiguration = !!caps.workspace?.configuration;
    hasWatchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
    relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    insertReplaceSupport = !!caps.textDocument?.completion?.completionItem?.insertReplaceSupport;
    refresh.semanticTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
    refresh.codeLens = !!caps.workspace?.codeLens?.refreshSupport;
    refresh.inlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
    editing.capabilities = {
      applyEdit: !!caps.workspace?.applyEdit,
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      createFile: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    };
    // Older clients send only rootUri, or only the deprecated rootPath.
    const rootUri = params.rootUri ?? (typeof params.rootPath === 'string' && params.rootPath ? fileUri(path.resolve(params.rootPath)) : null);
    const folders = params.workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: 'root' }] : []);
    roots = rootsOf(folders.map(f => f.uri));
    const init = params.initializationOptions as { settings?: unknown; cacheDir?: unknown; applyEditTimeoutMs?: unknown } | undefined;
    const timeout = init && typeof init === 'object' ? init.applyEditTimeoutMs : undefined;
    // At most what a Node timer holds (2^31 - 1 ms, some 24 days): past it setTimeout fires after 1 ms, and every
    // command would give up at once.
    if (typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0) editing.applyEditTimeoutMs = Math.min(timeout, MAX_TIMER_MS);
    if (init && typeof init === 'object') settings = parseSettings((init as { settings?: unknown }).settings ?? init);
    const cacheDir = init && typeof init === 'object' && typeof init.cacheDir === 'string' && init.cacheDir ? init.cacheDir : options.cacheDir;
    if (cacheDir && options.workerScript) {
      workerSettings = { cacheDir, analyser: analyserVersion(options.workerScript) };
      useRecordCache(new RecordCache(cacheDir, workerSettings.analyser!));
      cachePruner = new RecordCachePruner(cacheDir);
    }
    useGlobs(new Map());
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        // A space after "Kamerstuk" or "nr." opens the list; digits typed after it narrow it down.
        completionProvider: { triggerCharacters: [' '], resolveProvider: true },
        callHierarchyProvider: true,
        selectionRangeProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        executeCommandProvider: { commands: [COMMAND_APPLY_ANNOTATION, COMMAND_LIST_ORGANISATIONS, COMMAND_LIST_REFERENCES] },
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        inlayHintProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kamerstukken', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasWatchedFilesRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [...LETTER_WATCH_GLOBS.map(globPattern => ({ globPattern })), { globPattern: `**${STORE_SUFFIX}` }],
        })
        .catch(() => undefined);
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(event => {
        const removed = new Set(rootsOf(event.removed.map(f => f.uri)));
        roots = [...new Set([...roots.filter(r => !removed.has(r)), ...rootsOf(event.added.map(f => f.uri))])];
        // A removed folder's own globs go with it: else the next settings read (any setting) found them gone, and
        // took that for a change of the globs that scanned the workspace again.
        if ([...ownGlobs.keys()].some(root => !roots.includes(root))) useGlobs(new Map([...ownGlobs].filter(([root]) => roots.includes(root))));
        reindex();
        if (event.added.length) void readSettings(); // an added folder's own globs: re-indexes again only if it has some
      });
    }
    // Workers start now, so that a letter opened before the scan is analysed off this thread too.
    if (options.workerScript) pool ??= new AnalyserPool(options.workerScript, undefined, workerSettings);
    void readSettings().finally(() => {
      if (indexGeneration === 0) reindex();
    });
  });

  connection.onDidChangeConfiguration(change => {
    const pushed = (change?.settings as { kamerstukken?: unknown } | undefined)?.kamerstukken;
    void readSettings(pushed);
  });

  // ---- documents and files --------------------------------------------------------------------------

  // TextDocuments reports an opened document as changed content too: that one handler analyses both.
  documents.onDidChangeContent(e => {
    const uri = normaliseUri(e.document.uri);
    if (uri.endsWith(STORE_SUFFIX)) {
      // An open store (the client syncs it): its text, unsaved edits and undo included, is the store.
      editing.storeOpened(uri, e.document.getText());
      scheduleStoreChanged(uri);
      return;
    }
    const opened = opening === uri;
    opening = null;
    openPending.delete(uri); // an edit supersedes the opening analysis still to come
    if (!corpus.record(uri) && !isLetterUri(uri, e.document.languageId)) return;
    if (opened) analyseOpened(uri, e.document);
    else analyseText(uri, e.document.getText());
  });
  documents.onDidOpen(e => {
    opening = normaliseUri(e.document.uri);
  });
  documents.onDidClose(e => {
    const uri = normaliseUri(e.document.uri);
    // Its record is not yet of the open text while the opening analysis is still to come (in a worker, or here).
    const analysed = !openPending.delete(uri);
    if (uri.endsWith(STORE_SUFFIX)) {
      editing.storeClosed(uri); // back to the file on disk
      storeChanged(uri);
      return;
    }
    const file = uriToPath(uri);
    if (file) fileEncodings.forget(file);
    // Back to what is on disk: the editor may have held unsaved changes, or the file may be gone. When the editor
    // held the file's text, the analysis of that text is the file's, and the letter is not analysed again.
    if (file && isLetterPath(file, roots, filter)) {
      if (!analysed || !closeWithOpenAnalysis(uri, file, e.document.getText())) void loadFromDisk(uri);
    } else if (corpus.record(uri)) removeLetter(uri);
  });

  /**
   * A letter closed in the editor whose text is the file's: its record becomes a closed letter's, made from the
   * analysis the open text already has (`closedRecordFromOpen`), instead of the file's being read and analysed
   * again on this thread (20-30 ms for 180 KB, with every request waiting). False when the file is not the text.
   */
  function closeWithOpenAnalysis(uri: string, file: string, text: string): boolean {
    // A store of its folder typed in, its re-analysis still to come (`scheduleStoreChanged`): the open text's analysis
    // applies the store as it was, and the record cache would keep it under the store as it is now.
    if (storeChangePending(uri)) return false;
    const open = corpus.record(uri);
    const record = open ? closedRecordFromOpen(open, text, file) : null;
    if (!record) return false;
    // A read of the file begun while it was open is older than this one: it must not win. One still waiting its turn
    // here is no longer the read a later change of the file can join (`loadFromDisk`): that change needs one of its own.
    diskReads.delete(uri);
    inlineWaiting.delete(uri);
    const cited = citedKeysBefore(uri);
    const result = corpus.put(record);
    markDirty([uri, ...result.affected]);
    followChange(uri, result.affected, cited, 'disk');
    return true;
  }

  connection.onDidChangeWatchedFiles(params => {
    for (const change of params?.changes ?? []) {
      if (!change || typeof change.uri !== 'string') continue;
      const uri = normaliseUri(change.uri);
      if (uri.endsWith(STORE_SUFFIX)) {
        storeChanged(uri);
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        if (corpus.record(uri)) {
          if (!documents.get(uri)) removeLetter(uri);
          else fileEncodingChanged(uri); // open: its text stays, an input.encoding of the file gone goes
        } else {
          // A deleted (or renamed-away) folder: one event for everything under it.
          const prefix = uri.endsWith('/') ? uri : `${uri}/`;
          for (const known of corpus.uris()) {
            if (!known.startsWith(prefix)) continue;
            if (!documents.get(known)) removeLetter(known);
            else fileEncodingChanged(known);
          }
        }
      } else if (!documents.get(uri)) {
        void loadCreated(uri);
      } else {
        fileEncodingChanged(uri);
      }
    }
  });

  /**
   * The file of an open letter changed on disk (saved, perhaps in another encoding: "Save with Encoding" UTF-8), or
   * was deleted: its `input.encoding` is of the file, and the editor sends no change when only the bytes did.
   */
  function fileEncodingChanged(uri: string): void {
    const file = uriToPath(uri);
    const open = documents.get(uri);
    if (!file || !open || openPending.has(uri) || !corpus.record(uri)) return;
    fileEncodings.forget(file);
    noteEditorDecoding(uri, open.getText());
    void publish(uri); // sent only when its diagnostics changed
  }

  /**
   * An annotation store changed: read it again, re-analyse the letters of its folder (open ones from
   * their editor text), and publish its parse errors as `annotation.invalid` on the store file.
   */
  function scheduleStoreChanged(storeUri: string): void {
    clearTimeout(pendingStoreChanges.get(storeUri));
    pendingStoreChanges.set(storeUri, setTimeout(() => {
      pendingStoreChanges.delete(storeUri);
      storeChanged(storeUri);
    }, STORE_EDIT_DEBOUNCE_MS));
  }

  /** Whether a store whose letters include this one was typed in and its letters are still to be analysed again. */
  function storeChangePending(uri: string): boolean {
    for (const storeUri of pendingStoreChanges.keys()) if (uri.startsWith(storeFolderUri(storeUri))) return true;
    return false;
  }

  /** The folder a store's letters are in (and below), as a URI prefix ending in '/'. */
  function storeFolderUri(storeUri: string): string {
    return storeUri.slice(0, storeUri.length - STORE_SUFFIX.length + 1);
  }

  function storeChanged(storeUri: string): void {
    const storePath = uriToPath(storeUri);
    if (!storePath) return;
    threadStores.invalidate(storePath);
    if (pool && pool !== inline) pool.storeChanged(storePath);
    const folderUri = storeFolderUri(storeUri);
    let reanalysedOpen = false;
    for (const uri of corpus.uris()) {
      if (!uri.startsWith(folderUri)) continue;
      const open = documents.get(uri);
      if (open) {
        analyseText(uri, open.getText());
        reanalysedOpen = true;
      } else void loadFromDisk(uri);
    }
    // An open letter's text did not change, what the store says of it may have ("not an organisation"): the
    // editor would keep its old tokens and hints.
    if (reanalysedOpen) scheduleViewRefresh('edit');
    publishStoreErrors(storeUri, storePath);
  }

  /**
   * The stores the letters use, read here (once per folder), and their errors published: a store that was broken
   * before the server started is reported at once, not only after its next change. A store no letter uses any more
   * (files.exclude took its folder out) loses its diagnostics until it changes again.
   */
  function publishStoresOf(uris: Iterable<string>): void {
    const stores = new Set<string>();
    const folders = new Set<string>();
    for (const uri of uris) {
      const file = uriToPath(uri);
      if (!file || folders.has(path.dirname(file))) continue; // one store per folder
      folders.add(path.dirname(file));
      const store = threadStores.forLetter(file);
      if (store) stores.add(store.snapshot.path);
    }
    for (const [storeUri, storePath] of [...knownStores]) {
      if (stores.has(storePath)) continue;
      knownStores.delete(storeUri);
      void connection.sendDiagnostics({ uri: storeUri, diagnostics: [] });
    }
    for (const storePath of stores) publishStoreErrors(fileUri(storePath), storePath);
  }

  function publishStoreErrors(storeUri: string, storePath: string): void {
    knownStores.set(storeUri, storePath);
    const snapshot = threadStores.snapshot(storePath);
    const severity = settings.severity['annotation.invalid'] ?? 'error';
    if (!snapshot || severity === 'off') {
      void connection.sendDiagnostics({ uri: storeUri, diagnostics: [] });
      return;
    }
    const lines = LineIndex.of(snapshot.text);
    const diagnostics: Diagnostic[] = snapshot.errors.map(e => ({
      range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) },
      severity: SEVERITY[severity],
      code: 'annotation.invalid',
      source: 'kamerstukken',
      message: e.message,
    }));
    void connection.sendDiagnostics({ uri: storeUri, diagnostics });
  }

  /** A created or changed path: a letter, or a folder (moved or copied in) to scan for letters. */
  async function loadCreated(uri: string): Promise<void> {
    const file = uriToPath(uri);
    if (!file) return;
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) {
      for (const found of await findLetters(roots, filter, () => false, file)) {
        const letter = fileUri(found);
        if (!documents.get(letter)) await loadFromDisk(letter);
      }
    } else if (isLetterUri(uri)) {
      await loadFromDisk(uri);
    }
  }

  // ---- features -------------------------------------------------------------------------------------

  /** Wraps a handler: cancellation, parameter errors and bugs become LSP errors. */
  function handle<P, R>(fn: (params: P, token: CancellationToken) => R) {
    const run = (params: P, token: CancellationToken): R | ResponseError<void> => {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') as ResponseError<void>;
      try {
        return fn(params, token);
      } catch (err) {
        if (!(err instanceof InvalidParams)) connection.console.error(`[kamerstukken] ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        return toResponseError(err);
      }
    };
    // A request on a letter just opened, whose analysis on this thread waits (`analyseOpened`), waits its turn too:
    // answers to requests read before it are written first (vscode-jsonrpc writes an answer a turn after its
    // handler returns, and the analysis here would hold it), then the letter is analysed (`letterUri`) and answered.
    return (params: P, token: CancellationToken): R | ResponseError<void> | Promise<R | ResponseError<void>> =>
      openingHere.size && openingHere.has(requestedLetter(params)) ? yieldToMessages().then(() => run(params, token)) : run(params, token);
  }

  /** The letter a request names (textDocument.uri), in its canonical spelling; '' when none. */
  function requestedLetter(params: unknown): string {
    const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
    return typeof uri === 'string' ? normaliseUri(uri) : '';
  }

  /** The letter a request is about, analysed first if it was just opened (`settleOpening`). */
  const letterUri = (params: unknown) => {
    const uri = normaliseUri(requireUri(params));
    if (openingHere.size) settleOpening(uri);
    return uri;
  };

  connection.onHover(handle(params => {
    const uri = letterUri(params);
    withDetails(uri);
    const offset = toOffset(corpus, uri, requirePosition(params));
    const hover = hoverAt(corpus, uri, offset);
    return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: toRange(corpus, uri, hover.span) } : null;
  }));

  connection.onDefinition(handle(params => {
    const uri = letterUri(params);
    const offset = toOffset(corpus, uri, requirePosition(params));
    const result = definitionAt(corpus, uri, offset);
    const inStore = editing.definitionInStore(uri, offset);
    if (!result) return inStore ? [{ targetUri: inStore.uri, targetRange: inStore.range, targetSelectionRange: inStore.range }] : null;
    const origin = toRange(corpus, uri, result.origin);
    const store = inStore ? [{ originSelectionRange: origin, targetUri: inStore.uri, targetRange: inStore.range, targetSelectionRange: inStore.range }] : [];
    return [...store, ...result.places.map(p => ({
      originSelectionRange: origin,
      targetUri: p.uri,
      targetRange: toRange(corpus, p.uri, p.span),
      targetSelectionRange: toRange(corpus, p.uri, p.selection),
    }))];
  }));

  connection.onReferences(handle((params, token) => {
    const uri = letterUri(params);
    const offset = toOffset(corpus, uri, requirePosition(params));
    const places = referencesAt(corpus, uri, offset, !!params.context?.includeDeclaration, () => token.isCancellationRequested);
    return places ? toLocations(corpus, places) : null;
  }));

  connection.onDocumentHighlight(handle(params => {
    const uri = letterUri(params);
    const offset = toOffset(corpus, uri, requirePosition(params));
    return documentHighlights(corpus, uri, offset)?.map(h => ({ range: toRange(corpus, uri, h.span), kind: HIGHLIGHT_KIND[h.kind] })) ?? null;
  }));

  connection.onRequest(CORPUS_TREE_REQUEST, handle((params: { node?: unknown } | null) => {
    const node = params?.node;
    if (node !== undefined && node !== null && typeof node !== 'string') throw new InvalidParams('node must be a string or null');
    return corpusTreeChildren(corpus, node ?? null).map(n => ({
      ...n,
      place: n.place && corpus.record(n.place.uri) ? { uri: n.place.uri, range: toRange(corpus, n.place.uri, n.place.span) } : undefined,
    }));
  }));

  // Completion of Kamerstuk references, on the editor's own text: the reference being typed is not one yet.
  // A dossier inserts "29 754, nr. " and asks the editor to suggest again, for its numbers.
  const COMPLETION_KIND = { dossier: CompletionItemKind.Folder, letter: CompletionItemKind.Reference, cited: CompletionItemKind.Value } as const;
  connection.onCompletion(handle((params): CompletionList | null => {
    const uri = letterUri(params);
    const position = requirePosition(params);
    const doc = documents.get(uri);
    if (!doc) return null;
    const result = completionsAt(corpus, doc.getText(), doc.offsetAt(position), uri);
    if (!result) return null;
    return {
      isIncomplete: result.incomplete,
      items: result.items.map((item): CompletionItem => ({
        label: item.label,
        kind: COMPLETION_KIND[item.kind],
        detail: item.detail,
        sortText: item.sortText,
        preselect: item.preselect,
        filterText: item.filterText ?? item.insertText,
        textEdit: completionEdit(doc, item.insertText, item.replace, item.overwrite, insertReplaceSupport),
        command: item.kind === 'dossier' ? { title: 'Suggest its numbers', command: 'editor.action.triggerSuggest' } : undefined,
        data: item.key ? { key: item.key, uri: item.uri } : undefined,
      })),
    };
  }));

  // The documentation of a suggestion when the editor shows it: a hover's worth for each of a hundred is too much.
  connection.onCompletionResolve(handle((item: CompletionItem): CompletionItem => {
    const data = item?.data as { key?: unknown; uri?: unknown } | undefined;
    if (!data || typeof data.key !== 'string') return item;
    const value = completionDocumentation(corpus, data.key, typeof data.uri === 'string' ? data.uri : null);
    return value ? { ...item, documentation: { kind: 'markdown', value } } : item;
  }));

  // Positions and ranges through the editor's own text: the letter's record may still be on its way from a worker.
  connection.onSelectionRanges(handle(params => {
    const uri = letterUri(params);
    const positions = requirePositions(params);
    const doc = documents.get(uri);
    if (!doc) return null;
    const text = doc.getText();
    const analysis = openPending.has(uri) ? null : corpus.record(uri)?.analysis ?? null;
    return positions.map(position => {
      let range: SelectionRange | undefined;
      for (const span of selectionChain(text, analysis, doc.offsetAt(position)).reverse()) {
        range = { range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) }, parent: range };
      }
      return range ?? { range: { start: position, end: position } };
    });
  }));

  // The citation graph as a call hierarchy: incoming = letters citing this one, outgoing = letters it cites.
  const toGraphItem = (letter: GraphLetter): CallHierarchyItem => ({
    name: letter.name,
    detail: letter.detail,
    kind: SymbolKind.File,
    uri: letter.at.uri,
    range: toRange(corpus, letter.at.uri, letter.at.span),
    selectionRange: toRange(corpus, letter.at.uri, letter.at.selection),
    data: { uri: letter.uri, ids: letter.ids },
  });
  /** The node an item stands for: from its data, else (a client that drops data) from where it points. */
  const fromGraphItem = (params: unknown): GraphLetter | null => {
    const item = requireItem(params);
    if (item.data) {
      const known = item.data.uri ? letterOf(corpus, normaliseUri(item.data.uri)) : null;
      // A letter gone since (deleted, renamed) is still cited by its ids; it cites nothing any more.
      const nowhere = { start: 0, end: 0 };
      return known ?? { name: item.name, detail: '', uri: null, ids: item.data.ids, at: { uri: item.uri, span: nowhere, selection: nowhere } };
    }
    const uri = normaliseUri(item.uri);
    return item.position ? graphLetterAt(corpus, uri, toOffset(corpus, uri, item.position)) : letterOf(corpus, uri);
  };

  connection.languages.callHierarchy.onPrepare(handle(params => {
    const uri = letterUri(params);
    const letter = graphLetterAt(corpus, uri, toOffset(corpus, uri, requirePosition(params)));
    return letter ? [toGraphItem(letter)] : null;
  }));

  connection.languages.callHierarchy.onIncomingCalls(handle((params, token) => {
    const letter = fromGraphItem(params);
    if (!letter) return null;
    return incomingCitations(corpus, letter, () => token.isCancellationRequested).map(edge => ({
      from: toGraphItem(edge.letter),
      fromRanges: edge.from.map(span => toRange(corpus, edge.letter.at.uri, span)),
    }));
  }));

  connection.languages.callHierarchy.onOutgoingCalls(handle((params, token) => {
    const letter = fromGraphItem(params);
    if (!letter?.uri) return letter ? [] : null;
    const from = letter.uri;
    return outgoingCitations(corpus, letter, () => token.isCancellationRequested).map(edge => ({
      to: toGraphItem(edge.letter),
      fromRanges: edge.from.map(span => toRange(corpus, from, span)),
    }));
  }));

  connection.onDocumentSymbol(handle(params => {
    const uri = letterUri(params);
    const toSymbol = (n: OutlineNode): DocumentSymbol => ({
      name: n.name,
      detail: n.detail,
      kind: OUTLINE_KIND[n.kind],
      range: toRange(corpus, uri, n.span),
      selectionRange: toRange(corpus, uri, n.selection),
      children: n.children.map(toSymbol),
    });
    withDetails(uri);
    return documentOutline(corpus, uri).map(toSymbol);
  }));

  connection.onWorkspaceSymbol(handle((params, token) =>
    workspaceSymbols(corpus, typeof params?.query === 'string' ? params.query : '', () => token.isCancellationRequested).map(s => ({
      name: s.name,
      containerName: s.detail,
      kind: s.kind === 'letter' ? SymbolKind.File : SymbolKind.Class,
      location: { uri: s.uri, range: toRange(corpus, s.uri, s.span) },
    })),
  ));

  connection.onCodeAction(handle(params => {
    const uri = letterUri(params);
    const range = optionalRange(params) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    // A client's diagnostics are passed back as they came: one that is not a diagnostic with a range (null,
    // a number, a hand-written request) is passed over, the others still get their actions.
    const diagnostics = (Array.isArray(params.context?.diagnostics) ? params.context.diagnostics as unknown[] : []).filter(isDiagnosticLike);
    const withSpans = diagnostics.map(d => ({ ...toSpan(corpus, uri, d.range), code: d.code, message: typeof d.message === 'string' ? d.message : d.message?.value, data: d.data, original: d }));
    return codeActions(corpus, uri, toSpan(corpus, uri, range), withSpans, editing.actionContext(uri)).map<CodeAction>(a => ({
      title: a.title,
      kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.Refactor,
      command: a.command ? { title: a.title, command: a.command, arguments: a.arguments } : undefined,
      edit: a.edit ? letterEdit(uri, a.edit) : undefined,
      diagnostics: a.diagnostic || a.diagnostics ? (a.diagnostic ? [a.diagnostic] : a.diagnostics!).map(d => (d as (typeof withSpans)[number]).original) : undefined,
      isPreferred: a.isPreferred,
    }));
  }));

  /**
   * A correction of the letter, as a workspace edit. Versioned where the client takes versions: the edit was computed on
   * the letter's text as it is now, and a client that applies it after the user typed on refuses it instead of putting
   * the text where the reference no longer is.
   */
  function letterEdit(uri: string, change: TextChange): WorkspaceEdit {
    const edits = [{ range: toRange(corpus, uri, change), newText: change.newText }];
    if (!editing.capabilities.documentChanges) return { changes: { [uri]: edits } };
    return { documentChanges: [{ textDocument: { uri, version: documents.get(uri)?.version ?? null }, edits }] };
  }

  /** kamerstukken.listReferences [letterUri?, {start, end}?]: the Kamerstukken a selection may cite. */
  function listReferences(args: unknown[] | undefined): ReturnType<typeof referenceChoices> {
    const rawUri = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : null;
    const span = Array.isArray(args) ? args[1] as { start?: unknown; end?: unknown } | null | undefined : null;
    const selected = span && Number.isInteger(span.start) && Number.isInteger(span.end) ? { start: span.start as number, end: span.end as number } : null;
    return referenceChoices(corpus, rawUri ? normaliseUri(rawUri) : null, selected);
  }

  connection.onExecuteCommand(handle(params => {
    switch (params?.command) {
      case COMMAND_APPLY_ANNOTATION:
        return editing.apply(params.arguments).catch(toResponseError);
      case COMMAND_LIST_ORGANISATIONS:
        return editing.organisations(params.arguments);
      case COMMAND_LIST_REFERENCES:
        return listReferences(params.arguments);
      default:
        return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
    }
  }));

  connection.onCodeLens(handle(params => {
    const uri = letterUri(params);
    return codeLenses(corpus, uri).map(l => ({ range: toRange(corpus, uri, l.span), command: { title: l.title, command: '' }, data: { citedBy: l.citedBy, cites: l.cites } }));
  }));

  connection.onDocumentLinks(handle(params => {
    const uri = letterUri(params);
    return documentLinks(corpus, uri).map(l => ({ range: toRange(corpus, uri, l.span), target: l.target, tooltip: l.tooltip }));
  }));

  connection.onFoldingRanges(handle(params => {
    const uri = letterUri(params);
    return foldingRanges(corpus, uri).map(f => ({ startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Comment }));
  }));

  connection.languages.inlayHint.on(handle(params => {
    if (!settings.inlayRelativeDates) return [];
    const uri = letterUri(params);
    withDetails(uri);
    const range = optionalRange(params);
    return inlayHints(corpus, uri, range ? toSpan(corpus, uri, range) : undefined).map(h => ({
      position: corpus.record(uri)!.lines.positionAt(h.offset),
      label: h.label,
      tooltip: h.tooltip,
      paddingLeft: true,
    }));
  }));

  connection.languages.semanticTokens.on(handle(params => ({ data: encodeTokens(semanticTokens(corpus, letterUri(params))) })));
  connection.languages.semanticTokens.onRange(handle(params => {
    const uri = letterUri(params);
    const range = optionalRange(params);
    return { data: encodeTokens(semanticTokens(corpus, uri, range ? toSpan(corpus, uri, range) : undefined)) };
  }));

  documents.listen(connection);
  // Shutdown comes before exit: indexing stops, and the analysis threads finish writing their records to the cache
  // and end. Exit would otherwise stop them mid-write, leaving half-written entries until a later sweep.
  // Editors wait a few seconds for the answer (VS Code 2 s): a thread still writing after SHUTDOWN_GRACE_MS (a busy
  // machine, threads at the lowest priority) is stopped, and the temporary files of its unfinished writes removed.
  // A write that a stopped thread had already handed to the file system may land after that: the exit looks again.
  /** The analysis threads, if any run, taken from the server so that nothing more is sent to them: to be stopped. */
  function takeWorkers(): AnalyserPool | null {
    const workers = pool && pool !== inline ? pool : null;
    pool = null;
    return workers;
  }

  connection.onShutdown(async () => {
    const started = Date.now();
    indexGeneration++;
    const workers = takeWorkers();
    await Promise.all([workers?.dispose(SHUTDOWN_GRACE_MS), recordCacheWritten()]);
    const removed = cachePruner?.removeOwnTemps() ?? 0;
    log(`shut down in ${Date.now() - started} ms${removed ? `; ${removed} unfinished cache writes removed` : ''}`);
  });
  process.once('exit', () => cachePruner?.removeOwnTemps());
  // An editor that has no answer to shutdown in time ends the server with a signal (vscode-languageclient after
  // 2 s, on a busy machine while the threads still write), and a signal's default action skips the exit handler.
  // The threads stop first (a thread writes its records synchronously, so none lands after it has stopped), then
  // the exit handler's clean-up runs and the server exits as the signal would have (128 + its number).
  for (const [signal, code] of END_SIGNALS) {
    process.once(signal, () => {
      const workers = takeWorkers();
      setTimeout(() => process.exit(code), SIGNAL_STOP_MS);
      void (workers ? workers.dispose(0) : Promise.resolve()).then(() => process.exit(code));
    });
  }

  connection.listen();
}

const HIGHLIGHT_KIND: Record<HighlightKind, DocumentHighlightKind> = {
  text: DocumentHighlightKind.Text,
  read: DocumentHighlightKind.Read,
  write: DocumentHighlightKind.Write,
};

const OUTLINE_KIND: Record<OutlineNode['kind'], SymbolKind> = {
  heading: SymbolKind.String,
  footnotes: SymbolKind.Namespace,
  footnote: SymbolKind.Number,
  signatories: SymbolKind.Namespace,
  signatory: SymbolKind.Field,
};
