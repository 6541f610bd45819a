// Outline (document symbols), workspace symbols and folding ranges.
import type { Corpus } from '../workspace/corpus';
import { canonicalOfLetter } from '../workspace/keys';
import type { Span } from '../types';
import { baseName } from './describe';
import { organisationInfo } from './gazetteer';
import { letterAnchor } from './navigation';

export type OutlineKind = 'heading' | 'footnotes' | 'footnote' | 'signatories' | 'signatory';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  span: Span;
  selection: Span;
  children: OutlineNode[];
}

export function documentOutline(corpus: Corpus, uri: string): OutlineNode[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const a = rec.analysis;
  const roots: OutlineNode[] = [];
  // Headings nest by level: a level-3 section sits under the level-2 heading before it.
  const stack: Array<{ level: number; node: OutlineNode }> = [];
  for (const h of a.headings) {
    const node: OutlineNode = { name: oneLine(h.text) || '(heading)', kind: 'heading', span: h, selection: h, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.node.children.push(node);
      parent.node.span = { start: parent.node.span.start, end: Math.max(parent.node.span.end, h.end) };
      for (const s of stack) s.node.span = { start: s.node.span.start, end: Math.max(s.node.span.end, h.end) };
    } else {
      roots.push(node);
    }
    stack.push({ level: h.level, node });
  }
  if (a.footnotes.length) {
    const children = a.footnotes.map<OutlineNode>(f => ({ name: `${f.number} ${truncate(oneLine(f.text), 80)}`, kind: 'footnote', span: f.body, selection: f.body, children: [] }));
    roots.push({ name: 'Footnotes', kind: 'footnotes', span: cover(a.footnotes.map(f => f.body)), selection: a.footnotes[0].body, children });
  }
  const signatories = a.identity.signatories;
  if (signatories.length) {
    const children = signatories.map<OutlineNode>(s => ({ name: s.name || s.role, detail: s.role, kind: 'signatory', span: s, selection: s, children: [] }));
    roots.push({ name: 'Signatories', kind: 'signatories', span: cover(signatories), selection: signatories[0], children });
  }
  return roots.sort((x, y) => x.span.start - y.span.start);
}

export interface WorkspaceSymbolResult {
  name: string;
  detail: string;
  kind: 'letter' | 'organisation';
  uri: string;
  span: Span;
}

const MAX_WORKSPACE_SYMBOLS = 500;

/** Letters by id and title, organisations by id and name; a case-insensitive substring query. */
export function workspaceSymbols(corpus: Corpus, query: string, isCancelled: () => boolean = () => false): WorkspaceSymbolResult[] {
  const q = folded((query ?? '').trim());
  const out: WorkspaceSymbolResult[] = [];
  const matches = (...texts: Array<string | null | undefined>) => !q || texts.some(t => t && folded(t).includes(q));
  let n = 0;
  // By URI: at most MAX_WORKSPACE_SYMBOLS are answered, and the same query must find the same letters at every start.
  for (const uri of corpus.sortedUris()) {
    if ((++n & 255) === 0 && isCancelled()) return out;
    const rec = corpus.record(uri);
    if (!rec) continue;
    const id = rec.analysis.identity;
    const name = rec.ids[0] ?? baseName(uri);
    const detail = [canonicalOfLetter(id, rec.ids), id.title, id.date].filter(Boolean).join(' · ') || baseName(uri);
    if (matches(name, detail, ...rec.ids, baseName(uri))) out.push({ name, detail, kind: 'letter', uri, span: letterAnchor(rec) });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
  }
  // The organisations that match, then (when more match than are answered) the first by id: the index holds them
  // in the analysis threads' order, and the same query must find the same ones at every start.
  const found: Array<{ orgId: string; name: string; detail: string; def: ReturnType<Corpus['definitionsOf']>[number] | undefined }> = [];
  n = 0;
  for (const orgId of corpus.organisationIds()) {
    if ((++n & 255) === 0 && isCancelled()) return out;
    const info = organisationInfo(orgId);
    // The definition in the first letter by URI (definitionsOf's order), whatever order the index took them in.
    const def = corpus.definitionsOf(orgId, undefined, 1)[0];
    const name = orgId.startsWith('TEXT:') ? orgId.slice(5) : orgId;
    const detail = info?.name ?? def?.item.long ?? '';
    if (matches(name, detail)) found.push({ orgId, name, detail, def });
  }
  if (found.length > MAX_WORKSPACE_SYMBOLS - out.length) found.sort((a, b) => (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0));
  for (const { orgId, name, detail, def } of found) {
    const place = def ? { uri: def.uri, span: def.item.shortSpan } : firstMention(corpus, orgId);
    if (place) out.push({ name, detail, kind: 'organisation', ...place });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
  }
  return out;
}

/** Lower case without diacritics ("Coördinator" → "coordinator"): letters and users write names both ways. */
function folded(text: string): string {
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * The organisation's place: the letters in the order of their URIs, not in the order the index took them in
 * (the analysis threads' order), so that the same workspace gives the same place at every start.
 */
function firstMention(corpus: Corpus, orgId: string): { uri: string; span: Span } | null {
  let first: { uri: string; span: Span } | null = null;
  for (const uri of corpus.lettersMentioning(orgId)) {
    if (first && uri >= first.uri) continue;
    const m = corpus.firstMentionIn(uri, orgId);
    if (m) first = { uri, span: m };
  }
  return first;
}

export interface FoldRange {
  startLine: number;
  endLine: number;
}

/** Footnote blocks: consecutive footnote bodies at a page bottom fold as one. */
export function foldingRanges(corpus: Corpus, uri: string): FoldRange[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const out: FoldRange[] = [];
  let current: FoldRange | null = null;
  const bodies = [...rec.analysis.footnotes].sort((a, b) => a.body.start - b.body.start);
  for (const f of bodies) {
    const startLine = rec.lines.lineOf(f.body.start);
    const endLine = rec.lines.lineOf(Math.max(f.body.start, f.body.end - 1));
    if (current && startLine <= current.endLine + 2) {
      current.endLine = Math.max(current.endLine, endLine);
    } else {
      if (current && current.endLine > current.startLine) out.push(current);
      current = { startLine, endLine };
    }
  }
  if (current && current.endLine > current.startLine) out.push(current);
  return out;
}

function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function oneLine(s: string): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
