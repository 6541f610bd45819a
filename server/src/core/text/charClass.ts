// Unicode letter classes of single code points (\p{L}, \p{Lu}, \p{Ll}) without a regex per question: the
// answer for each BMP code unit is cached on first sight. Astral code points ask the regexes directly.

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

const KNOWN = 1, IS_LETTER = 2, IS_UPPER = 4, IS_LOWER = 8;
/** Per BMP code unit: 0 = not yet known, else KNOWN | the classes it is in. */
const CLASSES = new Uint8Array(0x10000);

function classesOf(cp: number): number {
  if (cp < 0x10000) {
    const known = CLASSES[cp];
    if (known !== 0) return known;
  }
  const s = String.fromCodePoint(cp);
  const classes = KNOWN | (LETTER.test(s) ? IS_LETTER : 0) | (UPPER.test(s) ? IS_UPPER : 0) | (LOWER.test(s) ? IS_LOWER : 0);
  if (cp < 0x10000) CLASSES[cp] = classes;
  return classes;
}

// ASCII answered first: most questions are about plain Latin letters.

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (classesOf(cp) & IS_LETTER) !== 0;
}

/** \p{Lu} */
export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (classesOf(cp) & IS_UPPER) !== 0;
}

/** \p{Ll} */
export function isLower(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return (classesOf(cp) & IS_LOWER) !== 0;
}
