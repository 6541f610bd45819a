// Which entities and diagnostics a code action request is about. A cursor (or a selection) starting on one is
// about that one; a selection that starts elsewhere and holds exactly one is about it; a larger selection (the
// whole letter) is about none of them one by one: the editor would list an action per entity in it.
import type { Span } from '../types';
import { writtenAt, writtenWithin } from '../entitySpans';

type Gapped = Span & { gaps?: readonly Span[] };

/** A selection longer than this is a passage (a page, the letter), not a selection of the one entity it holds. */
const MAX_FOCUS_SELECTION = 300;

/** The entities of `inRange` (those written within `range`) that the request is about, one by one. */
export function focusedOf<T extends Gapped>(inRange: readonly T[], range: Span): T[] {
  const atStart = inRange.filter(e => writtenAt(e, range.start, true));
  if (atStart.length > 0) return atStart;
  return inRange.length === 1 && range.end - range.start <= MAX_FOCUS_SELECTION ? [...inRange] : [];
}

/** The entities written within `range`, in order, of those `keep` accepts. */
export function writtenInRange<E extends Gapped, T extends E>(entities: readonly E[], range: Span, keep: (e: E) => e is T): T[] {
  const out: T[] = [];
  for (const e of entities) {
    if (e.start > range.end) break;
    if (keep(e) && writtenWithin(e, range)) out.push(e);
  }
  return out;
}

/** Whether `range` is a selection (not a cursor) holding several of them: what grouped actions are for. */
export function severalSelected(inRange: readonly unknown[], range: Span): boolean {
  return range.end > range.start && inRange.length > 1;
}
