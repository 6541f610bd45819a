// What a letter IS (its officielebekendmakingen ids) and what a citation points at, as map keys.
// Keys are lower-cased ids: "kst-36200-VI-3" and "kst-36200-vi-3" are one letter.
import { canonicalKamerstuk, formatDossier, kamerstukId, officialUrl } from '../ids';
import type { AnyEntity, Chamber, Entity, LetterIdentity } from '../types';

export type CitationEntity = Entity<'kamerstuk'> | Entity<'handelingen'> | Entity<'aanhangsel'>;

export function keyOf(id: string): string {
  return id.toLowerCase();
}

export function isCitation(e: AnyEntity): e is CitationEntity {
  return e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel';
}

/**
 * The letter's own identity as printed: a Kamerstuk's footer or header, an Aanhangsel answer's or a Handelingen item's
 * own number (their header, their web page's row), whose value carries self: true.
 */
export function isSelfCitation(e: AnyEntity): boolean {
  // Not a type guard: `!isSelfCitation(e)` must not narrow e to the kinds that are no citation.
  return isCitation(e) && e.value.self === true;
}

/** The id a citation points at, or null (dossier-only reference, unknown session). */
export function citationId(e: AnyEntity): string | null {
  if (!isCitation(e)) return null;
  const id = e.value.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * Which of the letters known by a cited id the citation points at: the first other letter, else the citing
 * letter itself (a letter may cite its own id); null when no letter has the id.
 */
export function resolveAmong(holders: Iterable<string> | undefined, fromUri: string): string | null {
  // Of two letters known by one id (a letter saved twice), the first by URI: not the first the index took in,
  // which the analysis threads decide, so that a citation goes to the same letter at every start.
  let self = false;
  let first: string | null = null;
  for (const uri of holders ?? []) {
    if (uri === fromUri) self = true;
    else if (first === null || uri < first) first = uri;
  }
  return first ?? (self ? fromUri : null);
}

/** The id key a citation points at, or null; SELF_CITATION for a letter's own footer or header. */
export function citedKey(e: AnyEntity): string | null {
  if (isSelfCitation(e)) return SELF_CITATION;
  const id = citationId(e);
  return id === null ? null : keyOf(id);
}

/** The key the index files a citation under: its id's, unless it is a self-citation or has no id (''). */
export function indexKey(e: CitationEntity): string {
  if (isSelfCitation(e)) return '';
  const id = citationId(e);
  return id === null ? '' : keyOf(id);
}

const ACRONYM_TEXT = /^[A-Z][A-Za-z&]*[A-Z]$/;

/** Organisation text that is an acronym ("NCTV", "KMar"), not the name written out: only these need spelling out. */
export function isAcronymText(text: string): boolean {
  return ACRONYM_TEXT.test(text);
}

/** What `citedKey` gives a self-citation: no id key can be this. */
export const SELF_CITATION = '\u0000self';

/** An id in a file name: "kst-29754-327.txt", "h-tk-20142015-41-7.kamerbrief". */
const FILE_NAME_ID = /^((?:kst|h-(?:tk|ek|vv)|ah-(?:tk|ek|vv))-[0-9a-z]+(?:-[0-9a-z]+){0,4})(?:\.[a-z0-9]+)?$/i;

export function idFromFileName(pathOrUri: string | null): string | null {
  if (!pathOrUri) return null;
  let base = pathOrUri.slice(Math.max(pathOrUri.lastIndexOf('/'), pathOrUri.lastIndexOf('\\')) + 1);
  try {
    base = decodeURIComponent(base);
  } catch {
    // keep the raw name
  }
  const m = FILE_NAME_ID.exec(base);
  return m ? m[1] : null;
}

export function identityId(identity: LetterIdentity): string | null {
  if (!identity.dossier || !identity.number) return null;
  return kamerstukId(identity.dossier, identity.suffix, identity.number);
}

/**
 * Every id the letter is known by: identity (with its joint dossiers), self-citations in footers and headers (an
 * Aanhangsel answer's or a Handelingen item's own number among them: "ah-tk-20142015-1365"), file name.
 */
export function letterIds(identity: LetterIdentity, entities: readonly AnyEntity[], pathOrUri: string | null): string[] {
  const ids = new Map<string, string>();
  const add = (id: string | null) => {
    if (id && !ids.has(keyOf(id))) ids.set(keyOf(id), id);
  };
  add(identityId(identity));
  // A letter in several dossiers has its number in each: "Kamerstuk 24 587, nr. 865" cites it as well.
  if (identity.number) for (const j of identity.jointDossiers ?? []) add(kamerstukId(j.dossier, j.suffix, identity.number));
  for (const e of entities) if (isCitation(e) && isSelfCitation(e)) add(e.value.id);
  add(idFromFileName(pathOrUri));
  return [...ids.values()];
}

const CHAMBER_LABEL: Record<Chamber, string> = { II: 'II', I: 'I', VV: 'VV' };

/** "2014-2015" → "2014/15", the way Handelingen are cited. */
function shortSession(session: string | null | undefined): string | null {
  if (!session) return null;
  const m = /^(\d{4})\D+\d{2}(\d{2})$/.exec(session);
  return m ? `${m[1]}/${m[2]}` : session;
}

/** The citation as it should be written: "Kamerstuk 29 754, nr. 251", "Handelingen II 2014/15, nr. 41, item 7". */
export function canonicalCitation(e: CitationEntity): string {
  switch (e.kind) {
    case 'kamerstuk': {
      const v = e.value;
      const base = canonicalKamerstuk(v.dossier, v.suffix, v.number);
      return v.page ? `${base}, p. ${v.page}` : base;
    }
    case 'handelingen': {
      const v = e.value;
      // Before 2010-2011 often by pages alone: "Handelingen II 2005/06, p. 3812-3815" (the form of a pre-2011 id's name).
      return `${handelingenLabel('Handelingen', v.chamber, v.session)}${v.number ? `, nr. ${v.number}` : ''}${v.item ? `, item ${v.item}` : ''}${v.page ? `, p. ${v.page}` : ''}`;
    }
    case 'aanhangsel':
      return `${handelingenLabel('Aanhangsel Handelingen', e.value.chamber ?? null, e.value.session)}, nr. ${e.value.number}`;
  }
}

/**
 * How a letter is named in hovers, outlines and the citation graph: its Kamerstuk identity ("Kamerstuk 29 754,
 * nr. 251"), else the citation form of an Aanhangsel answer's or a Handelingen item's own id; null without either.
 */
export function canonicalOfLetter(identity: LetterIdentity, ids: readonly string[]): string | null {
  const own = canonicalOfIdentity(identity);
  if (own) return own;
  for (const id of ids) {
    const named = canonicalOfRecordId(id);
    if (named) return named;
  }
  return null;
}

const CHAMBER_OF_CODE: Record<string, Chamber> = { tk: 'II', ek: 'I', vv: 'VV' };

/** "Handelingen II 2014/15": the label, the chamber and the session as citations write them. */
function handelingenLabel(label: string, chamber: Chamber | null, session: string | null): string {
  return [label, chamber ? CHAMBER_LABEL[chamber] : null, shortSession(session)].filter(Boolean).join(' ');
}

/** "ah-tk-20142015-1365" → "Aanhangsel Handelingen II 2014/15, nr. 1365"; "h-tk-20182019-25-26" → "Handelingen II 2018/19, nr. 25, item 26". */
export function canonicalOfRecordId(id: string): string | null {
  const m = /^(ah|h)-(tk|ek|vv)-(\d{4})(\d{4})-(\d+)(?:-(\d+))?$/i.exec(id);
  if (!m) return null;
  const [, kind, code, from, to, first, second] = m;
  const chamber = CHAMBER_OF_CODE[code.toLowerCase()];
  const session = `${from}-${to}`;
  if (kind.toLowerCase() === 'ah') return second ? null : `${handelingenLabel('Aanhangsel Handelingen', chamber, session)}, nr. ${first}`;
  // Before 2010-2011 a Handelingen id names the pages of the item, not its meeting and number.
  if (Number(from) < 2010) return second ? `${handelingenLabel('Handelingen', chamber, session)}, p. ${first}-${second}` : null;
  return `${handelingenLabel('Handelingen', chamber, session)}, nr. ${first}${second ? `, item ${second}` : ''}`;
}

/** The canonical form of a letter's own id, for outlines and lenses: "Kamerstuk 29 754, nr. 251". */
export function canonicalOfIdentity(identity: LetterIdentity): string | null {
  if (!identity.dossier) return null;
  return canonicalKamerstuk(identity.dossier, identity.suffix, identity.number);
}

export function urlOf(id: string): string {
  return officialUrl(id);
}

/** Ignore-list pattern for "all references of this dossier": "kst-29754-*", "kst-21501-02-*". */
export function dossierPattern(e: AnyEntity): string | null {
  if (e.kind !== 'kamerstuk') return null;
  const v = e.value;
  return `kst-${v.dossier}${v.suffix ? `-${v.suffix.toUpperCase()}` : ''}-*`;
}

/** "kst-29754-325" against "kst-29754-*" or "kst-29754-325"; "*" matches any run; case-insensitive. */
export function matchesPattern(id: string, pattern: string): boolean {
  const text = id.toLowerCase();
  const parts = pattern.toLowerCase().split('*');
  if (parts.length === 1) return text === parts[0];
  if (!text.startsWith(parts[0])) return false;
  const last = parts[parts.length - 1];
  if (!text.endsWith(last) || text.length < parts[0].length + last.length) return false;
  let at = parts[0].length;
  const limit = text.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > limit) return false;
    at = found + parts[i].length;
  }
  return true;
}

export { formatDossier };
