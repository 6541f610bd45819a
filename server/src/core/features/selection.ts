// Smart select (expand selection): word → the reference it belongs to (the piece under the cursor, then the whole
// reference when a page break splits it) → footnote body → line → paragraph → letter. Selecting "Kamerstuk 30 977,
// nr. 104" broken over two lines takes one keystroke instead of a careful drag.
import type { LetterAnalysis, Span } from '../types';
import { pieceAt } from '../entitySpans';
import { LETTER, MARK, NUMBER, unitClasses } from '../text/charClass';
import { entityAt } from './lookup';

/** The spans to select at `offset`, innermost first; each contains the one before it and is larger. */
export function selectionChain(text: string, analysis: LetterAnalysis | null, offset: number): Span[] {
  const at = Math.max(0, Math.min(offset, text.length));
  const candidates: Span[] = [];
  const word = wordAt(text, at);
  if (word) candidates.push(word);
  const entity = analysis && entityAt(analysis, at);
  if (entity) candidates.push(pieceAt(entity, at), { start: entity.start, end: entity.end });
  for (const f of analysis?.footnotes ?? []) {
    if (f.marker && at >= f.marker.start && at <= f.marker.end) candidates.push(f.marker);
    if (at >= f.body.start && at <= f.body.end) candidates.push(f.body);
  }
  const line = lineAt(text, at);
  candidates.push(trimmed(text, line), line);
  candidates.push(paragraphAt(text, at, line));
  candidates.push({ start: 0, end: text.length });
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  const chain: Span[] = [];
  for (const c of candidates) {
    const last = chain[chain.length - 1];
    if (c.start > at || c.end < at || c.end > text.length) continue; // a span of an older text is no guide
    if (last && !(c.start <= last.start && c.end >= last.end && c.end - c.start > last.end - last.start)) continue;
    chain.push({ start: c.start, end: c.end });
  }
  return chain;
}

/** Letters and digits around the offset (a cursor right after a word selects that word). */
function wordAt(text: string, at: number): Span | null {
  let start = at;
  let end = at;
  while (start > 0 && isWordUnit(text, start - 1)) start--;
  while (end < text.length && isWordUnit(text, end)) end++;
  return end > start ? { start, end } : null;
}

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // The rare astral letter is not worth a pair check here: a surrogate has no class but SURROGATE.
  return (unitClasses(c) & (LETTER | NUMBER | MARK)) !== 0;
}

function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  return { start, end };
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : span;
}

/** Lines up to the nearest blank line (or form feed) on either side; on a blank line, that line. */
function paragraphAt(text: string, at: number, line: Span): Span {
  if (isBlankLine(text, line)) return line;
  let first = line;
  for (;;) {
    if (first.start === 0) break;
    const before = lineAt(text, first.start - 1);
    if (isBlankLine(text, before)) break;
    first = before;
  }
  let last = line;
  for (;;) {
    const next = text.indexOf('\n', last.end);
    if (next < 0) break;
    const after = lineAt(text, next + 1);
    if (isBlankLine(text, after)) break;
    last = after;
  }
  return trimmed(text, { start: first.start, end: last.end });
}

function isBlankLine(text: string, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0xa0;
}
