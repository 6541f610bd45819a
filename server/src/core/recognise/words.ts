// Word starts read once and shared: the gazetteer matcher walks every word of a letter anyway, and the name
// reader only needs the words that can open a capitalised name. The matcher records them as it goes, so
// the name reader does not scan the letter for capitals again. The same visit notes where month words may
// start, so the dates need no scan of their own for them either.
import { MONTH_WORD_FORMS } from './dates/lexicon';

/** The word of the police rule, as it may be written. */
export const POLICE_WORDS: readonly string[] = ['politie', 'Politie', 'POLITIE'];
/** The word of a standing committee before "voor" ("vaste commissie voor", "vaste Kamercommissie voor"). */
export const COMMITTEE_WORDS: readonly string[] = ['commissie', 'kamercommissie', 'Kamercommissie'];
/** Court nouns that open a court's name in running text ("de rechtbank Oost-Brabant"). */
export const COURT_WORDS: readonly string[] = ['rechtbank', 'gerechtshof'];
/** The OM's offices by a court's seat ("het arrondissementsparket Amsterdam", "het ressortsparket te Arnhem"). */
export const PARKET_WORDS: readonly string[] = ['arrondissementsparket', 'Arrondissementsparket', 'ressortsparket', 'Ressortsparket', 'parket'];
/** A court of appeal by its short noun and its seat ("het hof Den Haag"). */
export const HOF_WORDS: readonly string[] = ['hof'];
/** The word of the marechaussee rule ("de marechaussee"). */
export const MARECHAUSSEE_WORDS: readonly string[] = ['marechaussee'];
/** The first word of the lower-case prosecution service ("het openbaar ministerie"). */
export const PROSECUTION_WORDS: readonly string[] = ['openbaar'];
/** The short name of the Dienst Toeslagen, read where a list joins it to other bodies. */
export const TOESLAGEN_WORDS: readonly string[] = ['Toeslagen'];
/** The committee noun capitalised: before a standing committee's subject, or a chair's name ("Commissie-Dijkstal"). */
export const CAPITALISED_COMMITTEE_WORDS: readonly string[] = ['Commissie'];
/** The compounds of a parliamentary inquiry committee's name in lower case ("de parlementaire enquêtecommissie Fyra"). */
export const INQUIRY_COMMITTEE_WORDS: readonly string[] = ['enquêtecommissie', 'onderzoekscommissie'];
/**
 * The islands whose council or executive a letter may name ("de eilandsraad van Bonaire"): Curaçao and Sint Maarten
 * had both until 10 October 2010. Capitalised words, so the matcher visits them anyway.
 */
export const ISLAND_NAME_WORDS: readonly string[] = ['Bonaire', 'Eustatius', 'Saba', 'Curaçao', 'Maarten'];
/**
 * The nouns of the regional services named by their region ("de omgevingsdienst Regio Utrecht", "Regionale
 * Uitvoeringsdienst Drenthe", "RUD Limburg Noord"): read where the matcher reports them, not by searches of the letter.
 */
export const SERVICE_WORDS: readonly string[] = ['omgevingsdienst', 'Omgevingsdienst'];
export const RUD_WORDS: readonly string[] = ['uitvoeringsdienst', 'Uitvoeringsdienst', 'RUD'];
/** The nouns of a water board written in lower case ("het waterschap Noorderzijlvest"). */
export const WATER_BOARD_NOUNS: readonly string[] = ['waterschap', 'hoogheemraadschap'];
/**
 * Words whose places the gazetteer matcher reports as it reads them, exactly as written (letters, no mark):
 * the words of rules that would otherwise need a scan of their own over the letter.
 */
export const WATCHED_WORDS: readonly string[] = [
  ...POLICE_WORDS, ...COMMITTEE_WORDS, ...COURT_WORDS, ...MARECHAUSSEE_WORDS, ...PROSECUTION_WORDS, ...TOESLAGEN_WORDS,
  ...CAPITALISED_COMMITTEE_WORDS, ...INQUIRY_COMMITTEE_WORDS, ...ISLAND_NAME_WORDS,
  ...SERVICE_WORDS, ...RUD_WORDS, ...WATER_BOARD_NOUNS, ...PARKET_WORDS, ...HOF_WORDS,
];
/** The lower-case watched words that begin gazetteer names: those names are matched only where these stand. */
export const LOWER_WATCHED_NAME_WORDS: readonly string[] = ['commissie', 'kamercommissie', ...COURT_WORDS];

/**
 * Lower-case words the gazetteer matcher stops at when a word token starts with one of them ("mei",
 * "januari2015"), so that it sees every word that may start with a month word.
 */
export const MONTH_WORDS: readonly string[] = MONTH_WORD_FORMS;

/** Bit per three ASCII letters in lower case ((a - 97) * 676 + (b - 97) * 26 + c - 97) that begin a month word. */
const MONTH_LEADS = new Uint8Array(26 * 26 * 26);
for (const w of MONTH_WORDS) MONTH_LEADS[leadOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

/** The index in MONTH_LEADS of three units, or -1 when one of them is no ASCII letter. */
function leadOf(a: number, b: number, c: number): number {
  a |= 0x20; b |= 0x20; c |= 0x20;              // A-Z to a-z; no other unit lands in a-z
  if (a < 0x61 || a > 0x7a || b < 0x61 || b > 0x7a || c < 0x61 || c > 0x7a) return -1;
  return (a - 0x61) * 676 + (b - 0x61) * 26 + (c - 0x61);
}

/** Per ASCII unit: 1 for a first letter of a month word, in either case ("j", "M"): most words start otherwise. */
export const MONTH_INITIALS = new Uint8Array(0x80);
for (const w of MONTH_WORDS) MONTH_INITIALS[w.charCodeAt(0)] = MONTH_INITIALS[w.charCodeAt(0) ^ 0x20] = 1;

/** Whether the three units at `i` are, in any ASCII case, the first three letters of a month word. */
export function monthLeadAt(text: string, i: number): boolean {
  const lead = leadOf(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
  return lead >= 0 && MONTH_LEADS[lead] === 1;
}

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
  /** The start of every word token whose first unit is an ASCII capital or outside ASCII, wanted or not. */
  readonly all: number[] = [];
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
  /**
   * False when a word held a unit in U+0080–U+00BF that is a word character (ª, ², µ, ¼): a rule that takes every
   * unit below U+00C0 outside ASCII for no word character (namedCommittees) sees a word start inside that word.
   */
  latin1Complete = true;
  /**
   * Word token starts whose first three letters begin a month word in any ASCII case (monthLeadAt), in text
   * order: every one where a month word begins ("mei", "Januari", "dec."), maybe others ("Decennia"; not the
   * lower-case "maar", which the matcher steps over). When `monthWordsComplete`, the dates' month words start
   * at no other place.
   */
  readonly monthWords: number[] = [];
  /**
   * False when `monthWords` may miss a place a character-based scan would take for a month word's start: after
   * a unit outside ASCII that continues a word token but is no letter (a combining mark, a digit such as "²"),
   * or when `complete` is false.
   */
  monthWordsComplete = true;

  constructor(private readonly wantedEnding: WantedEnding | null = null) {}

  /** Records the word token text[start, end) unless it is known not to be wanted. */
  add(text: string, start: number, end: number): void {
    this.all.push(start);
    if (this.wantedEnding === null || !allAsciiLetters(text, start, end) || this.wanted(text, start, end)) this.positions.push(start);
  }

  /** `add` for a word token its reader already knows to be made of ASCII letters only. */
  addAsciiWord(text: string, start: number, end: number): void {
    this.all.push(start);
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
