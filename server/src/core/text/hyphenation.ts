// Line-end hyphenation: whether "left-⏎right" is a broken word or a real hyphen, with the letter's own words
// as evidence ("anti-terrorisme" written elsewhere keeps the hyphen).

const SUSPENDED = /^(en|of|tot|en\/of)(?![\p{L}\d])/u;
const LOWER = /\p{Ll}/u;

/**
 * Decides whether "left-⏎right" is a broken word (join) or a real hyphen (keep).
 * Returns 'join', 'keep' (hyphen, no space) or 'suspend' (hyphen and a space: "Inlichtingen- en").
 */
export function dehyphenate(left: string, right: string, seen: (word: string) => boolean): 'join' | 'keep' | 'suspend' {
  if (SUSPENDED.test(right)) return 'suspend';
  if (!right || !LOWER.test(right[0])) return 'keep';                   // "noord-Syrië", "2015-2016"
  if (/^[\p{Lu}\d&]+$/u.test(left) && left.length <= 8) return 'keep';   // "EU-lidstaten", "I&V-diensten"
  if (/\d/.test(left)) return 'keep';
  const rightWord = right.match(/^[\p{L}]+/u)?.[0] ?? right;
  const leftWord = left.match(/[\p{L}]+$/u)?.[0] ?? left;
  const hyphenated = `${leftWord}-${rightWord}`.toLowerCase();
  const joined = `${leftWord}${rightWord}`.toLowerCase();
  if (seen(hyphenated) && !seen(joined)) return 'keep';
  // A capitalised left part that is a word of its own elsewhere ("Europol-rapport") keeps its hyphen.
  if (/^\p{Lu}/u.test(leftWord) && leftWord.length > 1 && /\p{Lu}/u.test(leftWord.slice(1)) && seen(leftWord.toLowerCase())) return 'keep';
  return 'join';
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
export function wordEvidence(original: string): (w: string) => boolean {
  let lower: string | undefined;
  let text: string | undefined;
  let hyphens: HyphenSites | undefined;
  let index: WordRunIndex | undefined;
  let budget = 4 * original.length + 4096;
  const lowered = () => (lower ??= original.toLowerCase());
  return (w: string) => {
    if (index) return w.length >= MIN_INDEXED ? index.has(w) : occursAsRun(lowered(), w);
    const k = w.indexOf('-');
    if (k < 0) return occursAsRun(lowered(), w);
    if (!isRunWord(w)) return false;
    // U+0130 lower-cases to two code units: hyphen positions are then taken in the lower-cased text.
    text ??= original.includes('\u0130') ? lowered() : original;
    hyphens ??= new HyphenSites(text);
    const candidates = k + 1 < w.length ? hyphens.followedBy(w.charCodeAt(k + 1)) : hyphens.all;
    if (candidates.length > budget) {
      index = new WordRunIndex(original);
      return w.length >= MIN_INDEXED ? index.has(w) : occursAsRun(lowered(), w);
    }
    budget -= candidates.length;
    for (const h of candidates) if (h >= k && isRunAt(text, h - k, w)) return true;
    return false;
  };
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

const MIN_INDEXED = 4;

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
 * length, and the final sigma (ς or σ) lies outside the runs either way; callers avoid U+0130.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const l = LOWER_CODE[c];
  if (l !== 0) return l - 1;
  const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  LOWER_CODE[c] = lower + 1;
  return lower;
}

/** Whether the run of `text` (lower-cased code by code) that starts at `at` is exactly `w`. */
function isRunAt(text: string, at: number, w: string): boolean {
  const end = at + w.length;
  if (end > text.length) return false;
  for (let j = 0; j < w.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== w.charCodeAt(j)) return false;
  return (at === 0 || !isEvidenceCode(lowerCode(text.charCodeAt(at - 1)))) && (end === text.length || !isEvidenceCode(lowerCode(text.charCodeAt(end))));
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
 * The runs (MIN_INDEXED characters or more) of a text, lower-cased, by hash: an open-addressing table of
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
      if (i - start >= MIN_INDEXED) this.insert(start, h);
    }
  }

  /** For a word of MIN_INDEXED characters or more. */
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
