// The citation a user copies: the full form of Aanwijzing 3.43 ("Kamerstukken II 2014/15, 29 754, nr. 325", the
// Senate's "Kamerstukken I 2016/17, 33 826, C") where chamber and session are known, else the modern short form
// ("Kamerstuk 29 754, nr. 325") that canonicalCitation writes.
import type { Corpus } from '../workspace/corpus';
import { canonicalCitation, isSelfCitation, type CitationEntity } from '../workspace/keys';
import { isSenateLetter, writtenDossier, writtenNumber } from '../ids';
import type { Chamber, Entity } from '../types';

/** The full form of a Kamerstuk citation, or null when its chamber or session is not known (or it names a whole dossier). */
export function fullCitation(corpus: Corpus, uri: string, e: CitationEntity): string | null {
  if (e.kind !== 'kamerstuk' || e.value.number === null) return null;
  const { chamber, session } = chamberAndSession(corpus, uri, e);
  // The Verenigde Vergadering's stukken are too rare to know their cited form.
  if ((chamber !== 'I' && chamber !== 'II') || !session) return null;
  const v = e.value;
  const page = v.page ? `, p. ${v.page}` : '';
  return `Kamerstukken ${chamber} ${citedSession(session)}, ${writtenDossier(v.dossier, v.suffix)}, ${writtenNumber(v.number!)}${page}`;
}

/** The full form when known, else the short one. */
export function citationToCopy(corpus: Corpus, uri: string, e: CitationEntity): string {
  return fullCitation(corpus, uri, e) ?? canonicalCitation(e);
}

/**
 * What the citation says, filled in from the letter it names: the letter itself for its own footer or header, else
 * the letter of the workspace it resolves to (whose footer prints its chamber and session). A Senate letter ("C") is
 * the Eerste Kamer's.
 */
function chamberAndSession(corpus: Corpus, uri: string, e: Entity<'kamerstuk'>): { chamber: Chamber | null; session: string | null } {
  let chamber = e.value.chamber ?? (e.value.number && isSenateLetter(e.value.number) ? 'I' : null);
  let session = e.value.session ?? null;
  if (chamber && session) return { chamber, session };
  const target = isSelfCitation(e) ? uri : corpus.resolve(e, uri);
  const identity = target ? corpus.record(target)?.analysis.identity : null;
  if (identity) {
    chamber ??= identity.chamber;
    session ??= identity.session;
  }
  return { chamber, session };
}

/** "2014-2015" → "2014/15"; across a century in full: "1999/2000". */
function citedSession(session: string): string {
  const m = /^(\d{4})\D+(\d{4})$/.exec(session);
  if (!m) return session;
  return m[1].slice(0, 2) === m[2].slice(0, 2) ? `${m[1]}/${m[2].slice(2)}` : `${m[1]}/${m[2]}`;
}
