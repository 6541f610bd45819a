// Completion of Kamerstuk references while a user writes: after "Kamerstuk " the letters of the workspace
// (and the stukken its letters cite) as "29 754, nr. 325"; after "Kamerstuk 29 754, nr. " the numbers of that
// dossier. It reads the editor's text, not the analysis: a reference being typed is not yet one.
import type { Corpus } from '../workspace/corpus';
import { formatDossier } from '../ids';
import type { Span } from '../types';
import { baseName, escapeMarkdown, plural } from './describe';
import { letterSummary } from './hover';

export interface CompletionSuggestion {
  /** A dossier ("29 754", chosen first), a letter of the workspace, or a stuk its letters only cite. */
  kind: 'dossier' | 'letter' | 'cited';
  /** "29 754" for a dossier; "325" for a number. */
  label: string;
  /** Replaces `replace`, which is what the user typed of it: "29 754, nr. " for a dossier, the number for a stuk. */
  insertText: string;
  replace: Span;
  /** One line: the dossier's title and size; the letter's title or type and date; where the stuk is cited. */
  detail: string;
  /** Dossier, then suffix, then number; letters of the workspace before stukken only cited. */
  sortText: string;
  /** The stuk's id key ("kst-29754-325"), its documentation asked for by it (`completionDocumentation`); null for a dossier. */
  key: string | null;
  /** The letter of the workspace it names; null for a dossier or a stuk only cited. */
  uri: string | null;
}

export interface CompletionResult {
  items: CompletionSuggestion[];
  /** More match than are listed: the client asks again as the user types on. */
  incomplete: boolean;
}

/** A large workspace lists this many at once; typing narrows them down. */
const MAX_ITEMS = 100;
/** How far back the reference being typed is looked for (a label, a session, a dossier, "nr."). */
const WINDOW = 100;

// "Kamerstuk ", "Kamerstukken II ", "Kamerstukken II 2014/15, ", "kamerstuk ": what precedes the dossier.
const LABEL = String.raw`(?:^|[^\p{L}\p{N}])[Kk]amerstuk(?:ken)?(?:\s+I{1,2})?(?:\s+(?:19|20)\d{2}\s?[/–-]\s?(?:19|20)?\d{2},?)?\s+`;
/** The dossier being typed: "", "29", "29 75", "21 501-0". */
const TYPING_DOSSIER = new RegExp(`${LABEL}(\\d[\\d ]{0,6}(?:-[0-9A-Za-z]{0,3})?)?$`, 'u');
/** The number being typed after a whole dossier: "29 754, nr. ", "21 501-02, nr. 14", "36 600 VIII, nr. 5". */
const TYPING_NUMBER = new RegExp(`${LABEL}(\\d{1,3} ?\\d{3})(?:-([0-9A-Za-z]{1,3})|\\s([A-Z]{1,3}|[IVXL]{1,6}))?,?\\s+nr\\.?\\s*(\\d{0,6})$`, 'u');

/** Kamerstuk id keys, "kst-21501-02-1458" → dossier "21501", suffix "02", number "1458". */
const KAMERSTUK_KEY = /^kst-(\d+)(?:-([0-9a-z]+))?-(\d+)$/;

interface Stuk {
  key: string;
  dossier: string;
  suffix: string | null;
  number: string;
  /** The number as a number, for sorting (parsed once: the table sorts thousands). */
  order: number;
}

/** A dossier's stukken, each list in number order. */
interface DossierEntry {
  /** "29754", "21501-02": what a typed dossier is compared with. */
  name: string;
  first: Stuk;
  /** Known by a letter of the workspace. */
  letters: Stuk[];
  /** Only cited. */
  cited: Stuk[];
}

/** The Kamerstukken the workspace holds or cites, by dossier, in dossier order; rebuilt when an id comes or goes. */
interface StukTable {
  revision: number;
  dossiers: DossierEntry[];
  byName: Map<string, DossierEntry>;
}

const tables = new WeakMap<Corpus, StukTable>();

/**
 * Built once (tens of milliseconds at 10,000 letters), then kept in step with the ids that come and go (a
 * citation being typed is a new id at every digit), and read on every keystroke.
 */
function stukTable(corpus: Corpus): StukTable {
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

const byNumber = (a: Stuk, b: Stuk) => a.order - b.order || a.number.localeCompare(b.number);
const byDossier = (a: DossierEntry, b: DossierEntry) => Number(a.first.dossier) - Number(b.first.dossier) || (a.first.suffix ?? '').localeCompare(b.first.suffix ?? '');
const dossierName = (s: Stuk) => `${s.dossier}${s.suffix ? `-${s.suffix}` : ''}`;

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

function stukOf(key: string): Stuk | null {
  const m = KAMERSTUK_KEY.exec(key);
  return m ? { key, dossier: m[1], suffix: m[2] ?? null, number: m[3], order: Number(m[3]) } : null;
}

/**
 * Suggestions at the offset of the editor text, or null when no Kamerstuk reference is being typed there. The
 * dossier comes first (a workspace of thousands of letters holds tens of dossiers), then its numbers.
 */
export function completionsAt(corpus: Corpus, text: string, offset: number): CompletionResult | null {
  if (offset < 0 || offset > text.length) return null;
  const before = text.slice(Math.max(0, offset - WINDOW), offset);
  const numberTyped = TYPING_NUMBER.exec(before);
  if (numberTyped) {
    const [, dossierText, dashSuffix, spaceSuffix, typed] = numberTyped;
    const suffix = (dashSuffix ?? spaceSuffix ?? '').toLowerCase();
    const name = `${dossierText.replace(/\s/g, '')}${suffix ? `-${suffix}` : ''}`;
    return numbers(corpus, stukTable(corpus).byName.get(name), typed, { start: offset - typed.length, end: offset });
  }
  const dossierTyped = TYPING_DOSSIER.exec(before);
  if (!dossierTyped) return null;
  const typed = dossierTyped[1] ?? '';
  const wanted = typed.replace(/\s/g, '').toLowerCase();
  return dossiers(corpus, stukTable(corpus).dossiers.filter(d => d.name.startsWith(wanted)), { start: offset - typed.length, end: offset });
}

/** The dossier as written in a reference: "29 754", "21 501-02", "36 600 VIII". */
function written(s: Stuk): string {
  const suffix = s.suffix ? s.suffix.toUpperCase() : null;
  return `${formatDossier(s.dossier)}${suffix ? (/^\d/.test(suffix) ? `-${suffix}` : ` ${suffix}`) : ''}`;
}

const sortKey = (s: Stuk) => `${s.dossier.padStart(6, '0')}:${s.suffix ?? ''}`;

/** Dossiers with letters in the workspace first, then those only cited; each inserts "29 754, nr. ". */
function dossiers(corpus: Corpus, matches: DossierEntry[], replace: Span): CompletionResult {
  const ordered = [...matches.filter(d => d.letters.length), ...matches.filter(d => !d.letters.length)];
  const items = ordered.slice(0, MAX_ITEMS).map((d): CompletionSuggestion => {
    const label = written(d.first);
    const firstLetter = d.letters.length ? corpus.letterKnownByKey(d.letters[0].key) : null;
    const title = firstLetter ? corpus.record(firstLetter)?.analysis.identity.title ?? null : null;
    const counts = [d.letters.length ? `${plural(d.letters.length, 'letter')} in the workspace` : null, d.cited.length ? `${d.cited.length} more cited` : null];
    return {
      kind: 'dossier',
      label,
      insertText: `${label}, nr. `,
      replace,
      detail: [title, counts.filter(Boolean).join(', ')].filter(Boolean).join(' · '),
      sortText: `${d.letters.length ? 0 : 1}:${sortKey(d.first)}`,
      key: null,
      uri: null,
    };
  });
  return { items, incomplete: ordered.length > MAX_ITEMS };
}

/** The numbers of one dossier starting with the typed digits: its letters in the workspace, then stukken only cited. */
function numbers(corpus: Corpus, dossier: DossierEntry | undefined, typed: string, replace: Span): CompletionResult {
  if (!dossier) return { items: [], incomplete: false };
  const items: CompletionSuggestion[] = [];
  let more = false;
  for (const [list, known] of [[dossier.letters, true], [dossier.cited, false]] as const) {
    for (const stuk of list) {
      if (!stuk.number.startsWith(typed)) continue;
      if (items.length === MAX_ITEMS) {
        more = true;
        break;
      }
      const uri = known ? corpus.letterKnownByKey(stuk.key) : null;
      items.push({
        kind: uri ? 'letter' : 'cited',
        label: stuk.number,
        insertText: stuk.number,
        replace,
        detail: uri ? letterDetail(corpus, uri) : `cited in ${plural(corpus.citingLetterCount(stuk.key), 'letter')}, not in the workspace`,
        sortText: `${uri ? 0 : 1}:${sortKey(stuk)}:${stuk.number.padStart(6, '0')}`,
        key: stuk.key,
        uri,
      });
    }
  }
  return { items, incomplete: more };
}

/**
 * Markdown for one suggestion, asked for when the editor shows it (completionItem/resolve): the letter's hover,
 * or, for a stuk only cited, how often the workspace cites it. Empty when the letter has left the workspace.
 */
export function completionDocumentation(corpus: Corpus, key: string, uri: string | null): string {
  if (uri) return corpus.record(uri) ? letterSummary(corpus, uri, 'In the workspace') : '';
  const stuk = stukOf(key.toLowerCase());
  if (!stuk) return '';
  const citers = corpus.citingLetterCount(stuk.key);
  return `**${escapeMarkdown(`Kamerstuk ${written(stuk)}, nr. ${stuk.number}`)}**\n\n_Not in the workspace_: cited in ${plural(citers, 'letter')} of it.`;
}

/** "Terrorismebestrijding · 2017-06-19", else the type, else the file name. */
function letterDetail(corpus: Corpus, uri: string): string {
  const id = corpus.record(uri)?.analysis.identity;
  const parts = [id?.title ?? id?.type ?? null, id?.date ?? null].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : baseName(uri);
}
