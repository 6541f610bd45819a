// Completion of Kamerstuk references while a user writes: after "Kamerstuk " the dossiers the workspace holds or
// cites; after "Kamerstuk 29 754, nr. " the numbers of that dossier, its letters first, then the stukken its
// letters only cite. It reads the editor's text, not the analysis: a reference being typed is not yet one.
import type { Corpus } from '../workspace/corpus';
import { SENATE_LETTER_ORDER, dossierOrder, isRomanDossier, stukCitation, stukOf, stukTable, titleInDossier, written, type DossierEntry, type Stuk } from './stukTable';
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
  /**
   * What the suggestion overwrites where the editor replaces instead of inserting (LSP's InsertReplaceEdit): `replace`
   * and the rest of the word or number after the cursor, on its line ("nr. |325" chosen 325 is not "325325"); for a
   * dossier also the separator it writes, where one follows ("29 7|54, nr. 3"). `replace` when nothing follows.
   */
  overwrite: Span;
  /** What the editor matches the text in `replace` with, when not `insertText`: "nr. JA" for a Senate letter replacing "nr. ". */
  filterText?: string;
  /** One line: the dossier's title and size; the letter's title or type and date; where the stuk is cited. */
  detail: string;
  /** Dossier, then suffix, then number; letters of the workspace before stukken only cited. */
  sortText: string;
  /** The stuk's id key ("kst-29754-325"), its documentation asked for by it (`completionDocumentation`); null for a dossier. */
  key: string | null;
  /** The letter of the workspace it names; null for a dossier or a stuk only cited. */
  uri: string | null;
  /**
   * The one the cursor stands in or in front of, written whole ("nr. |325": 325; "Kamerstuk |29 754, …": 29 754): listed
   * first and preselected, as choosing it in the editor's replace mode leaves the text as it is.
   */
  preselect?: true;
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

// "Kamerstuk ", "Kamerstukken II ", "Kamerstukken II 2014/15, ", "kamerstuk ": what precedes the dossier. The chamber
// is kept: the Senate's stukken (letters) are cited without "nr.".
const LABEL = String.raw`(?:^|[^\p{L}\p{N}])[Kk]amerstuk(?:ken)?(?:\s+(?<chamber>I{1,2}))?(?:\s+(?:19|20)\d{2}\s?[/–-]\s?(?:19|20)?\d{2},?)?\s+`;
/** A whole dossier: "29 754", "21 501-02", "36 600 VIII", the Senate's "CXXIV". */
const DOSSIER = String.raw`(?<dossier>\d{1,3} ?\d{3}|C[CLXVI]{1,8})(?:-(?<dashSuffix>[0-9A-Za-z]{1,3})|\s(?<spaceSuffix>[A-Z]{1,3}|[IVXL]{1,6}))?`;
/** The dossier being typed: "", "29", "29 75", "21 501-0", "CX". */
const TYPING_DOSSIER = new RegExp(`${LABEL}(?<typed>\\d[\\d ]{0,6}(?:-[0-9A-Za-z]{0,3})?|C[CLXVI]{0,8})?$`, 'u');
/** The number being typed after a whole dossier: "29 754, nr. ", "21 501-02, nr. 14", "36 600 VIII, nr. 5", "32 317, nr. J". */
const TYPING_NUMBER = new RegExp(`${LABEL}${DOSSIER},?\\s+(?<marker>nr\\.?\\s*)(?<typed>\\d{0,6}|[A-Z]{1,3})$`, 'u');
/** A Senate letter being typed after a whole dossier and its comma, without "nr.": "36 600 XIV, ", "33 826, C". */
const TYPING_SENATE_LETTER = new RegExp(`${LABEL}${DOSSIER},\\s+(?<typed>[A-Z]{0,3})$`, 'u');
/** A line end as LSP counts them. */
const LINE_BREAK = /[\r\n]/;
/** The rest of a word or number after the cursor: what a stuk chosen in front of it overwrites. */
const WORD_AHEAD = /^[\p{L}\p{N}]+/u;
/** A whole dossier from where the typed one starts ("29 754", "21 501-02", "36 600 XIV", "CXXIV"), on one line. */
const DOSSIER_AHEAD = /^(\d{1,3} ?\d{3}|C[CLXVI]{1,8})(?:-([0-9A-Za-z]{1,3})| ([A-Z]{1,3}|[IVXL]{1,6}))?(?![\p{L}\p{N}])/u;
/** The separator a dossier's insert ends with (", nr. ", ", ") where the text has one after the dossier. */
const SEPARATOR_AHEAD = /^,[ \t]*(?:nr\.?[ \t]*)?/;

/**
 * Suggestions at the offset of the editor text, or null when no Kamerstuk reference is being typed there. The
 * dossier comes first (a workspace of thousands of letters holds tens of dossiers), then its numbers.
 */
export function completionsAt(corpus: Corpus, text: string, offset: number, uri: string | null = null): CompletionResult | null {
  if (offset < 0 || offset > text.length) return null;
  const before = text.slice(Math.max(0, offset - WINDOW), offset);
  const stukTyped = TYPING_NUMBER.exec(before) ?? TYPING_SENATE_LETTER.exec(before);
  if (stukTyped) {
    const { dossier: dossierText, dashSuffix, spaceSuffix, marker, typed } = stukTyped.groups!;
    const suffix = (dashSuffix ?? spaceSuffix ?? '').toLowerCase();
    const name = `${dossierText.replace(/\s/g, '').toLowerCase()}${suffix ? `-${suffix}` : ''}`;
    const replace = { start: offset - typed.length, end: offset };
    const end = wordEnd(text, offset);
    return numbers(corpus, stukTable(corpus).byName.get(name), typed, replace, end, uri, marker ?? null, typed + text.slice(offset, end));
  }
  const dossierTyped = TYPING_DOSSIER.exec(before);
  if (!dossierTyped) return null;
  const typed = dossierTyped.groups?.typed ?? '';
  const wanted = typed.replace(/\s/g, '').toLowerCase();
  const senate = dossierTyped.groups?.chamber === 'I';
  const replace = { start: offset - typed.length, end: offset };
  return dossiers(corpus, stukTable(corpus).dossiers.filter(d => d.name.startsWith(wanted)), replace, dossierEnd(text, replace), senate, wholeDossierAt(text, replace));
}

/** The name ("29754", "21501-02", "36600-xiv", "cxxiv") of the dossier written whole from where the typed one starts to past the cursor; null when there is none. */
function wholeDossierAt(text: string, typed: Span): string | null {
  const whole = DOSSIER_AHEAD.exec(text.slice(typed.start, typed.start + WINDOW));
  if (!whole || typed.start + whole[0].length <= typed.end) return null;
  const suffix = whole[2] ?? whole[3];
  return `${whole[1].replace(' ', '')}${suffix ? `-${suffix}` : ''}`.toLowerCase();
}

/** Where the word or number the cursor is in (or in front of) ends. */
function wordEnd(text: string, offset: number): number {
  return offset + (WORD_AHEAD.exec(text.slice(offset, offset + WINDOW))?.[0].length ?? 0);
}

/**
 * Where the dossier being typed ends, with the separator after it: "29 7|54, nr. 325" → before "325". The whole dossier
 * written from where the typed part starts, else the word the cursor is in.
 */
function dossierEnd(text: string, typed: Span): number {
  const whole = DOSSIER_AHEAD.exec(text.slice(typed.start, typed.start + WINDOW))?.[0].length ?? 0;
  const end = Math.max(typed.start + whole, wordEnd(text, typed.end));
  return end + (SEPARATOR_AHEAD.exec(text.slice(end, end + WINDOW))?.[0].length ?? 0);
}

/** Put before a suggestion's sortText to list it first: '!' sorts before the digits both by code unit and in a locale's order. */
const FIRST = '!';

// The dossier's place (a roman numeral's value after every number: "CXXIV" before "CXLVII"), then its suffix.
const sortKey = (s: Stuk) => `${String(dossierOrder(s.dossier)).padStart(10, '0')}:${s.suffix ?? ''}`;

/**
 * Dossiers with letters in the workspace first, then those only cited; each inserts "29 754, nr. ", or after a Senate
 * label ("Kamerstukken I 2024/25, ") "36 600 XIV, ": the Senate's letter follows without "nr.". The dossier written
 * whole where the cursor stands in or in front of it (`whole`, "Kamerstuk |29 754, nr. 3") before all, preselected.
 */
function dossiers(corpus: Corpus, matches: DossierEntry[], replace: Span, end: number, senate: boolean, whole: string | null): CompletionResult {
  const ordered = [...matches.filter(d => d.name === whole), ...matches.filter(d => d.name !== whole && d.letters.length), ...matches.filter(d => d.name !== whole && !d.letters.length)];
  const items = ordered.slice(0, MAX_ITEMS).map((d): CompletionSuggestion => {
    const label = written(d.first);
    const firstLetter = d.letters.length ? corpus.letterKnownByKey(d.letters[0].key) : null;
    const identity = firstLetter ? corpus.record(firstLetter)?.analysis.identity : null;
    const title = identity ? titleInDossier(identity, d.name) : null;
    const counts = [d.letters.length ? `${plural(d.letters.length, 'letter')} in the workspace` : null, d.cited.length ? `${d.cited.length} more cited` : null];
    return {
      kind: 'dossier',
      label,
      // A roman dossier's stukken are the Senate's letters, cited without "nr." whatever the label.
      insertText: senate || isRomanDossier(d.first.dossier) ? `${label}, ` : `${label}, nr. `,
      replace,
      overwrite: { start: replace.start, end },
      detail: [title, counts.filter(Boolean).join(', ')].filter(Boolean).join(' · '),
      sortText: `${d.name === whole ? FIRST : ''}${d.letters.length ? 0 : 1}:${sortKey(d.first)}`,
      key: null,
      uri: null,
      ...(d.name === whole ? { preselect: true as const } : {}),
    };
  });
  return { items, incomplete: ordered.length > MAX_ITEMS };
}

/**
 * The numbers of one dossier starting with the typed digits: its letters in the workspace, then stukken only cited.
 * The Senate's letters are cited without "nr.": after the `marker` ("nr. ") each replaces it ("32 317, nr. " → "32 317,
 * JA"), and after the bare comma (no marker) only they are offered.
 * The citation being typed (in letter `uri`, at the cursor: `replace.end`) is the letter's own draft, not a citation of
 * the stuk: it is not counted, and a stuk that only it cites is not offered ("nr. 41" offered 41, "cited in 1 letter").
 * `whole` is the typed part with the rest of the number after the cursor: with the cursor in front of a number ("nr.
 * |325") the list is the same (the user may be replacing it), but the stuk written there comes first, preselected,
 * so that choosing it in the editor's replace mode changes nothing.
 */
function numbers(corpus: Corpus, dossier: DossierEntry | undefined, typed: string, replace: Span, end: number, uri: string | null, marker: string | null, whole: string): CompletionResult {
  if (!dossier) return { items: [], incomplete: false };
  const items: CompletionSuggestion[] = [];
  let more = false;
  // With the cursor in front of a number ("nr. |325", "nr. 3|25") the number written there is listed whatever the limit.
  const wholeAhead = whole.length > typed.length ? whole : null;
  for (const [list, known] of [[dossier.letters, true], [dossier.cited, false]] as const) {
    for (const stuk of list) {
      const senate = stuk.order >= SENATE_LETTER_ORDER;
      if ((marker === null && !senate) || !stuk.number.startsWith(typed)) continue;
      // A Senate letter replaces the "nr. ", which an edit can do only on the cursor's line (as editors take it).
      if (senate && marker !== null && LINE_BREAK.test(marker)) continue;
      if (items.length >= MAX_ITEMS) {
        more = true;
        if (wholeAhead === null) break;
        if (stuk.number !== wholeAhead) continue;
      }
      const letter = known ? corpus.letterKnownByKey(stuk.key) : null;
      const citers = letter ? 0 : citersBesidesDraft(corpus, stuk.key, uri, replace.end);
      if (!letter && citers === 0) continue;
      const start = senate && marker ? replace.start - marker.length : replace.start;
      items.push({
        kind: letter ? 'letter' : 'cited',
        label: stuk.number,
        insertText: stuk.number,
        replace: { start, end: replace.end },
        overwrite: { start, end },
        ...(senate && marker ? { filterText: marker + stuk.number } : {}),
        detail: letter ? letterDetail(corpus, letter) : `cited in ${plural(citers, 'letter')}, not in the workspace`,
        sortText: `${stuk.number === wholeAhead ? FIRST : ''}${letter ? 0 : 1}:${sortKey(stuk)}:${String(stuk.order).padStart(13, '0')}:${stuk.number}`,
        key: stuk.key,
        uri: letter,
        ...(stuk.number === wholeAhead ? { preselect: true as const } : {}),
      });
    }
  }
  return { items, incomplete: more };
}

/** The letters citing the key, the letter `uri` left out when its only citations of it are the one at `cursor`. */
function citersBesidesDraft(corpus: Corpus, key: string, uri: string | null, cursor: number): number {
  const all = corpus.citingLetterCount(key);
  if (uri === null) return all;
  const own = corpus.citationSpansIn(key, uri);
  return own.length > 0 && own.every(s => s.start <= cursor && cursor <= s.end) ? all - 1 : all;
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
  return `**${escapeMarkdown(stukCitation(stuk))}**\n\n_Not in the workspace_: cited in ${plural(citers, 'letter')} of it.`;
}

/** "Terrorismebestrijding · 2017-06-19", else the type, else the file name. */
function letterDetail(corpus: Corpus, uri: string): string {
  const id = corpus.record(uri)?.analysis.identity;
  const parts = [id?.title ?? id?.type ?? null, id?.date ?? null].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : baseName(uri);
}
