// Word starts read once and shared: the gazetteer matcher walks every word of a letter anyway, and the name
// reader only needs the words that can open a capitalised name. The matcher records them as it goes, so
// the name reader does not scan the letter for capitals again.

/** The word of the police rule, as it may be written. */
export const POLICE_WORDS: readonly string[] = ['politie', 'Politie', 'POLITIE'];
/** The word of a standing committee before "voor" ("vaste commissie voor", "vaste Kamercommissie voor"). */
export const COMMITTEE_WORDS: readonly string[] = ['commissie', 'kamercommissie', 'Kamercommissie'];
/**
 * Words whose places the gazetteer matcher reports as it reads them, exactly as written (plain ASCII letters):
 * the words of rules that would otherwise need a scan of their own over the letter.
 */
export const WATCHED_WORDS: readonly string[] = [...POLICE_WORDS, ...COMMITTEE_WORDS];

/** The places in `watched` (CapitalWordStarts.watched) where one of `words` stands. */
export function watchedOf(text: string, watched: readonly number[], words: readonly string[]): number[] {
  return watched.filter(at => words.some(w => text.startsWith(w, at)));
}

/**
 * Whether a word of plain ASCII letters, text[start, end), may be wanted by its end ("Gezondheidsraad" ends in
 * a head noun); false leaves it out.
 */
export type WantedEnding = (text: string, start: number, end: number) => boolean;

/**
 * The start of every word token (a run of letters, digits and marks after a character that is none) whose
 * first unit is an ASCII capital or outside ASCII, in text order, as the gazetteer matcher reads words.
 *
 * With `wantedEnding`, a word the reader can tell apart by its end alone is left out: a capitalised word of
 * plain ASCII letters, with no hyphen or surrogate after it (which would carry it on), whose end is not
 * wanted. The name reader wants only words that end in a head noun, and most capitalised words ("De",
 * "Minister") do not.
 */
export class CapitalWordStarts {
  readonly positions: number[] = [];
  /**
   * False when the text holds a unit the word reading and a unit-by-unit capital scan may see differently
   * (a surrogate, or a letter only String.toLowerCase can lower): then the positions are not to be trusted.
   */
  complete = true;
  /** The start of every word token that is one of WATCHED_WORDS, in text order. */
  readonly watched: number[] = [];
  /**
   * False when a word held a combining mark (\p{M}): a mark is part of a word token, so a watched word next to
   * one is not a token of its own, where a rule reading characters may still see it.
   */
  watchedComplete = true;

  constructor(private readonly wantedEnding: WantedEnding | null = null) {}

  /** Records the word token text[start, end) unless it is known not to be wanted. */
  add(text: string, start: number, end: number): void {
    if (this.wantedEnding === null || !allAsciiLetters(text, start, end) || this.wanted(text, start, end)) this.positions.push(start);
  }

  /** `add` for a word token its reader already knows to be made of ASCII letters only. */
  addAsciiWord(text: string, start: number, end: number): void {
    if (this.wantedEnding === null || this.wanted(text, start, end)) this.positions.push(start);
  }

  private wanted(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    if (first < 0x41 || first > 0x5a) return true;
    if (end < text.length) {
      const next = text.charCodeAt(end);
      if (next === 0x2d || next === 0x2010 || (next >= 0xd800 && next <= 0xdfff)) return true;
    }
    return this.wantedEnding!(text, start, end);
  }
}

function allAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;          // A-Z to a-z; no other unit lands in a-z
    if (c < 0x61 || c > 0x7a) return false;
  }
  return end > start;
}
