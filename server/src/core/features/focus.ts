// Which entities and diagnostics a code action request is about. A cursor (or a selection) starting on one is
// about that one; a selection that starts elsewhere and holds exactly one is about it; a larger selection (the
// whole letter) is about none of them one by one: the editor would list an action per entity in it.
import type { Span } from '../types';
import { piecesOf, writtenAt, writtenWithin } from '../entitySpans';

type Gapped = Span & { gaps?: readonly Span[] };

/** A selection longer than this is a passage (a page, the letter), not a selection of the one entity it holds. */
const MAX_FOCUS_SELECTION = 300;

/** The entities of `inRange` (those written within `range`) that the request is about, one by one. */
export function focusedOf<T extends Gapped>(inRange: readonly T[], range: Span): T[] {
  // A cursor right after an entity is on it; a selection starting there starts after it.
  const atStart = inRange.filter(e => writtenAt(e, range.start, range.end === range.start));
  if (atStart.length > 0) return atStart;
  return inRange.length === 1 && range.end - range.start <= MAX_FOCUS_SELECTION ? [...inRange] : [];
}

/**
 * The entities written within `range`, in order, of those `keep` accepts: at a cursor those it touches, in a selection
 * those it holds a piece of (not one that ends where the selection starts, or starts where it ends).
 */
export function writtenInRange<E extends Gapped, T extends E>(entities: readonly E[], range: Span, keep: (e: E) => e is T): T[] {
  const out: T[] = [];
  const meets = range.end === range.start ? writtenWithin : overlaps;
  for (const e of entities) {
    if (e.start > range.end) break;
    if (keep(e) && meets(e, range)) out.push(e);
  }
  return out;
}

function overlaps(e: Gapped, range: Span): boolean {
  if (e.end <= range.start || e.start >= range.end) return false;
  return !e.gaps || piecesOf(e).some(p => p.end > range.start && p.start < range.end);
}

/**
 * The diagnostics a request is about: at a cursor those there, else the only one passed (a client asking from its list
 * of problems, the cursor elsewhere); in a selection those it holds a piece of, not one that only touches it.
 */
export function diagnosticsAskedAbout<T extends Span>(diagnostics: readonly T[], range: Span): T[] {
  if (range.end === range.start) return focusedOf(diagnostics, range);
  return focusedOf(diagnostics.filter(d => (d.start === d.end ? d.start >= range.start && d.start <= range.end : overlaps(d, range))), range);
}

/** Whether `range` is a selection (not a cursor) holding several of them: what grouped actions are for. */
export function severalSelected(inRange: readonly unknown[], range: Span): boolean {
  return range.end > range.start && inRange.length > 1;
}
