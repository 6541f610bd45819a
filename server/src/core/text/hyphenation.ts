// Line-end hyphenation: whether "left-⏎right" is a broken word or a real hyphen, with the letter's own words
// as evidence ("anti-terrorisme" written elsewhere keeps the hyphen).

import { isLetter, isLower, isUpper } from './charClass';

/**
 * Decides whether "left-⏎right" is a broken word (join) or a real hyphen (keep).
 * Returns 'join', 'keep' (hyphen, no space) or 'suspend' (hyphen and a space: "Inlichtingen- en").
 * Read code point by code point (the rules of /^(en|of|tot|en\/of)(?![\p{L}\d])/u, /^[\p{Lu}\d&]+$/u, …
 * without running a unicode regex per line break).
 */
export function dehyphenate(left: string, right: string, seen: WordEvidence): 'join' | 'keep' | 'suspend' {
  if (isSuspendingWord(right)) return 'suspend';
  if (!right || !isLower(right.charCodeAt(0))) return 'keep';           // "noord-Syrië", "2015-2016"
  if (left.length <= 8 && isCapitalsOnly(left)) return 'keep';          // "EU-lidstaten", "I&V-diensten"
  if (hasDigit(left)) return 'keep';
  const leftStart = lettersBefore(left, left.length);
  const leftWord = leftStart < left.length ? left.slice(leftStart) : left;
  // The word asked has right's first letter after its hyphen, in lower case, which lower-cases to itself, and before it
  // leftWord's last letter lower-cased (known here when it is ASCII): when no hyphen of the letter stands between the
  // two, the evidence would say no, and the word is not built to ask.
  if (!seen.noHyphenBetween?.(asciiLower(leftWord.charCodeAt(leftWord.length - 1)), right.charCodeAt(0))) {
    const rightEnd = lettersFrom(right, 0);
    const rightWord = rightEnd > 0 ? right.slice(0, rightEnd) : right;
    if (seen(lowerCased(`${leftWord}-${rightWord}`)) && !seen(lowerCased(leftWord + rightWord))) return 'keep';
  }
  // A capitalised left part that is a word of its own elsewhere ("Europol-rapport") keeps its hyphen.
  if (leftWord.length > 1 && isUpper(leftWord.codePointAt(0)!) && hasUpperFrom(leftWord, 1) && seen(lowerCased(leftWord))) return 'keep';
  return 'join';
}

/**
 * Whether a word (lower-cased) occurs in the letter, as wordEvidence answers it. It may also tell, without a word, that
 * no hyphen of the letter has the code unit `before` before it (-1: any) and `after` after it (both lower-cased): then
 * no word with those codes around its first hyphen occurs.
 */
export type WordEvidence = ((word: string) => boolean) & { noHyphenBetween?: (before: number, after: number) => boolean };

/** An ASCII code unit lower-cased (as in String.toLowerCase, whatever stands around it); -1 for any other. */
function asciiLower(c: number): number {
  if (!(c < 0x80)) return -1;
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * s.toLowerCase(). Words cut from a letter are mostly lower-case ASCII already, but they are slices of a two-byte
 * string (a letter with one curly quote is one), and V8 lower-cases a two-byte string through ICU (~1 µs for a
 * word): a word with nothing to lower is returned as it is.
 */
function lowerCased(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return s.toLowerCase();
  }
  return s;
}

/** "en", "of", "tot" (or "en/of") as a word of its own at the start. */
function isSuspendingWord(right: string): boolean {
  const len = right.startsWith('en') || right.startsWith('of') ? 2 : right.startsWith('tot') ? 3 : 0;
  if (len === 0) return false;
  if (len >= right.length) return true;
  const cp = right.codePointAt(len)!;
  return !isLetter(cp) && !(cp >= 0x30 && cp <= 0x39);
}

/** Capitals, digits and "&" only, and at least one. */
function isCapitalsOnly(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (!isUpper(cp) && !(cp >= 0x30 && cp <= 0x39) && cp !== 0x26) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function hasUpperFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (isUpper(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** End of the letters (code points) that start at `from`. */
function lettersFrom(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!isLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Start of the letters (code points) that end at `end`. */
function lettersBefore(s: string, end: number): number {
  let i = end;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const high = i >= 2 ? s.charCodeAt(i - 2) : 0;
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const cp = pair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low;
    if (!isLetter(cp)) break;
    i -= pair ? 2 : 1;
  }
  return i;
}

/**
 * Whether a word occurs as a whole word somewhere in the letter (evidence for de-hyphenation): one of the
 * runs of [a-z\u00c0-\u024f-] in the lower-cased letter, as `lower.split(/[^a-z\u00c0-\u024f-]+/)` yields
 * them.
 *
 * Nearly every question is a hyphenated word ("terrorismebe-strijding"), and a letter has few hyphens: such a
 * word is looked for only at the letter's hyphens followed by the same character, lower-casing as it compares.
 * A word without a hyphen (rare: asked only after its hyphenated form was seen) is searched for in the
 * lower-cased letter. So most letters are never lower-cased or indexed as a whole. When the candidates checked
 * exceed a budget linear in the letter (a letter of hyphens asked about again and again), every run is indexed
 * once instead.
 */
export function wordEvidence(original: string): WordEvidence {
  let lower: string | undefined;
  let hyphens: HyphenSites | undefined;
  let index: WordRunIndex | undefined;
  let answers: Map<string, boolean> | undefined;
  let budget = 4 * original.length + 4096;
  const lowered = () => (lower ??= original.toLowerCase());
  const seen = (w: string) => {
    if (w.length === 0) return occursAsRun(lowered(), w);
    if (index) return index.has(w);
    if (!isRunWord(w)) return false;
    const k = w.indexOf('-');
    // The same joined word is often asked about at each of its line breaks: its answer is remembered.
    const known = k < 0 ? answers?.get(w) : undefined;
    if (known !== undefined) return known;
    let candidates: number[] | undefined;
    if (k >= 0) {
      hyphens ??= new HyphenSites(original);
      candidates = k + 1 < w.length ? hyphens.followedBy(w.charCodeAt(k + 1)) : hyphens.all;
    }
    const cost = candidates ? candidates.length : original.length;
    if (cost > budget) {
      index = new WordRunIndex(original);
      return index.has(w);
    }
    if (!candidates) {
      budget -= cost;
      const found = occursCaseless(original, w);
      (answers ??= new Map()).set(w, found);
      return found;
    }
    budget -= cost;
    for (const h of candidates) if (h >= k && isRunAt(original, h - k, w)) return true;
    return false;
  };
  // What seen answers for a word with `before` and `after` around its first hyphen when no hyphen of the letter has them
  // around it: false, as every candidate seen would visit fails at the code before the hyphen (isRunAt; an İ there,
  // lower-cased "i", is left to seen). Unless the letter was indexed, where the index answers. The visit is not charged
  // to the budget, which only decides when the letter is indexed: the index answers as the candidates do.
  const noHyphenBetween = (before: number, after: number) => {
    if (index) return false;
    const candidates = (hyphens ??= new HyphenSites(original)).followedBy(after);
    if (before < 0) return candidates.length === 0;
    for (const h of candidates) if (h >= 1 && lowerCode(original.charCodeAt(h - 1)) === before) return false;
    return true;
  };
  return Object.assign(seen, { noHyphenBetween });
}

/**
 * Whether `w` (letters of the runs, no hyphen) is a run of the letter lower-cased. A word of a-z only is looked for
 * around its rarest letter x (not i or k): only "x" and "X" lower-case to x (the other code units that lower-case into
 * a-z are İ and the Kelvin sign, to i and k), so every place of the run has one of them there, found by two searches
 * for one character, where the case-insensitive regex stops at every character that may begin the word. Each such
 * place under /iu is one the regex finds too (tested for every code unit), so the answer is the same. Other words go
 * to the regex.
 */
function occursCaseless(text: string, w: string): boolean {
  const j = anchorOf(w);
  if (j < 0) return occursCaselessByRegex(text, w);
  const lower = w.charAt(j);
  return occursAround(text, w, j, lower) || occursAround(text, w, j, lower.toUpperCase());
}

/** Dutch letters from the rarest to the most common, i and k left out (see occursCaseless). */
const RARE_FIRST = 'qxyfcjzwbpvumhgsldtroaen';

/** The index of the rarest letter of `w` in RARE_FIRST, or -1 when `w` has anything but a-z or no such letter. */
function anchorOf(w: string): number {
  let best = -1, bestRank = RARE_FIRST.length;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return -1;
    const rank = RARE_FIRST.indexOf(w.charAt(i));
    if (rank >= 0 && rank < bestRank) { best = i; bestRank = rank; }
  }
  return best;
}

/** Whether the run `w` is in `text` with `anchor` (one character) at its index j. */
function occursAround(text: string, w: string, j: number, anchor: string): boolean {
  for (let at = text.indexOf(anchor, j); at >= 0; at = text.indexOf(anchor, at + 1)) if (isRunAt(text, at - j, w)) return true;
  return false;
}

/**
 * Whether `w` (letters of the runs, no hyphen) is a run of the letter lower-cased, found by a case-insensitive
 * search (every character that lower-cases to one of the run's letters matches it under /iu; İ, which
 * lower-cases to "i" + U+0307, can only end a run) and checked where found.
 */
function occursCaselessByRegex(text: string, w: string): boolean {
  const pattern = w.endsWith('i') ? `${w.slice(0, -1)}(?:i|\u0130)` : w;
  const search = new RegExp(pattern, 'giu');
  for (let m = search.exec(text); m; m = search.exec(text)) {
    if (isRunAt(text, m.index, w)) return true;
    search.lastIndex = m.index + 1;
  }
  return false;
}

/** The hyphens of a text, all and by the lower-cased character after them. */
class HyphenSites {
  readonly all: number[] = [];
  private readonly byNext = new Map<number, number[]>();

  constructor(text: string) {
    for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
      this.all.push(at);
      if (at + 1 >= text.length) continue;
      const next = lowerCode(text.charCodeAt(at + 1));
      const sites = this.byNext.get(next);
      if (sites) sites.push(at); else this.byNext.set(next, [at]);
    }
  }

  followedBy(code: number): number[] {
    return this.byNext.get(code) ?? NONE;
  }
}

const NONE: number[] = [];

function isEvidenceCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c === 0x2d;
}

function isRunWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isEvidenceCode(w.charCodeAt(i))) return false;
  return true;
}

/** Lower case of every BMP code unit + 1, filled on first sight (0 = not yet known). */
const LOWER_CODE = new Uint16Array(0x10000);

/**
 * The code unit at the same place in `String.toLowerCase()`. Only U+0130 (İ → i + U+0307) changes the
 * length (isRunAt reads it as such), and the final sigma (ς or σ) lies outside the runs either way.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const l = LOWER_CODE[c];
  if (l !== 0) return l - 1;
  const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  LOWER_CODE[c] = lower + 1;
  return lower;
}

/**
 * Whether `text` lower-cased has the run `w` where text[at] lands. Code by code, except U+0130 (İ), which
 * lower-cases to "i" + U+0307: an "i" that ends a run, with a non-run character after it.
 */
function isRunAt(text: string, at: number, w: string): boolean {
  const end = at + w.length;
  if (end > text.length) return false;
  for (let j = 0; j < w.length; j++) {
    const c = text.charCodeAt(at + j);
    if (c === 0x130 ? j !== w.length - 1 || w.charCodeAt(j) !== 0x69 : lowerCode(c) !== w.charCodeAt(j)) return false;
  }
  const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
  if (before !== 0x130 && isEvidenceCode(lowerCode(before))) return false;
  return end === text.length || text.charCodeAt(end - 1) === 0x130 || !isEvidenceCode(lowerCode(text.charCodeAt(end)));
}

/** Whether `w` is a whole run of `lower`, as `lower.split(/[^a-z\u00c0-\u024f-]+/)` would yield it. */
function occursAsRun(lower: string, w: string): boolean {
  // String.split yields "" for a text that is empty or starts or ends outside a run.
  if (w.length === 0) return lower.length === 0 || !isEvidenceCode(lower.charCodeAt(0)) || !isEvidenceCode(lower.charCodeAt(lower.length - 1));
  if (!isRunWord(w)) return false;
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    if ((at === 0 || !isEvidenceCode(lower.charCodeAt(at - 1))) && !isEvidenceCode(lower.charCodeAt(at + w.length))) return true;
  }
  return false;
}

const RUN_HASH_SEED = 0x811c9dc5 | 0;
const RUN_HASH_PRIME = 0x01000193;

/**
 * The runs of a text, lower-cased, by hash: an open-addressing table of
 * each distinct hash and the first run that has it. Runs are not compared on insertion; a question whose
 * hash is found at a different word (a collision, about one in 2^32) is answered by searching the text.
 */
class WordRunIndex {
  private readonly text: string;
  /** Per slot: the hash, and the position + 1 of the first run with it (0 = empty slot). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(original: string) {
    // U+0130 lower-cases to two characters: read the lower-cased text then, whose offsets differ.
    const text = original.includes('\u0130') ? original.toLowerCase() : original;
    this.text = text;
    const n = text.length;
    let size = 64;
    while (size < n / 16) size *= 2;          // Dutch text: a long run every ~15 characters, far fewer distinct
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    let i = 0;
    while (i < n) {
      if (!isEvidenceCode(lowerCode(text.charCodeAt(i)))) { i++; continue; }
      const start = i;
      let h = RUN_HASH_SEED;
      for (; i < n; i++) {
        const c = lowerCode(text.charCodeAt(i));
        if (!isEvidenceCode(c)) break;
        h = Math.imul(h ^ c, RUN_HASH_PRIME);
      }
      this.insert(start, h);
    }
  }

  /** For a word of one character or more. */
  has(w: string): boolean {
    let h = RUN_HASH_SEED;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!isEvidenceCode(c)) return false;
      h = Math.imul(h ^ c, RUN_HASH_PRIME);
    }
    const slots = this.slots;
    for (let slot = h & this.mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * 2] !== h) continue;
      return isRunAt(this.text, slots[slot * 2 + 1] - 1, w) || occursAsRun(this.text.toLowerCase(), w);
    }
    return false;
  }

  private insert(start: number, h: number): void {
    const slots = this.slots;
    let slot = h & this.mask;
    for (; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & this.mask) if (slots[slot * 2] === h) return;
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = start + 1;
    if (++this.count * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let slot = old[k] & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = old[k];
      this.slots[slot * 2 + 1] = old[k + 1];
    }
  }
}
