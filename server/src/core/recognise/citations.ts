// The citation recogniser: Kamerstukken, Handelingen and Aanhangsel Handelingen in running text.
//
// Four passes over the normalised view, each anchored on something cheap to find:
//   1. the keywords "Kamerstuk(ken)", "Aanhangsel", "Handelingen" (a footnote digit may be glued before them);
//   2. unlabelled five-digit dossiers followed by "nr." ("(29 754, nr. 140)");
//   3. compact ids in lists ("35300-XII-53; 34348-74");
//   4. dossiers in parentheses: motie numbers "nr. 456 (36800-XVI)" and "(33240-VIII)".
// A later pass never starts inside what an earlier one read. Page furniture (footers, the header) is the
// layout module's business: it emits the self-citations and blanks them in the view.
import type { AnyEntity, Chamber, Footnote, Problem } from '../types';
import type { RecogniseContext, RecogniserResult } from './context';
import type { FoundCitation, FoundProblem } from './citations/found';
import { parseParliamentaryRecord, type ChamberDefault } from './citations/handelingen';
import { billDossierAt, eersteKamerLetterAtLineStart, eersteKamerLettersAfterZie, findCompactLists, findParenthesisedDossiers, parseLabelledKamerstuk, parseUnlabelledKamerstuk } from './citations/kamerstuk';
import { asciiGlueTable, nothingGluedBefore } from './glue';

const KEYWORD_AT = /(?<![\p{L}])(?:([Kk]amerstuk(?:ken|nummers?)?|KAMERSTUK(?:KEN)?)|([Aa]anhangsels?|AANHANGSELS?)|([Hh]andelingen|HANDELINGEN))(?![\p{L}])/uy;
/**
 * Where KEYWORD_AT may match: a case-sensitive scan without the unicode flag and look-behind, whose
 * alternatives start with the rarer letters k and h, runs several times faster. "hangsel" sits three
 * letters into "Aanhangsel".
 */
const KEYWORD_HINT = /[Kk]amerstuk|KAMERSTUK|[Hh]andelingen|HANDELINGEN|hangsel|HANGSEL/g;
const NUMBER_MARKER_HINT = /[Nn][Rr]|[Nn]ummer|[Ll]etter [A-Z]/g;
/** Dossier, suffix, Rijkswet number and joint dossiers fit well within this many characters before "nr.". */
const MARKER_WINDOW = 160;
/**
 * A five-digit dossier ("29754", "29 754") with nothing glued before it. The digits are found by a scan
 * without look-behind or unicode flag (V8 runs it faster); what is glued before is tested where they are.
 */
const FIVE_DIGITS = /[1-9]\d[ .\u00a0]?\d{3}(?!\d)/g;
const NOTHING_GLUED_BEFORE_DOSSIER = /(?<![\p{L}\d\-\/.,])/uy;

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
  // test() makes no match arrays: the last letter of a hint tells which it was, the first letter of a
  // keyword which alternative of KEYWORD_AT matched.
  while (KEYWORD_HINT.test(text)) {
    const at = keywordStartOfHint(text, KEYWORD_HINT.lastIndex);
    if (at < searchFrom) continue;
    KEYWORD_AT.lastIndex = at;
    if (!KEYWORD_AT.test(text)) continue;
    const start = at, end = KEYWORD_AT.lastIndex;
    searchFrom = end;
    const first = text.charCodeAt(start) | 0x20;
    const result = first === 0x6b                                   // k: Kamerstuk(ken)
      ? parseLabelledKamerstuk(text, start, end)
      : parseParliamentaryRecord(text, start, end, first === 0x61, chamberDefault);   // a: Aanhangsel, h: Handelingen
    if (!result) continue;
    for (const x of result.citations) found.push(x);
    for (const x of result.problems) foundProblems.push(x);
    if (result.citations.length) {
      taken.add(start, result.end);
      if (result.end > searchFrom) searchFrom = result.end;
    }
  }
}

/**
 * Where the keyword of a KEYWORD_HINT match ending at `end` starts: "[Kk]amerstuk" (9 letters, ends in k/K),
 * "[Hh]andelingen" (11, n/N) or "hangsel" (7, l/L), which starts three letters into "Aanhangsel".
 */
function keywordStartOfHint(text: string, end: number): number {
  const last = text.charCodeAt(end - 1) | 0x20;
  return last === 0x6b ? end - 9 : last === 0x6e ? end - 11 : end - 10;
}

/** Pass 2: unlabelled five-digit dossiers followed by "nr." ("(29 754, nr. 140)"). */
function findUnlabelledCitations(text: string, taken: TakenRanges, found: FoundCitation[]): void {
  taken.nextPass();
  FIVE_DIGITS.lastIndex = 0;
  let markerAt = -1;
  while (FIVE_DIGITS.test(text)) {
    const end = FIVE_DIGITS.lastIndex;
    const start = end - (isDossierGap(text.charCodeAt(end - 4)) ? 6 : 5);
    // Glued to what is before: a global search with the look-behind would go on at the next character.
    if (!nothingGluedBefore(text, start, GLUED_BEFORE_DOSSIER, NOTHING_GLUED_BEFORE_DOSSIER)) { FIVE_DIGITS.lastIndex = start + 1; continue; }
    // Most dossiers lie inside a citation of pass 1: asked first, so the search for "nr." skips them.
    if (taken.has(start)) continue;
    // An unlabelled citation needs "nr." close after the dossier; skip the parse when there is none. The
    // marker found for an earlier dossier serves while it lies at or after this one (none lies between).
    if (markerAt < start) markerAt = numberMarkerFrom(text, start);
    const result = markerAt - start > MARKER_WINDOW ? null : parseUnlabelledKamerstuk(text, start);
    if (!result?.citations.length) {
      // No "nr.": still a dossier when a bill is named by it ("wetsvoorstel 29976"), or an Eerste Kamer stuk by its
      // letter at a line's start ("- 35526 / 25295, CF").
      const bill = billDossierAt(text, start, end) ?? eersteKamerLetterAtLineStart(text, start);
      if (bill) { found.push(bill); taken.add(start, bill.end); if (bill.end > FIVE_DIGITS.lastIndex) FIVE_DIGITS.lastIndex = bill.end; continue; }
      // "Zie 35 300, A t/m F;": Senate letters after "zie" (session 26).
      const listed = eersteKamerLettersAfterZie(text, start);
      if (listed) {
        const end = listed[listed.length - 1].end;
        for (const c of listed) found.push(c);
        taken.add(start, end);
        if (end > FIVE_DIGITS.lastIndex) FIVE_DIGITS.lastIndex = end;
        continue;
      }
    }
    if (!result) continue;
    for (const x of result.citations) found.push(x);
    taken.add(start, result.end);
    if (result.end > FIVE_DIGITS.lastIndex) FIVE_DIGITS.lastIndex = result.end;
  }
}

/** Where NUMBER_MARKER_HINT first matches at or after `from` (Infinity if nowhere); test() makes no match array. */
function numberMarkerFrom(text: string, from: number): number {
  NUMBER_MARKER_HINT.lastIndex = from;
  if (!NUMBER_MARKER_HINT.test(text)) return Infinity;
  // "nr" is two letters long, "nummer" six (both end in "r"; "nummer" has "er" where "nr" has "nr"); the
  // Eerste Kamer's "letter X" is eight with the space and capital, and the only hint with a space.
  const end = NUMBER_MARKER_HINT.lastIndex;
  if (text.charCodeAt(end - 2) === 0x20) return end - 8;
  return isNr(text, end - 2) ? end - 2 : end - 6;
}

/** "nr" in either case at `at`. */
const isNr = (text: string, at: number) => (text.charCodeAt(at) | 0x20) === 0x6e && (text.charCodeAt(at + 1) | 0x20) === 0x72;

/** The space, dot or NBSP FIVE_DIGITS allows between the second and third digit ("29 754"). */
const isDossierGap = (c: number) => c === 0x20 || c === 0x2e || c === 0xa0;

/** Letters, digits and - / . , glue (see NOTHING_GLUED_BEFORE_DOSSIER). */
const GLUED_BEFORE_DOSSIER = asciiGlueTable('-/.,');

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
    const note = footnotes.length ? footnoteAround(footnotes, span.start, span.end) : undefined;
    // Made whole, with or without the footnote as its last key: adding it afterwards changed the object's
    // shape and grew its property store for most citations (they sit in footnotes).
    const text = original.slice(span.start, span.end);
    const entity = (note
      ? { kind: f.kind, start: span.start, end: span.end, text, value: f.value, source: 'text', explain: f.explain, footnote: note.number }
      : { kind: f.kind, start: span.start, end: span.end, text, value: f.value, source: 'text', explain: f.explain }) as AnyEntity;
    const previous = entities[entities.length - 1];
    if (previous && previous.start > entity.start) sorted = false;
    entities.push(entity);
  }
  // An Aanhangsel answer's or a Handelingen item's own number (its header, its web page's row), found by the layout.
  const own = ctx.layout?.ownRecords ?? [];
  for (const e of own) {
    if (entities.length && entities[entities.length - 1].start > e.start) sorted = false;
    entities.push(e);
  }
  if (!sorted) entities.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps are settled with the other recognisers' entities (analyse.ts): a citation broken over a page may
  // hold the citations of the footnotes printed between its halves.
  return entities;
}

/** The first footnote whose body holds the span (a loop, not find(): no closure per citation). */
function footnoteAround(footnotes: readonly Footnote[], start: number, end: number): Footnote | undefined {
  for (const f of footnotes) if (start >= f.body.start && end <= f.body.end) return f;
  return undefined;
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
