// The citation recogniser: Kamerstukken, Handelingen and Aanhangsel Handelingen in running text.
//
// Four passes over the normalised view, each anchored on something cheap to find:
//   1. the keywords "Kamerstuk(ken)", "Aanhangsel", "Handelingen" (a footnote digit may be glued before them);
//   2. unlabelled five-digit dossiers followed by "nr." ("(29 754, nr. 140)");
//   3. compact ids in lists ("35300-XII-53; 34348-74");
//   4. dossiers in parentheses: motie numbers "nr. 456 (36800-XVI)" and "(33240-VIII)".
// A later pass never starts inside what an earlier one read. Page furniture (footers, the header) is the
// layout module's business: it emits the self-citations and blanks them in the view.
import type { AnyEntity, Chamber, Problem } from '../types';
import type { RecogniseContext, RecogniserResult } from './context';
import type { FoundCitation, FoundProblem } from './citations/found';
import { parseParliamentaryRecord, type ChamberDefault } from './citations/handelingen';
import { findCompactLists, findParenthesisedDossiers, parseLabelledKamerstuk, parseUnlabelledKamerstuk } from './citations/kamerstuk';

const KEYWORD_AT = /(?<![\p{L}])(?:([Kk]amerstuk(?:ken)?|KAMERSTUK(?:KEN)?)|([Aa]anhangsel|AANHANGSEL)|([Hh]andelingen|HANDELINGEN))(?![\p{L}])/uy;
/**
 * Where KEYWORD_AT may match: a case-sensitive scan without the unicode flag and look-behind, whose
 * alternatives start with the rarer letters k and h, runs several times faster. "hangsel" sits three
 * letters into "Aanhangsel".
 */
const KEYWORD_HINT = /[Kk]amerstuk|KAMERSTUK|[Hh]andelingen|HANDELINGEN|hangsel|HANGSEL/g;
const NUMBER_MARKER_HINT = /[Nn][Rr]|[Nn]ummer/g;
/** Dossier, suffix, Rijkswet number and joint dossiers fit well within this many characters before "nr.". */
const MARKER_WINDOW = 160;
const FIVE_DIGIT_DOSSIER = /(?<![\p{L}\d\-\/.,])[1-9]\d[ .\u00a0]?\d{3}(?!\d)/gu;

export function recogniseCitations(ctx: RecogniseContext): RecogniserResult {
  const text = ctx.norm.text;
  const found: FoundCitation[] = [];
  const foundProblems: FoundProblem[] = [];
  const taken = new TakenRanges();
  findKeywordCitations(text, defaultChamber(ctx), taken, found, foundProblems);
  findUnlabelledCitations(text, taken, found);
  for (const x of findCompactLists(text, o => taken.has(o))) found.push(x);
  for (const x of findParenthesisedDossiers(text, o => taken.has(o))) found.push(x);
  return { entities: toEntities(ctx, found), problems: toProblems(ctx, foundProblems) };
}

/** Pass 1: citations anchored on the keywords "Kamerstuk(ken)", "Aanhangsel", "Handelingen". */
function findKeywordCitations(text: string, chamberDefault: ChamberDefault, taken: TakenRanges, found: FoundCitation[], foundProblems: FoundProblem[]): void {
  taken.nextPass();
  // The keywords in text order, as a global search would find them: a match and what was read after it
  // are not searched again.
  let searchFrom = 0;
  KEYWORD_HINT.lastIndex = 0;
  for (let hint = KEYWORD_HINT.exec(text); hint; hint = KEYWORD_HINT.exec(text)) {
    const at = hint[0].length === 7 ? hint.index - 3 : hint.index;
    if (at < searchFrom) continue;
    KEYWORD_AT.lastIndex = at;
    const m = KEYWORD_AT.exec(text);
    if (!m) continue;
    const start = at, end = KEYWORD_AT.lastIndex;
    searchFrom = end;
    const result = m[1]
      ? parseLabelledKamerstuk(text, start, end)
      : parseParliamentaryRecord(text, start, end, m[2] !== undefined, chamberDefault);
    if (!result) continue;
    for (const x of result.citations) found.push(x);
    for (const x of result.problems) foundProblems.push(x);
    if (result.citations.length) {
      taken.add(start, result.end);
      if (result.end > searchFrom) searchFrom = result.end;
    }
  }
}

/** Pass 2: unlabelled five-digit dossiers followed by "nr." ("(29 754, nr. 140)"). */
function findUnlabelledCitations(text: string, taken: TakenRanges, found: FoundCitation[]): void {
  taken.nextPass();
  FIVE_DIGIT_DOSSIER.lastIndex = 0;
  let markerAt = -1;
  for (let m = FIVE_DIGIT_DOSSIER.exec(text); m; m = FIVE_DIGIT_DOSSIER.exec(text)) {
    // An unlabelled citation needs "nr." close after the dossier; skip the parse when there is none.
    if (markerAt < m.index) {
      NUMBER_MARKER_HINT.lastIndex = m.index;
      markerAt = NUMBER_MARKER_HINT.exec(text)?.index ?? Infinity;
    }
    if (markerAt - m.index > MARKER_WINDOW || taken.has(m.index)) continue;
    const result = parseUnlabelledKamerstuk(text, m.index);
    if (!result) continue;
    for (const x of result.citations) found.push(x);
    taken.add(m.index, result.end);
    if (result.end > FIVE_DIGIT_DOSSIER.lastIndex) FIVE_DIGIT_DOSSIER.lastIndex = result.end;
  }
}

/** A missing chamber in Handelingen/Aanhangsel: the letter's own chamber when it says so, else the Tweede Kamer. */
function defaultChamber(ctx: RecogniseContext): ChamberDefault {
  const own: Chamber | null = ctx.identity?.chamber ?? null;
  const source = ctx.identity?.sources?.chamber;
  if (own && source && source !== 'assumed') return { chamber: own, reason: `taken from the letter's ${source}` };
  return { chamber: 'II', reason: 'assumed Tweede Kamer (nothing says otherwise)' };
}

function toEntities(ctx: RecogniseContext, found: FoundCitation[]): AnyEntity[] {
  const entities: AnyEntity[] = [];
  const footnotes = ctx.layout?.footnotes ?? [];
  const original = ctx.norm.original;
  let sorted = true;
  for (const f of found) {
    const span = ctx.norm.span(f.start, f.end);
    if (span.end <= span.start) continue;
    const entity = { kind: f.kind, start: span.start, end: span.end, text: original.slice(span.start, span.end), value: f.value, source: 'text', explain: f.explain } as AnyEntity;
    if (footnotes.length) {
      const note = footnotes.find(fn => span.start >= fn.body.start && span.end <= fn.body.end);
      if (note) entity.footnote = note.number;
    }
    const previous = entities[entities.length - 1];
    if (previous && previous.start > entity.start) sorted = false;
    entities.push(entity);
  }
  if (!sorted) entities.sort((a, b) => a.start - b.start || b.end - a.end);
  // Within a kind, entities never overlap: the earlier one wins.
  const kept: AnyEntity[] = [];
  const lastEndByKind = new Map<string, number>();
  for (const e of entities) {
    if ((lastEndByKind.get(e.kind) ?? -1) > e.start) continue;
    kept.push(e);
    lastEndByKind.set(e.kind, e.end);
  }
  return kept;
}

function toProblems(ctx: RecogniseContext, found: FoundProblem[]): Problem[] {
  return found.map(p => {
    const span = ctx.norm.span(p.start, p.end);
    const text = ctx.norm.original.slice(span.start, span.end);
    return { code: 'reference.malformed' as const, start: span.start, end: span.end, message: p.message, data: { text } };
  });
}

/** Ranges of the view already read as citations, one sorted list per pass (each pass adds in text order). */
class TakenRanges {
  private readonly passes: Array<{ starts: number[]; ends: number[] }> = [];

  /** Starts a new pass: its ranges are added in increasing order of start. */
  nextPass(): void {
    this.passes.push({ starts: [], ends: [] });
  }

  add(start: number, end: number): void {
    if (this.passes.length === 0) this.nextPass();
    const pass = this.passes[this.passes.length - 1];
    pass.starts.push(start);
    pass.ends.push(end);
  }

  has(offset: number): boolean {
    for (const pass of this.passes) if (coversOffset(pass.starts, pass.ends, offset)) return true;
    return false;
  }
}

/** Whether the last range (sorted by start) that starts at or before `offset` covers it, found by binary search. */
function coversOffset(starts: number[], ends: number[], offset: number): boolean {
  let lo = 0, hi = starts.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && offset < ends[found];
}
