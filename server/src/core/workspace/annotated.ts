// User annotations in the index: a letter is analysed, then the nearest annotation store
// (`.kamerstukken/annotations.json` in its folder or above) is applied (core/annotations). Stores are read
// once and cached until their file changes. Orphaned annotations and notes travel with the record.
import { readFileSync } from 'node:fs';
import { analyseLetter, type AnalysisScope } from '../analyse';
import { applyAnnotations, candidateStorePaths, letterKey, parseStore, type AnnotationStore } from '../annotations';
import type { LetterAnalysis, Span } from '../types';
import { uriToPath } from './uris';

export interface StoreSnapshot {
  path: string;
  text: string;
  store: AnnotationStore;
  errors: Array<{ start: number; end: number; message: string }>;
}

export interface LetterNote extends Span {
  text: string;
  tag: string | null;
}

export interface AnnotatedAnalysis {
  analysis: LetterAnalysis;
  notes: LetterNote[];
  /** Annotations that no longer apply to the text: `annotation.orphaned`. */
  orphans: OrphanNotice[];
  /** Organisations the user defined in the store (name, kind, description per acronym). */
  userOrganisations: UserOrganisationInfo[];
}

/** An annotation of the letter that no longer applies: its id (what the quick fixes act on) and why. */
export interface OrphanNotice {
  id: string;
  message: string;
  /** Its text is gone (it can be re-anchored to a selection); else its body cannot apply (remove or correct it). */
  reanchorable: boolean;
}

export interface UserOrganisationInfo {
  id: string;
  short: string;
  name: string;
  kind: string | null;
  description: string | null;
}

export const STORE_SUFFIX = '/.kamerstukken/annotations.json';

/**
 * A store file's text as an editor shows it: without a leading byte order mark (Notepad, PowerShell 5 write
 * one), since offsets into it are offsets into the editor's text and JSON has no place for the mark (a syntax
 * error at the first character). It tells a store that is not there (`missing`) from one that is there and
 * cannot be read (permissions, a folder of that name, an I/O error: `error`). Whoever writes a store must know
 * the difference: a store that cannot be read is not an empty one, and a new store written in its place loses
 * the user's notes.
 */
export function readStoreFileChecked(path: string): { text: string } | { missing: true } | { error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { error: code ? `${code}: ${(err as Error).message}` : String((err as Error)?.message ?? err) };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A store's text; null when there is none; `{ error }` when it is there and cannot be read. */
export type StoreRead = string | null | { error: string };

/** readStoreFileChecked as a StoreRead. */
export function readStoreForIndex(path: string): StoreRead {
  const read = readStoreFileChecked(path);
  return 'text' in read ? read.text : 'error' in read ? { error: read.error } : null;
}

export class AnnotationStores {
  private readonly cache = new Map<string, StoreSnapshot | null>();

  constructor(private readonly read: (path: string) => StoreRead = readStoreForIndex) {}

  /** Folder of a letter → the store that applies to its letters (null: none): one look-up per folder, not per letter. */
  private readonly storeOfFolder = new Map<string, string | null>();

  /** The store file changed (or appeared, or went): read it again next time. */
  invalidate(storePath: string): void {
    this.cache.delete(storePath);
    this.storeOfFolder.clear();
  }

  snapshot(storePath: string): StoreSnapshot | null {
    if (this.cache.has(storePath)) return this.cache.get(storePath) ?? null;
    let snapshot: StoreSnapshot | null = null;
    const text = this.read(storePath);
    if (text !== null && typeof text === 'object') {
      // There, but not readable: the letters beside it are not annotated (a store further up, whose keys may
      // name them too, is not theirs), and the store says why on its own diagnostics.
      snapshot = {
        path: storePath, text: '', store: { version: 1, letters: {}, organisations: [] },
        errors: [{ start: 0, end: 0, message: `The annotation store cannot be read (${text.error}); its annotations do not apply until it can.` }],
      };
    } else if (text !== null) {
      try {
        const parsed = parseStore(text);
        snapshot = { path: storePath, text, store: parsed.store, errors: parsed.errors };
      } catch {
        snapshot = { path: storePath, text, store: { version: 1, letters: {}, organisations: [] }, errors: [{ start: 0, end: 0, message: 'The annotation store could not be read.' }] };
      }
    }
    this.cache.set(storePath, snapshot);
    return snapshot;
  }

  forLetter(letterPath: string): { snapshot: StoreSnapshot; key: string } | null {
    const folder = letterPath.slice(0, Math.max(letterPath.lastIndexOf('/'), letterPath.lastIndexOf('\\')) + 1);
    let storePath = this.storeOfFolder.get(folder);
    if (storePath === undefined) {
      storePath = candidateStorePaths(letterPath).find(candidate => this.snapshot(candidate) !== null) ?? null;
      this.storeOfFolder.set(folder, storePath);
    }
    const snapshot = storePath === null ? null : this.snapshot(storePath);
    return snapshot && storePath !== null ? { snapshot, key: letterKey(storePath, letterPath) } : null;
  }

  /** analyseLetter, then the letter's annotations; a letter outside any store is just analysed. */
  analyse(text: string, letterPath: string | null, scope: AnalysisScope = 'all'): AnnotatedAnalysis {
    const analysis = analyseLetter(text, { path: letterPath, scope });
    const found = letterPath ? this.forLetter(letterPath) : null;
    if (!found) return { analysis, notes: [], orphans: [], userOrganisations: [] };
    const applied = applyAnnotations(analysis, text, found.snapshot.store.letters[found.key], found.snapshot.store.organisations);
    return {
      analysis: applied.analysis,
      notes: applied.notes.map(n => ({ start: n.start, end: n.end, text: n.text, tag: n.tag })),
      orphans: applied.orphans.map(o => ({ id: o.annotation.id, message: o.message, reanchorable: o.reanchorable })),
      userOrganisations: applied.acronyms.map(a => ({ id: a.orgId, short: a.short, name: a.long, kind: a.kind, description: a.description })),
    };
  }
}

/** An analyser for Corpus: letters are keyed by URI, stores are found by file path. */
export function annotatedAnalyser(stores: AnnotationStores, scope: AnalysisScope = 'all'): (text: string, uri: string) => AnnotatedAnalysis {
  return (text, uri) => stores.analyse(text, letterPathOf(uri), scope);
}

/** The file path of a letter's URI; a plain path (no scheme) is one already. */
function letterPathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return uri.includes(':') ? null : uri;
  return uriToPath(uri);
}
