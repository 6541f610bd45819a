// Unicode classes of single code points (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}) without a regex per question: the
// answer for each BMP code unit is cached on first sight. Astral code points ask the regexes directly.

const IS_L = /^\p{L}$/u;
const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;
const IS_M = /^\p{M}$/u;
const IS_N = /^\p{N}$/u;

const KNOWN = 1;
/** Class bits of `unitClasses`: \p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}, a hyphen (U+002D, U+2010), a surrogate. */
export const LETTER = 2, UPPER = 4, LOWER = 8, MARK = 16, NUMBER = 32, HYPHEN = 64, SURROGATE = 128;
/** Per BMP code unit: 0 = not yet known, else KNOWN | the classes it is in. */
const CLASSES = new Uint8Array(0x10000);

function classify(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return KNOWN | SURROGATE;
  if (cp === 0x2d || cp === 0x2010) return KNOWN | HYPHEN;
  const s = String.fromCodePoint(cp);
  return KNOWN | (IS_L.test(s) ? LETTER : 0) | (IS_LU.test(s) ? UPPER : 0) | (IS_LL.test(s) ? LOWER : 0)
    | (IS_M.test(s) ? MARK : 0) | (IS_N.test(s) ? NUMBER : 0);
}

/** The class bits of one UTF-16 code unit (a lone or paired surrogate is SURROGATE only), cached. */
export function unitClasses(c: number): number {
  const known = CLASSES[c];
  return known !== 0 ? known : (CLASSES[c] = classify(c));
}

function classesOf(cp: number): number {
  return cp < 0x10000 ? unitClasses(cp) : classify(cp);
}

// ASCII answered first: most questions are about plain Latin letters.

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (classesOf(cp) & LETTER) !== 0;
}

/** \p{Lu} */
export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (classesOf(cp) & UPPER) !== 0;
}

/** \p{Ll} */
export function isLower(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return (classesOf(cp) & LOWER) !== 0;
}

/** An ASCII digit, 0-9 (\d without the u flag). */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII capital, A-Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** An ASCII small letter, a-z. */
export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** White space as the regex \s has it. */
export function isRegexSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
