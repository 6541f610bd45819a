// The organisation gazetteer: the curated data file, its types, and one compiled matcher over it.
//
// Matching works on tokens, not characters, so the cost is linear in the text: every word start walks a
// trie of lower-cased tokens at most as deep as the longest name. Case is checked afterwards, per form:
// acronyms are case-sensitive ("OM" but never "om"), names only need their first letter right
// ("Koninklijke marechaussee" is still the KMar).
import data from './organisations.json';
import type { Span } from '../types';
import { LOWER_WATCHED_NAME_WORDS, MONTH_INITIALS, MONTH_WORDS, WATCHED_WORDS, monthLeadAt, type CapitalWordStarts } from '../recognise/words';
import { MARK, NUMBER, unitClasses } from '../text/charClass';

export type OrganisationKind =
  | 'ministry' | 'service' | 'police' | 'judiciary' | 'parliament' | 'party' | 'eu' | 'international'
  | 'company' | 'armed-group' | 'cooperation' | 'advisory' | 'other';

export interface GazetteerEntry {
  /** Stable id used as entity value: "AIVD", "MIN-BZ", "EU-JBZ-RAAD". */
  id: string;
  /** Full Dutch (or official) name. */
  name: string;
  /** Every full-name variant, the canonical name first. */
  names: string[];
  /** Acronyms and short forms as written, case variants included ("KMar", "Kmar", "KMAR"). */
  acronyms: string[];
  /**
   * Acronyms matched only exactly as written, not in capitals: a mixed-case short form whose capitals name
   * something else ("NEa", the Nederlandse Emissieautoriteit; "NEA" is the Nuclear Energy Agency).
   */
  exactAcronyms?: string[];
  kind: OrganisationKind;
  /** A Senate committee: the House committees of its portfolios, whose names mean it in an Eerste Kamer stuk. */
  houseCommittees?: string[];
  description: { nl: string; en: string };
  /** Where the entry was checked (official site, Wikipedia, Wikidata). */
  source: string;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  readonly matcher: GazetteerMatcher;
  /**
   * The names that begin with a watched word in lower case ("commissie voor Binnenlandse Zaken", "rechtbank
   * Oost-Brabant"), asked only at the places the matcher reports for those words (matchAt): in the main matcher
   * their first words would stop its quiet runs at every word that starts like them ("co…", "re…", "ge…").
   */
  readonly atWatched: GazetteerMatcher;
  /** House committee id → the Senate committee of its portfolio (from `houseCommittees`). */
  senateCommitteeOf: ReadonlyMap<string, string>;
}

/** One place where the gazetteer matched, in offsets of the text it was run on. */
export interface GazetteerMatch {
  start: number;
  end: number;
  id: string;
  /** True when the matched form is an acronym (case-sensitive short form). */
  acronym: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens

export type TokenType = 'word' | 'symbol' | 'break';

export interface Token {
  start: number;
  end: number;
  type: TokenType;
  /** Lower-cased text; for a break, a key that no trie edge carries. */
  key: string;
}

// Words are runs of letters, digits and combining marks. "&", "-", "/" and apostrophes are symbols that
// names contain ("DT&V", "JBZ-Raad", "Bontes/Van Klaveren", "Da’esh"), and so is a "+" glued to a word ("UMC+").
// Spaces and commas are skipped ("Onderwijs, Cultuur" = "Onderwijs Cultuur"); every other character, and a blank
// line, breaks a name.
const TOKEN = /[\p{L}\p{N}\p{M}]+|[&/\-‐’'‘]|\n|[^\s,]/gu;
const BREAK_KEY = '\u0000';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m[0];
    const start = m.index;
    const end = start + s.length;
    const c = s.charCodeAt(0);
    if (isWordStart(c)) tokens.push({ start, end, type: 'word', key: s.toLowerCase() });
    else if (s === '-' || s === '‐') {
      // A suspended hyphen ("Inlichtingen- en Veiligheidsdienst") reads as plain coordination.
      if (text.charCodeAt(end) === 0x20) continue;
      tokens.push({ start, end, type: 'symbol', key: '-' });
    } else if (s === '&' || s === '/') tokens.push({ start, end, type: 'symbol', key: s });
    else if (s === '+' && start > 0 && isWordStart(text.charCodeAt(start - 1))) tokens.push({ start, end, type: 'symbol', key: '+' });
    else if (s === '’' || s === "'" || s === '‘') tokens.push({ start, end, type: 'symbol', key: "'" });
    else tokens.push({ start, end, type: 'break', key: BREAK_KEY });
  }
  return tokens;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordStart(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0x80) return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}

// ---------------------------------------------------------------------------------------------
// Reading tokens one at a time
//
// The matcher reads the same tokens as `tokenize`, but from a position, without making an object or a
// lower-cased string per word: a word carries a hash of its lower-cased text, and a trie node keeps the
// hashes of its word edges, so most words of a letter are rejected without a string being built.

const enum CharClass { Unknown, Skip, Word, Symbol, Newline, Other }
const enum TokenKind { None, Word, Symbol, Break }

/** Class of every BMP code unit, filled on first sight (surrogates are classified per code point). */
const CLASS = new Uint8Array(0x10000);
/** Lower case of every BMP code unit + 1, or -1 when only String.toLowerCase can tell; 0 = not yet known. */
const LOWER = new Int32Array(0x10000);
const SKIP_CHAR = /[\s,]/u;
const WORD_CODE_POINT = /^[\p{L}\p{N}\p{M}]$/u;

function classifyUnit(c: number): CharClass {
  if (c === 0x0a) return CharClass.Newline;
  const ch = String.fromCharCode(c);
  if (c === 0x26 || c === 0x2f || c === 0x2d || c === 0x2010 || c === 0x2019 || c === 0x27 || c === 0x2018) return CharClass.Symbol;
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Other;     // a lone surrogate; pairs are read as code points
  if (WORD_CODE_POINT.test(ch)) return CharClass.Word;
  if (SKIP_CHAR.test(ch)) return CharClass.Skip;
  return CharClass.Other;
}

function classOf(c: number): CharClass {
  const k = CLASS[c];
  return k !== CharClass.Unknown ? k : (CLASS[c] = classifyUnit(c));
}

function lowerOf(c: number): number {
  const l = LOWER[c];
  if (l !== 0) return l;
  const s = String.fromCharCode(c).toLowerCase();
  // Σ lower-cases by context (final sigma), İ to two units: leave those to toLowerCase.
  return (LOWER[c] = s.length === 1 && c !== 0x3a3 ? s.charCodeAt(0) + 1 : -1);
}

/**
 * classOf and lowerOf in one table for the hot loop of readWord: lower case + 1 of a word character,
 * WORD_UNHASHED for a word character only String.toLowerCase can lower, NOT_WORD otherwise; 0 = not yet known.
 */
const WORD_LOWER = new Int32Array(0x10000);
const NOT_WORD = -1;
const WORD_UNHASHED = -2;

function wordLowerOf(c: number): number {
  const w = WORD_LOWER[c];
  if (w !== 0) return w;
  if (classOf(c) !== CharClass.Word) return (WORD_LOWER[c] = NOT_WORD);
  const l = lowerOf(c);
  return (WORD_LOWER[c] = l > 0 ? l : WORD_UNHASHED);
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of a trie key (already lower-cased), the same as a word's `hash` when the word lower-cases to it. */
function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Whether the code point at `i` (a high surrogate) pairs with the next unit into a word character. */
function astralWordAt(text: string, i: number): boolean {
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff && WORD_CODE_POINT.test(text.slice(i, i + 2));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A cursor over the tokens of a text: `read(pos)` reads the token at or after `pos` into its fields. */
class TokenReader {
  kind: TokenKind = TokenKind.None;
  start = 0;
  end = 0;
  /** Word: hash of the lower-cased text, valid when `hashed`. */
  hash = 0;
  hashed = false;
  /** Word read by readWord: whether it is made of ASCII letters only. */
  asciiLetters = false;
  /** Word read by readWord or skipWord: whether it holds a combining mark (\p{M}). */
  mark = false;
  /** Word read by readWord or skipWord: whether it holds a mark or a number outside ASCII ("²"). */
  nonLetter = false;
  /** Word read by readWord or skipWord: whether it holds a unit in U+0080–U+00BF ("ª", "²", "µ"). */
  latin1 = false;
  /** Word read by skipWord: whether it holds a letter outside the Basic Multilingual Plane. */
  astral = false;
  /** Symbol: the trie key ("-", "&", "/", "'"). */
  symbol = '';

  constructor(private readonly text: string) {}

  read(pos: number): boolean {
    const text = this.text;
    const n = text.length;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      const cls = classOf(c);
      if (cls === CharClass.Skip) { pos++; continue; }
      if (cls === CharClass.Word || (isHighSurrogate(c) && astralWordAt(text, pos))) return this.readWord(pos);
      if (cls === CharClass.Symbol) {
        // A suspended hyphen ("Inlichtingen- en Veiligheidsdienst") reads as plain coordination.
        if ((c === 0x2d || c === 0x2010) && text.charCodeAt(pos + 1) === 0x20) { pos++; continue; }
        this.kind = TokenKind.Symbol;
        this.symbol = c === 0x2d || c === 0x2010 ? '-' : c === 0x26 ? '&' : c === 0x2f ? '/' : "'";
        this.start = pos;
        this.end = pos + 1;
        return true;
      }
      // A spaced en dash joins two parts of a name as a hyphen does ("Financial Intelligence Unit – Nederland"):
      // it matches only a name written with a hyphen there.
      if (c === 0x2013 && text.charCodeAt(pos - 1) === 0x20 && text.charCodeAt(pos + 1) === 0x20) {
        this.kind = TokenKind.Symbol;
        this.symbol = '-';
        this.start = pos;
        this.end = pos + 1;
        return true;
      }
      // A plus glued to a word is part of a name that carries it ("Maastricht UMC+"); elsewhere it breaks a name.
      if (c === 0x2b && pos > 0 && classOf(text.charCodeAt(pos - 1)) === CharClass.Word) {
        this.kind = TokenKind.Symbol;
        this.symbol = '+';
        this.start = pos;
        this.end = pos + 1;
        return true;
      }
      // "\n" and any other character break a name; a surrogate pair is one character.
      this.kind = TokenKind.Break;
      this.start = pos;
      this.end = isHighSurrogate(c) && text.charCodeAt(pos + 1) >= 0xdc00 && text.charCodeAt(pos + 1) <= 0xdfff ? pos + 2 : pos + 1;
      return true;
    }
    this.kind = TokenKind.None;
    this.start = this.end = n;
    return false;
  }

  /** Takes over the token `other` has read. */
  copy(other: TokenReader): boolean {
    this.kind = other.kind;
    this.start = other.start;
    this.end = other.end;
    this.hash = other.hash;
    this.hashed = other.hashed;
    this.asciiLetters = other.asciiLetters;
    this.symbol = other.symbol;
    return other.kind !== TokenKind.None;
  }

  /** Reads the run of word characters at `pos`, hashing it lower-cased as it goes. */
  readWord(pos: number): boolean {
    const text = this.text;
    const n = text.length;
    let h = FNV_OFFSET;
    let hashed = true;
    // Every unit OR-ed, and every lower case + 1 AND-ed: bit 0x40 stays set for ASCII letters, not for digits.
    let unitsOr = 0, lowersAnd = -1;
    let i = pos;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      // ASCII from a table filled at load (no lazy check in the hot loop); 0 ends the word.
      const w = c < 0x80 ? ASCII_WORD_LOWER[c] : wordLowerOf(c);
      if (w > 0) {
        h = Math.imul(h ^ (w - 1), FNV_PRIME);
        unitsOr |= c;
        lowersAnd &= w;
      } else if (w === WORD_UNHASHED) hashed = false;
      else if (isHighSurrogate(c) && astralWordAt(text, i)) {
        hashed = false;
        i++;
      } else break;
    }
    // As in `tokenize`: a run that begins with an astral letter is not a word token but a break.
    this.kind = isHighSurrogate(text.charCodeAt(pos)) ? TokenKind.Break : TokenKind.Word;
    this.start = pos;
    this.end = i;
    this.hash = h;
    this.hashed = hashed;
    this.asciiLetters = unitsOr < 0x80 && (lowersAnd & 0x40) !== 0 && i > pos;
    this.readClasses(unitsOr >= 0x80 ? nonAsciiClasses(text, pos, i) : 0);
    return true;
  }

  /** Steps over the run of word characters at `pos` as readWord reads it, without hashing it. */
  skipWord(pos: number): void {
    const text = this.text;
    const n = text.length;
    let astral = false;
    let unitsOr = 0;
    let i = pos;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_WORD_LOWER[c] !== 0) continue;
        break;
      }
      if (wordLowerOf(c) !== NOT_WORD) {
        unitsOr |= c;
        continue;
      }
      if (isHighSurrogate(c) && astralWordAt(text, i)) {
        astral = true;
        i++;
      } else break;
    }
    this.start = pos;
    this.end = i;
    this.astral = astral;
    this.readClasses(unitsOr !== 0 ? nonAsciiClasses(text, pos, i) : 0);
  }

  private readClasses(classes: number): void {
    this.mark = (classes & MARK) !== 0;
    this.nonLetter = (classes & (MARK | NUMBER)) !== 0;
    this.latin1 = (classes & LATIN1_UNIT) !== 0;
  }
}

/** A bit above those of unitClasses: nonAsciiClasses met a unit in U+0080–U+00BF. */
const LATIN1_UNIT = 0x100;

/**
 * The classes (unitClasses) of the units outside ASCII in text[start, end), with LATIN1_UNIT for one below U+00C0:
 * asked only of words that have one.
 */
function nonAsciiClasses(text: string, start: number, end: number): number {
  let classes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) classes |= c < 0xc0 ? unitClasses(c) | LATIN1_UNIT : unitClasses(c);
  }
  return classes;
}

/** wordLowerOf of every ASCII unit, with 0 for a unit that is no word character: filled once, at load. */
const ASCII_WORD_LOWER = new Int32Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD_LOWER[c] = wordLowerOf(c) === NOT_WORD ? 0 : wordLowerOf(c);

// ---------------------------------------------------------------------------------------------
// The compiled matcher

export interface Form {
  id: string;
  text: string;
  acronym: boolean;
  /** An acronym that fits only as written (GazetteerEntry.exactAcronyms). */
  exact?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The word edges of `next` by keyHash, so that a hashed word is followed without building its key. */
  wordEdges: Map<number, WordEdge[]>;
  forms: CompiledForm[];
  /**
   * For a first word: whether a name under it can be written with a lower-case ASCII first letter (caseFits).
   * Most are capitalised or acronyms, so "de", "het", "is", "om" in running text need no walk.
   */
  lowerInitial: boolean;
  /**
   * Bit c set for the first unit c of every word edge that starts in ASCII (lower case or digit): a walk stops
   * before reading a next word whose first letter no edge has.
   */
  initials: Uint32Array;
}

/** A form with what caseFits needs of it, computed once. */
interface CompiledForm extends Form {
  /** Acronyms: the form without white space, as written and in capitals. */
  compact: string;
  compactUpper: string;
  /** Names: whether the form starts with a capital. */
  capitalised: boolean;
}

function compileForm(form: Form): CompiledForm {
  const compact = form.text.replace(/\s+/g, '');
  // An exact acronym's "capitals" are the form itself, so caseFits and acronymIds know it only as written.
  return { ...form, compact, compactUpper: form.exact ? compact : compact.toUpperCase(), capitalised: upper(form.text[0]) };
}

interface WordEdge {
  key: string;
  node: TrieNode;
}

const newNode = (): TrieNode => ({ next: new Map(), wordEdges: new Map(), forms: [], lowerInitial: true, initials: new Uint32Array(4) });

export class GazetteerMatcher {
  private readonly root = newNode();
  /** Bit (hash & 0xffff) set for the keyHash of every first word of a name: most words of a letter are not. */
  private readonly firstWords = new Uint32Array(0x10000 / 32);
  /** The same for first words that may stand in lower case (TrieNode.lowerInitial): most do not. */
  private readonly lowerFirstWords = new Uint32Array(0x10000 / 32);
  /**
   * The first two letters of the first words that may stand in lower case, by (first << 7 | second unit), or
   * null when one of them is not plain ASCII letters: a word in lower case that starts otherwise cannot start
   * a name.
   */
  private readonly lowerLeads: Uint8Array | null;
  /** Sticky: a run of text in which no word can start a name nor be a capitalised word (quietRunsOf). */
  private readonly quietRun: RegExp;
  /** Every acronym form as written and in upper case, for "is this an acronym we know?" */
  readonly acronymIds = new Map<string, string>();
  /** Bit n set when a watched word has n units (below 31): most words need no comparison. */
  private readonly watchedLengths: number;
  /** Set at the low seven bits of each watched word's first unit: of the words of a watched length, most differ there. */
  private readonly watchedFirstUnits = new Uint8Array(0x80);
  /** WATCHED_WORDS by length: a word is compared only with those of its own length. */
  private readonly watchedByLength = new Map<number, string[]>();

  constructor(entries: readonly GazetteerEntry[], keep: (form: Form) => boolean = form => !startsWithWatchedWord(form)) {
    for (const e of entries) for (const f of formsOf(e)) if (keep(f)) this.add(f);
    for (const h of this.root.wordEdges.keys()) this.firstWords[(h & 0xffff) >>> 5] |= 1 << (h & 31);
    for (const [key, node] of this.root.next) node.lowerInitial = someForm(node, f => fitsLowerInitial(f, key));
    for (const [h, edges] of this.root.wordEdges) {
      if (edges.some(e => e.node.lowerInitial)) this.lowerFirstWords[(h & 0xffff) >>> 5] |= 1 << (h & 31);
    }
    const letterLeads = lowerLeadsByLetters(this.root);
    this.lowerLeads = letterLeads && spreadLeads(letterLeads);
    this.quietRun = quietRunsOf(letterLeads && this.root, WATCHED_WORDS, MONTH_WORDS);
    let lengths = 0;
    for (const w of WATCHED_WORDS) if (w.length < 31) lengths |= 1 << w.length;
    this.watchedLengths = lengths;
    for (const w of WATCHED_WORDS) this.watchedFirstUnits[w.charCodeAt(0) & 0x7f] = 1;
    for (const w of WATCHED_WORDS) this.watchedByLength.set(w.length, [...(this.watchedByLength.get(w.length) ?? []), w]);
  }

  private add(form: Form): void {
    const tokens = tokenize(form.text).filter(t => t.type !== 'break');
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) {
        node.next.set(t.key, (child = newNode()));
        if (t.type === 'word') {
          const initial = t.key.charCodeAt(0);
          if (initial < 0x80) node.initials[initial >>> 5] |= 1 << (initial & 31);
          const h = keyHash(t.key);
          const edges = node.wordEdges.get(h);
          if (edges) edges.push({ key: t.key, node: child });
          else node.wordEdges.set(h, [{ key: t.key, node: child }]);
        }
      }
      node = child;
    }
    const compiled = compileForm(form);
    node.forms.push(compiled);
    if (form.acronym) {
      this.acronymIds.set(compiled.compact, form.id);
      this.acronymIds.set(compiled.compactUpper, form.id);
    }
  }

  /**
   * Every non-overlapping longest match in `text`, left to right. `capitals`, when given, is offered every
   * word that begins with an ASCII capital or a unit outside ASCII, inside matches too (CapitalWordStarts.add).
   */
  match(text: string, capitals?: CapitalWordStarts, shoutedAcronyms?: GazetteerMatch[]): GazetteerMatch[] {
    const found: GazetteerMatch[] = [];
    this.shoutedSink = shoutedAcronyms;
    try {
      return this.matchInto(text, found, capitals);
    } finally {
      this.shoutedSink = undefined;
    }
  }

  /**
   * Where match() puts the known acronyms it refused as words in a line of capitals ("VERSLAG PLENAIRE
   * VERGADERING FATF FEBRUARI 2019"), when the caller asked for them; the caller decides on the letter as a whole.
   */
  private shoutedSink: GazetteerMatch[] | undefined;

  private matchInto(text: string, found: GazetteerMatch[], capitals?: CapitalWordStarts): GazetteerMatch[] {
    const word = new TokenReader(text);
    const walker = new TokenReader(text);
    const firstWords = this.firstWords;
    const lowerFirstWords = this.lowerFirstWords;
    const n = text.length;
    let i = 0;
    /** Words before this offset lie inside the last match: read only to record capitals. */
    let matchFrom = 0;
    let sawSurrogate = false;
    let sawMark = false;
    let sawNonLetter = false;
    let sawLatin1 = false;
    const watchedLengths = this.watchedLengths;
    const watchedFirst = this.watchedFirstUnits;
    // Only word tokens can start a name: step over everything else, hash each word as it is read, and walk
    // the trie only from a word whose hash is a first word of some name.
    const leads = this.lowerLeads;
    const quiet = this.quietRun;
    while (i < n) {
      // Most of a letter is white space, punctuation and words in lower case that start no name: one regex
      // steps over a run of them far faster than a loop over its characters.
      quiet.lastIndex = i;
      quiet.test(text);
      if (quiet.lastIndex > i) {
        i = quiet.lastIndex;
        if (i >= n) break;
        // The run ended inside a word ("beëindigen", "2E"): that word is read from its start, as below.
        if (isQuietWordUnit(text.charCodeAt(i - 1)) && isWordUnitAt(text, i)) i = quietRunStart(text, i);
      }
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        // Most of a letter: white space, punctuation and words in lower case, answered from ASCII tables.
        if (ASCII_WORD_LOWER[c] === 0) {
          i++;
          continue;
        }
      } else if (wordLowerOf(c) === NOT_WORD && !(isHighSurrogate(c) && astralWordAt(text, i))) {
        if (c >= 0xd800 && c <= 0xdfff) sawSurrogate = true;
        i++;
        continue;
      }
      const lowerAscii = isAsciiLower(c);
      const record = capitals !== undefined && !lowerAscii && (c > 0x39 || c < 0x30);
      // Every word token start passes here (the quiet run stops before lower-case month words too).
      if (capitals !== undefined && c < 0x80 && MONTH_INITIALS[c] === 1 && monthLeadAt(text, i)) capitals.monthWords.push(i);
      if (i < matchFrom || (lowerAscii && leads && !leadAllowed(leads, c, text.charCodeAt(i + 1)))) {
        // Inside a match, or a word in lower case that no first word allowed in lower case starts like:
        // step over it unhashed.
        const start = i;
        word.skipWord(i);
        i = word.end;
        if (word.astral) sawSurrogate = true;
        if (capitals) {
          if (record) capitals.add(text, start, i);
          if (word.nonLetter) sawNonLetter = true;
          if (word.latin1) sawLatin1 = true;
          if (word.mark) sawMark = true;
          else if ((watchedLengths & (1 << (i - start))) && watchedFirst[text.charCodeAt(start) & 0x7f]) this.watch(text, start, i, capitals);
        }
        continue;
      }
      word.readWord(i);
      const start = i;
      i = word.end;
      if (capitals) {
        if (record) {
          if (word.asciiLetters) capitals.addAsciiWord(text, start, i);
          else capitals.add(text, start, i);
        }
        if (word.nonLetter) sawNonLetter = true;
        if (word.latin1) sawLatin1 = true;
        if (word.mark) sawMark = true;
        else if ((watchedLengths & (1 << (i - start))) && watchedFirst[text.charCodeAt(start) & 0x7f]) this.watch(text, start, i, capitals);
      }
      if (!word.hashed) sawSurrogate = true;             // an astral letter or İ/Σ: the caller may not trust capitals
      if (word.kind !== TokenKind.Word) continue;       // a run that begins with an astral letter is a break token
      // A name glued after a number ("’s-Gravenhage 2016Tweede Kamer", a PDF colophon as its text extraction runs it
      // together, the mirror of a footnote marker glued after a word) may start at the capital right after the digits.
      if (c <= 0x39 && c >= 0x30) {
        const glued = capitalAfterDigits(text, start, i);
        const hit = glued > 0 ? this.longestAt(text, glued, walker) : null;
        if (hit) {
          found.push(hit);
          if (capitals) matchFrom = hit.end;
          else i = hit.end;
          continue;
        }
      }
      const bits = lowerAscii ? lowerFirstWords : firstWords;
      // A first word with a footnote marker glued to it ("AIVD1") is asked as the word before its marker; a number is not.
      if (word.hashed && (bits[(word.hash & 0xffff) >>> 5] & (1 << (word.hash & 31))) === 0 && !(isAsciiDigit(text.charCodeAt(i - 1)) && !isAsciiDigit(c))) continue;
      const hit = this.longestAt(text, start, walker, word);
      if (!hit) continue;
      found.push(hit);
      if (capitals) matchFrom = hit.end;
      else i = hit.end;
    }
    if (capitals && sawSurrogate) capitals.complete = false;
    if (capitals && sawMark) capitals.watchedComplete = false;
    if (capitals && sawLatin1) capitals.latin1Complete = false;
    if (capitals && (sawSurrogate || sawNonLetter)) capitals.monthWordsComplete = false;
    return found;
  }

  /** Records text[start, end) in `capitals.watched` when it is one of WATCHED_WORDS as written. */
  private watch(text: string, start: number, end: number, capitals: CapitalWordStarts): void {
    const words = this.watchedByLength.get(end - start);
    if (words === undefined) return;
    for (const w of words) {
      if (text.startsWith(w, start)) {
        capitals.watched.push(start);
        return;
      }
    }
  }

  /** The longest match that starts at `start` (a word start), or null. */
  matchAt(text: string, start: number): GazetteerMatch | null {
    return this.longestAt(text, start, new TokenReader(text));
  }

  /** The gazetteer id of exactly this text (a whole name or acronym), or null. */
  idOf(text: string): string | null {
    const reader = new TokenReader(text);
    if (!reader.read(0) || reader.kind !== TokenKind.Word) return null;
    const hit = this.longestAt(text, reader.start, new TokenReader(text));
    return hit && !reader.read(hit.end) ? hit.id : null;
  }

  /**
   * The longest match whose first token is the word at `start`; `walker` is a reader to walk with, `first`
   * a reader that has just read the word at `start`, when there is one (its word is not read again).
   */
  private longestAt(text: string, start: number, walker: TokenReader, first?: TokenReader): GazetteerMatch | null {
    if (!startBoundaryOk(text, start)) return null;
    let node: TrieNode | undefined = this.root;
    let best: GazetteerMatch | null = null;
    let read = first ? walker.copy(first) : walker.read(start);
    for (let pos = start; node && read; pos = walker.end, read = node !== undefined && mayFollow(node, text, pos) && walker.read(pos)) {
      const from: TrieNode = node;
      node = edge(node, text, walker);
      if (!node) {
        // "vaste commissie voor Financiën1", "AIVD1": a footnote marker the layout found no body for is glued to
        // the name's last word. The name ends before it; nothing can follow a marker.
        const bare = isAsciiDigit(text.charCodeAt(walker.end - 1)) ? markedWordEnd(text, walker) : -1;
        if (bare > 0) best = this.formAt(text, start, from.next.get(text.slice(walker.start, bare).toLowerCase()), bare) ?? best;
        continue;
      }
      if (pos === start && !node.lowerInitial && isAsciiLower(text.charCodeAt(start))) return null;
      if (node.forms.length === 0) continue;
      const end = walker.end;
      if (!endBoundaryOk(text, end)) continue;
      best = this.formAt(text, start, node, end) ?? best;
    }
    return best;
  }

  /**
   * The first form of `node` that fits text[start, end) as written: its case, and for an acronym neither a
   * plural nor a word in a line of capitals.
   */
  private formAt(text: string, start: number, node: TrieNode | undefined, end: number): GazetteerMatch | null {
    if (!node || node.forms.length === 0) return null;
    for (const f of node.forms) {
      if (!caseFits(f, text, start, end) || (f.acronym && pluralAfter(text, end))) continue;
      if (f.acronym && shouted(text, start, end, this.acronymIds)) {
        if (this.shoutedSink) this.shoutedSink.push({ start, end, id: f.id, acronym: true });
        continue;
      }
      return { start, end, id: f.id, acronym: f.acronym };
    }
    return null;
  }
}

/**
 * Where the word under `reader` would end without a footnote marker glued to it ("Financiën1", "AIVD12"): one to
 * three ASCII digits after at least two letters; -1 when the word has no such tail. A session glued to the name
 * ("Staten-Generaal2012-2013", a web page's table row copied without its cells) ends the word too: four digits
 * with a hyphen and a digit after them.
 */
export function markedWordEnd(text: string, reader: { kind: number; start: number; end: number }): number {
  if (reader.kind !== TokenKind.Word) return -1;
  let i = reader.end;
  while (i > reader.start && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  const digits = reader.end - i;
  const session = digits === 4 && text.charCodeAt(reader.end) === 0x2d && isAsciiDigit(text.charCodeAt(reader.end + 1));
  if (digits === 0 || (digits > 3 && !session) || i - reader.start < 2) return -1;
  return wordLowerOf(text.charCodeAt(i - 1)) > 0x3a && wordLowerOf(text.charCodeAt(i - 2)) > 0x3a ? i : -1;
}

/**
 * The first two letters of the first words that may stand in lower case, by leadIndex, or null when one of
 * them is not plain ASCII letters. A word that lower-cases to a plain ASCII key has, unit by unit, a lower-case
 * first letter and a second unit that is an ASCII letter or the Kelvin sign (İ and Σ lower-case to other
 * letters), or no second letter at all.
 */
function lowerLeadsByLetters(root: TrieNode): Uint8Array | null {
  const byLetters = new Uint8Array(26 * 27);
  for (const [key, node] of root.next) {
    if (!node.lowerInitial || !isAsciiLower(key.charCodeAt(0))) continue;
    if (!/^[a-z]+$/.test(key)) return null;
    byLetters[leadIndex(key.charCodeAt(0), key.length > 1 ? key.charCodeAt(1) : -1)] = 1;
  }
  return byLetters;
}

/** GazetteerMatcher.lowerLeads: the letter table spread over every ASCII second unit, so the hot loop needs no leadIndex. */
function spreadLeads(byLetters: Uint8Array): Uint8Array {
  const leads = new Uint8Array(0x80 * 0x80);
  for (let first = 0x61; first <= 0x7a; first++) {
    for (let second = 0; second < 0x80; second++) leads[(first << 7) | second] = byLetters[leadIndex(first, second)];
  }
  return leads;
}

/**
 * A sticky regex over what `match` steps over without a look: ASCII that is no word character, and whole
 * words of lower-case ASCII letters and digits that cannot start a name: no first word allowed in lower case,
 * no first word that starts with a digit ("50plus"). `root` is the trie, or null when a first word allowed in
 * lower case is not plain ASCII and every word has to be read. The regex stops before anything else: a
 * capital, any unit outside ASCII, a word that may start a name, a watched word (WATCHED_WORDS), a word that
 * begins with one of `leading` (MONTH_WORDS). It may also stop inside a word
 * that goes on outside ASCII or in capitals ("beëindigen", "2E"); the caller reads that word from its start. The
 * repetition is bounded so the regex's backtracking stack stays small on a 10 MB line; the caller simply calls
 * it again.
 */
function quietRunsOf(root: TrieNode | null, watched: readonly string[], leading: readonly string[]): RegExp {
  const SEPARATORS = '[^A-Za-z0-9\\u0080-\\uffff]';
  // Watched words in lower case are read as they are written; one in capitals stops the run anyway.
  const firstWords = watched.filter(w => /^[a-z0-9]+$/.test(w)).map(w => `${w}(?![A-Za-z0-9])`);
  for (const [key, node] of root?.next ?? []) {
    // Only a key of ASCII letters and digits can be a whole quiet word; a word that goes on is not it.
    const first = key.charCodeAt(0);
    if (!/^[a-z0-9]+$/.test(key) || !(isAsciiDigit(first) || (node.lowerInitial && isAsciiLower(first)))) continue;
    // The first unit as written (lower case or a digit), any later letter in either case.
    const later = [...key.slice(1)].map(l => (isAsciiDigit(l.charCodeAt(0)) ? l : `[${l}${l.toUpperCase()}]`)).join('');
    firstWords.push(`${key[0]}${later}(?![A-Za-z0-9])`);
  }
  // Words that begin with a leading word stop it too ("mei", "januari2015"); a leading word that begins with a
  // shorter one ("januari", "jan") needs no alternative of its own. Last: V8 ran the run ~5 % faster so.
  firstWords.push(...leading.filter(w => /^[a-z]+$/.test(w) && !leading.some(v => v !== w && w.startsWith(v))));
  const notQuiet = !root ? '[a-z0-9]' : firstWords.length ? firstWords.join('|') : '[^\\s\\S]';
  return new RegExp(`(?:${SEPARATORS}+(?!${notQuiet})[a-z0-9]+){0,1000}${SEPARATORS}*`, 'y');
}

/** Index into lowerLeadsByLetters' table of a word's lower-case ASCII first letter and its second unit (-1: none). */
function leadIndex(first: number, second: number): number {
  let s = 26;                                              // no second letter, or one no ASCII key has
  if (second >= 0x61 && second <= 0x7a) s = second - 0x61;
  else if (second >= 0x41 && second <= 0x5a) s = second - 0x41;
  else if (second === 0x212a) s = 0x6b - 0x61;            // the Kelvin sign lower-cases to k
  return (first - 0x61) * 27 + s;
}

/** Where the run of a-z and 0-9 (the units of quiet words) that ends at `i` starts. */
function quietRunStart(text: string, i: number): number {
  while (i > 0 && isQuietWordUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isQuietWordUnit = (c: number) => isAsciiLower(c) || isAsciiDigit(c);

/** Whether the unit at `i` continues a word run, as wordEnd reads it. */
function isWordUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return wordLowerOf(c) !== NOT_WORD || (isHighSurrogate(c) && astralWordAt(text, i));
}

/**
 * Whether a word in lower case that starts with the ASCII letter `first` and the unit `second` (NaN past the
 * end) may start a name. Outside ASCII only the Kelvin sign is a letter an ASCII key has (k); any other unit
 * counts as no second letter, as NUL does.
 */
function leadAllowed(leads: Uint8Array, first: number, second: number): boolean {
  const s = second < 0x80 ? second : second === 0x212a ? 0x6b : 0;
  return leads[(first << 7) | s] === 1;
}

/** Whether some form in the subtree of `node` passes `test`. */
function someForm(node: TrieNode, test: (f: Form) => boolean): boolean {
  if (node.forms.some(test)) return true;
  for (const child of node.next.values()) if (someForm(child, test)) return true;
  return false;
}

const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
/** First words that caseFits lets stand in lower case before a capitalised name ("het ministerie van Defensie", "al-Qaida"). */
const LOWER_CASE_LEADS = new Set(['ministerie', 'al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'az']);

/**
 * Whether caseFits can accept `form` on a surface whose first letter is a lower-case ASCII letter, the
 * form's first word being `firstKey`. An acronym must be written as is or in capitals; a capitalised name
 * needs a capital unless it is led by one of LOWER_CASE_LEADS.
 */
function fitsLowerInitial(form: Form, firstKey: string): boolean {
  if (form.acronym) return !/^[A-Z0-9]/.test(form.text.replace(/\s+/g, ''));
  return !upper(form.text[0]) || LOWER_CASE_LEADS.has(firstKey);
}

/** Whether text[start, end) lower-cases to `key`, for a word whose characters lower-case one by one. */
function lowerEquals(text: string, start: number, end: number, key: string): boolean {
  if (end - start !== key.length) return false;
  for (let i = start; i < end; i++) if (lowerOf(text.charCodeAt(i)) - 1 !== key.charCodeAt(i - start)) return false;
  return true;
}

/**
 * False when the token after `pos` is surely no edge of `node`: after spaces and commas, an ASCII letter or
 * digit that starts no word edge (a word with an ASCII first letter lower-cases to a key with that letter in
 * lower case). Anything else is left to the reader.
 */
function mayFollow(node: TrieNode, text: string, pos: number): boolean {
  let c = text.charCodeAt(pos);
  while (c === 0x20 || c === 0x2c) c = text.charCodeAt(++pos);
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return true;
  return (node.initials[c >>> 5] & (1 << (c & 31))) !== 0;
}

/** The child of `node` along the token under `reader`, if any. */
function edge(node: TrieNode, text: string, reader: TokenReader): TrieNode | undefined {
  switch (reader.kind) {
    case TokenKind.Word: {
      if (!reader.hashed) return node.next.get(text.slice(reader.start, reader.end).toLowerCase());
      const edges = node.wordEdges.get(reader.hash);
      if (edges) for (const e of edges) if (lowerEquals(text, reader.start, reader.end, e.key)) return e.node;
      return undefined;
    }
    case TokenKind.Symbol:
      return node.next.get(reader.symbol);
    default:
      return undefined;
  }
}

/** The forms an entry is matched by. Ministries only as "Ministerie (van) …": their bare acronyms name a portfolio or a role. */
export function formsOf(e: GazetteerEntry): Form[] {
  const forms: Form[] = [];
  const push = (text: string, acronym: boolean) => forms.push({ id: e.id, text, acronym: acronym || !/\p{Ll}/u.test(text) });
  for (const name of e.names) {
    for (const n of ampersandVariants(name).flatMap(euVariants)) {
      push(n, false);
      if (e.kind === 'ministry' && /^Ministerie van /.test(n)) push(n.replace(/^Ministerie van /, 'Ministerie '), false);
      for (const variant of committeeVariants(e, n)) push(variant, false);
      for (const variant of councilVariants(e, n)) push(variant, false);
    }
  }
  for (const a of e.acronyms) {
    if (e.kind === 'ministry') {
      push(`Ministerie van ${a}`, false);
      continue;
    }
    push(a, true);
  }
  for (const a of e.exactAcronyms ?? []) forms.push({ id: e.id, text: a, acronym: true, exact: true });
  return forms;
}

/**
 * A name and, when it joins two capitalised parts with "en", the same name with "&": letters write
 * "Ministerie van Sociale Zaken & Werkgelegenheid" as often as the "en" of the official name.
 */
function ampersandVariants(name: string): string[] {
  return / en \p{Lu}/u.test(name) ? [name, name.replace(/ en (?=\p{Lu})/gu, ' & ')] : [name];
}

/**
 * A name and, when it names a body "van de Europese Unie", the same name with "EU": letters write "het Asielagentschap
 * van de EU" and "het Hof van Justitie van de EU" as often as the full form, and the body's name, not its EU token, is
 * what they mean (so also "Permanente Vertegenwoordiging … bij de EU").
 */
const EU_IN_NAME = / (van|bij) de Europese Unie(?![\p{L}])/u;

function euVariants(name: string): string[] {
  return EU_IN_NAME.test(name) ? [name, name.replace(EU_IN_NAME, ' $1 de EU')] : [name];
}

/** An EU Council configuration named by its policy areas after "Raad" ("Raad Justitie en Binnenlandse Zaken"). */
const COUNCIL_CONFIGURATION = /^Raad (?!van |voor )(\p{Lu}.+)$/u;

/**
 * The other way letters name an EU Council configuration: its policy areas before "Raad", as the BNC fiches'
 * "Behandelingstraject Raad" does ("Justitie en Binnenlandse Zaken Raad", "Buitenlandse Zaken-Raad"). Only for the
 * configurations the gazetteer knows (kind "eu"), so a ministry's name before "Raad" elsewhere is not read as one.
 */
function councilVariants(e: GazetteerEntry, name: string): string[] {
  if (e.kind !== 'eu') return [];
  const m = COUNCIL_CONFIGURATION.exec(name);
  return m ? [`${m[1]} Raad`, `${m[1]}-Raad`] : [];
}

const STANDING_COMMITTEE = /^vaste (?:Kamer)?commissie voor (.+)$/;

/** Whether a form begins with one of the lower-case watched words ("commissie …", "rechtbank …"). */
function startsWithWatchedWord(form: Form): boolean {
  return LOWER_WATCHED_NAME_WORDS.some(w => form.text.startsWith(w) && form.text.charCodeAt(w.length) === 0x20);
}

/**
 * The other ways letters name a standing committee of the House: without "vaste" ("de commissie voor
 * Binnenlandse Zaken"), with "van" ("de vaste Kamercommissie van Veiligheid en Justitie") or with the subject
 * straight after the noun ("op verzoek van de commissie Onderwijs, Cultuur en Wetenschap", "uw Vaste Kamer Commissie
 * Veiligheid en Justitie"), or as a general committee of the same subject, as the House named some until 2006
 * ("de Algemene Commissie voor Europese Zaken"). Only with a subject the gazetteer knows, so "de commissie" alone
 * stays an anaphor.
 */
function committeeVariants(e: GazetteerEntry, name: string): string[] {
  if (e.kind !== 'parliament') return [];
  const m = STANDING_COMMITTEE.exec(name);
  if (!m) return [];
  const subject = m[1];
  return [`commissie voor ${subject}`, `Kamercommissie voor ${subject}`, `commissie van ${subject}`, `vaste commissie van ${subject}`,
    `algemene commissie voor ${subject}`,
    `vaste Kamercommissie van ${subject}`, `commissie ${subject}`, `vaste commissie ${subject}`, `vaste Kamercommissie ${subject}`,
    `Kamercommissie ${subject}`, `vaste Kamer Commissie ${subject}`];
}

const upper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** Whether `form` fits the surface text[start, end) as written; the surface is sliced only where a rule reads more of it. */
function caseFits(form: CompiledForm, text: string, start: number, end: number): boolean {
  if (form.acronym) {
    // As written or in capitals, white space aside; most surfaces are exactly one of the two.
    if (writtenAs(text, start, end, form.text) || writtenAs(text, start, end, form.compactUpper)) return true;
    const compact = text.slice(start, end).replace(/\s+/g, '');
    return compact === form.compact || compact === form.compactUpper;
  }
  if (!form.capitalised) return true;
  const s = text.charCodeAt(start);
  if (s >= 0x41 && s <= 0x5a) return true;
  const surface = text.slice(start, end);
  if ((s >= 0x61 && s <= 0x7a) || !upper(surface[0])) {
  // "het ministerie van Defensie": the common noun in lower case before a capitalised name;
  // "al-Qaida", "al Shabaab": the Arabic article in lower case.
    return /^ministerie (van )?\p{Lu}/u.test(surface) || /^(?:al|el|ad|an|as|ash|at|az)[-‐ ]\p{Lu}/u.test(surface);
  }
  return true;
}

/** Whether text[start, end) is `written`. */
function writtenAs(text: string, start: number, end: number, written: string): boolean {
  return end - start === written.length && text.startsWith(written, start);
}

/**
 * Where an ASCII capital follows the digits that open the word text[start, end) directly ("2016Tweede" → 4), or -1
 * (a number, "2016", "3e", "1a"). At most as many steps as the word has leading digits.
 */
function capitalAfterDigits(text: string, start: number, end: number): number {
  let p = start + 1;
  while (p < end && isAsciiDigit(text.charCodeAt(p))) p++;
  return p < end && isCapital(text.charCodeAt(p)) ? p : -1;
}

/**
 * A name is not matched inside a URL or an e-mail address ("www.nctv.nl"). A slash between two capitals joins
 * two acronyms, not the parts of a path: "BZK/AIVD", "DEF/MIVD" name the AIVD and the MIVD. A slash after a
 * capitalised word of letters joins two names ("Oberon Onderzoek en Advies/SEO Economisch Onderzoek"); after a
 * word in lower case or one glued to a dot or another slash it is a path ("over/AIVD", "www.x.nl/AIVD").
 */
function startBoundaryOk(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 0x2f) return isCapital(text.charCodeAt(start)) && (isCapital(text.charCodeAt(start - 2)) || capitalisedWordBefore(text, start - 1));
  return before !== 0x2e && before !== 0x40 && before !== 0x5f;           // . @ _
}

/** How far back capitalisedWordBefore reads a word. */
const WORD_BEFORE_SLASH_REACH = 40;

/**
 * Whether text[…, slash) ends in a capitalised word of ASCII letters after a space, a parenthesis or the start. The word
 * may hold digits after its capital: "G40/VNG", "G4/VNG" join two names (round 41).
 */
function capitalisedWordBefore(text: string, slash: number): boolean {
  let i = slash;
  const stop = Math.max(0, slash - WORD_BEFORE_SLASH_REACH);
  while (i > stop && (isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiDigit(text.charCodeAt(i - 1)))) i--;
  if (i === slash || !isCapital(text.charCodeAt(i))) return false;
  return i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n' || text[i - 1] === '(';
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const isCapital = (c: number) => c >= 0x41 && c <= 0x5a;

function endBoundaryOk(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  return !((after === 0x2e || after === 0x40 || after === 0x5f) && isWordStart(text.charCodeAt(end + 1) || 0));   // . @ _
}

/** An acronym in the plural ("de IRU’s van Europol") names a kind of body, not the body. */
function pluralAfter(text: string, end: number): boolean {
  const after = text[end];
  return (after === '’' || after === "'") && (text[end + 1] === 's' || text[end + 1] === 'S') && !isWordStart(text.charCodeAt(end + 2) || 0);
}

/**
 * An acronym inside a line of capitals ("BRIEF VAN DE MINISTER … OM …") is an ordinary word in upper case:
 * it is shouted when the nearest word on each side that has one is written in capitals too. Neighbours that
 * are known acronyms do not count ("AIVD, MIVD, KMAR"), and one lower-case neighbour is enough ("de EU CTC").
 */
function shouted(text: string, start: number, end: number, acronyms: ReadonlyMap<string, string>): boolean {
  // An acronym that opens a parenthesis opens a short form ("(EU CTC)", "(EU PNR)"), not a line of capitals.
  if (start > 0 && text.charCodeAt(start - 1) === 0x28) return false;
  // Nor does one joined to another by a slash ("BZK/AIVD", "DEF/MIVD"): a pair of short forms.
  if (start > 1 && text.charCodeAt(start - 1) === 0x2f && isCapital(text.charCodeAt(start - 2))) return false;
  // Commas on both sides list bodies ("de ABC, FNV, MKB-Nederland", round 37), which a line of capitals does not.
  if (listedBetweenCommas(text, start, end)) return false;
  // A neighbour in lower case (the usual "de", "het", "van" before) settles it: the word after is not read.
  const before = wordBefore(text, start);
  if (before && !inCapitals(text, before, acronyms)) return false;
  const after = wordAfter(text, end);
  if (!before && !after) return false;
  return !after || inCapitals(text, after, acronyms);
}

/** ", FNV, ": a comma and a space before the acronym and a comma right after it. */
function listedBetweenCommas(text: string, start: number, end: number): boolean {
  return start > 1 && text.charCodeAt(start - 1) === 0x20 && text.charCodeAt(start - 2) === 0x2c && text.charCodeAt(end) === 0x2c;
}

/** Whether a word is two or more capitals (\p{Lu}) and not a known acronym. */
function inCapitals(text: string, w: Span, acronyms: ReadonlyMap<string, string>): boolean {
  if (w.end - w.start < 2) return false;
  const first = text.charCodeAt(w.start);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;     // an ASCII first letter that is no capital
  const s = text.slice(w.start, w.end);
  return /^\p{Lu}+$/u.test(s) && !acronyms.has(s);
}

/** The nearest word token after `pos`, passing over symbols; null at a break or the end. */
function wordAfter(text: string, pos: number): Span | null {
  const reader = new TokenReader(text);
  for (; reader.read(pos); pos = reader.end) {
    if (reader.kind === TokenKind.Word) return { start: reader.start, end: reader.end };
    if (reader.kind === TokenKind.Break) return null;
  }
  return null;
}

/** The nearest word token that ends at or before `pos`, passing over symbols; null at a break or the start. */
function wordBefore(text: string, pos: number): Span | null {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    const astral = c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    const at = astral ? i - 1 : i;
    const cls = astral ? (astralWordAt(text, at) ? CharClass.Word : CharClass.Other) : classOf(c);
    if (cls === CharClass.Skip || cls === CharClass.Symbol) { i = at - 1; continue; }
    if (cls !== CharClass.Word) return null;
    // The word run that ends here, read from its start as `tokenize` reads it.
    let s = at;
    while (s > 0) {
      const p = text.charCodeAt(s - 1);
      if (classOf(p) === CharClass.Word) s--;
      else if (p >= 0xdc00 && p <= 0xdfff && s > 1 && isHighSurrogate(text.charCodeAt(s - 2)) && astralWordAt(text, s - 2)) s -= 2;
      else break;
    }
    return isHighSurrogate(text.charCodeAt(s)) ? null : { start: s, end: i + 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Loading

let loaded: Gazetteer | undefined;
let matchersCompiled = 0;

/** How many of the shipped gazetteer's matchers this thread has compiled (0-2): what a look-up by id must not do. */
export function compiledMatchers(): number {
  return matchersCompiled;
}

/**
 * The shipped gazetteer. Its matchers are compiled when first used (~100 ms): the server's main thread looks
 * entries up by id for diagnostics and hovers during indexing, and must not stall its requests for matchers
 * that only the analysis needs (the analysis threads, or an edit).
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const entries = (data as { entries: GazetteerEntry[] }).entries;
  let matcher: GazetteerMatcher | undefined;
  let atWatched: GazetteerMatcher | undefined;
  loaded = {
    entries,
    byId: new Map(entries.map(e => [e.id, e])),
    get matcher() {
      if (!matcher) {
        matcher = new GazetteerMatcher(entries);
        matchersCompiled++;
      }
      return matcher;
    },
    get atWatched() {
      if (!atWatched) {
        atWatched = new GazetteerMatcher(entries, startsWithWatchedWord);
        matchersCompiled++;
      }
      return atWatched;
    },
    senateCommitteeOf: new Map(entries.flatMap(e => (e.houseCommittees ?? []).map(house => [house, e.id] as [string, string]))),
  };
  return loaded;
}

export function lookupOrganisation(id: string): GazetteerEntry | undefined {
  return loadGazetteer().byId.get(id);
}
