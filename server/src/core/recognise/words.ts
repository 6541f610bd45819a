// Word starts read once and shared: the gazetteer matcher walks every word of a letter anyway, and the name
// reader only needs the words that can open a capitalised name. The matcher records them as it goes, so
// the name reader does not scan the letter for capitals again.

/**
 * The start of every word token (a run of letters, digits and marks after a character that is none) whose
 * first unit is an ASCII capital or outside ASCII, in text order, as the gazetteer matcher reads words.
 */
export class CapitalWordStarts {
  readonly positions: number[] = [];
  /**
   * False when the text holds a unit the word reading and a unit-by-unit capital scan may see differently
   * (a surrogate, or a letter only String.toLowerCase can lower): then the positions are not to be trusted.
   */
  complete = true;
}
