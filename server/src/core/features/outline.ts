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

/** A symbol found, with how well it matched; `order` keeps equals in the index's stable order (URI, org id). */
interface Ranked {
  name: string;
  score: number;
  order: string;
  /** The symbol, made only for those answered (an organisation's first mention is looked for across letters). */
  make: () => WorkspaceSymbolResult | null;
}

/**
 * Letters by id, file name and title; organisations by id and name. Ranked by how well they match (exact, prefix,
 * word start, substring, then the query's characters in order: `matchScore`), a match of the name before one of the
 * detail; equals by name (shorter first), then URI or org id: the same query finds the same symbols at every start.
 * At most MAX_WORKSPACE_SYMBOLS, the best.
 */
export function workspaceSymbols(corpus: Corpus, query: string, isCancelled: () => boolean = () => false): WorkspaceSymbolResult[] {
  const q = folded((query ?? '').trim());
  const score = queryScorer(q);
  const ranked: Ranked[] = [];
  let n = 0;
  for (const uri of corpus.sortedUris()) {
    if ((++n & 255) === 0 && isCancelled()) return best(ranked, q);
    const rec = corpus.record(uri);
    if (!rec) continue;
    const id = rec.analysis.identity;
    const base = baseName(uri);
    const canonical = canonicalOfLetter(id, rec.ids);
    // The name is the first id, else the file name: both among the names scored.
    const s = Math.max(score(rec.ids, base), score.detail(canonical, id.title, id.date));
    if (s === 0) continue;
    const name = rec.ids[0] ?? base;
    // The detail is written only for the symbols answered.
    const make = () => ({ name, detail: [canonical, id.title, id.date].filter(Boolean).join(' · ') || base, kind: 'letter' as const, uri, span: letterAnchor(rec) });
    ranked.push({ name, score: s, order: `0${uri}`, make });
    // An empty query lists the letters by URI: those past the bound are never answered.
    if (!q && ranked.length >= MAX_WORKSPACE_SYMBOLS) return best(ranked, q);
  }
  n = 0;
  for (const orgId of corpus.organisationIds()) {
    if ((++n & 255) === 0 && isCancelled()) return best(ranked, q);
    const info = organisationInfo(orgId);
    // The definition in the first letter by URI (definitionsOf's order), whatever order the index took them in.
    const def = corpus.definitionsOf(orgId, undefined, 1)[0];
    const name = orgId.startsWith('TEXT:') ? orgId.slice(5) : orgId;
    const detail = info?.name ?? def?.item.long ?? '';
    const s = Math.max(score(NO_NAMES, name), score.detail(detail));
    if (s === 0) continue;
    ranked.push({
      name,
      score: s,
      order: `1${orgId}`,
      make: () => {
        const place = def ? { uri: def.uri, span: def.item.shortSpan } : firstMention(corpus, orgId);
        return place ? { name, detail, kind: 'organisation', ...place } : null;
      },
    });
  }
  return best(ranked, q);
}

/** The best MAX_WORKSPACE_SYMBOLS; for an empty query (all equal) the letters by URI, then organisations by id. */
function best(ranked: Ranked[], q: string): WorkspaceSymbolResult[] {
  const byRank = (a: Ranked, b: Ranked) => b.score - a.score || a.name.length - b.name.length || compare(a.name, b.name) || compare(a.order, b.order);
  const out: WorkspaceSymbolResult[] = [];
  for (const r of ranked.sort(q ? byRank : (a, b) => compare(a.order, b.order))) {
    const symbol = r.make();
    if (symbol) out.push(symbol);
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How well a query matches text, both folded: 5 equal, 4 prefix, 3 at a word start, 2 inside, 1 its characters in order, 0 not. */
export function matchScore(query: string, text: string, fuzzy: boolean): number {
  if (!query) return 1;
  if (text === query) return 5;
  const at = text.indexOf(query);
  if (at === 0) return 4;
  if (at > 0) {
    for (let i = at; i > 0; i = text.indexOf(query, i + 1)) if (!isWordChar(text.charCodeAt(i - 1))) return 3;
    return 2;
  }
  return fuzzy && inOrder(query, text) ? 1 : 0;
}

/**
 * A symbol's score: the best of its names' (times two, plus one: a name's match beats the detail's of the same kind)
 * and, by `.detail`, its details' (times two). Only names match fuzzily: a title of a hundred characters holds most
 * short queries' characters in order. Each text is folded once (a query scores every letter of the workspace).
 */
function queryScorer(q: string): ((names: readonly string[], name: string) => number) & { detail: (...details: Array<string | null | undefined>) => number } {
  const compact = q.replace(/\s+/g, '');
  const ofName = (t: string) => {
    const f = folded(t);
    const s = compact === q ? matchScore(q, f, true) : Math.max(matchScore(q, f, false), matchScore(compact, f, true));
    return s > 0 ? 2 * s + 1 : 0;
  };
  const names = (list: readonly string[], name: string) => {
    let best = ofName(name);
    for (const t of list) if (t) best = Math.max(best, ofName(t));
    return best;
  };
  const detail = (...details: Array<string | null | undefined>) => {
    let best = 0;
    for (const t of details) if (t) best = Math.max(best, 2 * matchScore(q, folded(t), false));
    return best;
  };
  return Object.assign(names, { detail });
}

const NO_NAMES: readonly string[] = [];

/** Whether the query's characters (white space left out) occur in the text in order. */
function inOrder(query: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < query.length; i++) {
    at = text.indexOf(query[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c > 127;
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
