// Page layout of a PDF-extracted letter: running footers and headers, the masthead, page numbers,
// footnote bodies and their markers. Found on the ORIGINAL text, before normalisation, because the
// normaliser needs to know what to lift out of the running text.
import type { Entity, Footnote, Furniture, Span } from '../types';

export interface Layout {
  furniture: Furniture[];
  footnotes: Footnote[];
  /** Original offsets where pages 2, 3, … begin. */
  pageStarts: number[];
  /** The letter's own identity as printed in footers and headers (kamerstuk entities with self: true). */
  selfCitations: Entity<'kamerstuk'>[];
  /** What the normaliser lifts out of the running text (footnote bodies, footer and header lines). */
  segments: Span[];
  /** What the normaliser turns into a space (footnote markers, page numbers, self-citations). */
  blanks: Span[];
}

export function analyseLayout(original: string): Layout {
  // Placeholder until the layout analysis lands: no furniture, no footnotes.
  void original;
  return { furniture: [], footnotes: [], pageStarts: [], selfCitations: [], segments: [], blanks: [] };
}
