// The numbers of a citation after its dossier or session: "nr. 325", "nrs. 520 en 548", "nrs. 1–3",
// "nr. 6, p. 15-16; nr. 7, p. 5-6", "…, p. 12 en 13, en nr. 6". Shared by kamerstuk, handelingen and aanhangsel.
import { trimmedEnd, type FoundProblem } from './found';
import {
  followedByMonthOrUnit, matchesAt, readDossier, readLetterMarker, readListGlue, readNumber, readNumberMarker, readPage, skipSeparator, skipSpaces,
  type Read,
} from './patterns';

export interface CitedNumber {
  start: number;
  end: number;
  value: string;
  page: string | null;
  /** "3" in "nrs. 1–3": the end of a range, whose middle numbers are not written. */
  closesRange: string | null;
}

export interface NumbersRead {
  numbers: CitedNumber[];
  /** End of what was read, pages included. */
  end: number;
  problems: FoundProblem[];
}

export interface NumberOptions {
  /** Letter ondernummers ("C", "AB") after "nr." (kamerstukken only). */
  allowLetters: boolean;
  /**
   * A number without "nr." after a comma: 'any' in the legal style ("Kamerstukken I 2008/09, 31700 VI, D, p. 4"),
   * 'closing' only when the number ends the phrase ("(Kamerstuk 29 754, 325)"), 'never' otherwise.
   */
  bareNumber: 'any' | 'closing' | 'never';
  /** Read page references ("p. 3") after the numbers. */
  withPages: boolean;
  /** The citation names the Senate ("Kamerstukken I"): a list of its letters may hold any of one or two capitals. */
  senate?: boolean;
}

// "; nr. 7", ", en nr. 6", " en nr. 6": a further number with its own marker.
const CONTINUATION = /[ \u00a0]*(?:[,;][ \u00a0]*)?(?:(?:en|of)[ \u00a0]+)?/y;
// After a singular "nr. 5 en 6" the second number must end the phrase, or it may be a count ("en 6 mensen").
// Also where the sentence goes on with "en"/"of" and a word, no number: "nr. 12 en 13 en het verslag", "35 925, AE en AF en
// uit het verslag" (session 26); a count still stops the list ("nr. 5 en 6 mensen").
const PHRASE_END = /[ \u00a0]*(?:[).;:,\]]|\n|$)|[ \u00a0]+(?:en|of)[ \u00a0]+\p{L}/uy;

export function readNumbers(text: string, pos: number, options: NumberOptions): NumbersRead {
  const problems: FoundProblem[] = [];
  const numbers: CitedNumber[] = [];
  const afterSeparator = skipSeparator(text, pos);
  const marker = readNumberMarker(text, afterSeparator) ?? (options.allowLetters ? readLetterMarker(text, afterSeparator) : null);
  let first: Read<string> | null = null;
  if (marker) {
    first = readNumber(text, marker.end, options.allowLetters);
    if (!first) {
      const end = trimmedEnd(text, afterSeparator, marker.end);
      problems.push({ start: afterSeparator, end, message: `"${text.slice(afterSeparator, end)}" is not followed by a number: the citation does not say which document it means.` });
      return { numbers, end: pos, problems };
    }
  } else if (options.bareNumber !== 'never' && hasComma(text, pos, afterSeparator)) {
    first = readNumber(text, afterSeparator, options.allowLetters);
    if (first && !isPlausibleBareNumber(text, first, options.bareNumber)) first = null;
  }
  if (!first) return { numbers, end: pos, problems };

  // Without "nr." a listed letter is read only in the Senate's shape: "…, I en II" lists parts, not stukken.
  // "Kamerstukken I 2019/20, 35 300, IX en JA": in a Senate citation the list takes its long dossiers' letters too (session 26).
  const listShape = marker || !isLetterNumber(first.value) ? null : options.senate ? SENATE_LETTER_ANY : SENATE_LETTER_SHAPE;
  let end = readGroup(text, first, marker?.value ?? false, options, numbers, listShape);
  // Further groups, each with its own marker.
  for (;;) {
    if (!matchesAt(CONTINUATION, text, end)) break;
    const nextMarker = readNumberMarker(text, CONTINUATION.lastIndex);
    if (!nextMarker) break;
    const next = readNumber(text, nextMarker.end, options.allowLetters);
    if (!next) break;
    end = readGroup(text, next, nextMarker.value, options, numbers);
  }
  return { numbers, end, problems };
}

/**
 * One number with the numbers listed after it and an optional page reference, appended to `out` (no array
 * per group: the group is what follows out's earlier entries); returns the end. With `listShape` the list
 * stops at a letter not of that shape (SENATE_LETTER_SHAPE, or SENATE_LETTER_ANY in a Senate citation).
 */
function readGroup(text: string, first: Read<string>, plural: boolean, options: NumberOptions, out: CitedNumber[], listShape: RegExp | null = null): number {
  let last: CitedNumber = { start: first.start, end: first.end, value: first.value, page: null, closesRange: null };
  out.push(last);
  // A singular "nr." may still head a written-out list, "nr. 440, 441 en 455)", when the list closes with
  // "en"/"of" and the phrase ends there; anything looser may be a count ("nr. 5, 6 mensen").
  const enumerated = plural ? null : readEnumeration(text, first, options.allowLetters && isLetterNumber(first.value), listShape);
  if (enumerated) {
    for (const x of enumerated) out.push(x);
    last = out[out.length - 1];
  }
  for (;;) {
    if (enumerated) break;
    const glue = readListGlue(text, last.end);
    if (!glue) break;
    if (readDossier(text, glue.end, true)) break;                       // a new dossier, not a listed number
    // An Eerste Kamer letter lists letters after it ("35 925, AE en AF)"); a digit after a letter is no number of it.
    const letters = options.allowLetters && isLetterNumber(last.value);
    const next = readNumber(text, glue.end, options.allowLetters && (plural || letters));
    if (!next || followedByMonthOrUnit(text, next.end) || (letters && !isLetterNumber(next.value))) break;
    if (listShape && !listShape.test(next.value)) break;
    const isComma = hasComma(text, glue.start, glue.end);
    // "36 418, A tot en met D over …": a range of Senate letters counts nothing, so no phrase end is needed (round 39).
    const letterRange = glue.value === 'range' && letters;
    if (!plural && !letterRange && (isComma || !matchesAt(PHRASE_END, text, next.end))) break;
    let closesRange: string | null = null;
    if (glue.value === 'range') {
      // "A tot en met F": a range of Senate letters, in the order the Senate gives them (session 25).
      const a = rankOf(last.value), b = rankOf(next.value);
      if (!(b > a) || b - a > 500) break;
      closesRange = `${last.value}-${next.value}`;
    }
    last = { start: next.start, end: next.end, value: next.value, page: null, closesRange };
    out.push(last);
  }
  let end = last.end;
  if (options.withPages) {
    const page = readPage(text, end);
    if (page) { last.page = page.value; end = page.end; }
  }
  return end;
}

/**
 * Numbers written without "nr." right after a word that announces them ("Aanhangsels 1432, 1889 en 2212"): the first
 * after spaces, then a list as after "nrs.". None when the first is a year or a count ("Aanhangsel 2 maanden").
 */
export function readBareNumberList(text: string, pos: number): NumbersRead {
  const numbers: CitedNumber[] = [];
  const at = skipSpaces(text, pos);
  const first = at > pos ? readNumber(text, at, false) : null;
  if (!first || YEAR.test(first.value) || followedByMonthOrUnit(text, first.end)) return { numbers, end: pos, problems: [] };
  const end = readGroup(text, first, true, { allowLetters: false, bareNumber: 'never', withPages: false }, numbers);
  return { numbers, end, problems: [] };
}

/** A number's place in its series: the number itself, or a Senate letter's (A = 1, Z = 26, AA = 27, …). */
function rankOf(value: string): number {
  if (!isLetterNumber(value)) return parseInt(value, 10);
  let rank = 0;
  for (let i = 0; i < value.length; i++) rank = rank * 26 + value.charCodeAt(i) - 0x40;
  return rank;
}

/** An Eerste Kamer stuk's letter ("C", "AE") in the place of a number. */
function isLetterNumber(value: string): boolean {
  const c = value.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** Whether text[from, to) holds a comma (a short stretch of separator, read in place: no slice). */
function hasComma(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 0x2c) return true;
  return false;
}

const MAX_ENUMERATION = 20;

/** The numbers after the first of "nr. 440, 441 en 455)" when they form a closed enumeration; else null. */
function readEnumeration(text: string, first: Read<string>, letters: boolean, listShape: RegExp | null): CitedNumber[] | null {
  const listed: CitedNumber[] = [];
  let end = first.end;
  let closedWithConjunction = false;
  while (listed.length < MAX_ENUMERATION) {
    const glue = readListGlue(text, end);
    if (!glue || glue.value === 'range') break;
    if (readDossier(text, glue.end, true)) break;
    const next = readNumber(text, glue.end, letters);
    if (!next || followedByMonthOrUnit(text, next.end) || (letters && !isLetterNumber(next.value))) break;
    if (listShape && !listShape.test(next.value)) break;
    listed.push({ start: next.start, end: next.end, value: next.value, page: null, closesRange: null });
    end = next.end;
    closedWithConjunction = !text.slice(glue.start, glue.end).includes(',') || /\b(?:en|of)\b/.test(text.slice(glue.start, glue.end));
    if (closedWithConjunction) break;
  }
  if (listed.length < 2) return null;
  if (closedWithConjunction) return matchesAt(PHRASE_END, text, end) ? listed : null;
  // Commas only, "nr. 72, 71, 70)": a list when the parenthesis or clause closes right after it and no listed
  // number reads as a year of a smaller series ("nr. 5, 2015)" is a number and a year).
  if (!matchesAt(CLOSED_LIST_END, text, end)) return null;
  const yearsAreNumbers = first.value.length === 4;
  return listed.every(n => yearsAreNumbers || !YEAR.test(n.value)) ? listed : null;
}

/** What closes a comma-only list of numbers: a parenthesis, bracket or semicolon. */
const CLOSED_LIST_END = /[ \u00a0]*[)\];]/y;

// A bare number must close the citation: "(Kamerstuk 29 754, 325)".
const BARE_END = /[ \u00a0]*(?:[).;:\]]|\n|$)/y;
// A bare Senate letter may also end it before a comma or a further item: "Kamerstuk 32 317, G en de brief …", "…, G, waarin";
// a letter cannot be a count ("3 en 4 mensen"), and NUMBER_LETTERS has kept out a capital that starts a word ("Geen").
// Also before a table's cell wall, a dash between spaces, the next citation of a list written one a line (the view
// reads the line break as a space: "…, AB ⏎ Kamerstuk 33 826, AC") and a word in lower case that goes on the sentence
// ("…, AB van 3 mei", "…, AB ⏎ over de …"), where the letter is no pronoun (LOWER_WORD_AFTER).
const BARE_LETTER_END = /[ \u00a0]*(?:[).;:,\]|]|\n|$)|[ \u00a0]+(?:(?:en|of)[ \u00a0]|[–—-][ \u00a0]|(?:[Kk]amerstuk|[Hh]andelingen|[Aa]anhangsel)(?![\p{L}]))/yu;
// A word in lower case after the letter: not after "U", the pronoun of a formal letter ("Kamerstuk 32 317, U ontvangt …").
const LOWER_WORD_AFTER = /[ \u00a0]+\p{Ll}/yu;
// There only a letter as the Senate numbers its stukken in most dossiers, "G", "AB", "BF": not an acronym ("EU en de NAVO").
const SENATE_LETTER_SHAPE = /^(?:[A-Z]|[AB][A-Z])$/;
/** Any letter of one or two capitals: the Senate's letters in its longest dossiers ("IX", "JA", "XL"). */
const SENATE_LETTER_ANY = /^[A-Z]{1,2}$/;
// The organisations' acronyms of that shape (the ministries AZ and BZ; AP, AU, AW): before a word, a comma or "en" they
// name the organisation ("Kamerstuk 31 490, BZ heeft …"); only a closing mark (BARE_END) still makes them a letter.
const ACRONYMS_IN_LETTER_SHAPE = new Set(['AZ', 'BZ', 'AP', 'AU', 'AW']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A bare number is no ondernummer when it is a year, a count ("3 keer"), a date or the next dossier. */
function isPlausibleBareNumber(text: string, n: Read<string>, mode: 'any' | 'closing'): boolean {
  if (YEAR.test(n.value) || followedByMonthOrUnit(text, n.end) || readDossier(text, n.start, true)) return false;
  if (n.value.length === 1 && isInitial(text, n.end)) return false;
  if (isRomanNumeralPart(n.value)) return false;
  return mode === 'any' || matchesAt(BARE_END, text, n.end) || (SENATE_LETTER_SHAPE.test(n.value) && endsAsSenateLetter(text, n));
}

// After a capital and its full stop, a name: another initial ("B.V.", "A. B. Jansen") or a name's particle ("J. de
// Vries"). A capitalised word alone is no sign of a name: the sentence after a Senate letter opens with any noun
// ("…, 35 300, G. Gemeenten kunnen …", also over a line end, which the view reads as a space), so "A. Jansen" keeps A.
const INITIAL_THEN_INITIAL = /\.[ \u00a0]?\p{Lu}\./yu;
const INITIAL_THEN_PARTICLE = /\.[ \u00a0]+(?:van|de|den|der|ter|ten|te|'t|von|la|le|du)[ \u00a0]+\p{Lu}/yu;

// A roman numeral of three letters or more ("XIV", "CXX"): a part or chapter of a dossier, no stuk of the Senate, whose
// letters have two at most in practice (its longest dossiers reach "IX", "JA": two letters stay letters).
const LONG_ROMAN_NUMERAL = /^[IVXLCDM]{3,}$/;

function isRomanNumeralPart(value: string): boolean {
  return LONG_ROMAN_NUMERAL.test(value);
}

/** Whether the full stop after a capital at `end` makes it an initial before a name (no Senate letter ending a sentence). */
function isInitial(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x2e && (matchesAt(INITIAL_THEN_INITIAL, text, end) || matchesAt(INITIAL_THEN_PARTICLE, text, end));
}

// "Kamerstuk 31 490, AO van 12 maart": the House's algemeen overleg by its date, no Senate letter AO (session 25); so
// also by its committee, "AO van de vaste commissie" (round 37).
// And by its subject, "AO over de politie", "AO inzake …" (session 26): a Senate letter is cited by its dossier and letter,
// not by what it is about (a Senate citation, "Kamerstukken I …", never gets here: its bare letters are read as they stand).
const MEETING_DATE_AFTER = /[ \u00a0]+(?:(?:van|d\.d\.|dd|op)[ \u00a0]+[1-3]?\d[ \u00a0]+\p{Ll}|van[ \u00a0]+de[ \u00a0]+(?:vaste[ \u00a0]+)?(?:[Cc]ommissie|Kamercommissie)|(?:over|inzake|betreffende|aangaande|m\.b\.t\.|met[ \u00a0]+betrekking[ \u00a0]+tot)[ \u00a0])/yu;

/** Whether what follows a bare letter of the Senate's shape ends the citation there (BARE_LETTER_END, LOWER_WORD_AFTER). */
function endsAsSenateLetter(text: string, n: Read<string>): boolean {
  if (ACRONYMS_IN_LETTER_SHAPE.has(n.value)) return false;
  if (n.value === 'AO' && matchesAt(MEETING_DATE_AFTER, text, n.end)) return false;
  return matchesAt(BARE_LETTER_END, text, n.end) || (n.value !== 'U' && matchesAt(LOWER_WORD_AFTER, text, n.end));
}

// "26 855 (250, 250a)": the numbers of a dossier in parentheses (Leidraad style lists).
const PAREN_OPEN = /[ \u00a0]?\([ \u00a0]?/y;
const PAREN_ITEM = /([1-9]\d{0,3}[a-z]?|[A-Z]{1,2})(?![\p{L}\d])/yu;
const PAREN_GLUE = /[ \u00a0]?,[ \u00a0]?|[ \u00a0]+en[ \u00a0]+/y;
const PAREN_CLOSE = /[ \u00a0]?\)/y;
const MAX_PAREN_ITEMS = 50;

/** Numbers listed in parentheses right after a dossier; null unless the whole list is well formed. */
export function readParenthesisedNumbers(text: string, pos: number): { numbers: CitedNumber[]; end: number } | null {
  if (!matchesAt(PAREN_OPEN, text, pos)) return null;
  let p = PAREN_OPEN.lastIndex;
  const numbers: CitedNumber[] = [];
  while (numbers.length < MAX_PAREN_ITEMS) {
    if (!matchesAt(PAREN_ITEM, text, p)) return null;
    numbers.push({ start: p, end: PAREN_ITEM.lastIndex, value: text.slice(p, PAREN_ITEM.lastIndex), page: null, closesRange: null });   // the group is the whole match
    p = PAREN_ITEM.lastIndex;
    if (matchesAt(PAREN_CLOSE, text, p)) return { numbers, end: PAREN_CLOSE.lastIndex };
    if (!matchesAt(PAREN_GLUE, text, p)) return null;
    p = PAREN_GLUE.lastIndex;
  }
  return null;
}
