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
 * The chamber and session of the letter cited: where the workspace has it, its own (the letter itself for its own
 * footer or header, else the letter the citation resolves to: its footer prints them), whatever the citation says (a
 * slip: "Kamerstukken II" for the Senate's memorie, the session before or after); else what the citation says, a
 * Senate letter ("C") being the Eerste Kamer's.
 */
function chamberAndSession(corpus: Corpus, uri: string, e: Entity<'kamerstuk'>): { chamber: Chamber | null; session: string | null } {
  const target = isSelfCitation(e) ? uri : corpus.resolve(e, uri);
  const identity = target ? corpus.record(target)?.analysis.identity : null;
  const senate = e.value.number !== null && isSenateLetter(e.value.number);
  return {
    chamber: identity?.chamber ?? (senate ? 'I' : e.value.chamber ?? null),
    session: identity?.session ?? e.value.session ?? null,
  };
}

/** "2014-2015" → "2014/15"; across a century in full: "1999/2000". */
function citedSession(session: string): string {
  const m = /^(\d{4})\D+(\d{4})$/.exec(session);
  if (!m) return session;
  return m[1].slice(0, 2) === m[2].slice(0, 2) ? `${m[1]}/${m[2].slice(2)}` : `${m[1]}/${m[2]}`;
}
