// Acronym definitions found in the text itself, after Schwartz & Hearst (PSB 2003), extended for Dutch.
//
// S&H: in "long form (SF)" take at most min(|SF|+5, 2·|SF|) words before the parenthesis and match the
// short form's characters right to left against them; the first character must start a word, and the
// long form runs from that word to the parenthesis. When the parenthesis holds more than two words it is
// read the other way round: "SF (long form)". Dutch and Kamerbrief extensions:
//   - lead-ins inside the parenthesis are dropped: "(hierna: OM)", "(hierna te noemen: de NCTV)";
//   - the reverse form may carry a compound head: "JBZ-Raad (Justitie en Binnenlandse Zaken)",
//     "GCTF-verband (Global Counterterrorism Forum)" – the part before the hyphen is the acronym;
//   - a trailing number or scope token in the short form needs no letters in the long form:
//     "DTN40", "DTN 45", "IRU NL";
//   - coordinated truncation ("Inlichtingen- en Veiligheidsdienst") and line breaks need nothing special:
//     the normalised view has joined the lines, and matching is by character.
// Works on any string; offsets are offsets into that string.

export interface AcronymPair {
  /** The acronym as written: "NCTV", "KMar", "DT&V", "JBZ". */
  short: string;
  long: string;
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
  /** "SF (long form)" rather than "long form (SF)". */
  reverse: boolean;
  /** The word the acronym is glued to, when the short form is part of a compound ("JBZ-Raad" → "Raad"). */
  compound: string | null;
  /** The long form without a legal form before it that the acronym does not spell ("Vluchtelingenwerk Nederland"), when it has one. */
  spelledLong?: string;
}

/** Parenthesised text on one line, without nested parentheses; bounded so the scan stays linear. */
const PARENTHESIS = /\(([^()\n]{1,160})\)/y;
const LEAD_IN = /^(?:hierna(?:\s+te\s+noemen)?|verder|afgekort(?:\s+(?:als|tot))?|kortweg|ook\s+wel|oftewel|ofwel|hereafter|hierna\s+genoemd)\s*:?\s*(?:(?:de|het)\s+)?/i;
/** A Roman numeral as letters number chapters and chambers ("II", "XIV", "XXIII"); larger ones are acronyms ("CCV", "CIVD"). */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Upper-case words that are never acronyms of a name. */
const NOT_ACRONYMS = new Set(['NB', 'EA', 'OK', 'PS', 'CC', 'BV', 'NV', 'VS', 'USA', 'UK', 'NL', 'ID', 'PDF', 'URL', 'TV', 'CV', 'CS']);
/** Longest word read as a short form with its compound head, and longest long-form window, in characters. */
const MAX_WORD = 60;
const MAX_WINDOW = 400;
const ARTICLES = new Set(['de', 'het', 'een', 'the']);

const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);
const countUpper = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;

/** Whether a string can be an acronym: 2–10 characters, at most two tokens, capitals, mostly letters. */
export function isShortFormCandidate(sf: string): boolean {
  if (sf.length < 2 || sf.length > 10) return false;
  // Most parenthesised words start in lower case or with a digit: the capital test below, answered for ASCII.
  const first = sf.charCodeAt(0);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;
  if (isAscii(sf)) return asciiShortFormCandidate(sf);
  const tokens = sf.split(' ');
  if (tokens.length > 2) return false;
  if (!/^[\p{L}\p{N}]/u.test(sf) || !/^\p{Lu}/u.test(sf)) return false;
  const letters = (sf.match(/\p{L}/gu) ?? []).length;
  if (letters * 2 < sf.replace(/ /g, '').length) return false;
  const head = tokens[0];
  if (ROMAN.test(head) || NOT_ACRONYMS.has(head)) return false;
  if (!/^[\p{L}\p{N}&\-./]+$/u.test(head)) return false;
  if (countUpper(head) < 2 && head.length > 4) return false;
  if (tokens.length === 2 && !/^(?:\p{Lu}{2,4}|\d{1,4})$/u.test(tokens[1])) return false;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * isShortFormCandidate for a text in ASCII with a capital first, by counting units: \p{L} is A-Z and a-z
 * there, \p{N} and \d are 0-9, \p{Lu} is A-Z. Most short forms are plain ASCII ("AIVD", "DT&V", "DTN 45").
 */
function asciiShortFormCandidate(sf: string): boolean {
  const space = sf.indexOf(' ');
  if (space >= 0 && sf.indexOf(' ', space + 1) >= 0) return false;          // more than two tokens
  let letters = 0, spaces = 0;
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (isAsciiLetterCode(c)) letters++;
  }
  if (letters * 2 < sf.length - spaces) return false;
  const head = space < 0 ? sf : sf.slice(0, space);
  if (ROMAN.test(head) || NOT_ACRONYMS.has(head)) return false;
  let capitals = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) capitals++;
    else if (!isAsciiLetterCode(c) && !isDigitCode(c) && c !== 0x26 && c !== 0x2d && c !== 0x2e && c !== 0x2f) return false;   // & - . /
  }
  if (head.length === 0 || (capitals < 2 && head.length > 4)) return false;
  return space < 0 || /^(?:[A-Z]{2,4}|[0-9]{1,4})$/.test(sf.slice(space + 1));
}

/**
 * "Rijksbrede Benchmark Groep (RBB Groep)": an acronym followed by the head noun of its long form, which the
 * long form must end in. The head word when `sf` has that shape, else null.
 */
const HEADED_SHORT_FORM = /^(\S{2,8}) (\p{Lu}\p{Ll}{2,15})$/u;

function headOfShortForm(sf: string): string | null {
  const m = HEADED_SHORT_FORM.exec(sf);
  if (!m || !isShortFormCandidate(m[1]) || countUpper(m[1]) < 2) return null;
  return m[2];
}

const isAsciiLetterCode = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The S&H backward match: where in `window` the long form for `sf` starts, or -1.
 * Every alphanumeric character of the short form must be found, right to left; the first one at a word start.
 */
export function longFormStart(sf: string, window: string): number {
  let l = window.length - 1;
  const first = firstAlnum(sf);
  for (let s = sf.length - 1; s >= 0; s--) {
    const c = sf[s].toLowerCase();
    if (!isAlnum(c)) continue;
    const mustStartWord = s === first;
    // The lower case of c as one unit, to compare ASCII units of the window without a string each.
    const code = c.length === 1 ? c.charCodeAt(0) : -1;
    while (l >= 0 && (!sameLower(window, l, c, code) || (mustStartWord && l > 0 && isAlnumUnit(window, l - 1)))) l--;
    if (l < 0) return -1;
    l--;
  }
  return wordStart(window, l + 1);
}

/** `window[l].toLowerCase() === lower`, answered from the code for an ASCII unit. */
function sameLower(window: string, l: number, lower: string, lowerCode: number): boolean {
  const w = window.charCodeAt(l);
  if (w < 0x80) return (w >= 0x41 && w <= 0x5a ? w + 0x20 : w) === lowerCode;
  return window[l].toLowerCase() === lower;
}

/** isAlnum(s[i]), answered from the code for an ASCII unit. */
function isAlnumUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return isAsciiLetterCode(c) || isDigitCode(c);
  return isAlnum(s[i]);
}

function firstAlnum(s: string): number {
  for (let i = 0; i < s.length; i++) if (isAlnum(s[i])) return i;
  return -1;
}

function wordStart(s: string, i: number): number {
  while (i > 0 && s[i - 1] !== ' ') i--;
  return i;
}

/** The characters of a short form that the long form must spell: trailing numbers and scope tokens left out. */
function spelledPart(sf: string): string[] {
  const parts = [sf];
  // Most short forms end in a letter and hold no space: they are spelled whole.
  if (isDigitCode(sf.charCodeAt(sf.length - 1))) {
    const withoutNumber = sf.replace(/[\s-]*\d+$/, '');
    if (withoutNumber.length >= 2) parts.push(withoutNumber);
  }
  if (sf.includes(' ')) {
    const tokens = sf.split(' ');
    if (tokens.length === 2) parts.push(tokens[0]);
  }
  return parts;
}

function maxWords(sf: string): number {
  const n = isAscii(sf) ? asciiAlphanumerics(sf) : sf.replace(/[^\p{L}\p{N}]/gu, '').length;
  return Math.min(n + 5, 2 * n);
}

/** How many units of an ASCII text are letters or digits (\p{L}\p{N} there). */
function asciiAlphanumerics(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLetterCode(c) || isDigitCode(c)) n++;
  }
  return n;
}

/** Find every acronym definition in `text`. Never throws; linear in the text length. */
export function findAcronymDefinitions(text: string): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  if (typeof text !== 'string' || text.length === 0) return pairs;
  // Each "(" found with indexOf (V8 searches a single character far faster than it runs the regex over the
  // text), then PARENTHESIS tried there: the same matches as a global search, left to right.
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    // test, not exec: the inner text is sliced from the match's end, without a match array.
    PARENTHESIS.lastIndex = open;
    if (!PARENTHESIS.test(text)) continue;
    const innerStart = open + 1;
    const raw = text.slice(innerStart, PARENTHESIS.lastIndex - 1);
    const lead = mayLeadIn(raw.charCodeAt(0)) ? LEAD_IN.exec(raw) : null;
    const leadLength = lead ? lead[0].length : 0;
    const inner = raw.slice(leadLength).trimEnd();
    const contentStart = innerStart + leadLength + (inner.length - inner.trimStart().length);
    const content = inner.trim();
    if (!content) continue;
    const pair = atMostOneSpace(content)
      ? forward(text, open, content, contentStart)
      : lead ? null : reverse(text, open, content, contentStart);
    if (pair) pairs.push(pair);
  }
  return pairs;
}

/**
 * Whether a text starting with unit `c` can start with a LEAD_IN: its words start with h, v, a, k or o, in
 * either case (without the u flag, /i folds no unit outside ASCII onto these).
 */
function mayLeadIn(c: number): boolean {
  const l = c | 0x20;
  return l === 0x68 || l === 0x76 || l === 0x61 || l === 0x6b || l === 0x6f;
}

/** `s.split(' ').length <= 2`, without the array. */
function atMostOneSpace(s: string): boolean {
  return s.indexOf(' ', s.indexOf(' ') + 1) < 0;
}

/** "Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)" */
function forward(text: string, open: number, sf: string, sfStart: number): AcronymPair | null {
  const plain = isShortFormCandidate(sf);
  const head = plain ? null : headOfShortForm(sf);
  if (!plain && head === null) return null;
  const { window, start: windowStart } = wordsBefore(text, open, maxWords(sf));
  if (!window) return null;
  for (const spelled of spelledPart(sf)) {
    const at = longFormStart(spelled, window);
    if (at < 0) continue;
    const long = withoutGluedMarker(sf, window.slice(at).trim());
    if (!acceptable(sf, long)) continue;
    if (head !== null && !long.endsWith(` ${head}`)) continue;
    // "Binnenlandse Zaken en Koninkrijksrelaties/de Algemene Inlichtingen en Veiligheidsdienst (BZK/AIVD)": two
    // names joined by a slash, the second with its own article, each with its own acronym: not one body (the
    // gazetteer reads the parts). "commissie Immigratie en Asiel/JBZ-Raad (I&A/JBZ)" stays one name.
    if (sf.indexOf('/') > 0 && /\/(?:de|het) /.test(long)) return null;
    const spelledStart = windowStart + at;
    const longStart = legalFormStart(text, spelledStart);
    const pair: AcronymPair = { short: sf, long, shortStart: sfStart, shortEnd: sfStart + sf.length, longStart, longEnd: spelledStart + long.length, reverse: false, compound: null };
    if (longStart < spelledStart) { pair.long = text.slice(longStart, spelledStart) + long; pair.spelledLong = long; }
    return pair;
  }
  return null;
}

/**
 * A footnote marker glued to the long form's last word is no part of the name: "het College voor Toetsen en
 * Examens3 (hierna: CvTE)". A short form that ends in a number keeps it ("Platform31 (P31)"), and so does a number that
 * opens with a zero, which no footnote is numbered by ("Terreur0 (NCT)").
 */
function withoutGluedMarker(sf: string, long: string): string {
  if (!isDigitCode(long.charCodeAt(long.length - 1)) || isDigitCode(sf.charCodeAt(sf.length - 1))) return long;
  return long.replace(/(?<=\p{Ll})[1-9]\d{0,2}$/u, '');
}

/** "JBZ-Raad (Justitie en Binnenlandse Zaken)", "CTG (Counter Terrorism Group)" */
function reverse(text: string, open: number, content: string, contentStart: number): AcronymPair | null {
  if (/\d/.test(content)) return null; // citations, dates, article numbers
  let end = open;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  // Bounded: a short form with its compound head is a short word, and a giant "word" must not cost a rescan.
  while (start > 0 && end - start < MAX_WORD && !isSpaceOrOpen(text, start - 1)) start--;
  if (start > 0 && !isSpaceOrOpen(text, start - 1)) return null;
  // Both short forms tried below start where the word does, and isShortFormCandidate wants a capital there: most
  // words before a parenthesis are in lower case ("de brief (zie bijlage)").
  const first = text.charCodeAt(start);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return null;
  const word = text.slice(start, end).replace(/[,;:]+$/, '');
  if (!word) return null;
  const candidates: { sf: string; compound: string | null }[] = [{ sf: word, compound: null }];
  const hyphen = word.indexOf('-');
  if (hyphen > 0) candidates.push({ sf: word.slice(0, hyphen), compound: word.slice(hyphen + 1) });
  // Skip a leading article inside the parenthesis: "(de Raad voor …)".
  let body = content;
  let bodyStart = contentStart;
  const firstSpace = body.indexOf(' ');
  if (firstSpace > 0 && ARTICLES.has(body.slice(0, firstSpace).toLowerCase())) {
    body = body.slice(firstSpace + 1);
    bodyStart += firstSpace + 1;
  }
  for (const { sf, compound } of candidates) {
    if (!isShortFormCandidate(sf) || countUpper(sf) < 2) continue;
    if (body.split(' ').length > maxWords(sf)) continue;
    for (const spelled of spelledPart(sf)) {
      const at = longFormStart(spelled, body);
      if (at !== 0 && !(at > 0 && legalFormStart(body, at) === 0)) continue;
      if (!acceptable(sf, body)) continue;
      const pair: AcronymPair = { short: sf, long: body, shortStart: start, shortEnd: start + sf.length, longStart: bodyStart, longEnd: bodyStart + body.length, reverse: true, compound };
      if (at > 0) pair.spelledLong = body.slice(at);
      return pair;
    }
  }
  return null;
}

/**
 * A capitalised legal form or the royal predicate is part of a body's name, also where the acronym does not spell it:
 * "Stichting Verzekeringsbureau Voertuigcriminaliteit (VbV)", "Koninklijke Nederlandse Beroepsorganisatie van Accountants
 * (NBA)", "Vereniging Koninklijke … (KNHB)" (GUIDELINES, session 26). Where such words stand right before `start`, on the
 * same line, the offset of the first of them; else `start`.
 */
const LEGAL_FORM_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}\-‐.])((?:(?:Stichting|Vereniging|Coöperatie|Federatie|Koninklijke?) )+)$/u;
function legalFormStart(text: string, start: number): number {
  // Most long forms have none: the word before must end in "g", "e" or "k" and a space.
  const last = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 0x20 || (last !== 0x67 && last !== 0x65 && last !== 0x6b)) return start;
  const m = LEGAL_FORM_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  return m ? start - m[1].length : start;
}

/** `/[\s(]/` on the unit at `i`, answered from the code for ASCII (the white space there: \t \n \v \f \r and space). */
function isSpaceOrOpen(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || c === 0x28 || (c >= 0x09 && c <= 0x0d);
  return /\s/.test(text[i]);
}

/** S&H's final checks: the long form is longer than the short form and does not contain it as a word. */
function acceptable(sf: string, long: string): boolean {
  if (long.length <= sf.length) return false;
  const first = long.charCodeAt(0);
  if (first < 0x80 ? !isAsciiLetterCode(first) : !/^[\p{L}]/u.test(long)) return false;
  const space = sf.indexOf(' ');
  return !hasWord(long, sf) && !(space >= 0 && hasWord(long, sf.slice(0, space)));
}

/** `text.split(/[\s\-/]+/).includes(word)`, without the array: a place of `word` with a separator or an end on both sides. */
function hasWord(text: string, word: string): boolean {
  if (word.length === 0) return text.length === 0 || isWordSeparator(text, 0) || isWordSeparator(text, text.length - 1);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isWordSeparator(text, at - 1)) && (end === text.length || isWordSeparator(text, end))) {
      // A separator inside the word would have split it: such a word is never one of the parts.
      for (let i = 0; i < word.length; i++) if (isWordSeparator(word, i)) return false;
      return true;
    }
  }
  return false;
}

/** `/[\s\-/]/` on the unit at `i`, answered from the code for ASCII. */
function isWordSeparator(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || c === 0x2d || c === 0x2f || (c >= 0x09 && c <= 0x0d);
  return /\s/.test(s[i]);
}

/** Dutch function words inside a long form, not counted in its window: "Rijksdienst voor de keuring van Vee en Vlees (RVV)". */
const FUNCTION_WORDS = new Set(['de', 'het', 'der', 'van', 'voor', 'en']);

/** Whether the word starting at `start` (up to a space or `stop`) is one of FUNCTION_WORDS, written in lower case. */
function functionWordAt(text: string, start: number, stop: number): boolean {
  let end = start;
  while (end < stop && end - start < 5 && text[end] !== ' ') end++;
  return end - start <= 4 && FUNCTION_WORDS.has(text.slice(start, end));
}

/**
 * At most `n` words before `end` on the same line and in the same clause, with the window's start offset; function
 * words (FUNCTION_WORDS) are not counted.
 */
function wordsBefore(text: string, end: number, n: number): { window: string; start: number } {
  let i = end;
  while (i > 0 && text[i - 1] === ' ') i--;
  const stop = i;
  let words = 0;
  let start = i;
  while (start > 0 && words < n && stop - start < MAX_WINDOW) {
    const c = text[start - 1];
    if (c === '\n' || c === '(' || c === ')' || c === ';' || c === ':' || c === '«' || c === '»' || c === '"') break;
    if (c === '.' && (text[start] === ' ' || start === stop)) break; // sentence end
    start--;
    if (text[start] !== ' ' && (start === 0 || text[start - 1] === ' ') && !functionWordAt(text, start, stop)) words++;
  }
  // Cut off by the length bound in the middle of a word: start at the next whole word.
  if (start > 0 && stop - start >= MAX_WINDOW && text[start - 1] !== ' ') {
    while (start < stop && text[start] !== ' ') start++;
  }
  while (start < stop && text[start] === ' ') start++;
  return { window: text.slice(start, stop), start };
}
