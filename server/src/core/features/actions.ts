// Code actions: open a reference on officielebekendmakingen.nl, copy its canonical citation, and ignore
// an unresolved reference (this one, or the whole dossier). The commands are implemented by the client.
// Actions that write the user's annotation store come from annotateActions.ts.
import type { Corpus } from '../workspace/corpus';
import { canonicalCitation, citationId, dossierPattern, isCitation, isSelfCitation, urlOf, type CitationEntity } from '../workspace/keys';
import { dossierUrl, formatDossier } from '../ids';
import type { Span } from '../types';
import type { UnresolvedData } from './diagnostics';
import { annotationActions, type AnnotationActionContext } from './annotateActions';
import { diagnosticsAskedAbout, focusedOf, severalSelected, writtenInRange } from './focus';
import { citationToCopy, fullCitation } from './fullCitation';
import { correctedReference, readsAsReference, stillWritten } from './corrections';

export const COMMAND_OPEN_EXTERNAL = 'kamerstukken.openExternal';
export const COMMAND_COPY_CITATION = 'kamerstukken.copyCitation';
export const COMMAND_IGNORE_REFERENCE = 'kamerstukken.ignoreReference';

export interface ActionDiagnostic extends Span {
  code?: string | number;
  message?: string;
  data?: unknown;
}

export interface PlainAction {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source';
  /** A command to run; or, for an action that changes the letter, its `edit`. */
  command?: string;
  arguments?: unknown[];
  /** A change of the letter's text (a correction the user chooses). */
  edit?: TextChange;
  /** The diagnostic the action fixes, if any. */
  diagnostic?: ActionDiagnostic;
  /** The diagnostics a grouped action fixes ("Ignore the 3 unresolved references in the selection"). */
  diagnostics?: readonly ActionDiagnostic[];
  isPreferred?: boolean;
}

export function codeActions(
  corpus: Corpus,
  uri: string,
  range: Span,
  diagnostics: readonly ActionDiagnostic[],
  annotations: AnnotationActionContext = { text: null, orphans: [] },
): PlainAction[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const out: PlainAction[] = [];
  const seen = new Set<string>();
  const push = (a: PlainAction) => {
    const key = `${a.command}|${JSON.stringify(a.arguments)}|${JSON.stringify(a.edit)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  // A whole letter selected passes every diagnostic in it: the quick fixes of one are for the one asked about.
  const focused = new Set(diagnosticsAskedAbout(diagnostics, range));
  const asked = diagnostics.filter(d => focused.has(d) || LETTER_LEVEL_CODES.has(String(d.code)));

  for (const d of asked) if (d.code === 'reference.malformed') correction(d, annotations.text, push);
  for (const d of asked) {
    if (d.code !== 'reference.unresolved') continue;
    const data = unresolvedData(d.data);
    if (!data) continue;
    push({ title: `Open ${data.id} on officielebekendmakingen.nl`, kind: 'quickfix', command: COMMAND_OPEN_EXTERNAL, arguments: [data.url], diagnostic: d, isPreferred: true });
    ignoreActions(d, data, push);
  }

  const citations = writtenInRange(rec.analysis.entities, range, isCitation);
  for (const e of focusedOf(citations, range)) citationActions(corpus, uri, e, push);
  if (severalSelected(citations, range)) copySelected(corpus, uri, citations, push);
  if (range.end > range.start) ignoreSelected(diagnostics, range, push);
  for (const a of annotationActions(rec, uri, range, asked, annotations)) push(a);
  return out;
}

export interface TextChange extends Span {
  newText: string;
}

/**
 * "Correct to “29 754”": the one evident form of a malformed reference, as an edit of what the diagnostic marks, while
 * the letter still reads there what the diagnostic was given for (`text`, the editor's text).
 */
function correction(d: ActionDiagnostic, text: string | null, push: (a: PlainAction) => void): void {
  const written = (d.data as { text?: unknown } | null | undefined)?.text;
  if (typeof written !== 'string' || text === null || !stillWritten(text, d, written)) return;
  const corrected = correctedReference(written, text.slice(d.end, d.end + 16));
  if (corrected === null || corrected === written || !readsAsReference(text, d, corrected)) return;
  push({ title: `Correct to “${corrected}”`, kind: 'quickfix', edit: { start: d.start, end: d.end, newText: corrected }, diagnostic: d, isPreferred: true });
}

/** Diagnostics of the letter as a whole: their quick fixes are offered wherever the request starts. */
const LETTER_LEVEL_CODES = new Set(['letter.no-identity', 'annotation.orphaned']);

/** Open, copy, and (when no letter of the workspace is it) ignore one citation. */
function citationActions(corpus: Corpus, uri: string, e: CitationEntity, push: (a: PlainAction) => void): void {
  const id = citationId(e);
  const short = canonicalCitation(e);
  const full = fullCitation(corpus, uri, e);
  if (id) push({ title: `Open ${id} on officielebekendmakingen.nl`, kind: 'refactor', command: COMMAND_OPEN_EXTERNAL, arguments: [urlOf(id)] });
  else if (e.kind === 'kamerstuk' && e.value.number === null) {
    // A whole dossier ("Kamerstuk 34 359"): its page, as its link (decorations.ts) opens it.
    const page = dossierUrl(e.value.dossier, e.value.suffix);
    if (page) push({ title: `Open dossier ${formatDossier(e.value.dossier)} on officielebekendmakingen.nl`, kind: 'refactor', command: COMMAND_OPEN_EXTERNAL, arguments: [page] });
  }
  // The full form where chamber and session are known ("Kamerstukken II 2014/15, 29 754, nr. 325"), and the short one
  // that ministries' letters write.
  push({ title: `Copy citation “${full ?? short}”`, kind: 'refactor', command: COMMAND_COPY_CITATION, arguments: [full ?? short] });
  if (full) push({ title: `Copy short citation “${short}”`, kind: 'refactor', command: COMMAND_COPY_CITATION, arguments: [short] });
  if (id && !isSelfCitation(e) && !corpus.resolve(e, uri)) {
    push({ title: `Ignore unresolved reference ${id}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [id] });
    const pattern = dossierPattern(e);
    if (pattern) push({ title: `Ignore all unresolved references ${pattern}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [pattern] });
  }
}

/** A selection holding several citations: copy them all, one a line, each once, in reading order. */
function copySelected(corpus: Corpus, uri: string, citations: readonly CitationEntity[], push: (a: PlainAction) => void): void {
  const written = [...new Set(citations.filter(e => !isSelfCitation(e)).map(e => citationToCopy(corpus, uri, e)))];
  if (written.length > 1) push({ title: `Copy the ${written.length} citations in the selection`, kind: 'refactor', command: COMMAND_COPY_CITATION, arguments: [written.join('\n')] });
}

/**
 * A selection's unresolved references, those its diagnostics name (the settings do not ignore them already): several
 * are ignored in one action; exactly one gets its own actions, as at a cursor on it, however the selection started
 * (a selection dragged from before a resolved citation to after it, over a paragraph, or holding other diagnostics).
 */
function ignoreSelected(diagnostics: readonly ActionDiagnostic[], range: Span, push: (a: PlainAction) => void): void {
  const unresolved = diagnostics.filter(d => d.code === 'reference.unresolved' && d.start < range.end && d.end > range.start);
  const named = unresolved.flatMap(d => {
    const data = unresolvedData(d.data);
    return data ? [{ d, data }] : [];
  });
  const ids = [...new Set(named.map(n => n.data.id))];
  if (ids.length === 1) ignoreActions(named[0].d, named[0].data, push);
  if (ids.length > 1) push({ title: `Ignore the ${ids.length} unresolved references in the selection`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [ids], diagnostics: unresolved });
}

/** Ignore one unresolved reference, or its whole dossier. */
function ignoreActions(d: ActionDiagnostic, data: UnresolvedData, push: (a: PlainAction) => void): void {
  push({ title: `Ignore unresolved reference ${data.id}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [data.id], diagnostic: d });
  if (data.dossierPattern) push({ title: `Ignore all unresolved references ${data.dossierPattern}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [data.dossierPattern], diagnostic: d });
}

function unresolvedData(x: unknown): UnresolvedData | null {
  if (!x || typeof x !== 'object') return null;
  const d = x as Record<string, unknown>;
  if (typeof d.id !== 'string' || typeof d.url !== 'string') return null;
  return { id: d.id, url: d.url, citation: typeof d.citation === 'string' ? d.citation : d.id, dossierPattern: typeof d.dossierPattern === 'string' ? d.dossierPattern : null };
}
