// What "Mark Selection as Reference…" offers to pick: the Kamerstukken of the workspace, then those its letters cite
// without holding them. A selection that names a date ("mijn brief van 24 mei jl.") puts the letters of that date
// first: a letter is most often cited by its date where it is not cited by its number.
import type { Corpus } from '../workspace/corpus';
import type { AnyEntity, Span } from '../types';
import { stukCitation, stukId, stukTable, titleInDossier } from './stukTable';

export interface ReferenceChoice {
  /** The id a reference annotation stores: "kst-29754-325". */
  id: string;
  /** "Kamerstuk 29 754, nr. 325". */
  label: string;
  /** Date, type or title, and for a stuk not held how many letters cite it. */
  description: string;
  /** Whether a letter of the workspace is this stuk (else only cited). */
  held: boolean;
  /** Whether the letter's date is one the selection names. */
  datedAsSelected: boolean;
}

/** Stukken cited but not held are offered this far, most cited first (as the corpus panel lists them). */
const MAX_CITED = 500;

/**
 * The choices for a reference in the letter `uri` over `span` (the selection): held stukken by dossier and number,
 * the letters dated as the selection says first; then cited ones.
 */
export function referenceChoices(corpus: Corpus, uri: string | null, span: Span | null): ReferenceChoice[] {
  const dates = span && uri ? datesIn(corpus.record(uri)?.analysis.entities ?? [], span) : new Set<string>();
  const held: ReferenceChoice[] = [];
  const cited: Array<{ choice: ReferenceChoice; citers: number }> = [];
  for (const d of stukTable(corpus).dossiers) {
    for (const stuk of d.letters) {
      const letterUri = corpus.letterKnownByKey(stuk.key);
      const identity = letterUri ? corpus.record(letterUri)?.analysis.identity : null;
      const date = identity?.date ?? null;
      const about = identity ? identity.type ?? titleInDossier(identity, d.name) : null;
      held.push({
        id: stukId(stuk), label: stukCitation(stuk), description: [date, about].filter(Boolean).join(' · '),
        held: true, datedAsSelected: date !== null && dates.has(date),
      });
    }
    for (const stuk of d.cited) {
      const citers = corpus.citingLetterCount(stuk.key);
      const description = `not in the workspace; cited by ${citers} letter${citers === 1 ? '' : 's'}`;
      cited.push({ choice: { id: stukId(stuk), label: stukCitation(stuk), description, held: false, datedAsSelected: false }, citers });
    }
  }
  cited.sort((a, b) => b.citers - a.citers);
  // A stable sort: within each group the table's order (dossier, then number) stays.
  held.sort((a, b) => Number(b.datedAsSelected) - Number(a.datedAsSelected));
  return held.concat(cited.slice(0, MAX_CITED).map(c => c.choice));
}

/** The ISO days of the date entities inside the span ("24 mei jl." read as 2015-05-24). */
function datesIn(entities: readonly AnyEntity[], span: Span): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'date' || e.start < span.start || e.end > span.end) continue;
    const iso = e.value.iso;
    for (const day of Array.isArray(iso) ? iso : iso ? [iso] : []) if (/^\d{4}-\d{2}-\d{2}$/.test(day)) out.add(day);
  }
  return out;
}
