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
  /**
   * What a recogniser that reads every word of the normalised view learned for those after it: set by
   * recogniseOrganisations, read by recogniseDates (which scans for itself when it is absent or of another text).
   */
  words?: SharedWords;
}

/** Word starts one recogniser found and another needs, with the text they are places in. */
export interface SharedWords {
  /** The normalised text (`norm.text`) the places are offsets into. */
  text: string;
  /** Word token starts where month words may begin: every one where one does (CapitalWordStarts.monthWords). */
  monthLeads: readonly number[];
}

export interface RecogniserResult {
  entities: AnyEntity[];
  problems: Problem[];
  definitions?: AcronymDefinition[];
}
