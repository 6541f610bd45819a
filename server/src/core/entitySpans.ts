// Where an entity is written. Almost always its whole span; but a citation broken over a page runs over the
// footnote bodies and the footer that the PDF text prints between its halves. Those are its gaps: the entity's
// span still runs from its first to its last character, and the entities found in the gaps nest inside it.
import type { Span } from './types';

export interface Gapped extends Span {
  /** Lifted furniture inside the span (footnote bodies, footers), in order; not part of what the entity says. */
  gaps?: readonly Span[];
}

/** The pieces of the span outside its gaps, in order. */
export function piecesOf(e: Gapped): Span[] {
  if (!e.gaps?.length) return [{ start: e.start, end: e.end }];
  const pieces: Span[] = [];
  let at = e.start;
  for (const g of e.gaps) {
    if (g.start > at) pieces.push({ start: at, end: g.start });
    at = Math.max(at, g.end);
  }
  if (e.end > at) pieces.push({ start: at, end: e.end });
  return pieces;
}

/** What the entity says: its text without the furniture in its gaps (the pieces, one per line). */
export function writtenText(e: Gapped & { text: string }): string {
  if (!e.gaps?.length) return e.text;
  return piecesOf(e).map(p => e.text.slice(p.start - e.start, p.end - e.start)).join('\n');
}

/** Where a reference to the entity points: its first piece (the whole span when it has no gaps). */
export function firstPiece(e: Gapped): Span {
  return e.gaps ? piecesOf(e)[0] : e;
}

/** Spans as disjoint spans, by start: overlapping ones merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether `offset` lies in a piece of the span; `touching`: right after a piece counts too (a cursor after a word). */
export function writtenAt(e: Gapped, offset: number, touching = false): boolean {
  if (!e.gaps) return offset >= e.start && (offset < e.end || (touching && offset === e.end));
  for (const p of piecesOf(e)) if (offset >= p.start && (offset < p.end || (touching && offset === p.end))) return true;
  return false;
}

/** Whether a piece of the span meets `range` (touching counts, as a cursor at a word's end does). */
export function writtenWithin(e: Gapped, range: Span): boolean {
  if (e.end < range.start || e.start > range.end) return false;
  return !e.gaps || piecesOf(e).some(p => p.end >= range.start && p.start <= range.end);
}

/** The piece written at `offset` (or ending there), else the first: what a hover or a link's origin shows. */
export function pieceAt(e: Gapped, offset: number): Span {
  if (!e.gaps) return e;
  const pieces = piecesOf(e);
  return pieces.find(p => offset >= p.start && offset <= p.end) ?? pieces[0];
}
