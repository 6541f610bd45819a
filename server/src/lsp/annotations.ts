// The annotation store from the editor's side: finding a letter's store, reading its current text (the
// open editor's, else the disk's), and writing it only through workspace/applyEdit, so the change shows
// in the editor and undo works. The logic of what to write lives in core/features/annotate*.ts.
import { readFileBytes } from '../core/workspace/fileBytes';
import { fileUri, uriToPath } from '../core/workspace/uris';
import { ApplyWorkspaceEditRequest, CancellationTokenSource, MessageType, ShowMessageNotification, type ApplyWorkspaceEditResult, type Connection, type Range, type TextDocuments, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { candidateStorePaths, letterKey, locateOrganisation, storeLocation } from '../core/annotations';
import {
  letterEntry, organisationChoices, orphansOf, parseAnnotationRequest, planAnnotationEdit, userOrganisationAt,
  type OrganisationChoice,
} from '../core/features/annotate';
import type { AnnotationActionContext } from '../core/features/annotateActions';
import type { Span } from '../core/types';
import type { Corpus } from '../core/workspace/corpus';
import { readStoreFileChecked } from '../core/workspace/annotated';
import { decodeLetter } from '../core/workspace/input';
import { LineIndex } from '../core/workspace/lines';
import { openStoreTexts, storePathKey, threadStores } from './analysisWorker';
import { InvalidParams } from './params';

/** How long an editor may take to answer workspace/applyEdit by default: generous, VS Code answers at once. */
export const DEFAULT_APPLY_EDIT_TIMEOUT_MS = 60_000;

/** What the client can do with a WorkspaceEdit (from its initialize capabilities). */
export interface EditCapabilities {
  applyEdit: boolean;
  documentChanges: boolean;
  createFile: boolean;
}

export interface ApplyResult {
  applied: boolean;
  /** The store that was (or would have been) changed. */
  storeUri: string;
  failureReason?: string;
}

interface StoreTarget {
  storePath: string;
  storeUri: string;
  key: string;
  /** The store exists but cannot be read: why. Nothing may be written to it (or to another store instead). */
  unreadable?: string;
}

export class AnnotationEditing {
  capabilities: EditCapabilities = { applyEdit: false, documentChanges: false, createFile: false };
  /**
   * How long the editor may take to answer workspace/applyEdit (initializationOptions.applyEditTimeoutMs).
   * VS Code answers at once; an editor that never answers would otherwise hold up every later command, as
   * they run one at a time.
   */
  applyEditTimeoutMs = DEFAULT_APPLY_EDIT_TIMEOUT_MS;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly corpus: Corpus,
    private readonly normaliseUri: (uri: string) => string,
  ) {}

  /** The nearest existing store of the letter, else where a new one goes (beside the letter). */
  storeOf(letterUri: string): StoreTarget | null {
    const letterPath = uriToPath(letterUri);
    if (!letterPath) return null;
    for (const storePath of candidateStorePaths(letterPath)) {
      // A store that is there but cannot be read is the letter's store all the same: passing it over would
      // write the letter's annotations into a store further up, or a new store over the user's notes.
      const read = this.readStore(storePath);
      if (!('missing' in read)) return this.target(storePath, letterKey(storePath, letterPath), 'error' in read ? read.error : undefined);
    }
    const fresh = storeLocation(letterPath);
    return this.target(fresh.storePath, fresh.key);
  }

  private target(storePath: string, key: string, unreadable?: string): StoreTarget {
    return { storePath, storeUri: fileUri(storePath), key, ...(unreadable ? { unreadable } : {}) };
  }

  /**
   * The store's current text, read now (not from the analysis cache, which may not have heard of a change
   * yet): the open editor's (unsaved edits, undo), else the file's; null when neither exists. Edits are
   * computed against exactly the text the editor will apply them to.
   */
  storeText(storePath: string): string | null {
    const read = this.readStore(storePath);
    return 'text' in read ? read.text : null;
  }

  /** As storeText, telling a store that is not there from one that cannot be read. */
  private readStore(storePath: string): { text: string } | { missing: true } | { error: string } {
    const open = this.documents.get(fileUri(storePath));
    if (open) return { text: open.getText() };
    return readStoreFileChecked(storePath);
  }

  /** The letter's current text: the open editor's, else the file's. */
  letterText(letterUri: string): string | null {
    const open = this.documents.get(letterUri);
    if (open) return open.getText();
    const path = uriToPath(letterUri);
    if (!path) return null;
    try {
      const decoded = decodeLetter(readFileBytes(path));
      return decoded.text ?? null;
    } catch {
      return null;
    }
  }

  /** The last applyAnnotation command, done or not. */
  private applying: Promise<unknown> = Promise.resolve();

  /**
   * workspace/executeCommand kamerstukken.applyAnnotation [letterUri, change]. One at a time: a command planned
   * while the editor still applies the one before would be planned on the store's old text, and its edit,
   * applied to the new one, lands in the wrong place (a closed store's edits carry no version to refuse them).
   */
  apply(args: unknown[] | undefined): Promise<ApplyResult> {
    const run = this.applying.then(() => this.applyNow(args));
    this.applying = run.catch(() => undefined);
    return run;
  }

  private async applyNow(args: unknown[] | undefined): Promise<ApplyResult> {
    const [rawUri, rawChange] = Array.isArray(args) ? args : [];
    if (typeof rawUri !== 'string' || rawUri === '') throw new InvalidParams('arguments[0] must be the letter URI');
    const uri = this.normaliseUri(rawUri);
    const rec = this.corpus.record(uri);
    if (!rec) throw new InvalidParams(`${rawUri} is not a letter of the workspace`);
    const store = this.storeOf(uri);
    if (!store) throw new InvalidParams(`${rawUri} is not a file: save the letter before annotating it`);
    const text = this.letterText(uri);
    if (text === null) throw new InvalidParams(`${rawUri} cannot be read`);
    const parsed = parseAnnotationRequest(rawChange, text.length, range => rangeToSpan(LineIndex.of(text), range));
    if ('error' in parsed) throw new InvalidParams(parsed.error);
    const read = store.unreadable ? { error: store.unreadable } : this.readStore(store.storePath);
    if ('error' in read) return this.fail(store, unreadableMessage(store.storePath, read.error));
    const old = 'text' in read ? read.text : null;
    const plan = planAnnotationEdit(old, parsed.request, store.key, text);
    if (plan.error) return this.fail(store, plan.error);
    if (plan.newText === (old ?? '')) return { applied: true, storeUri: store.storeUri };
    if (!this.capabilities.applyEdit) return this.fail(store, 'The editor cannot apply workspace edits (workspace.applyEdit).');
    if (old === null && !this.capabilities.createFile) return this.fail(store, `The editor cannot create files through workspace edits; create ${store.storePath} first.`);

    const lines = LineIndex.of(old ?? '');
    const edits: TextEdit[] = plan.edits.map(e => ({
      range: { start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) },
      newText: e.content,
    }));
    const edit = this.workspaceEdit(store.storeUri, old === null, edits);
    // Sent once, never again: past the time limit the request is cancelled ($/cancelRequest, so an editor
    // that honours it does not apply the edit late) and the command answers that it was not applied.
    const cancel = new CancellationTokenSource();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), this.applyEditTimeoutMs); });
    try {
      const request = this.connection.sendRequest(ApplyWorkspaceEditRequest.type, { label: labelOf(parsed.request.kind), edit }, cancel.token);
      const result: ApplyWorkspaceEditResult | 'timeout' = await Promise.race([request, timedOut]);
      if (result === 'timeout') {
        cancel.cancel();
        const seconds = Math.round(this.applyEditTimeoutMs / 100) / 10;
        return this.fail(store, `The editor did not answer within ${seconds} s, so the change was withdrawn. If it shows in ${store.storePath} after all, do not repeat it.`);
      }
      if (!result.applied) return this.fail(store, result.failureReason ?? 'The editor did not apply the change.');
    } catch (err) {
      return this.fail(store, `The editor did not apply the change: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      clearTimeout(timer);
      cancel.dispose();
    }
    return { applied: true, storeUri: store.storeUri };
  }

  private workspaceEdit(storeUri: string, create: boolean, edits: TextEdit[]): WorkspaceEdit {
    const version = this.documents.get(storeUri)?.version ?? null;
    if (create) {
      return {
        documentChanges: [
          // No ignoreIfExists: a store that appeared since it was read (another program, a sync) makes the
          // edit fail, instead of a whole new store being inserted in front of the user's.
          { kind: 'create', uri: storeUri, options: { overwrite: false, ignoreIfExists: false } },
          { textDocument: { uri: storeUri, version: null }, edits },
        ],
      };
    }
    if (this.capabilities.documentChanges) return { documentChanges: [{ textDocument: { uri: storeUri, version }, edits }] };
    return { changes: { [storeUri]: edits } };
  }

  private fail(store: StoreTarget, reason: string): ApplyResult {
    // A message without actions is a notification (window/showMessage). showErrorMessage sent a request, which a
    // client without window/showMessageRequest answers with an error: the server logged an unhandled rejection.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Kamerstukken: ${reason}` }).catch(() => undefined);
    return { applied: false, storeUri: store.storeUri, failureReason: reason };
  }

  /** Text and orphaned annotations of a letter, for the code actions. */
  actionContext(letterUri: string): AnnotationActionContext {
    const rec = this.corpus.record(letterUri);
    const text = this.letterText(letterUri);
    if (!rec || text === null || !rec.orphans?.length) return { text, orphans: [] };
    const store = this.storeOf(letterUri);
    const entry = store ? letterEntry(this.storeText(store.storePath), store.key) : undefined;
    return { text, orphans: orphansOf(rec.analysis, text, entry) };
  }

  /** Go-to-definition on a user-defined acronym: its entry in the store. */
  definitionInStore(letterUri: string, offset: number): { uri: string; range: Range } | null {
    const rec = this.corpus.record(letterUri);
    const orgId = rec ? userOrganisationAt(rec, offset) : null;
    const store = orgId ? this.storeOf(letterUri) : null;
    const text = store ? this.storeText(store.storePath) : null;
    const at = text !== null ? locateOrganisation(text, orgId!) : null;
    if (!store || text === null || !at) return null;
    const lines = LineIndex.of(text);
    return { uri: store.storeUri, range: { start: lines.positionAt(at.start), end: lines.positionAt(at.end) } };
  }

  /** workspace/executeCommand kamerstukken.listOrganisations [letterUri?]. */
  organisations(args: unknown[] | undefined): OrganisationChoice[] {
    const rawUri = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : null;
    const store = rawUri ? this.storeOf(this.normaliseUri(rawUri)) : null;
    const snapshot = store ? threadStores.snapshot(store.storePath) : null;
    return organisationChoices(snapshot?.store.organisations ?? []);
  }

  /** An open store document's text replaces the file's until it is closed. */
  storeOpened(storeUri: string, text: string): void {
    const path = uriToPath(storeUri);
    if (!path) return;
    openStoreTexts.set(storePathKey(path), text);
    threadStores.invalidate(path); // re-analysis waits for typing to pause, reads see the new text at once
  }

  storeClosed(storeUri: string): void {
    const path = uriToPath(storeUri);
    if (!path) return;
    openStoreTexts.delete(storePathKey(path));
    threadStores.invalidate(path);
  }
}

function rangeToSpan(lines: LineIndex, range: unknown): Span | null {
  const r = range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  const ok = (p: { line?: unknown; character?: unknown } | undefined): p is { line: number; character: number } =>
    !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
  if (!r || !ok(r.start) || !ok(r.end)) return null;
  return { start: lines.offsetAt(r.start), end: lines.offsetAt(r.end) };
}

function unreadableMessage(storePath: string, reason: string): string {
  return `The annotation store ${storePath} cannot be read (${reason}); nothing was written. Make it readable (or move it away) and try again.`;
}

function labelOf(kind: string): string {
  return `Kamerstukken: ${kind.replace(/-/g, ' ')}`;
}
