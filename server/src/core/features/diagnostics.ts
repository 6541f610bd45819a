// Diagnostics of one letter: its own problems (from the analysis) plus what only the corpus can tell
// (unresolved references, acronyms spelled out nowhere, a cited date that contradicts the cited letter).
// Stable codes; severity per code from the settings ("off" drops it); ignore patterns for references.
import { citedDatesIn, type CitedDate, type Corpus, type LetterRecord } from '../workspace/corpus';
import { canonicalCitation, citationId, dossierPattern, isAcronymText, isCitation, isSelfCitation, matchesPattern, resolveAmong, urlOf } from '../workspace/keys';
import { firstPiece } from '../entitySpans';
import { HANDELINGEN_ITEM_TYPE } from '../identity';
import type { AnyEntity, Span } from '../types';
import { describeDistance, daysBetween } from './dates';
import { baseName, decodedSegment, isBlankLetter, schemeLength } from './describe';
import { letterAnchor as letterAnchorOf } from './navigation';
import { organisationInfo } from './gazetteer';
import type { DiagnosticCode, Settings, Severity } from './settings';
import { isSavedLetter, orphanedMessage, type OrphanedData } from './annotateActions';

export interface LetterDiagnostic extends Span {
  code: DiagnosticCode;
  severity: Exclude<Severity, 'off'>;
  message: string;
  data?: unknown;
  /** Places in other letters the message is about (an editor lists them under it, each a link). */
  related?: RelatedPlace[];
}

export interface RelatedPlace extends Span {
  uri: string;
  message: string;
}

/** Payload of reference.unresolved, read back by code actions. */
export interface UnresolvedData {
  id: string;
  citation: string;
  url: string;
  dossierPattern: string | null;
}


/**
 * `found`, when given, collects the code of every diagnostic the letter has, those whose severity is 'off' too:
 * which letters a change of a code's severity can change (`diagnosticsChange`).
 */
export function diagnoseLetter(corpus: Corpus, uri: string, settings: Settings, found?: Set<DiagnosticCode>): LetterDiagnostic[] {
  const rec = corpus.record(uri);
  if (!rec) return [];
  const out: LetterDiagnostic[] = [];
  const emit: Emit = (code, span, message, data, related) => {
    found?.add(code);
    const severity = settings.severity[code] ?? 'information';
    if (severity === 'off') return;
    out.push({ code, severity, start: span.start, end: span.end, message, data, ...(related ? { related } : {}) });
  };

  for (const p of rec.analysis.problems) emit(p.code, p, p.message, p.data);
  if (rec.inputNotice) emit(rec.inputNotice.code, rec.inputNotice, rec.inputNotice.message);
  for (const orphan of rec.orphans ?? []) {
    const data: OrphanedData = { annotationId: orphan.id, reanchorable: orphan.reanchorable };
    emit('annotation.orphaned', { start: 0, end: 0 }, orphanedMessage(orphan), data);
  }
  if (!rec.analysis.problems.some(p => p.code.startsWith('input.') || p.code === 'analysis.failed')) {
    // An unsaved editor (untitled:) is no letter of the workspace yet, and has no store to declare an identity in.
    if (rec.ids.length === 0 && isSavedLetter(uri) && !isBlankLetter(rec) && !rec.analysis.problems.some(p => p.code === 'letter.no-identity')) {
      emit('letter.no-identity', firstTextLine(rec), rec.analysis.identity.type === HANDELINGEN_ITEM_TYPE
        // A Handelingen item ("Aan de orde is …") is cited by chamber, session, meeting and item, not by a Kamerstuk number.
        ? `No Handelingen id found for ${baseName(uri)}: it reads as a Handelingen item ("Aan de orde is …"), but no record row or file name gives its chamber, session, meeting and item, so other letters cannot link here. ${DECLARE_IDENTITY}`
        : `No Kamerstuk number found for ${baseName(uri)}: no header, footer or file name names it, so other letters cannot link here. ${DECLARE_IDENTITY}`);
    }
    duplicateIds(corpus, rec, emit);
    // Of a closed letter only what diagnostics read (citations, acronyms, cited dates), unpacked for now.
    const entities = corpus.diagnosticEntitiesOf(uri);
    unresolvedReferences(corpus, rec, entities, settings, emit);
    undefinedAcronyms(corpus, rec, entities, corpus.mentionCounts(uri), emit);
    contradictingDates(corpus, rec, citedDatesIn(rec, entities), emit);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What to do about a letter without an identity: the quick fix (code action) that records it in the annotation store. */
const DECLARE_IDENTITY = 'Declare it with the quick fix “Declare the identity of this letter…”.';

type Emit = (code: DiagnosticCode, span: Span, message: string, data?: unknown, related?: RelatedPlace[]) => void;

/** At most this many other letters are listed as related places of a duplicate id. */
const MAX_RELATED = 10;

/**
 * Another letter of the workspace says it is this one too (the same letter saved twice, or a copy under another
 * name): citations of the id go to only one of them, the first by URI, and the reader should know.
 */
function duplicateIds(corpus: Corpus, rec: LetterRecord, emit: Emit): void {
  for (const id of rec.ids) {
    const others = corpus.lettersKnownAs(id).filter(u => u !== rec.uri).sort();
    if (others.length === 0) continue;
    // Where a citation of the id goes from a letter that is neither of them: resolution's own rule.
    const target = resolveAmong([rec.uri, ...others], '') ?? rec.uri;
    // Copies often share a file name (two folders of one workspace): each is named by as much of its path as tells it apart.
    const nameOf = distinctNames([rec.uri, ...others]);
    const names = others.slice(0, 3).map(nameOf).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
    const goes = target === rec.uri ? 'to this letter' : `to ${nameOf(target)}`;
    // The editor lists each related place under the message: the first few, not every copy of a letter saved a
    // thousand times (each copy's diagnostic would list all the others).
    const related = others.slice(0, MAX_RELATED).flatMap(u => {
      const other = corpus.record(u);
      return other ? [{ uri: u, ...letterAnchorOf(other), message: `also ${id}` }] : [];
    });
    emit('letter.duplicate-id', letterAnchorOf(rec), `${others.length === 1 ? 'Another letter is' : `${others.length} other letters are`} also ${id}: ${names}. Citations of ${id} go ${goes} (the first by file path).`, { id, others }, related);
    return;
  }
}

/**
 * For each URI the shortest tail of its path (file name, then parent folder and file name, …) that no other URI of
 * the list ends in; without the scheme ("untitled:Untitled-1" is "Untitled-1"). Each name compares its URI with the
 * others from their ends, without splitting them: diagnostics ask for a few names among all the copies of a
 * letter, in every copy.
 */
export function distinctNames(uris: readonly string[]): (uri: string) => string {
  return uri => {
    const from = schemeLength(uri);
    let shared = 0;
    for (const other of uris) if (other !== uri) shared = Math.max(shared, sharedTailSegments(uri, from, other, schemeLength(other)));
    const segments = uri.slice(from).split(/[/\\]/).filter(Boolean);
    return segments.slice(-Math.min(shared + 1, segments.length)).map(decodedSegment).join('/');
  };
}

const isSeparator = (c: number) => c === 47 /* / */ || c === 92 /* \\ */;

/** How many whole path segments a (from aStart) and b (from bStart) end in alike; runs of separators are one. */
function sharedTailSegments(a: string, aStart: number, b: string, bStart: number): number {
  let i = a.length, j = b.length, shared = 0;
  for (;;) {
    while (i > aStart && isSeparator(a.charCodeAt(i - 1))) i--;
    while (j > bStart && isSeparator(b.charCodeAt(j - 1))) j--;
    if (i === aStart || j === bStart) return shared;
    while (i > aStart && j > bStart && !isSeparator(a.charCodeAt(i - 1)) && a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
      i--;
      j--;
    }
    const segmentEndsA = i === aStart || isSeparator(a.charCodeAt(i - 1));
    const segmentEndsB = j === bStart || isSeparator(b.charCodeAt(j - 1));
    if (!segmentEndsA || !segmentEndsB) return shared;
    shared++;
  }
}

// An entity broken over a page is marked on its first piece (firstPiece), not over the footnotes in its gaps.
function unresolvedReferences(corpus: Corpus, rec: LetterRecord, entities: readonly AnyEntity[], settings: Settings, emit: Emit): void {
  for (const e of entities) {
    if (!isCitation(e) || isSelfCitation(e)) continue;
    const id = citationId(e);
    if (!id || corpus.resolve(e, rec.uri)) continue;
    if (settings.ignore.some(p => matchesPattern(id, p))) continue;
    const data: UnresolvedData = { id, citation: canonicalCitation(e), url: urlOf(id), dossierPattern: dossierPattern(e) };
    emit('reference.unresolved', firstPiece(e), `${data.citation} (${id}) is not in the workspace.`, data);
  }
}

/** `entities` holds at least the organisations written as acronyms; `uses` counts every mention of each id. */
function undefinedAcronyms(corpus: Corpus, rec: LetterRecord, entities: readonly AnyEntity[], uses: ReadonlyMap<string, number>, emit: Emit): void {
  const reported = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'organisation' || !e.value?.id) continue;
    const id = e.value.id;
    if (reported.has(id)) continue;
    // Defined by the user in the annotation store: spelled out there.
    if (rec.userOrganisations?.some(u => u.id === id || u.short === e.text)) continue;
    const textOnly = id.startsWith('TEXT:');
    // Only acronyms need spelling out: a name read from its shape ("Gezondheidsraad", TEXT:GEZONDHEIDSRAAD) is one.
    if (!isAcronymText(e.text)) continue;
    const known = textOnly ? corpus.hasDefinition(id) : corpus.isSpelledOut(id) || corpus.hasDefinition(`TEXT:${e.text}`);
    if (known) continue;
    // Parties are never spelled out in a Kamerbrief ("Van Dam (CDA)"), and a name that is its own acronym
    // (DENK, KPN, TenneT) has no longer form: the hover names them, there is nothing to define.
    const info = textOnly ? null : organisationInfo(id);
    if (info && (info.kind === 'party' || info.name.toLowerCase() === e.text.toLowerCase())) continue;
    reported.add(id);
    const count = uses.get(id) ?? 1;
    // An unsaved editor has no annotation store to define it in: the quick fix is not offered there.
    const fix = isSavedLetter(rec.uri) ? 'Define it with the quick fix “Define the acronym”.' : 'Save the letter to define it in the annotation store.';
    emit('acronym.undefined', firstPiece(e), `“${e.text}” is used${count > 1 ? ` ${count} times` : ''} but spelled out in no letter of the workspace. ${fix}`, { id, short: e.text });
  }
}

/** How long after a meeting its report (verslag) may be fixed: about half a year. */
const REPORT_AFTER_MEETING_DAYS = 183;

function contradictingDates(corpus: Corpus, rec: LetterRecord, citedDates: readonly CitedDate[], emit: Emit): void {
  for (const { date, citation } of citedDates) {
    const iso = typeof date.value?.iso === 'string' && !date.value.approx ? date.value.iso : null;
    if (!iso) continue;
    const to = corpus.resolve(citation, rec.uri);
    const identity = to && to !== rec.uri ? corpus.record(to)?.analysis.identity : null;
    const cited = identity?.date;
    if (!cited || cited === iso) continue;
    // A month or year ("in september 2025 (Kamerstuk …)") that holds the cited letter's date agrees with it.
    if (iso.length < cited.length && cited.startsWith(iso + '-')) continue;
    // The report of a meeting ("algemeen overleg van 25 juni 2015 (Kamerstuk …)") is fixed after the meeting
    // whose date is written beside it: weeks or a few months after, not a year (a mistyped year still warns).
    if (identity && /^verslag\b/i.test(identity.type ?? '') && iso < cited && (daysBetween(iso, cited) ?? Infinity) <= REPORT_AFTER_MEETING_DAYS) continue;
    const days = daysBetween(cited, iso);
    const distance = days === null ? '' : ` (${describeDistance(days).replace('the letter', 'the cited letter')})`;
    emit('date.contradicts-cited-letter', firstPiece(date), `${canonicalCitation(citation)} is dated ${cited}, not ${iso}${distance}.`, { cited, written: iso, uri: to });
  }
}

/** The first line with text on it: letters extracted from PDFs often start with blank lines. */
function firstTextLine(rec: LetterRecord): Span {
  for (let line = 0; line < Math.min(rec.lines.lineCount, 50); line++) {
    const start = rec.lines.lineStart(line);
    const end = rec.lines.lineEnd(line);
    if (end - start > 1) return { start, end };
  }
  return { start: 0, end: rec.lines.lineEnd(0) };
}
