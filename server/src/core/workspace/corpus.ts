// The workspace index: every letter's analysis, plus maps keyed by id so that resolution, backlinks and
// acronym look-ups never scan the corpus. Stored analyses are read-only: strings are pooled and equal
// entity values are one shared frozen object (a 10,000-letter corpus must fit in a few hundred MB). An edit re-analyses one letter and touches only the keys it
// adds or removes; `update`/`remove` report which OTHER letters' diagnostics that may have changed.
import { analyseLetter } from '../analyse';
import { emptyIdentity, findSalutation, LETTERHEAD_FIELDS } from '../identity';
import type { AcronymDefinition, AnyEntity, Entity, Footnote, Furniture, LetterAnalysis, Span } from '../types';
import type { AnnotatedAnalysis, LetterNote, OrphanNotice, UserOrganisationInfo } from './annotated';
import { checkText, type InputNotice, type InputProblem } from './input';
import { citationId, isCitation, isSelfCitation, keyOf, letterIds, matchesPattern, resolveAmong, type CitationEntity } from './keys';
import { LineIndex, type LineIndexData } from './lines';
import { countPlaces, packEntities, readIndex, spansOf, summarise, unpackDiagnosticEntities, unpackEntities, type IndexLine, type PackedEntities, type Places } from './packedEntities';
import { StringPool } from './strings';

export interface CitedDate {
  date: Entity<'date'>;
  citation: CitationEntity;
}

export interface LetterRecord {
  uri: string;
  analysis: LetterAnalysis;
  lines: LineIndex;
  /** Ids this letter is known by, as written ("kst-29754-251"). */
  ids: string[];
  /** The first words of the running text, for hovers. */
  opening: string;
  /** A date written right before a citation ("brief van 30 juni 2014 (Kamerstuk …)"). */
  citedDates: CitedDate[];
  /** User notes anchored in the letter (annotation store). */
  notes?: LetterNote[];
  /** Annotations that no longer apply to the text (`annotation.orphaned`). */
  orphans?: OrphanNotice[];
  /** Organisations the user defined in the letter's annotation store. */
  userOrganisations?: UserOrganisationInfo[];
  /** The letter was read, but not as UTF-8 (Windows-1252 bytes, or an editor's replacement characters): `input.encoding`. */
  inputNotice?: InputNotice;
  /** Without hover-only details (`explain`, footnote texts): analyse the text again before showing them. */
  slim?: boolean;
  /** Nothing in it but white space and page numbers ("Pagina 1 van 2"): no text to identify (`isBlankLetter`). */
  blank?: true;
  /**
   * Identity and citations only (the first pass of indexing, scope 'references'): organisations, acronym
   * definitions and dates come with the full analysis that replaces it.
   */
  partial?: boolean;
  /**
   * The entities of a closed letter, packed (`packRecord`): the index reads their summary, diagnostics
   * unpack what they read for a moment (`Corpus.diagnosticEntitiesOf`), and `analysis.entities` becomes
   * objects only when a feature reads it (the letter is shown before its editor's analysis lands).
   */
  packed?: PackedEntities;
}

/** What an analyser returns: a bare analysis, or one with the user's annotations applied. */
export type Analyser = (text: string, path: string) => LetterAnalysis | AnnotatedAnalysis;

export interface Located<T> {
  uri: string;
  item: T;
}

export interface UpdateResult {
  analysis: LetterAnalysis;
  /** Other letters whose resolution or acronym status changed: refresh their diagnostics. */
  affected: string[];
}

type Buckets<T> = Map<string, Map<string, T[]>>;

type PlaceBuckets = Map<string, Map<string, Places>>;

/** Key changes kept for readers that follow them (completion's table); beyond, they rebuild. */
const MAX_KEY_CHANGE_LOG = 4096;


export class Corpus {
  private readonly letters = new Map<string, LetterRecord>();
  /** id key → letters that ARE it. */
  private readonly lettersById = new Map<string, Set<string>>();
  /** id key → letters citing it → the citing entities. */
  private readonly citationsById: PlaceBuckets = new Map();
  /** organisation id → letters mentioning it → the mentions. */
  private readonly mentionsByOrg: PlaceBuckets = new Map();
  /** definition key (orgId, and "TEXT:<short>") → letters defining it → definitions. */
  private readonly definitionsByKey: Buckets<AcronymDefinition> = new Map();
  /** organisation id → letters where it is written in full (not as an acronym). */
  private readonly spelledOutByOrg = new Map<string, Set<string>>();
  private readonly strings = new StringPool();
  /** sortedUris(), until a letter comes or goes. */
  private sortedUriList: string[] | null = null;
  /** organisation id → how each way of writing it occurs across the corpus ("NCTV", "Nationaal Coördinator …"). */
  private readonly variantsByOrg = new Map<string, Map<string, number>>();
  /** Bumped whenever an id key appears or disappears: tables built over the keys (completion) are kept until then. */
  private idKeysChanged = 0;
  /** The keys of the latest changes, one per bump, so that such a table can follow them instead of rebuilding. */
  private keyChangeLog: string[] = [];
  /** The revision before the log's first entry. */
  private keyChangeLogStart = 0;
  /**
   * Keys that left the index while a letter is re-filed, known and cited apart: back by the end of the update (a
   * letter edited, its ids and citations the same), they are no change, and tables over the keys stay valid.
   */
  private readonly vanishedKnown = new Set<string>();
  private readonly vanishedCited = new Set<string>();

  constructor(private readonly analyse: Analyser = defaultAnalyse) {}

  // ---- the contract used by the CLI ------------------------------------------------------------------

  set(uri: string, text: string): LetterAnalysis {
    return this.update(uri, text).analysis;
  }

  delete(uri: string): void {
    this.remove(uri);
  }

  get(uri: string): LetterAnalysis | undefined {
    return this.letters.get(uri)?.analysis;
  }

  uris(): string[] {
    return [...this.letters.keys()];
  }

  /**
   * The letters' URIs in code-unit order, kept until a letter comes or goes (sorting 10,000 takes 3 ms). For answers
   * that stop after some letters: in the index's order (the analysis threads'), two starts would answer others.
   */
  sortedUris(): readonly string[] {
    return (this.sortedUriList ??= [...this.letters.keys()].sort());
  }

  get size(): number {
    return this.letters.size;
  }

  record(uri: string): LetterRecord | undefined {
    return this.letters.get(uri);
  }

  /** The uri of the letter a citation points at (the first letter known by that id), or null. */
  resolve(entity: AnyEntity, fromUri: string): string | null {
    if (isSelfCitation(entity)) return this.letters.has(fromUri) ? fromUri : null;
    const id = citationId(entity);
    if (!id) return null;
    return resolveAmong(this.lettersById.get(keyOf(id)), fromUri);
  }

  /** Where the letter is cited, in any letter (its own self-citations excluded). */
  citedBy(uri: string): Array<Located<Span>> {
    const rec = this.letters.get(uri);
    return rec ? this.citationsOfIds(rec.ids) : [];
  }

  /** Distinct letters citing this one. */
  citingLetters(uri: string): string[] {
    const rec = this.letters.get(uri);
    if (!rec) return [];
    const out = new Set<string>();
    for (const id of rec.ids) for (const citer of this.citationsById.get(keyOf(id))?.keys() ?? []) if (citer !== uri) out.add(citer);
    return [...out];
  }

  /** Distinct ids this letter cites (its own ids excluded). */
  citedIds(uri: string): string[] {
    const rec = this.letters.get(uri);
    if (!rec) return [];
    const own = new Set(rec.ids.map(keyOf));
    const out = new Set<string>();
    for (const line of summaryOf(rec)) if (line.kind === 'citation' && !own.has(line.key)) out.add(line.key);
    return [...out];
  }

  /** Changes whenever an id is known or cited for the first time, or no longer: a table of the ids is stale. */
  get idKeysRevision(): number {
    return this.idKeysChanged;
  }

  /**
   * The keys whose presence changed since the revision (known by a letter, or cited, or neither any more), oldest
   * first, possibly repeated; null when the log no longer reaches back that far.
   */
  idKeysChangedSince(revision: number): string[] | null {
    if (revision < this.keyChangeLogStart || revision > this.idKeysChanged) return null;
    return this.keyChangeLog.slice(revision - this.keyChangeLogStart);
  }

  /** Whether a letter of the workspace is known by the id (a key, lower case). */
  isKnownKey(key: string): boolean {
    return this.lettersById.has(key);
  }

  /** Whether a letter of the workspace cites the id (a key, lower case). */
  isCitedKey(key: string): boolean {
    return this.citationsById.has(key);
  }

  /**
   * The first letter by URI known by the id (a key, lower case), or null: as `resolveAmong`, not the first the
   * index took in, which depends on the order letters were read, edited, renamed (a letter saved twice).
   */
  letterKnownByKey(key: string): string | null {
    let first: string | null = null;
    for (const uri of this.lettersById.get(key) ?? []) if (first === null || uri < first) first = uri;
    return first;
  }

  /** Kamerstuk id keys (lower case, "kst-…"): those a letter of the workspace is known by, and those only cited. */
  kamerstukKeys(): { known: string[]; cited: string[] } {
    const known: string[] = [];
    const cited: string[] = [];
    for (const key of this.lettersById.keys()) if (key.startsWith('kst-')) known.push(key);
    for (const key of this.citationsById.keys()) if (key.startsWith('kst-') && !this.lettersById.has(key)) cited.push(key);
    return { known, cited };
  }

  /** The letters citing an id that one of the ignore patterns ("kst-29754-325", "kst-29754-*") matches. */
  lettersCitingMatching(patterns: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (patterns.length === 0) return out;
    for (const [key, citers] of this.citationsById) {
      if (!patterns.some(p => matchesPattern(key, p))) continue;
      for (const uri of citers.keys()) out.add(uri);
    }
    return out;
  }

  /** How many letters cite the id (a key, lower case). */
  citingLetterCount(key: string): number {
    return this.citationsById.get(key)?.size ?? 0;
  }

  /** Where one letter cites the id (a key, lower case): its citations' spans, none when it does not. */
  citationSpansIn(key: string, uri: string): readonly Span[] {
    const places = this.citationsById.get(key)?.get(uri);
    return places === undefined ? [] : spansOf(places);
  }

  /** The letters known by the id, by URI (not in the order the index took them in). */
  lettersKnownAs(id: string): string[] {
    const holders = this.lettersById.get(keyOf(id));
    if (!holders) return [];
    const out = [...holders];
    if (out.length > 1) out.sort();
    return out;
  }

  /** Where any of the ids is cited, across the corpus. */
  citationsOfIds(ids: readonly string[]): Array<Located<Span>> {
    const seen = new Set<string>();
    const out: Array<Located<Span>> = [];
    for (const id of ids) {
      const key = keyOf(id);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const [uri, places] of this.citationsById.get(key) ?? []) for (const item of spansOf(places)) out.push({ uri, item });
    }
    return out;
  }

  /** Where the organisation is named, across the corpus. */
  mentionsOf(orgId: string): Array<Located<Span>> {
    const out: Array<Located<Span>> = [];
    for (const [uri, places] of this.mentionsByOrg.get(orgId) ?? []) for (const item of spansOf(places)) out.push({ uri, item });
    return out;
  }

  /**
   * The entities diagnostics read: all of an unpacked record's, or a packed record's citations, acronyms and
   * cited dates, unpacked for the caller and not kept.
   */
  diagnosticEntitiesOf(uri: string): AnyEntity[] {
    const rec = this.letters.get(uri);
    if (!rec) return [];
    return rec.packed ? unpackDiagnosticEntities(rec.packed) : rec.analysis.entities;
  }

  /** How often the letter names each organisation (by id). */
  mentionCounts(uri: string): Map<string, number> {
    const counts = new Map<string, number>();
    const rec = this.letters.get(uri);
    if (rec) for (const line of summaryOf(rec)) if (line.kind === 'organisation') counts.set(line.key, countPlaces(line.places));
    return counts;
  }

  /** The first place the letter names the organisation. */
  firstMentionIn(uri: string, orgId: string): Span | null {
    const places = this.mentionsByOrg.get(orgId)?.get(uri);
    return places === undefined ? null : spansOf(places)[0] ?? null;
  }

  /** Letters mentioning the organisation (insertion order), without collecting the mentions. */
  lettersMentioning(orgId: string): Iterable<string> {
    return this.mentionsByOrg.get(orgId)?.keys() ?? [];
  }

  organisationIds(): Iterable<string> {
    return this.mentionsByOrg.keys();
  }

  /**
   * Definitions of an organisation id ("NCTV") or of a bare acronym ("TEXT:DTN"): this letter's first, then the
   * other letters' by URI, each letter's in its order; at most `limit`. By URI, not in the order the index took the
   * letters in, which the analysis threads decide: two starts of the same workspace must list the same ones.
   */
  definitionsOf(key: string, preferUri?: string, limit = Infinity): Array<Located<AcronymDefinition>> {
    const buckets = this.definitionsByKey.get(key);
    if (!buckets || limit <= 0) return [];
    const out: Array<Located<AcronymDefinition>> = [];
    const own = preferUri ? buckets.get(preferUri) : undefined;
    if (own && preferUri) for (const item of own) out.push({ uri: preferUri, item });
    // Every letter holds at least one definition: the first `limit` letters by URI are enough.
    for (const uri of firstKeys(buckets.keys(), limit - out.length, preferUri)) {
      if (out.length >= limit) break;
      for (const item of buckets.get(uri)!) out.push({ uri, item });
    }
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /** Letters defining the key, without collecting the definitions. */
  definingLetterCount(key: string): number {
    return this.definitionsByKey.get(key)?.size ?? 0;
  }

  /**
   * The ways an organisation is written across the corpus, most frequent first; equally frequent ones in code-unit
   * order (not in the order the index met them in, which differs between two starts).
   */
  variantsOf(orgId: string, limit = 12): string[] {
    const counts = this.variantsByOrg.get(orgId);
    if (!counts) return [];
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit).map(([text]) => text);
  }

  hasDefinition(key: string): boolean {
    return (this.definitionsByKey.get(key)?.size ?? 0) > 0;
  }

  /** Defined somewhere, or written in full somewhere: the reader can find out what it stands for. */
  isSpelledOut(orgId: string): boolean {
    return this.hasDefinition(orgId) || (this.spelledOutByOrg.get(orgId)?.size ?? 0) > 0;
  }

  // ---- incremental updates ---------------------------------------------------------------------------

  /** Re-analyses one letter and updates the maps. */
  update(uri: string, text: string): UpdateResult {
    return this.store(makeRecord(uri, text, this.analyse));
  }

  /** A file that cannot be read as a letter (binary, invalid UTF-8, too large): one problem, no entities. */
  markUnreadable(uri: string, problem: InputProblem): UpdateResult {
    return this.store(unreadableRecord(uri, problem));
  }

  /** Stores a record built elsewhere (an analysis worker) with makeRecord/unreadableRecord. */
  put(record: LetterRecord): UpdateResult {
    return this.store(record);
  }

  /** Removes the letter; returns the letters whose diagnostics may have changed. */
  remove(uri: string): string[] {
    const old = this.letters.get(uri);
    if (!old) return [];
    const before = this.snapshotFace(old);
    this.unindex(old);
    this.letters.delete(uri);
    this.sortedUriList = null;
    this.settleKeys();
    return this.affectedBy(uri, before, null);
  }

  private store(rec: LetterRecord): UpdateResult {
    // A partial record (first pass of indexing) lives until the full one replaces it: pooling its strings
    // would cost the first pass more time than it saves memory.
    if (!rec.partial) {
      this.strings.compactAnalysis(rec.analysis, !rec.packed);
      rec.ids = rec.ids.map(id => this.strings.intern(id));
      rec.opening = this.strings.intern(rec.opening);
    }
    const old = this.letters.get(rec.uri);
    const before = old ? this.snapshotFace(old) : null;
    if (old) this.unindex(old);
    if (rec.packed) unpackOnRead(rec.analysis, rec.packed);
    if (!old) this.sortedUriList = null;
    this.letters.set(rec.uri, rec);
    this.index(rec);
    this.settleKeys();
    return { analysis: rec.analysis, affected: this.affectedBy(rec.uri, before, this.snapshotFace(rec)) };
  }

  private keyAppeared(vanished: Set<string>, key: string): void {
    if (!vanished.delete(key)) this.logKeyChange(key);
  }

  /** Keys that left and did not come back are a change. */
  private settleKeys(): void {
    if (this.vanishedKnown.size) this.logVanished(this.vanishedKnown);
    if (this.vanishedCited.size) this.logVanished(this.vanishedCited);
  }

  private logVanished(vanished: Set<string>): void {
    for (const key of vanished) this.logKeyChange(key);
    vanished.clear();
  }

  private logKeyChange(key: string): void {
    this.idKeysChanged++;
    if (this.keyChangeLog.length >= MAX_KEY_CHANGE_LOG) {
      // Indexing a workspace changes tens of thousands: a reader that far behind builds its table anew.
      this.keyChangeLog = [];
      this.keyChangeLogStart = this.idKeysChanged - 1;
    }
    this.keyChangeLog.push(key);
  }

  /** Files the letter's citations, mentions and definitions under their keys. */
  private index(rec: LetterRecord): void {
    const uri = rec.uri;
    for (const id of rec.ids) {
      const key = keyOf(id);
      if (!this.lettersById.has(key)) this.keyAppeared(this.vanishedKnown, key);
      addToSet(this.lettersById, key, uri);
    }
    for (const line of summaryOf(rec)) {
      if (line.kind === 'citation') {
        if (!this.citationsById.has(line.key)) this.keyAppeared(this.vanishedCited, line.key);
        setPlaces(this.citationsById, line.key, uri, line.places);
        continue;
      }
      setPlaces(this.mentionsByOrg, line.key, uri, line.places);
      if (line.spelledOut) addToSet(this.spelledOutByOrg, line.key, uri);
      for (const [text, n] of line.variants) countVariant(this.variantsByOrg, line.key, text, n);
    }
    for (const def of rec.analysis.definitions) for (const key of definitionKeys(def)) addToBucket(this.definitionsByKey, key, uri, def);
  }

  private unindex(rec: LetterRecord): void {
    const uri = rec.uri;
    for (const id of rec.ids) {
      const key = keyOf(id);
      removeFromSet(this.lettersById, key, uri);
      if (!this.lettersById.has(key)) this.vanishedKnown.add(key);
    }
    for (const line of summaryOf(rec)) {
      if (line.kind === 'citation') {
        removePlaces(this.citationsById, line.key, uri);
        if (!this.citationsById.has(line.key)) this.vanishedCited.add(line.key);
        continue;
      }
      removePlaces(this.mentionsByOrg, line.key, uri);
      removeFromSet(this.spelledOutByOrg, line.key, uri);
      for (const [text, n] of line.variants) countVariant(this.variantsByOrg, line.key, text, -n);
    }
    for (const def of rec.analysis.definitions) for (const key of definitionKeys(def)) removeBucket(this.definitionsByKey, key, uri);
  }

  /** What other letters can see of this one: its ids, its date, the acronyms it spells out. */
  private snapshotFace(rec: LetterRecord): Face {
    const spelled = new Set<string>();
    for (const def of rec.analysis.definitions) for (const key of definitionKeys(def)) spelled.add(key);
    for (const line of summaryOf(rec)) if (line.kind === 'organisation' && line.spelledOut) spelled.add(line.key);
    return { ids: rec.ids.map(keyOf), date: rec.analysis.identity.date, spelled };
  }

  private affectedBy(uri: string, before: Face | null, after: Face | null): string[] {
    const out = new Set<string>();
    const idsChanged = !before || !after || before.date !== after.date || !sameSet(new Set(before.ids), new Set(after.ids));
    if (idsChanged) {
      for (const id of [...(before?.ids ?? []), ...(after?.ids ?? [])]) {
        for (const citer of this.citationsById.get(id)?.keys() ?? []) out.add(citer);
        // Letters known by the same id: whether they have a twin (letter.duplicate-id) changed.
        for (const twin of this.lettersById.get(id) ?? []) out.add(twin);
      }
    }
    // Acronym status changes only when a key goes from spelled-out-nowhere to somewhere, or back.
    const keys = new Set<string>([...(before?.spelled ?? []), ...(after?.spelled ?? [])]);
    for (const key of keys) {
      const was = before?.spelled.has(key) ?? false;
      const is = after?.spelled.has(key) ?? false;
      if (was === is) continue;
      const elsewhere = this.spelledOutElsewhere(key, uri);
      if (elsewhere) continue;
      for (const m of this.mentionsByOrg.get(key)?.keys() ?? []) out.add(m);
    }
    out.delete(uri);
    return [...out];
  }

  private spelledOutElsewhere(key: string, uri: string): boolean {
    for (const other of this.definitionsByKey.get(key)?.keys() ?? []) if (other !== uri) return true;
    for (const other of this.spelledOutByOrg.get(key) ?? []) if (other !== uri) return true;
    return false;
  }
}

interface Face {
  ids: string[];
  date: string | null;
  spelled: Set<string>;
}

function defaultAnalyse(text: string, path: string): LetterAnalysis {
  return analyseLetter(text, { path });
}

/**
 * The `k` smallest keys in code-unit order, sorted, `skip` left out. One pass that keeps the k smallest so far:
 * a hover asks for a few of the thousands of letters defining a well-known acronym.
 */
export function firstKeys(keys: Iterable<string>, k: number, skip?: string): string[] {
  if (k <= 0) return [];
  if (!Number.isFinite(k)) {
    const all: string[] = [];
    for (const key of keys) if (key !== skip) all.push(key);
    return all.sort();
  }
  const best: string[] = [];
  for (const key of keys) {
    if (key === skip || (best.length >= k && key >= best[best.length - 1])) continue;
    let i = best.length;
    while (i > 0 && best[i - 1] > key) i--;
    best.splice(i, 0, key);
    if (best.length > k) best.pop();
  }
  return best;
}

/** A definition is found by its gazetteer id and by its short form ("TEXT:DTN"). */
export function definitionKeys(def: AcronymDefinition): string[] {
  const keys = [`TEXT:${def.short}`];
  if (def.orgId && def.orgId !== keys[0]) keys.push(def.orgId);
  return keys;
}

export function emptyAnalysis(path: string | null): LetterAnalysis {
  return { path, identity: emptyIdentity(), entities: [], footnotes: [], furniture: [], definitions: [], headings: [], problems: [], pageStarts: [] };
}

/** The analysis of a letter the recognisers failed on: no entities, and one problem that says why. */
export function failedAnalysis(path: string | null, err: unknown): LetterAnalysis {
  const analysis = emptyAnalysis(path);
  const reason = err instanceof Error ? err.message : String(err);
  analysis.problems.push({
    code: 'analysis.failed',
    start: 0,
    end: 0,
    message: `This letter could not be analysed (${reason}); its references, organisations and dates are not shown. Please report this with the letter.`,
  });
  return analysis;
}

/**
 * Analyses a letter into a record, never throwing; pure, so it can run in a worker thread. `checked`: the
 * text came from `decodeLetter`, which has checked it already.
 */
export function makeRecord(uri: string, text: string, analyse: Analyser = defaultAnalyse, checked = false): LetterRecord {
  if (!checked) {
    const input = checkText(text);
    if (input.problem) return unreadableRecord(uri, input.problem);
  }
  let result: LetterAnalysis | AnnotatedAnalysis;
  try {
    result = analyse(text, uri);
  } catch (err) {
    // A recogniser bug must not take the index down: keep the letter, without entities, and say so.
    result = failedAnalysis(uri, err);
  }
  if ('analysis' in result) {
    const rec = buildRecord(uri, text, result.analysis);
    if (result.notes.length) rec.notes = result.notes;
    if (result.orphans.length) rec.orphans = result.orphans;
    if (result.userOrganisations.length) rec.userOrganisations = result.userOrganisations;
    return rec;
  }
  return buildRecord(uri, text, result);
}

/** The analysis of text that cannot be read as a letter: no entities, and the problem that says why. */
export function unreadableAnalysis(path: string | null, problem: InputProblem): LetterAnalysis {
  const analysis = emptyAnalysis(path);
  analysis.problems.push({ code: problem.code, message: problem.message, start: 0, end: 0 });
  return analysis;
}

export function unreadableRecord(uri: string, problem: InputProblem): LetterRecord {
  const analysis = unreadableAnalysis(uri, problem);
  return { uri, analysis, lines: LineIndex.of(''), ids: [], opening: '', citedDates: [] };
}

/**
 * Drops what only an open editor shows (date `explain` lines, footnote texts, page furniture) from the record of a closed
 * letter: the index, diagnostics and navigation never read them, and a 10,000-letter index is smaller by
 * that much. `slim` tells the server to analyse the letter again before a hover or an outline.
 */
export function slimRecord(rec: LetterRecord): LetterRecord {
  for (const e of rec.analysis.entities) if (e.explain !== undefined) delete e.explain;
  for (const f of rec.analysis.footnotes) f.text = '';
  // Footers, headers and page numbers: only the opening words (already taken) read them.
  rec.analysis.furniture = [];
  rec.slim = true;
  return rec;
}

/**
 * An open letter's full record as `slimRecord` and `packRecord` may change it, leaving the open one as it was: its
 * entities and footnotes copied (the cited dates pointing at the copies), the rest shared. Without the notice of the
 * editor's decoding: the caller gives the file's (`input.encoding`). For a letter closed in the editor whose text is
 * the file's: slimmed and packed, it is the record a fresh read of the file gives, without analysing it again.
 */
export function closedCopy(rec: LetterRecord): LetterRecord {
  const copies = new Map<AnyEntity, AnyEntity>();
  const entities = rec.analysis.entities.map(e => {
    const copy = { ...e };
    copies.set(e, copy);
    return copy;
  });
  const copyOf = <T extends AnyEntity>(e: T): T => (copies.get(e) as T | undefined) ?? e;
  const { inputNotice: _editorNotice, slim: _slim, packed: _packed, ...rest } = rec;
  return {
    ...rest,
    analysis: { ...rec.analysis, entities, footnotes: rec.analysis.footnotes.map(f => ({ ...f })), furniture: rec.analysis.furniture.slice() },
    citedDates: rec.citedDates.map(c => ({ date: copyOf(c.date), citation: copyOf(c.citation) })),
  };
}

/**
 * A closed letter's record with its entities packed (`PackedEntities`): what a worker sends the main thread
 * and what the index keeps. A record whose entities cannot be packed keeps its objects.
 */
export function packRecord(rec: LetterRecord): LetterRecord {
  // Cited dates become pairs of rows of the packed entities: not two more copies of the entities each.
  const packed = packEntities(rec.analysis.entities, flattenText, rec.citedDates);
  if (packed) {
    rec.packed = packed;
    rec.analysis.entities = [];
    rec.citedDates = [];
  }
  return rec;
}

/** The record's cited dates, `entities` being what `Corpus.diagnosticEntitiesOf` gave for it. */
export function citedDatesIn(rec: LetterRecord, entities: readonly AnyEntity[]): CitedDate[] {
  const rows = rec.packed?.citedDates;
  if (!rows) return rec.citedDates;
  const out: CitedDate[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const date = entities[rows[i]];
    const citation = entities[rows[i + 1]];
    if (date?.kind === 'date' && citation && isCitation(citation)) out.push({ date, citation });
  }
  return out;
}

/** The record of the first pass of indexing (scope 'references'): identity and citations, packed. */
export function partialRecord(rec: LetterRecord): LetterRecord {
  rec.partial = true;
  return packRecord(rec);
}

/**
 * A packed record's `analysis.entities` as objects on first read, kept from then on: a feature that reads
 * them shows this letter (opened before its editor's analysis landed) and will read them again.
 */
function unpackOnRead(analysis: LetterAnalysis, packed: PackedEntities): void {
  let entities: AnyEntity[] | null = null;
  Object.defineProperty(analysis, 'entities', {
    configurable: true,
    enumerable: true,
    get: () => (entities ??= unpackEntities(packed)),
    set: (value: AnyEntity[]) => { entities = value; },
  });
}

/** What the index files of the letter: read from a packed record, made from an unpacked one's entities. */
function summaryOf(rec: LetterRecord): IndexLine[] {
  return rec.packed ? readIndex(rec.packed) : summarise(rec.analysis.entities, flattenText);
}

/** A record as plain data, for postMessage; `recordFromData` restores it. */
export function recordToData(rec: LetterRecord): LetterRecordData {
  return { ...rec, lines: rec.lines.toData() };
}

export function recordFromData(data: LetterRecordData): LetterRecord {
  return { ...data, lines: LineIndex.fromData(data.lines) };
}

export type LetterRecordData = Omit<LetterRecord, 'lines'> & { lines: LineIndexData };

function buildRecord(uri: string, text: string, analysis: LetterAnalysis): LetterRecord {
  const rec: LetterRecord = {
    uri,
    analysis,
    lines: LineIndex.of(text),
    ids: letterIds(analysis.identity, analysis.entities, uri),
    opening: openingWords(text, analysis),
    citedDates: findCitedDates(text, analysis.entities),
  };
  if (onlyPageNumbers(text, analysis.furniture)) rec.blank = true;
  return rec;
}

/** Whether every character of the text but white space lies in page-number furniture: a letter's first word says no. */
function onlyPageNumbers(text: string, furniture: readonly Furniture[]): boolean {
  const first = text.search(/\S/);
  if (first < 0) return true;
  if (!furniture.some(f => f.kind === 'page-number' && f.start <= first && first < f.end)) return false;
  const pages = furniture.filter(f => f.kind === 'page-number').sort((a, b) => a.start - b.start);
  let at = 0;
  for (const page of pages) {
    if (page.start > at && /\S/.test(text.slice(at, page.start))) return false;
    at = Math.max(at, page.end);
  }
  return !/\S/.test(text.slice(at));
}

/** Between "30 juni 2014" and "(Kamerstuk …" only spaces, brackets, commas and dashes may stand. */
const DATE_CITATION_GAP = /^[\s(,–-]{0,6}$/;

function findCitedDates(text: string, entities: readonly AnyEntity[]): CitedDate[] {
  const out: CitedDate[] = [];
  let lastDate: Entity<'date'> | null = null;
  for (const e of entities) {
    if (e.kind === 'date') {
      lastDate = e;
    } else if (isCitation(e) && !isSelfCitation(e) && lastDate && citationId(e)) {
      if (e.start >= lastDate.end && e.start - lastDate.end <= 6 && DATE_CITATION_GAP.test(text.slice(lastDate.end, e.start))) {
        out.push({ date: lastDate, citation: e });
      }
      lastDate = null;
    }
  }
  return out;
}

const OPENING_CHARS = 240;
/** A letter's place before its date ("Den Haag, maandag 12 mei 2014"). */
const PLACE = String.raw`Den Haag|['’]s-Gravenhage`;
/** What a stuk's date line (motie, amendement, verslag, lijst van vragen) opens with: "Voorgesteld 3 maart 2022", "Vastgesteld …". */
const STUK_CUE = String.raw`Vastgesteld|Ontvangen|Voorgesteld(?:[ \t]+tijdens[ \t][^\n]{1,80}?[ \t]van)?`;
/** The place within 30 characters before a date read: a weekday may stand between. */
const PLACE_BEFORE_DATE = new RegExp(PLACE);
const STUK_DATE_CUE = new RegExp(`(?:${STUK_CUE})[ \t]*$`);

/** Whether the date at `start` is the date line the letter's running text opens under. */
function isDateLine(text: string, start: number): boolean {
  return PLACE_BEFORE_DATE.test(text.slice(Math.max(0, start - 30), start)) || STUK_DATE_CUE.test(text.slice(Math.max(0, start - 100), start));
}

/** How far into the letter its date line, salutation and letterhead fields are looked for. */
const LETTERHEAD_CHARS = 2000;
const DUTCH_DATE = String.raw`\d{1,2}[ \t\u00a0]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[ \t\u00a0]+\d{4}|\d{1,2}-\d{1,2}-\d{4}`;
const WEEKDAY = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`;
/**
 * The date line by its shape, as the first indexing pass (no dates read) can see it: "Den Haag, 19 juni 2017",
 * "’s-Gravenhage, maandag 12 mei 2014", a stuk's "Vastgesteld 3 maart 2022": what isDateLine takes of a date read.
 */
const DATE_LINE_SHAPE = new RegExp(String.raw`(?:(?:${PLACE})[ \t\u00a0]*,?[ \t\u00a0]*(?:${WEEKDAY}[ \t\u00a0]*,?[ \t\u00a0]*)?|(?:${STUK_CUE})[ \t]*)(?:${DUTCH_DATE})(?!\d)`, 'g');
/** A line of the letterhead: a field's name opens it ("Kenmerk 3039130", "Onderwerp …", "Datum 30 mei 2007"). */
const LETTERHEAD_FIELD_LINE = new RegExp(String.raw`^[ \t\u00a0]*(?:Datum|${LETTERHEAD_FIELDS}|Telefoon|Fax|Blad|E-mail|Doorkiesnummer|Contactpersoon|Behandeld door|Inlichtingen|Postadres|Bezoekadres|Retouradres)(?:[ \t\u00a0]*(?::|$)|[ \t\u00a0]+[^\p{Ll}\s])`, 'u');
/** A line of running text: a sentence ends it. The letterhead's fields stand before the first. */
const RUNNING_LINE = /^[^\n]{30,}[.?!]\d{0,2}$/;

/** The end of the first date line (read as a date, or by its shape) in the letterhead; 0 when there is none. */
function dateLineEnd(text: string, analysis: LetterAnalysis): number {
  const date = analysis.entities.find(e => e.kind === 'date' && e.start < LETTERHEAD_CHARS && isDateLine(text, e.start));
  DATE_LINE_SHAPE.lastIndex = 0;
  const shaped = DATE_LINE_SHAPE.exec(text.length > LETTERHEAD_CHARS + 200 ? text.slice(0, LETTERHEAD_CHARS + 200) : text);
  const shapedEnd = shaped && shaped.index < LETTERHEAD_CHARS ? shaped.index + shaped[0].length : 0;
  return Math.max(date ? date.end : 0, shapedEnd);
}

/**
 * Where the running text starts after a letterhead whose fields follow the date or run together ("Betreft Nazorg …
 * Geachte Voorzitter, Tijdens …", "Auteur DVB/VD ⏎ Kenmerk … ⏎ Betreft …"): after the salutation when one stands in the
 * letterhead, else after the last line of letterhead fields before the first line of running text; else `at`.
 */
function afterLetterhead(text: string, at: number): number {
  if (at >= LETTERHEAD_CHARS) return at;
  const head = text.slice(at, LETTERHEAD_CHARS + 100);
  const salutation = findSalutation(head);
  if (salutation && salutation.start <= LETTERHEAD_CHARS - at) return at + salutation.end;
  let fieldsEnd = at;
  for (let lineStart = 0; lineStart < head.length && at + lineStart < LETTERHEAD_CHARS;) {
    const nl = head.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? head.length : nl;
    const line = head.slice(lineStart, lineEnd);
    if (LETTERHEAD_FIELD_LINE.test(line)) fieldsEnd = at + lineEnd;
    else if (RUNNING_LINE.test(line.trimEnd())) break;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return fieldsEnd;
}

/** The first words of the running text: furniture (masthead, header, footers) skipped, hyphenation undone. */
function openingWords(text: string, analysis: LetterAnalysis): string {
  let at = openingStart(analysis.furniture, analysis.footnotes);
  at = Math.max(at, dateLineEnd(text, analysis));
  // An answer to written questions opens with the Aanhangsel's header and its own number: its words come after.
  const own = analysis.entities.find(e => e.kind === 'aanhangsel' && e.start < 2000 && isSelfCitation(e));
  if (own && own.end > at) at = own.end;
  const body = afterLetterhead(text, at);
  let raw = withoutHeaderRemnants(withoutFurniture(text, body, body + OPENING_CHARS * 2, analysis));
  // Only a letterhead or a salutation and nothing after it (a letter being written): those are its first words.
  if (body > at && !/\S/.test(raw)) raw = withoutHeaderRemnants(withoutFurniture(text, at, at + OPENING_CHARS * 2, analysis));
  // The unicode regex only where a line ends in a hyphen (in a few letters' openings).
  const joined = raw.indexOf('-\n') >= 0 || raw.indexOf('-\r') >= 0 ? raw.replace(/(\p{Ll})-\r?\n\s*(\p{Ll})/gu, '$1$2') : raw;
  const flat = joined.replace(/\s+/g, ' ').trim();
  if (flat.length <= OPENING_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', OPENING_CHARS);
  return `${flat.slice(0, cut > 0 ? cut : OPENING_CHARS)} …`;
}

/**
 * What a stuk's header leaves before its running text when no date line follows it: the session under the masthead,
 * "Vergaderjaar 2021–2022", and the addressee, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" (so written
 * whole, or on a line of its own: "… van de Eerste Kamer", "… van de vaste commissie voor Financiën"). Not a sentence
 * that opens with the same words ("Aan de Voorzitter van de Tweede Kamer heb ik …").
 */
const HEADER_REMNANT = /^\s*(?:Vergaderjaar[ \t]+\d{4}[ \t]*[–—-][ \t]*\d{4}(?![\d])|Aan[ \t]+de[ \t]+[Vv]oorzitter[ \t]+van[ \t]+de[ \t]+(?:(?:Tweede|Eerste)[ \t]+Kamer[ \t]+der[ \t]+Staten-Generaal|(?:(?:Tweede|Eerste)[ \t]+Kamer|(?:vaste[ \t]+|algemene[ \t]+)?commissie[ \t]+voor[^\n]{1,100}?)(?=[ \t]*\r?\n)))/;

/** The running text without the header's remnants at its start (HEADER_REMNANT, each as often as it stands there). */
export function withoutHeaderRemnants(raw: string): string {
  let out = raw;
  for (let m = HEADER_REMNANT.exec(out); m; m = HEADER_REMNANT.exec(out)) out = out.slice(m[0].length);
  return out;
}

/** The text of [from, to) without the footers, headers and footnote bodies printed inside it (a page break). */
function withoutFurniture(text: string, from: number, to: number, analysis: LetterAnalysis): string {
  let cut: Span[] | null = null;
  for (const s of analysis.furniture) if (s.end > from && s.start < to) (cut ??= []).push(s);
  for (const f of analysis.footnotes) if (f.body.end > from && f.body.start < to) (cut ??= []).push(f.body);
  if (!cut) return text.slice(from, to);
  cut.sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const s of cut) {
    if (s.start > at) out += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  // The window keeps its length in running text, as far as the letter goes.
  return out + text.slice(at, at + Math.max(0, to - from - out.length));
}

/**
 * Where the running text begins: after the furniture and footnote bodies that follow each other from the start
 * (at most two characters apart). Both lists come sorted by start from the layout: they are walked as one merged
 * list, without the array and sort of the two (whose elements kinds, empty or not, deoptimised the record's code).
 */
function openingStart(furniture: readonly Span[], footnotes: readonly Footnote[]): number {
  if (!spansInOrder(furniture) || !bodiesInOrder(footnotes)) return openingStartUnsorted(furniture, footnotes);
  let at = 0;
  let f = 0, n = 0;
  while (f < furniture.length || n < footnotes.length) {
    // In start order; at equal starts furniture first, as a stable sort of furniture and then bodies has it.
    const s = n >= footnotes.length || (f < furniture.length && furniture[f].start <= footnotes[n].body.start) ? furniture[f++] : footnotes[n++].body;
    if (s.start > at + 2) break;     // every later span starts later still
    if (s.end > at) at = s.end;
  }
  return at;
}

function spansInOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return false;
  return true;
}

function bodiesInOrder(footnotes: readonly Footnote[]): boolean {
  for (let i = 1; i < footnotes.length; i++) if (footnotes[i - 1].body.start > footnotes[i].body.start) return false;
  return true;
}

/** openingStart for lists out of order (not from the layout): sorted first. */
function openingStartUnsorted(furniture: readonly Span[], footnotes: readonly Footnote[]): number {
  const skip: Span[] = [...furniture, ...footnotes.map(f => f.body)].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of skip) if (s.start <= at + 2 && s.end > at) at = s.end;
  return at;
}

/** One line, with line-end hyphenation undone: "Terrorismebe-\nstrijding" → "Terrorismebestrijding". */
export function flattenText(text: string): string {
  if (isFlat(text)) return text;
  return text.replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim();
}

/** Already one line with single spaces and no space at either end: most entity texts. */
function isFlat(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return text.length === 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c < 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
  }
  return true;
}

/** The letter's places under a key (the letter is not under it yet: `unindex` ran first). */
function setPlaces(map: PlaceBuckets, key: string, uri: string, places: Places): void {
  let byUri = map.get(key);
  if (!byUri) map.set(key, (byUri = new Map()));
  byUri.set(uri, places);
}

function removePlaces(map: PlaceBuckets, key: string, uri: string): void {
  const byUri = map.get(key);
  if (!byUri) return;
  byUri.delete(uri);
  if (byUri.size === 0) map.delete(key);
}

function countVariant(map: Map<string, Map<string, number>>, orgId: string, text: string, delta: number): void {
  let counts = map.get(orgId);
  if (!counts) {
    if (delta < 0) return;
    map.set(orgId, (counts = new Map()));
  }
  const next = (counts.get(text) ?? 0) + delta;
  if (next > 0) counts.set(text, next);
  else counts.delete(text);
  if (counts.size === 0) map.delete(orgId);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function addToSet(map: Map<string, Set<string>>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function removeFromSet(map: Map<string, Set<string>>, key: string, uri: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(uri);
  if (set.size === 0) map.delete(key);
}

function addToBucket<T>(map: Buckets<T>, key: string, uri: string, item: T): void {
  let byUri = map.get(key);
  if (!byUri) map.set(key, (byUri = new Map()));
  let items = byUri.get(uri);
  if (!items) byUri.set(uri, (items = []));
  items.push(item);
}

function removeBucket<T>(map: Buckets<T>, key: string, uri: string): void {
  const byUri = map.get(key);
  if (!byUri) return;
  byUri.delete(uri);
  if (byUri.size === 0) map.delete(key);
}
