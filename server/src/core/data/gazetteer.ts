// The organisation gazetteer: the curated data file, its types, and one compiled matcher over it.
//
// Matching works on tokens, not characters, so the cost is linear in the text: every word start walks a
// trie of lower-cased tokens at most as deep as the longest name. Case is checked afterwards, per form:
// acronyms are case-sensitive ("OM" but never "om"), names only need their first letter right
// ("Koninklijke marechaussee" is still the KMar).
import data from './organisations.json';

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
  kind: OrganisationKind;
  description: { nl: string; en: string };
  /** Where the entry was checked (official site, Wikipedia, Wikidata). */
  source: string;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  matcher: GazetteerMatcher;
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
// names contain ("DT&V", "JBZ-Raad", "Bontes/Van Klaveren", "Da’esh"). Spaces and commas are skipped
// ("Onderwijs, Cultuur" = "Onderwijs Cultuur"); every other character, and a blank line, breaks a name.
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
// The compiled matcher

interface Form {
  id: string;
  text: string;
  acronym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  forms: Form[];
}

const newNode = (): TrieNode => ({ next: new Map(), forms: [] });

export class GazetteerMatcher {
  private readonly root = newNode();
  /** Every acronym form as written and in upper case, for "is this an acronym we know?" */
  readonly acronymIds = new Map<string, string>();

  constructor(entries: readonly GazetteerEntry[]) {
    for (const e of entries) for (const f of formsOf(e)) this.add(f);
  }

  private add(form: Form): void {
    const tokens = tokenize(form.text).filter(t => t.type !== 'break');
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) node.next.set(t.key, (child = newNode()));
      node = child;
    }
    node.forms.push(form);
    if (form.acronym) {
      const compact = form.text.replace(/\s+/g, '');
      this.acronymIds.set(compact, form.id);
      this.acronymIds.set(compact.toUpperCase(), form.id);
    }
  }

  /** Every non-overlapping longest match in `text`, left to right. */
  match(text: string, tokens: Token[] = tokenize(text)): GazetteerMatch[] {
    const found: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'word') continue;
      const hit = this.longestAt(text, tokens, i);
      if (!hit) continue;
      found.push(hit.match);
      i = hit.last;
    }
    return found;
  }

  /** The gazetteer id of exactly this text (a whole name or acronym), or null. */
  idOf(text: string): string | null {
    const tokens = tokenize(text);
    const hit = tokens.length > 0 && tokens[0].type === 'word' ? this.longestAt(text, tokens, 0) : null;
    return hit && hit.last === tokens.length - 1 ? hit.match.id : null;
  }

  private longestAt(text: string, tokens: Token[], first: number): { match: GazetteerMatch; last: number } | null {
    const start = tokens[first].start;
    if (!startBoundaryOk(text, start)) return null;
    let node: TrieNode | undefined = this.root;
    let best: { match: GazetteerMatch; last: number } | null = null;
    for (let j = first; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].key);
      if (!node || node.forms.length === 0) continue;
      const end = tokens[j].end;
      if (!endBoundaryOk(text, end)) continue;
      const surface = text.slice(start, end);
      const form = node.forms.find(f => caseFits(f, surface) && (!f.acronym || (!pluralAfter(text, end) && !shouted(text, tokens, first, j, this.acronymIds))));
      if (form) best = { match: { start, end, id: form.id, acronym: form.acronym }, last: j };
    }
    return best;
  }
}

/** The forms an entry is matched by. Ministries only as "Ministerie (van) …": their bare acronyms name a portfolio or a role. */
function formsOf(e: GazetteerEntry): Form[] {
  const forms: Form[] = [];
  const push = (text: string, acronym: boolean) => forms.push({ id: e.id, text, acronym: acronym || !/\p{Ll}/u.test(text) });
  for (const n of e.names) {
    push(n, false);
    if (e.kind === 'ministry' && /^Ministerie van /.test(n)) push(n.replace(/^Ministerie van /, 'Ministerie '), false);
  }
  for (const a of e.acronyms) {
    if (e.kind === 'ministry') {
      push(`Ministerie van ${a}`, false);
      continue;
    }
    push(a, true);
  }
  return forms;
}

const upper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

function caseFits(form: Form, surface: string): boolean {
  if (form.acronym) {
    const compact = surface.replace(/\s+/g, '');
    const written = form.text.replace(/\s+/g, '');
    return compact === written || compact === written.toUpperCase();
  }
  const f0 = form.text[0];
  const s0 = surface[0];
  if (!upper(f0)) return true;
  if (upper(s0)) return true;
  // "het ministerie van Defensie": the common noun in lower case before a capitalised name;
  // "al-Qaida", "al Shabaab": the Arabic article in lower case.
  return /^ministerie (van )?\p{Lu}/u.test(surface) || /^(?:al|el|ad|an|as|ash|at|az)[-‐ ]\p{Lu}/u.test(surface);
}

/** A name is not matched inside a URL or an e-mail address ("www.nctv.nl"). */
function startBoundaryOk(text: string, start: number): boolean {
  const before = text[start - 1];
  return before !== '.' && before !== '/' && before !== '@' && before !== '_';
}

function endBoundaryOk(text: string, end: number): boolean {
  const after = text[end];
  return !((after === '.' || after === '@' || after === '_') && isWordStart(text.charCodeAt(end + 1) || 0));
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
function shouted(text: string, tokens: Token[], first: number, last: number, acronyms: ReadonlyMap<string, string>): boolean {
  const nearestWord = (k: number, step: number): Token | null => {
    for (; k >= 0 && k < tokens.length; k += step) {
      if (tokens[k].type === 'word') return tokens[k];
      if (tokens[k].type === 'break') return null;
    }
    return null;
  };
  const capitals = (t: Token) => {
    const s = text.slice(t.start, t.end);
    return s.length >= 2 && /^\p{Lu}+$/u.test(s) && !acronyms.has(s);
  };
  const neighbours = [nearestWord(first - 1, -1), nearestWord(last + 1, 1)].filter((t): t is Token => t !== null);
  return neighbours.length > 0 && neighbours.every(capitals);
}

// ---------------------------------------------------------------------------------------------
// Loading

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, compiled once. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const entries = (data as { entries: GazetteerEntry[] }).entries;
  loaded = { entries, byId: new Map(entries.map(e => [e.id, e])), matcher: new GazetteerMatcher(entries) };
  return loaded;
}

export function lookupOrganisation(id: string): GazetteerEntry | undefined {
  return loadGazetteer().byId.get(id);
}
