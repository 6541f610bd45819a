// Small readers for the pieces of a parliamentary citation, each a sticky regex tried at one position of
// the normalised view. Every reader is bounded (no nested quantifiers over unbounded input), so trying
// one at every anchor keeps the whole pass linear.
import type { Chamber } from '../../types';
import { SENATE_ROMAN_DOSSIER } from '../../ids';

export interface Read<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * The code unit at `pos`, or -1 past the end (which no reader starts with). Read so, a look at the end of the
 * text is no out-of-bounds read, which would send the optimised reader back to the interpreter once.
 */
export function codeAt(text: string, pos: number): number {
  return pos < text.length ? text.charCodeAt(pos) : -1;
}

/**
 * Runs a sticky regex at `pos`; null when it does not match there. A match array with its group strings is
 * garbage made per call: the hot readers below use matchesAt and read their values from the text instead.
 */
export function readAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Whether a sticky regex matches at `pos` (its lastIndex then ends the match): test() makes no match array,
 * for the readers that need only where a match ends.
 */
export function matchesAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

const SPACES = /[\s\u00a0]*/y;
const SEPARATOR = /[\s\u00a0]*(?:[,:][\s\u00a0]*)?/y;

/**
 * Whether the code unit can start none of the optional white space and separators of SPACES and SEPARATOR:
 * printable ASCII other than "," and ":" (the common case, answered without running the regex).
 */
function isPlainAscii(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== 0x2c && c !== 0x3a;
}

/** Position after white space at `pos`. */
export function skipSpaces(text: string, pos: number): number {
  if (isPlainAscii(codeAt(text, pos))) return pos;
  SPACES.lastIndex = pos;
  SPACES.test(text);             // always matches (maybe nothing); test() makes no match array
  return SPACES.lastIndex;
}

/** Position after white space and at most one comma or colon: the separator between citation parts. */
export function skipSeparator(text: string, pos: number): number {
  if (isPlainAscii(codeAt(text, pos))) return pos;
  SEPARATOR.lastIndex = pos;
  SEPARATOR.test(text);          // always matches (maybe nothing); test() makes no match array
  return SEPARATOR.lastIndex;
}

// ---------------------------------------------------------------------------------------------- chamber

const CHAMBER = /(I-II|I\/II|Verenigde Vergadering|VV|Tweede Kamer|Eerste Kamer|T\.K\.?|E\.K\.?|TK|EK|II|I|11)(?![\p{L}\d])/yu;

/** "II", "I", "VV", "Tweede Kamer", "TK"… OCR "11" is returned too; the caller accepts it only before a session. */
export function readChamber(text: string, pos: number): Read<{ chamber: Chamber; ocr: boolean }> | null {
  // Every alternative starts with I, V, T, E or 1.
  const c = codeAt(text, pos);
  if (c !== 0x49 && c !== 0x56 && c !== 0x54 && c !== 0x45 && c !== 0x31) return null;
  if (!matchesAt(CHAMBER, text, pos)) return null;
  const end = CHAMBER.lastIndex;
  return { start: pos, end, value: { chamber: chamberOfMatch(c, end - pos), ocr: c === 0x31 } };
}

/**
 * The chamber a CHAMBER match names, told by its first letter and length: V (VV, Verenigde Vergadering) and
 * the four-letter I-II, I/II the joint session; E (EK, E.K., Eerste Kamer) and a lone I the Eerste Kamer;
 * T (TK, T.K., Tweede Kamer), II and OCR's 11 the Tweede Kamer.
 */
function chamberOfMatch(first: number, length: number): Chamber {
  if (first === 0x56) return 'VV';
  if (first === 0x45) return 'I';
  if (first === 0x49) return length === 1 ? 'I' : length === 2 ? 'II' : 'VV';
  return 'II';
}

// ---------------------------------------------------------------------------------------------- session

// "2014/15", "2014/2015", "14/15", "2013–2014", "vergaderjaar 2015-2016", "Zitting 1986-1987", "2014/ 15".
// The second year takes 1–4 digits so that a typo ("2022–203") is read, and reported, as a broken session.
const SESSION = /(?:(?:[Vv]ergaderjaar|[Vv]erg\.?jaar|[Zz]ittingsjaar|[Zz]itting)[\s\u00a0]+)?['’]?(\d{4}|\d{2})[ \u00a0]?[\/\-–—‐‑−][ \u00a0]?['’]?(\d{1,4})(?![\d\p{L}])/yu;

export interface SessionRead {
  /** "2014-2015", or null when the years are not consecutive. */
  session: string | null;
  /** The start year, for ids and for telling pre-2011 Handelingen apart. */
  startYear: number;
  /** True when the text has the shape of a session but the years do not follow each other. */
  malformed: boolean;
}

/** A session year. Returns null for anything that is not shaped like one (a dossier "9595-12" is not). */
export function readSession(text: string, pos: number): Read<SessionRead> | null {
  if (!canStartSession(codeAt(text, pos))) return null;
  if (!matchesAt(SESSION, text, pos)) return null;
  const end = SESSION.lastIndex;
  // The years as digit runs of the match: the lead word has no digits, so the first run is the first year
  // (exactly its 4 or 2 digits: a dash follows it), and the run that ends the match is the second.
  const aStart = firstDigitFrom(text, pos);
  const aEnd = digitsEnd(text, aStart);
  const bStart = digitsStart(text, end);
  const aLength = aEnd - aStart, bLength = end - bStart;
  if (aLength === 2 && bLength !== 2) return null;
  const first = aLength === 4 ? digitsValue(text, aStart, aEnd) : expandYear(digitsValue(text, aStart, aEnd));
  if (first < 1800 || first > 2199) return null;
  if (bLength !== 2 && bLength !== 4) {
    return { start: pos, end, value: { session: null, startYear: first, malformed: true } };
  }
  let second: number;
  if (bLength === 4) second = digitsValue(text, bStart, end);
  else {
    second = Math.floor(first / 100) * 100 + digitsValue(text, bStart, end);
    if (second < first) second += 100; // "1999/00"
  }
  const consecutive = second === first + 1;
  return {
    start: pos,
    end,
    value: { session: consecutive ? `${first}-${second}` : null, startYear: first, malformed: !consecutive },
  };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The first ASCII digit at or after `pos` (the caller knows there is one). */
function firstDigitFrom(text: string, pos: number): number {
  let p = pos;
  while (!isDigit(text.charCodeAt(p))) p++;
  return p;
}

/** Where the run of ASCII digits at `pos` ends. */
function digitsEnd(text: string, pos: number): number {
  let p = pos;
  while (isDigit(codeAt(text, p))) p++;
  return p;
}

/** Where the run of ASCII digits that ends at `end` starts. */
function digitsStart(text: string, end: number): number {
  let p = end;
  while (p > 0 && isDigit(text.charCodeAt(p - 1))) p--;
  return p;
}

/** The value of the ASCII digits in text[start, end) (at most four here: no overflow, no string). */
function digitsValue(text: string, start: number, end: number): number {
  let n = 0;
  for (let p = start; p < end; p++) n = n * 10 + (text.charCodeAt(p) - 0x30);
  return n;
}

/** What SESSION can start with: a digit, a quote, or the V/Z of "vergaderjaar", "zitting". */
function canStartSession(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x56 || c === 0x76 || c === 0x5a || c === 0x7a || c === 0x27 || c === 0x2019;
}

function expandYear(yy: number): number {
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

// ---------------------------------------------------------------------------------------------- dossier

// A dossier number: "29 754", "29754", "29.754", old four-digit "9595". The unlabelled form only takes five digits.
const DOSSIER = /([1-9]\d?)[ .\u00a0]?(\d{3})(?![\d])/y;
const DOSSIER5 = /([1-9]\d)[ .\u00a0]?(\d{3})(?![\d])/y;

export function readDossier(text: string, pos: number, fiveDigitsOnly = false): Read<string> | null {
  const c = codeAt(text, pos);
  if (!(c >= 0x31 && c <= 0x39)) return null;                       // [1-9]
  const re = fiveDigitsOnly ? DOSSIER5 : DOSSIER;
  if (!matchesAt(re, text, pos)) return null;
  const end = re.lastIndex;
  // The last three digits follow the gap, if any ("29 754"): the dossier is the digits without it.
  const gapped = !isDigit(text.charCodeAt(end - 4));
  return { start: pos, end, value: gapped ? text.slice(pos, end - 4) + text.slice(end - 3, end) : text.slice(pos, end) };
}

/** "CXXIV" before ", G": a Senate dossier in roman numerals (SENATE_ROMAN_DOSSIER) before its stuk's letter. */
const ROMAN_DOSSIER = new RegExp(`${SENATE_ROMAN_DOSSIER}(?=,[ \u00a0]?[A-Z]{1,3}(?![\p{L}\d]))`, 'uy');
export function readRomanDossier(text: string, pos: number): Read<string> | null {
  if (codeAt(text, pos) !== 0x43 || !matchesAt(ROMAN_DOSSIER, text, pos)) return null;     // C
  return { start: pos, end: ROMAN_DOSSIER.lastIndex, value: text.slice(pos, ROMAN_DOSSIER.lastIndex) };
}

/** A run of digits with single spaces or dots that is NOT a valid dossier: "297540", "297 54". */
const DIGIT_RUN = /\d{1,8}(?:[ .]\d{1,8}){0,3}/y;
export function readDigitRun(text: string, pos: number): Read<string> | null {
  return matchesAt(DIGIT_RUN, text, pos) ? { start: pos, end: DIGIT_RUN.lastIndex, value: text.slice(pos, DIGIT_RUN.lastIndex) } : null;
}

// ---------------------------------------------------------------------------------------------- suffix

// After the dossier: "-02", "-VIII", " VI", "700XII" (glued), " hoofdstuk XV", "IIB". With a space the
// suffix must look like a roman numeral or one or two capitals ("36 200 A"), so "34 359 De" is no suffix.
// PDF text may carry a Unicode hyphen or an en dash where the citation has "-".
const SUFFIX_NUMERIC = /[-‐‑–](\d{1,2})(?![\d\p{L}])/yu;
const SUFFIX_HYPHEN_LETTERS = /[-‐‑–.]([A-Z]{1,6})(?![\p{L}\d])/yu;
// Roman chapter numbers of the budget (I … XXXIX), optionally with a letter ("IIB"); not "VVD" or "CDA".
const ROMAN = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[A-Z]?';
const SUFFIX_SPACED = new RegExp(`[ \\u00a0]?(${ROMAN}|[A-Z]{1,2})(?![\\p{L}\\d])`, 'yu');
const SUFFIX_CHAPTER = new RegExp(`[ \\u00a0]+[Hh]oofdstuk[ \\u00a0]+(${ROMAN}|[A-Z]{1,2})(?![\\p{L}\\d])`, 'yu');
// A space slipped in after the hyphen, or on both sides: "Kamerstuk 33 400- J, nr. 19", "35 000 - XII" (round 36); as after a
// space, only a roman numeral or one or two capitals.
const SUFFIX_HYPHEN_SPACED = new RegExp(`[ \\u00a0]?[-‐‑–][ \\u00a0](${ROMAN}|[A-Z]{1,2})(?![\\p{L}\\d])`, 'yu');


/** What one of the suffixes can start with: a hyphen or dash, ".", a space, NBSP or a capital A-Z. */
function canStartSuffix(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x20 || c === 0xa0 || c === 0x2d || c === 0x2e || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/**
 * The suffixes tried in this order; each value is read from the text where its group lies: after the
 * hyphen or dot, after the optional space, or the capitals that end "hoofdstuk XV".
 */
export function readSuffix(text: string, pos: number): Read<string> | null {
  const c = codeAt(text, pos);
  if (!canStartSuffix(c)) return null;
  if (matchesAt(SUFFIX_NUMERIC, text, pos)) return suffixRead(text, pos, pos + 1, SUFFIX_NUMERIC.lastIndex);
  if (matchesAt(SUFFIX_HYPHEN_LETTERS, text, pos)) return suffixRead(text, pos, pos + 1, SUFFIX_HYPHEN_LETTERS.lastIndex);
  if (matchesAt(SUFFIX_HYPHEN_SPACED, text, pos)) return suffixRead(text, pos, capitalsStart(text, SUFFIX_HYPHEN_SPACED.lastIndex), SUFFIX_HYPHEN_SPACED.lastIndex);
  if (matchesAt(SUFFIX_CHAPTER, text, pos)) {
    const end = SUFFIX_CHAPTER.lastIndex;
    return suffixRead(text, pos, capitalsStart(text, end), end);
  }
  if (matchesAt(SUFFIX_SPACED, text, pos)) return suffixRead(text, pos, c === 0x20 || c === 0xa0 ? pos + 1 : pos, SUFFIX_SPACED.lastIndex);
  return null;
}

function suffixRead(text: string, start: number, valueStart: number, end: number): Read<string> {
  return { start, end, value: text.slice(valueStart, end) };
}

/** Where the run of capitals A-Z that ends at `end` starts. */
function capitalsStart(text: string, end: number): number {
  let p = end;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c < 0x41 || c > 0x5a) break;
    p--;
  }
  return p;
}

// "(R 1669)", "(R2064)": the Rijkswet number after a dossier.
const RIJKSWET = /[ \u00a0]?\([ \u00a0]?R[ \u00a0]?(\d{3,4})[ \u00a0]?\)/y;
export function readRijkswet(text: string, pos: number): Read<string> | null {
  const c = codeAt(text, pos);
  if (c !== 0x28 && c !== 0x20 && c !== 0xa0) return null;     // "(", or a space before it
  const m = readAt(RIJKSWET, text, pos);
  return m ? { start: pos, end: RIJKSWET.lastIndex, value: `R${m[1]}` } : null;
}

// ---------------------------------------------------------------------------------------------- number

const NUMBER_MARKER = /(?:([Nn]rs?|NRS?)\.?|([Nn]ummers?)|[Aa]anhangsel-?(?:nummer|nr\.?))(?![\p{L}])[\s\u00a0]*/yu;

/** "nr.", "nrs.", "nr", "nummer(s)", "Aanhangselnummer". The value, plural, tells a list is announced. */
export function readNumberMarker(text: string, pos: number): Read<boolean> | null {
  const c = codeAt(text, pos) | 0x20;                                   // every marker starts with N/n or A/a
  if (c !== 0x6e && c !== 0x61) return null;
  if (!matchesAt(NUMBER_MARKER, text, pos)) return null;
  return { start: pos, end: NUMBER_MARKER.lastIndex, value: c === 0x6e && isPluralMarker(text, pos) };
}

/**
 * Whether the "nr"/"nummer" marker matched at `pos` is "nrs"/"nummers": its "s" is read, since a letter
 * after the word would have failed the match ("nrsx" is no marker), so an "s" there is the plural's.
 */
function isPluralMarker(text: string, pos: number): boolean {
  const sAt = (text.charCodeAt(pos + 1) | 0x20) === 0x72 ? pos + 2 : pos + 6;    // "nr" or "nummer"
  return (codeAt(text, sAt) | 0x20) === 0x73;
}

// Eerste Kamer stukken may name their letter number with the word: "(EK 32 043, letter P)",
// "Kamerstukken I 2019/20, 35 300, letter C". The word counts only before one to three capitals.
const LETTER_MARKER = /[Ll]etter[ \u00a0]+(?=[A-Z]{1,3}(?![\p{L}\d]))/yu;

/** "letter " before an Eerste Kamer letter number; the value is always false (never plural). */
export function readLetterMarker(text: string, pos: number): Read<boolean> | null {
  if ((codeAt(text, pos) | 0x20) !== 0x6c) return null;                // L/l
  return matchesAt(LETTER_MARKER, text, pos) ? { start: pos, end: LETTER_MARKER.lastIndex, value: false } : null;
}

// An ondernummer: "325", "42e", "188b"; letters "C", "AB", "AI" for Eerste Kamer stukken.
const NUMBER_DIGITS = /([1-9]\d{0,3}[a-z]?)(?![\p{L}\d])/yu;
const NUMBER_LETTERS = /([A-Z]{1,3})(?![\p{L}\d])/yu;

export function readNumber(text: string, pos: number, allowLetters: boolean): Read<string> | null {
  const c = codeAt(text, pos);
  if (!(c >= 0x31 && c <= 0x39) && !(allowLetters && c >= 0x41 && c <= 0x5a)) return null;   // [1-9], or [A-Z]
  // Each group is the whole match: the value is sliced, no match array made.
  if (matchesAt(NUMBER_DIGITS, text, pos)) return { start: pos, end: NUMBER_DIGITS.lastIndex, value: text.slice(pos, NUMBER_DIGITS.lastIndex) };
  if (!allowLetters) return null;
  return matchesAt(NUMBER_LETTERS, text, pos) ? { start: pos, end: NUMBER_LETTERS.lastIndex, value: text.slice(pos, NUMBER_LETTERS.lastIndex) } : null;
}

// ---------------------------------------------------------------------------------------------- lists

// The glue between listed numbers: "520 en 548", "520, 548", "1–3", "1 t/m 3".
const LIST_GLUE = /(?:[ \u00a0]?,[ \u00a0]?(?:en[ \u00a0]+)?|[ \u00a0]+(?:en|of|&)[ \u00a0]+)/y;
const RANGE_GLUE = /(?:[ \u00a0]?[-–—‐‑][ \u00a0]?|[ \u00a0]+(?:t\/m|t\.\/m\.?|tot en met)[ \u00a0]+)/y;

/** What RANGE_GLUE and LIST_GLUE can start with: a space, NBSP, a comma, a hyphen or a dash. */
function canStartGlue(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011;
}

export function readListGlue(text: string, pos: number): Read<'list' | 'range'> | null {
  if (!canStartGlue(codeAt(text, pos))) return null;
  if (matchesAt(RANGE_GLUE, text, pos)) return { start: pos, end: RANGE_GLUE.lastIndex, value: 'range' };
  return matchesAt(LIST_GLUE, text, pos) ? { start: pos, end: LIST_GLUE.lastIndex, value: 'list' } : null;
}

const MONTH_OR_UNIT = /[ \u00a0]*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|jl|a\.s|procent|%|euro|miljoen|mensen|personen|jaar|jaren|maanden|weken|dagen|keer)(?![\p{L}])/yu;

/** True when the number ending at `pos` is followed by a month or a unit: "325, 9 november" is no list. */
export function followedByMonthOrUnit(text: string, pos: number): boolean {
  // A space, NBSP, "%" or a lower-case letter a-z starts every alternative.
  const c = codeAt(text, pos);
  if (c !== 0x20 && c !== 0xa0 && c !== 0x25 && !(c >= 0x61 && c <= 0x7a)) return false;
  return matchesAt(MONTH_OR_UNIT, text, pos);
}

// ---------------------------------------------------------------------------------------------- page

const PAGE_LABEL = /(?:[Bb]ladzijde|[Bb]lz|[Pp]agina|[Pp]ag|[Pp]p|[Pp]|b)(?:\.[ \u00a0]?|[ \u00a0])(?=\d)/y;
const PAGE_NUMBER = /([1-9]\d{0,4})(?![\d\p{L}])/yu;
const PAGE_EV = /[ \u00a0]?e\.?[ \u00a0]?v\.?/y;

/** ", p. 3", " blz. 7–8", "p. 12 en 13", "p. 4 e.v." → normalised "3", "7-8", "12,13", "4-". */
export function readPage(text: string, pos: number): Read<string> | null {
  const afterSep = skipSeparator(text, pos);
  const c = codeAt(text, afterSep) | 0x20;                              // every label starts with B/b or P/p
  if (c !== 0x62 && c !== 0x70) return null;
  if (!matchesAt(PAGE_LABEL, text, afterSep)) return null;
  let p = PAGE_LABEL.lastIndex;
  // PAGE_NUMBER's group is its whole match: the numbers are sliced, no match arrays.
  if (!matchesAt(PAGE_NUMBER, text, p)) return null;
  let value = text.slice(p, PAGE_NUMBER.lastIndex);
  p = PAGE_NUMBER.lastIndex;
  if (matchesAt(PAGE_EV, text, p)) return { start: afterSep, end: PAGE_EV.lastIndex, value: `${value}-` };
  for (let i = 0; i < 20; i++) {
    const glue = readListGlue(text, p);
    if (!glue) break;
    if (!matchesAt(PAGE_NUMBER, text, glue.end)) break;
    const nextEnd = PAGE_NUMBER.lastIndex;
    if (followedByMonthOrUnit(text, nextEnd)) break;
    value += (glue.value === 'range' ? '-' : ',') + text.slice(glue.end, nextEnd);
    p = nextEnd;
  }
  return { start: afterSep, end: p, value };
}
