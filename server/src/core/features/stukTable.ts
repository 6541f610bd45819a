// The Kamerstukken a workspace holds or cites, by dossier and number: what completion and the corpus tree list.
// Built once from the index's id keys, then kept in step with the ids that come and go.
import type { Corpus } from '../workspace/corpus';
import type { LetterIdentity } from '../types';
import { SENATE_ROMAN_DOSSIER, canonicalKamerstuk, kamerstukId, writtenDossier } from '../ids';

/**
 * Kamerstuk id keys, "kst-21501-02-1458" → dossier "21501", suffix "02", number "1458"; a number with a letter
 * ("kst-25877-58a"), the Eerste Kamer's letters ("kst-32317-ja", "kst-36600-xx-f": number "JA", "F"), and its own
 * dossiers in roman numerals ("kst-cxxiv-g": dossier "CXXIV", letter "G").
 */
const KAMERSTUK_KEY = new RegExp(`^kst-(\\d+|${SENATE_ROMAN_DOSSIER.toLowerCase()})(?:-([0-9a-z]+))?-(\\d+[a-z]?|[a-z]{1,3})$`);

export interface Stuk {
  key: string;
  dossier: string;
  suffix: string | null;
  number: string;
  /** The number as a number, for sorting (parsed once: the table sorts thousands). */
  order: number;
}

/** A dossier's stukken, each list in number order. */
export interface DossierEntry {
  /** "29754", "21501-02": what a typed dossier is compared with. */
  name: string;
  first: Stuk;
  /** Known by a letter of the workspace. */
  letters: Stuk[];
  /** Only cited. */
  cited: Stuk[];
}

/** The Kamerstukken the workspace holds or cites, by dossier, in dossier order; rebuilt when an id comes or goes. */
export interface StukTable {
  revision: number;
  dossiers: DossierEntry[];
  byName: Map<string, DossierEntry>;
}

const tables = new WeakMap<Corpus, StukTable>();

/**
 * Built once (tens of milliseconds at 10,000 letters), then kept in step with the ids that come and go (a
 * citation being typed is a new id at every digit), and read on every keystroke.
 */
export function stukTable(corpus: Corpus): StukTable {
  const cached = tables.get(corpus);
  if (cached && cached.revision === corpus.idKeysRevision) return cached;
  const changed = cached ? corpus.idKeysChangedSince(cached.revision) : null;
  if (cached && changed) {
    for (const key of new Set(changed)) refile(corpus, cached, key);
    cached.revision = corpus.idKeysRevision;
    return cached;
  }
  const byName = new Map<string, DossierEntry>();
  const { known, cited } = corpus.kamerstukKeys();
  for (const key of known) entryFor(byName, key)?.letters.push(stukOf(key)!);
  for (const key of cited) entryFor(byName, key)?.cited.push(stukOf(key)!);
  for (const entry of byName.values()) {
    entry.letters.sort(byNumber);
    entry.cited.sort(byNumber);
  }
  const dossiers = [...byName.values()].sort(byDossier);
  const table = { revision: corpus.idKeysRevision, dossiers, byName };
  tables.set(corpus, table);
  return table;
}

export const byNumber = (a: Stuk, b: Stuk) => a.order - b.order || a.number.localeCompare(b.number);
const byDossier = (a: DossierEntry, b: DossierEntry) => dossierOrder(a.first.dossier) - dossierOrder(b.first.dossier) || (a.first.suffix ?? '').localeCompare(b.first.suffix ?? '');
/** "29754", "21501-02", "cxxiv": the entry's name, in lower case as the keys are. */
const dossierName = (s: Stuk) => `${s.dossier.toLowerCase()}${s.suffix ? `-${s.suffix}` : ''}`;

/** The Senate's roman-numbered dossiers are a series of their own: after the House's numbers, by their value. */
const ROMAN_DOSSIER_ORDER = 1e9;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A dossier of the Senate's own, numbered in roman numerals ("CXXIV"): its stukken are all letters, cited without "nr.". */
export function isRomanDossier(dossier: string): boolean {
  const c = dossier.charCodeAt(0);
  return !(c >= 0x30 && c <= 0x39);
}

/** A dossier's place in the list: its number, or a roman numeral's value after every number. */
export function dossierOrder(dossier: string): number {
  if (!isRomanDossier(dossier)) return Number(dossier);
  let value = 0;
  for (let i = 0; i < dossier.length; i++) {
    const v = ROMAN_VALUES[dossier[i]] ?? 0;
    value += v < (ROMAN_VALUES[dossier[i + 1]] ?? 0) ? -v : v;
  }
  return ROMAN_DOSSIER_ORDER + value;
}

/** The entry of the key's dossier, made when missing; null for a key that is no Kamerstuk. */
function entryFor(byName: Map<string, DossierEntry>, key: string): DossierEntry | null {
  const stuk = stukOf(key);
  if (!stuk) return null;
  const name = dossierName(stuk);
  let entry = byName.get(name);
  if (!entry) byName.set(name, (entry = { name, first: stuk, letters: [], cited: [] }));
  return entry;
}

/** Files one key again as the corpus has it now: known by a letter, only cited, or gone. */
function refile(corpus: Corpus, table: StukTable, key: string): void {
  const stuk = stukOf(key);
  if (!stuk) return;
  const existing = table.byName.get(dossierName(stuk));
  if (existing) {
    removeSorted(existing.letters, stuk);
    removeSorted(existing.cited, stuk);
  }
  const list = corpus.isKnownKey(key) ? 'letters' : corpus.isCitedKey(key) ? 'cited' : null;
  if (list) {
    const entry = existing ?? entryFor(table.byName, key)!;
    if (!existing) table.dossiers.splice(sortedIndex(table.dossiers, entry, byDossier), 0, entry);
    entry[list].splice(sortedIndex(entry[list], stuk, byNumber), 0, stuk);
  } else if (existing && !existing.letters.length && !existing.cited.length) {
    table.byName.delete(existing.name);
    table.dossiers.splice(table.dossiers.indexOf(existing), 1);
  }
}

/** Where the item goes in the sorted list (after its equals). */
function sortedIndex<T>(list: T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid], item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function removeSorted(list: Stuk[], stuk: Stuk): void {
  for (let i = sortedIndex(list, stuk, byNumber) - 1; i >= 0 && byNumber(list[i], stuk) === 0; i--) {
    if (list[i].key === stuk.key) {
      list.splice(i, 1);
      return;
    }
  }
}

/** A Senate letter's order is at least this: the letters sort after the numbers. */
export const SENATE_LETTER_ORDER = 1e9;

export function stukOf(key: string): Stuk | null {
  const m = KAMERSTUK_KEY.exec(key);
  if (!m) return null;
  // The Senate's letters as published (capitals), after the numbers: A … Z, AA … ZZ, AAA ….
  const letters = /^[a-z]/.test(m[3]);
  const number = letters ? m[3].toUpperCase() : m[3];
  const order = letters ? SENATE_LETTER_ORDER + [...number].reduce((n, c) => n * 27 + c.charCodeAt(0) - 64, 0) : parseInt(m[3], 10);
  // A roman dossier in capitals, as its id and citation write it ("kst-CXXIV-G", "Kamerstuk CXXIV, G").
  const dossier = m[1].charCodeAt(0) >= 0x61 ? m[1].toUpperCase() : m[1];
  return { key, dossier, suffix: m[2] ?? null, number, order };
}

/** The dossier as written in a reference: "29 754", "21 501-02", "36 600 VIII". */
export function written(s: Stuk): string {
  return writtenDossier(s.dossier, s.suffix?.toUpperCase() ?? null);
}

/** The stuk's citation: "Kamerstuk 29 754, nr. 325", the suffix in capitals as published. */
export function stukCitation(s: Stuk): string {
  return canonicalKamerstuk(s.dossier, s.suffix?.toUpperCase() ?? null, s.number);
}

/** The stuk's id as officielebekendmakingen writes it, a letter suffix in capitals ("kst-36200-VI-3"). */
export function stukId(s: Stuk): string {
  return kamerstukId(s.dossier, s.suffix, s.number)!;
}

/** The title a letter's header prints for the dossier `name` ("29240"): a letter printed in several dossiers
 *  ("29 754 Terrorismebestrijding / 29 240 Veiligheid op school") has one for each. */
export function titleInDossier(identity: LetterIdentity, name: string): string | null {
  const is = (dossier: string, suffix: string | null) => `${dossier}${suffix ? `-${suffix}` : ''}`.toLowerCase() === name.toLowerCase();
  if (!identity.dossier || is(identity.dossier, identity.suffix)) return identity.title;
  return identity.jointDossiers?.find(j => is(j.dossier, j.suffix))?.title ?? null;
}
