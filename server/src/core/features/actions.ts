// Code actions: open a reference on officielebekendmakingen.nl, copy its canonical citation, and ignore
// an unresolved reference (this one, or the whole dossier). The commands are implemented by the client.
// Actions that write the user's annotation store come from annotateActions.ts.
import type { Corpus } from '../workspace/corpus';
import { canonicalCitation, citationId, dossierPattern, isCitation, isSelfCitation, urlOf } from '../workspace/keys';
import { dossierUrl, formatDossier } from '../ids';
import type { Span } from '../types';
import type { UnresolvedData } from './diagnostics';
import { annotationActions, type AnnotationActionContext } from './annotateActions';
import { writtenWithin } from '../entitySpans';

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
  command: string;
  arguments: unknown[];
  /** The diagnostic the action fixes, if any. */
  diagnostic?: ActionDiagnostic;
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
    const key = `${a.command}|${JSON.stringify(a.arguments)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };

  for (const d of diagnostics) {
    if (d.code !== 'reference.unresolved') continue;
    const data = unresolvedData(d.data);
    if (!data) continue;
    push({ title: `Open ${data.id} on officielebekendmakingen.nl`, kind: 'quickfix', command: COMMAND_OPEN_EXTERNAL, arguments: [data.url], diagnostic: d, isPreferred: true });
    push({ title: `Ignore unresolved reference ${data.id}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [data.id], diagnostic: d });
    if (data.dossierPattern) push({ title: `Ignore all unresolved references ${data.dossierPattern}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [data.dossierPattern], diagnostic: d });
  }

  for (const e of rec.analysis.entities) {
    if (e.start > range.end) break;
    if (!isCitation(e) || !writtenWithin(e, range)) continue;
    const id = citationId(e);
    const citation = canonicalCitation(e);
    if (id) push({ title: `Open ${id} on officielebekendmakingen.nl`, kind: 'refactor', command: COMMAND_OPEN_EXTERNAL, arguments: [urlOf(id)] });
    else if (e.kind === 'kamerstuk' && e.value.number === null) {
      // A whole dossier ("Kamerstuk 34 359"): its page, as its link (decorations.ts) opens it.
      const page = dossierUrl(e.value.dossier, e.value.suffix);
      if (page) push({ title: `Open dossier ${formatDossier(e.value.dossier)} on officielebekendmakingen.nl`, kind: 'refactor', command: COMMAND_OPEN_EXTERNAL, arguments: [page] });
    }
    push({ title: `Copy citation “${citation}”`, kind: 'refactor', command: COMMAND_COPY_CITATION, arguments: [citation] });
    if (id && !isSelfCitation(e) && !corpus.resolve(e, uri)) {
      push({ title: `Ignore unresolved reference ${id}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [id] });
      const pattern = dossierPattern(e);
      if (pattern) push({ title: `Ignore all unresolved references ${pattern}`, kind: 'quickfix', command: COMMAND_IGNORE_REFERENCE, arguments: [pattern] });
    }
  }
  for (const a of annotationActions(rec, uri, range, diagnostics, annotations)) push(a);
  return out;
}

function unresolvedData(x: unknown): UnresolvedData | null {
  if (!x || typeof x !== 'object') return null;
  const d = x as Record<string, unknown>;
  if (typeof d.id !== 'string' || typeof d.url !== 'string') return null;
  return { id: d.id, url: d.url, citation: typeof d.citation === 'string' ? d.citation : d.id, dossierPattern: typeof d.dossierPattern === 'string' ? d.dossierPattern : null };
}
