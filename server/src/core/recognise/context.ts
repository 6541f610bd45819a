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
}

export interface RecogniserResult {
  entities: AnyEntity[];
  problems: Problem[];
  definitions?: AcronymDefinition[];
}
