// What every recogniser gets: the normalised view, the page layout and what is known of the letter so far.
import type { NormalizedText } from '../text/normalize';
import type { Layout } from '../text/layout';
import type { AnyEntity, LetterIdentity, Problem, AcronymDefinition } from '../types';

export interface RecogniseContext {
  /** The normalised view (de-hyphenated, furniture lifted out). Map matches back with norm.span(). */
  norm: NormalizedText;
  layout: Layout;
  /** The identity read from header, footer, date line and file name, before recognition. */
  identity: LetterIdentity;
  /** Cache of `lowerView`; set on first use. */
  lower?: string;
}

export interface RecogniserResult {
  entities: AnyEntity[];
  problems: Problem[];
  definitions?: AcronymDefinition[];
}

/**
 * The normalised view lower-cased, offset for offset (so a match in it is a match at the same place in
 * `ctx.norm.text`), made once per letter and shared by every recogniser. Case-sensitive scans of this view
 * replace case-insensitive unicode regexes over the text, which V8 runs several times slower.
 */
export function lowerView(ctx: RecogniseContext): string {
  return (ctx.lower ??= lowerSameLength(ctx.norm.text));
}

/**
 * `text.toLowerCase()` where that keeps every offset; otherwise (U+0130 İ becomes two code units) each code
 * unit is lowered on its own, or kept where its lower case is longer.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}
