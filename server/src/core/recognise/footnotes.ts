// Which footnote an entity lies in, for the recognisers that mark their entities with it.
import type { Footnote, Span } from '../types';

/**
 * The first footnote whose body holds a span, for spans asked in order of their start. Bodies in order and
 * apart (as the layout finds them) are walked with a cursor instead of searched per entity; any other list
 * is searched as it is.
 */
export function footnoteOf(footnotes: readonly Footnote[]): (span: Span) => Footnote | undefined {
  const find = (span: Span) => footnotes.find(f => f.body.start <= span.start && span.end <= f.body.end);
  for (let i = 0; i < footnotes.length; i++) {
    const body = footnotes[i].body;
    if (body.end < body.start || (i > 0 && body.start < footnotes[i - 1].body.end)) return find;
  }
  let k = 0;
  let lastStart = -1;
  return span => {
    if (span.start < lastStart) return find(span);
    lastStart = span.start;
    // Bodies ending at or before this start hold neither it nor any later one.
    while (k < footnotes.length && footnotes[k].body.end < span.start) k++;
    for (let j = k; j < footnotes.length && footnotes[j].body.start <= span.start; j++) if (span.end <= footnotes[j].body.end) return footnotes[j];
    return undefined;
  };
}
