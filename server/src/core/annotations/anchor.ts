// Re-attaching a stored selector to the current text, in the order Hypothesis uses:
//   1. position – the text at start..end is still the quote;
//   2. quote    – every exact occurrence, scored by how well prefix/suffix match and how near it is;
//   3. fuzzy    – approximate occurrences within an error budget, near the old place first, then anywhere.
// Returns null (an orphan) when nothing is close enough.
import { approximateEnds, approximateStart, similarity } from './fuzzy';
import type { TextSelector } from './types';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Most exact occurrences scored in the quote stage (a one-letter quote in a huge file must stay cheap). */
const MAX_OCCURRENCES = 10_000;
/** Error budget: a fifth of the quote, at most this many edits. */
const MAX_ERRORS = 64;
/** Beyond this text length × error budget, fuzzy search stays in the neighbourhood of the old position. */
const MAX_FUZZY_WORK = 40_000_000;

/** The W3C quote + position selector for text[start, end), with up to 32 characters of context each side. */
export function makeSelector(text: string, start: number, end: number): TextSelector {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  let prefixStart = Math.max(0, s - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0 && prefixStart < s) prefixStart++;
  let suffixEnd = Math.min(text.length, e + CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > e) suffixEnd--;
  return { exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd), start: s, end: e };
}

export function anchor(selector: TextSelector, text: string): Anchor | null {
  if (!selector || typeof selector.exact !== 'string' || selector.exact === '' || typeof text !== 'string') return null;
  const { exact } = selector;
  const start = Number.isFinite(selector.start) ? selector.start : 0;
  if (text.slice(start, start + exact.length) === exact && selector.end === start + exact.length) {
    return { start, end: start + exact.length, method: 'position' };
  }
  const quoted = bestExactOccurrence(selector, text, start);
  if (quoted !== null) return { start: quoted, end: quoted + exact.length, method: 'quote' };
  const fuzzy = bestApproximateOccurrence(selector, text, start);
  return fuzzy ? { ...fuzzy, method: 'fuzzy' } : null;
}

function bestExactOccurrence(selector: TextSelector, text: string, oldStart: number): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  let count = 0;
  for (let at = text.indexOf(selector.exact); at !== -1 && count < MAX_OCCURRENCES; at = text.indexOf(selector.exact, at + 1), count++) {
    const score = contextScore(selector, text, at, at + selector.exact.length, oldStart, exactContextMatch);
    if (score > bestScore) { best = at; bestScore = score; }
  }
  return best;
}

function bestApproximateOccurrence(selector: TextSelector, text: string, oldStart: number): { start: number; end: number } | null {
  const pattern = selector.exact;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(pattern.length / 5));
  if (maxErrors === 0) return null; // too short to tell an edit from another word
  const span = pattern.length + maxErrors;
  const radius = Math.max(2_000, 8 * span);
  const near = searchApproximately(selector, text, oldStart, maxErrors, oldStart - radius, oldStart + span + radius);
  if (near) return near;
  if (text.length * (maxErrors + 1) > MAX_FUZZY_WORK) return null;
  return searchApproximately(selector, text, oldStart, maxErrors, 0, text.length);
}

function searchApproximately(selector: TextSelector, text: string, oldStart: number, maxErrors: number, from: number, to: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  for (const candidate of approximateEnds(text, selector.exact, maxErrors, from, to)) {
    const match = approximateStart(text, selector.exact, candidate.end, maxErrors);
    if (match.errors > maxErrors || match.end <= match.start) continue;
    const quoteScore = 1 - match.errors / selector.exact.length;
    const score = 2 * quoteScore + contextScore(selector, text, match.start, match.end, oldStart, approximateContextMatch);
    if (score > bestScore) { best = { start: match.start, end: match.end }; bestScore = score; }
  }
  return best;
}

/** Weighted as Hypothesis does: prefix and suffix count most, the distance to the old place breaks ties. */
function contextScore(selector: TextSelector, text: string, start: number, end: number, oldStart: number, match: (expected: string, actual: string, fromEnd: boolean) => number): number {
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const prefixScore = prefix ? match(prefix, text.slice(Math.max(0, start - prefix.length), start), true) : 0;
  const suffixScore = suffix ? match(suffix, text.slice(end, end + suffix.length), false) : 0;
  const distance = Math.abs(start - oldStart) / Math.max(1, text.length);
  return prefixScore + suffixScore + 0.1 * (1 - distance);
}

/** Share of the context that matches, counted from the quote outwards. */
function exactContextMatch(expected: string, actual: string, fromEnd: boolean): number {
  const n = Math.min(expected.length, actual.length);
  let same = 0;
  while (same < n) {
    const a = fromEnd ? expected.charCodeAt(expected.length - 1 - same) : expected.charCodeAt(same);
    const b = fromEnd ? actual.charCodeAt(actual.length - 1 - same) : actual.charCodeAt(same);
    if (a !== b) break;
    same++;
  }
  return same / expected.length;
}

function approximateContextMatch(expected: string, actual: string): number {
  return similarity(expected, actual);
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
