// What stands at an offset: an entity, a footnote marker, a footnote body, the identity anchor.
import { writtenAt } from '../entitySpans';
import type { AnyEntity, Footnote, LetterAnalysis } from '../types';

export type Target =
  | { kind: 'entity'; entity: AnyEntity }
  | { kind: 'footnote-marker'; footnote: Footnote }
  | { kind: 'footnote-body'; footnote: Footnote }
  | { kind: 'identity-anchor' };

/** How far back an entity broken over a page may start: a page's footnotes and footer lie inside it. */
const GAPPED_REACH = 20_000;

/**
 * Entities are sorted by start; binary search, then look at the few that may contain the offset. An entity
 * counts only where it is written: not in its gaps, where the footnotes inside it are (entitySpans.ts).
 */
export function entityAt(analysis: LetterAnalysis, offset: number, strict = false): AnyEntity | null {
  const list = analysis.entities;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Candidates start at or before the offset. Prefer one that strictly contains it, and the longer one
  // (a citation over what lies inside it); a cursor just after an entity still counts, as in editors. Past
  // the nearest eight, only an entity with gaps can still reach the offset.
  let inside: AnyEntity | null = null;
  let touching: AnyEntity | null = null;
  for (let i = lo - 1; i >= 0 && (i >= lo - 8 || list[i].start > offset - GAPPED_REACH); i--) {
    const e = list[i];
    if (i < lo - 8 && !e.gaps) continue;
    if (writtenAt(e, offset)) {
      if (!inside || e.end - e.start > inside.end - inside.start) inside = e;
    } else if (!touching && writtenAt(e, offset, true)) {
      touching = e;
    }
  }
  return inside ?? (strict ? null : touching);
}

export function targetAt(analysis: LetterAnalysis, offset: number): Target | null {
  // A marker glued to a word ("AIVD1") wins over the word it touches, not over one it is inside.
  const inside = entityAt(analysis, offset, true);
  if (inside) return { kind: 'entity', entity: inside };
  for (const f of analysis.footnotes) {
    if (f.marker && offset >= f.marker.start && offset <= f.marker.end) return { kind: 'footnote-marker', footnote: f };
  }
  const touching = entityAt(analysis, offset);
  if (touching) return { kind: 'entity', entity: touching };
  for (const f of analysis.footnotes) {
    if (offset >= f.body.start && offset < f.body.end) return { kind: 'footnote-body', footnote: f };
  }
  const anchor = analysis.identity.anchor;
  if (anchor && offset >= anchor.start && offset <= anchor.end) return { kind: 'identity-anchor' };
  return null;
}
