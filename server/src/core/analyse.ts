// The recognition pipeline, in plain stages (as eyecite does it):
//   layout    – page furniture, footnotes and markers on the original text
//   normalise – one readable view with a map back to original offsets
//   identity  – what the letter says about itself (header, footer, date line, file name)
//   recognise – citations, organisations and acronyms, dates
//   settle    – one entity per place: citations win, nothing nests inside them, no overlaps within a kind;
//               except in the gaps of an entity broken over a page (the footnotes and footer between its halves)
// Cross-letter resolution (which letter a citation points to) happens in the workspace index, not here.
import { analyseLayout } from './text/layout';
import { normalize } from './text/normalize';
import { readIdentity, findHeadings } from './identity';
import { recogniseCitations } from './recognise/citations';
import { recogniseOrganisations } from './recognise/organisations';
import { recogniseDates } from './recognise/dates';
import type { RecogniseContext, RecogniserResult } from './recognise/context';
import type { AnyEntity, Footnote, LetterAnalysis, Problem, Span } from './types';
import { mergeSpans } from './entitySpans';
import { isRegexSpace } from './text/charClass';

export interface AnalyseOptions {
  /** File path or URI, used for file-name identity hints ("kst-29754-327.txt") and messages. */
  path?: string | null;
  /**
   * 'all' (the default) runs every recogniser. 'references' stops after identity and citations: what
   * other letters need of this one (resolution, backlinks), at a fraction of the cost; the server indexes a
   * workspace that way first and adds organisations, dates and headings afterwards.
   */
  scope?: AnalysisScope;
  /** Find the headings (the letter's outline); true by default. The CLI's JSON output does not show them. */
  headings?: boolean;
}

export type AnalysisScope = 'all' | 'references';

export function analyseLetter(written: string, options: AnalyseOptions = {}): LetterAnalysis {
  const original = withLoneCrAsLf(written);
  const path = options.path ?? null;
  const layout = analyseLayout(original);
  const norm = normalize(original, { segments: layout.segments, blanks: layout.blanks });
  const identity = readIdentity(original, layout, path);
  const ctx: RecogniseContext = { norm, layout, identity };

  const citations = recogniseCitations(ctx);
  const everything = options.scope !== 'references';
  const organisations: RecogniserResult = everything ? recogniseOrganisations(ctx) : nothing();
  const dates: RecogniserResult = everything ? recogniseDates(ctx) : nothing();

  // The lists joined by concat on a new empty list, not by spreads: a spread (or a method read from one of the
  // lists) compiles into checks of that list's elements kind, empty or holding objects, and the first letter
  // with the other kind threw the optimised analysis away; the builtin takes any kind.
  const entities = settleAroundGaps(original, layout.segments, ([] as AnyEntity[]).concat(layout.selfCitations, citations.entities), [organisations.entities, dates.entities]);
  // An entity's text is the file's (its CRs), as for every other letter, not the copy's with LF; so is the text a
  // malformed reference's diagnostic carries for its fix.
  if (original !== written) {
    for (const e of entities) e.text = written.slice(e.start, e.end);
    for (const p of citations.problems) if (hasMarkedText(p.data)) p.data = { ...p.data, text: written.slice(p.start, p.end) };
  }
  const problems = ([] as Problem[]).concat(citations.problems, organisations.problems, dates.problems, unmarkedFootnotes(layout.footnotes));
  return {
    path,
    identity,
    entities,
    footnotes: layout.footnotes,
    furniture: layout.furniture,
    definitions: organisations.definitions ?? [],
    // Headings serve the letter's own outline, which only an open (fully analysed) letter shows.
    headings: everything && options.headings !== false ? findHeadings(original, layout) : [],
    problems: sortInPlace.call(problems, byProblemStart) as Problem[],
    pageStarts: layout.pageStarts,
  };
}

/**
 * A lone CR (classic Mac line ends) ends a line for LSP and the line index, and "\n" for the layout and the
 * recognisers: they read the text with LF in its place. Same length, so every offset is the written text's; the
 * entities' texts are taken from the written text again (analyseLetter).
 */
function withLoneCrAsLf(text: string): string {
  return text.indexOf('\r') >= 0 && LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

/** A problem's data that carries the marked text (reference.malformed's `{ text }`). */
function hasMarkedText(data: unknown): data is { text: string } {
  return typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string';
}

const nothing = (): RecogniserResult => ({ entities: [], problems: [], definitions: [] });

/** Array.prototype.sort read once, so sorting a list reads no method from it (whose elements kind varies). */
const sortInPlace = Array.prototype.sort;
const byProblemStart = (a: Problem, b: Problem): number => a.start - b.start;

/** A problem for each footnote body that no marker points at (rare). */
function unmarkedFootnotes(footnotes: readonly Footnote[]): Problem[] {
  const problems: Problem[] = [];
  for (const fn of footnotes) {
    if (!fn.marker) problems.push({ code: 'footnote.no-marker', start: fn.body.start, end: fn.body.start + String(fn.number).length, message: `Footnote ${fn.number} has no marker in the text.`, data: { number: fn.number } });
  }
  return problems;
}

/**
 * `settle`, where an entity broken over a page leaves room: an entity whose span runs over lifted furniture
 * (`lifted`: footnote bodies, footers, headers, by start) gets that furniture as its gaps, and
 * what lies in a gap is settled on its own, as if the gap were a letter of its own. A letter without such an
 * entity (nearly every one) is settled as before.
 */
function settleAroundGaps(original: string, lifted: readonly Span[], citations: AnyEntity[], others: AnyEntity[][]): AnyEntity[] {
  const lists = [inOrder(citations), ...others.map(inOrder)];
  const gaps: Span[] = [];
  if (lifted.length > 0) for (const list of lists) markStraddlers(original, list, lifted, gaps);
  if (gaps.length === 0) return settle(lists[0], lists.slice(1));
  const disjointGaps = mergeSpans(gaps);   // overlapping ones (two entities over one page break) as one
  // One layer for the running text, one for each gap; an entity goes to the gap it lies in.
  const layers = new Map<number, AnyEntity[][]>();
  for (let li = 0; li < lists.length; li++) {
    for (const e of lists[li]) {
      const g = gapHolding(disjointGaps, e);
      let layer = layers.get(g);
      if (!layer) layers.set(g, (layer = lists.map(() => [])));
      layer[li].push(e);
    }
  }
  const settled = [...layers.values()].map(layer => settle(layer[0], layer.slice(1)));
  return settled.reduce(mergeInOrder, []);
}

/** The index of the gap (disjoint, by start) that holds the span, or -1. */
function gapHolding(gaps: readonly Span[], span: Span): number {
  let lo = 0, hi = gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gaps[mid].start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && span.end <= gaps[lo - 1].end ? lo - 1 : -1;
}

/**
 * Gives each entity of `list` (by start) whose span runs over lifted spans (starting and ending after and before
 * them) those spans as its gaps, neighbours apart by white space only joined, with the white space around
 * them, and adds them to `gaps`.
 */
function markStraddlers(original: string, list: readonly AnyEntity[], lifted: readonly Span[], gaps: Span[]): void {
  let c = 0;
  for (const e of list) {
    while (c < lifted.length && lifted[c].start <= e.start) c++;
    if (c === lifted.length) return;
    if (lifted[c].end >= e.end) continue;
    const own: Span[] = [];
    for (let k = c; k < lifted.length && lifted[k].end < e.end; k++) {
      const last = own[own.length - 1];
      if (last && original.slice(last.end, lifted[k].start).trim() === '') last.end = lifted[k].end;
      else own.push({ start: lifted[k].start, end: lifted[k].end });
    }
    // The white space around the furniture goes with it: the pieces are what the entity says ("nr." and "470").
    for (const g of own) {
      while (g.start > e.start && isRegexSpace(original.charCodeAt(g.start - 1))) g.start--;
      while (g.end < e.end && isRegexSpace(original.charCodeAt(g.end))) g.end++;
    }
    e.gaps = own;
    for (const g of own) gaps.push(g);
  }
}

/**
 * Citations first; other entities only where they touch no citation; within a kind, the earlier (and, at
 * the same start, the longer) wins. One sweep over entities sorted by start. The recognisers return their
 * entities nearly always in order already: sorted lists are merged, and only a list out of order is sorted
 * (a stable sort, so the result is the same either way).
 */
function settle(citations: AnyEntity[], others: AnyEntity[][]): AnyEntity[] {
  const cites: AnyEntity[] = [];
  let citeEnd = -1;
  for (const e of inOrder(citations)) {
    if (e.end <= e.start || e.start < citeEnd) continue;
    cites.push(e);
    citeEnd = e.end;
  }
  const kept: AnyEntity[] = [];
  const kindEnd = new Map<string, number>();
  let ci = 0;
  for (const e of others.map(inOrder).reduce(mergeInOrder, [])) {
    if (e.end <= e.start) continue;
    while (ci < cites.length && cites[ci].end <= e.start) ci++;
    if (ci < cites.length && cites[ci].start < e.end) continue;       // touches a citation
    if (e.start < (kindEnd.get(e.kind) ?? -1)) continue;              // overlaps an earlier one of its kind
    kept.push(e);
    kindEnd.set(e.kind, e.end);
  }
  return mergeInOrder(cites, kept);
}

/** By start; at the same start, the longer first. */
function byStart(a: AnyEntity, b: AnyEntity): number {
  return a.start - b.start || (b.end - b.start) - (a.end - a.start);
}

function inOrder(entities: AnyEntity[]): AnyEntity[] {
  for (let i = 1; i < entities.length; i++) if (byStart(entities[i - 1], entities[i]) > 0) return [...entities].sort(byStart);
  return entities;
}

/** Two sorted lists as one, as a stable sort of `a` followed by `b` would order them (ties: `a` first). */
function mergeInOrder(a: AnyEntity[], b: AnyEntity[]): AnyEntity[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: AnyEntity[] = new Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) out[k++] = byStart(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
