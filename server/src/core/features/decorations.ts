// Semantic tokens, document links, code lens and inlay hints.
import type { Corpus } from '../workspace/corpus';
import { citationId, isCitation, isSelfCitation, urlOf, type CitationEntity } from '../workspace/keys';
import { dossierUrl, formatDossier } from '../ids';
import { piecesOf } from '../entitySpans';
import type { AnyEntity, Span } from '../types';
import { isBlankLetter, plural } from './describe';
import { letterAnchor, pageSpan } from './navigation';

/**
 * Semantic token legend. Types: one per entity kind plus footnote markers. Modifiers: `declaration` for
 * the letter's own identity (footer/header self-citations), `unresolved` for a citation of a letter that
 * is not in the workspace, `defaultLibrary` for organisations known to the gazetteer.
 */
export const TOKEN_TYPES = ['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date', 'footnoteMarker'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'unresolved', 'defaultLibrary'] as const;

export interface Token {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Tokens in document order; an entity that spans lines becomes one token per line. */
export function semanticTokens(corpus: Corpus, uri: string, range?: Span): Token[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  // `written`: the entity's text, from its start, to leave out the white space around a line break inside it.
  const parts: Array<{ span: Span; type: number; modifiers: number; written?: { text: string; start: number } }> = [];
  for (const e of rec.analysis.entities) {
    if (range && (e.end < range.start || e.start > range.end)) continue;
    const type = TOKEN_TYPES.indexOf(e.kind);
    const modifiers = modifiersOf(corpus, uri, e);
    const written = typeof e.text === 'string' && e.text.length === e.end - e.start ? { text: e.text, start: e.start } : undefined;
    // An entity broken over a page is coloured where it is written; the footnotes in its gaps have their own.
    if (e.gaps) for (const span of piecesOf(e)) parts.push({ span, type, modifiers, written });
    else parts.push({ span: e, type, modifiers, written });
  }
  const markerType = TOKEN_TYPES.indexOf('footnoteMarker');
  for (const f of rec.analysis.footnotes) if (f.marker && (!range || (f.marker.end >= range.start && f.marker.start <= range.end))) parts.push({ span: f.marker, type: markerType, modifiers: 0 });
  parts.sort((a, b) => a.span.start - b.span.start);

  const tokens: Token[] = [];
  let lastEnd = -1;
  for (const p of parts) {
    const start = Math.max(p.span.start, lastEnd); // tokens must not overlap
    if (start >= p.span.end) continue;
    let line = rec.lines.lineOf(start);
    let at = start;
    while (at < p.span.end) {
      let from = at;
      let to = Math.min(rec.lines.lineEnd(line), p.span.end);
      // "vergaderjaar \n2013–2014", "nr. \n 104": not the spaces at the break (themes underline a reference).
      if (p.written) {
        const w = p.written;
        while (from < to && isBlank(w.text.charCodeAt(from - w.start))) from++;
        while (to > from && isBlank(w.text.charCodeAt(to - 1 - w.start))) to--;
      }
      if (to > from) tokens.push({ line, character: from - rec.lines.lineStart(line), length: to - from, type: p.type, modifiers: p.modifiers });
      line++;
      if (line >= rec.lines.lineCount) break;
      at = rec.lines.lineStart(line);
    }
    lastEnd = p.span.end;
  }
  return tokens;
}

/** Space, tab, carriage return, no-break space. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;
}

function modifiersOf(corpus: Corpus, uri: string, e: AnyEntity): number {
  let m = 0;
  if (isSelfCitation(e)) m |= 1 << TOKEN_MODIFIERS.indexOf('declaration');
  else if (isCitation(e) && citationId(e) && !corpus.resolve(e, uri)) m |= 1 << TOKEN_MODIFIERS.indexOf('unresolved');
  if (e.kind === 'organisation' && !e.value.id.startsWith('TEXT:')) m |= 1 << TOKEN_MODIFIERS.indexOf('defaultLibrary');
  return m;
}

/** LSP's relative encoding of tokens. */
export function encodeTokens(tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, t.type, t.modifiers);
    line = t.line;
    char = t.character;
  }
  return data;
}

export interface LinkResult {
  span: Span;
  /** A file URI with a line fragment when the letter is in the workspace, else the public page. */
  target: string;
  tooltip: string;
}

export function documentLinks(corpus: Corpus, uri: string): LinkResult[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const out: LinkResult[] = [];
  for (const e of rec.analysis.entities) {
    if (!isCitation(e)) continue;
    const link = citationLink(corpus, uri, e);
    if (!link) continue;
    // A link per piece of a citation broken over a page: the footnotes between carry links of their own.
    if (e.gaps) for (const span of piecesOf(e)) out.push({ span, ...link });
    else out.push({ span: e, ...link });
  }
  return out;
}

/** Where a citation leads: the cited letter in the workspace, else its public page, else its dossier's; or null. */
function citationLink(corpus: Corpus, uri: string, e: CitationEntity): Omit<LinkResult, 'span'> | null {
  const id = citationId(e);
  if (!id) {
    // A whole dossier ("Kamerstuk 34 359"): its page lists every stuk in it.
    if (e.kind !== 'kamerstuk' || e.value.number !== null) return null;
    const page = dossierUrl(e.value.dossier, e.value.suffix);
    return page ? { target: page, tooltip: `Open dossier ${formatDossier(e.value.dossier)} on officielebekendmakingen.nl` } : null;
  }
  const to = isSelfCitation(e) ? undefined : corpus.resolve(e, uri);
  const toRec = to ? corpus.record(to) : undefined;
  if (to && toRec) {
    // The cited page ("nr. 251, p. 3"), as go to definition goes there; else the letter's header or footer.
    const page = e.kind === 'kamerstuk' ? pageSpan(toRec, e.value.page ?? null) : null;
    const line = toRec.lines.lineOf((page ?? letterAnchor(toRec)).start) + 1;
    return { target: `${to}#L${line}`, tooltip: `Open ${id} in the workspace` };
  }
  return { target: urlOf(id), tooltip: `Open ${id} on officielebekendmakingen.nl` };
}

export interface LensResult {
  span: Span;
  title: string;
  citedBy: number;
  cites: number;
}

/** "cited by N letters · cites M", on the identity anchor (or the first line). */
export function codeLenses(corpus: Corpus, uri: string): LensResult[] {
  const rec = corpus.record(uri);
  if (!rec || isBlankLetter(rec)) return [];
  const citedBy = corpus.citingLetters(uri).length;
  const cites = corpus.citedIds(uri).length;
  return [{ span: letterAnchor(rec), title: `cited by ${plural(citedBy, 'letter')} · cites ${cites}`, citedBy, cites }];
}

export interface InlayResult {
  offset: number;
  label: string;
  tooltip: string;
}

/** A date without its own year, or with jl./a.s., gets its resolved ISO date after it. */
const RELATIVE_DATE = /\b(?:jl|a\.\s?s|j\.l|l\.l)\.?|\b(?:vorig|volgend|komend|dit|deze)\w*\b/i;
const HAS_YEAR = /\b\d{4}\b/;

export function inlayHints(corpus: Corpus, uri: string, range?: Span): InlayResult[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const out: InlayResult[] = [];
  for (const e of rec.analysis.entities) {
    if (e.kind !== 'date' || (range && (e.end < range.start || e.start > range.end))) continue;
    const iso = e.value?.iso;
    if (typeof iso !== 'string') continue;
    if (HAS_YEAR.test(e.text) && !RELATIVE_DATE.test(e.text)) continue;
    out.push({ offset: e.end, label: `= ${iso}`, tooltip: e.explain ?? `Resolved against the letter's date ${rec.analysis.identity.date ?? '(unknown)'}` });
  }
  return out;
}
