// Identifiers of officielebekendmakingen.nl (KOOP) and the canonical citation text.
import type { Chamber } from './types';

/** "kst-29754-325", "kst-21501-02-1458", "kst-31700-VI-D"; null without a number. The Rijkswet R-number is never part of it. */
export function kamerstukId(dossier: string, suffix: string | null, number: string | null): string | null {
  if (!number) return null;
  return `kst-${dossier}${suffix ? `-${suffix.toUpperCase()}` : ''}-${number}`;
}

const CHAMBER_CODE: Record<Chamber, string> = { II: 'tk', I: 'ek', VV: 'vv' };

/** "2014-2015" → "20142015" */
const sessionCode = (session: string) => session.replace(/\D/g, '');

/**
 * Handelingen: from session 2010-2011 on every item is a publication, "h-tk-20142015-41-7"; a whole
 * meeting gets the meeting prefix "h-tk-20162017-83". Before that the id names the page range of the
 * published item ("h-tk-20072008-7909-7943"), which only a cited range gives: a single page, "e.v." or
 * several ranges give none, whether or not the meeting is cited. Null when chamber or session is unknown,
 * and from 2010-2011 on when the meeting number is (a citation by pages only).
 */
export function handelingenId(chamber: Chamber | null, session: string | null, number: string | null, item: string | null, page: string | null = null): string | null {
  if (!chamber || !session) return null;
  const prefix = `h-${CHAMBER_CODE[chamber]}-${sessionCode(session)}`;
  if (Number(session.slice(0, 4)) >= 2010) return number ? `${prefix}-${number}${item ? `-${item}` : ''}` : null;
  const range = page ? /^(\d+)-(\d+)$/.exec(page) : null;
  return range ? `${prefix}-${range[1]}-${range[2]}` : null;
}

/** "ah-tk-20142015-1242"; null when chamber or session is unknown. */
export function aanhangselId(chamber: Chamber | null, session: string | null, number: string): string | null {
  if (!chamber || !session) return null;
  return `ah-${CHAMBER_CODE[chamber]}-${sessionCode(session)}-${number}`;
}

export function officialUrl(id: string): string {
  return `https://zoek.officielebekendmakingen.nl/${id}.html`;
}

/**
 * The public page of a whole dossier, for a citation that names the dossier alone ("Kamerstuk 34 359"); null for a
 * dossier with a suffix ("21 501-02"), whose page address is not known to work (research/citations.md).
 */
export function dossierUrl(dossier: string, suffix: string | null): string | null {
  return suffix || !/^\d+$/.test(dossier) ? null : `https://zoek.officielebekendmakingen.nl/dossier/${dossier}`;
}

/**
 * The Senate's own dossiers numbered in roman numerals ("CXXIV", "CXLVII": the Eerste Kamer's stukken outside the
 * House's numbering, cited by their letter, "Kamerstuk CXXIV, G", id "kst-CXXIV-G"): a valid numeral of 100 or more,
 * so never a lone Senate letter ("C") or a chamber ("I", "II"). A regex source without groups.
 */
export const SENATE_ROMAN_DOSSIER = 'C(?=[CLXVI])C{0,2}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';

/** "29754" → "29 754": dossiers are written with a thin gap before the last three digits; a roman one ("CXXIV") whole. */
export function formatDossier(dossier: string): string {
  return dossier.length > 3 && isDigits(dossier) ? `${dossier.slice(0, -3)} ${dossier.slice(-3)}` : dossier;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
}

/** A dossier as a citation writes it, with its suffix: "29 754", "21 501-02", "36 600 VIII". */
export function writtenDossier(dossier: string, suffix: string | null): string {
  return `${formatDossier(dossier)}${suffix ? (/^\d/.test(suffix) ? `-${suffix}` : ` ${suffix}`) : ''}`;
}

/**
 * An Eerste Kamer stuk is numbered by letters ("D", "JA", "IX"), cited without "nr.": "Kamerstukken I 2008/09,
 * 31 700 VI, D" (Aanwijzing 3.43). A House number with a letter ("58a") keeps its "nr.".
 */
export function isSenateLetter(number: string): boolean {
  return /^[A-Z]{1,3}$/.test(number);
}

/** A stuk's number as a citation writes it after the dossier: "nr. 251", and a Senate letter bare: "JA". */
export function writtenNumber(number: string): string {
  return isSenateLetter(number) ? number : `nr. ${number}`;
}

/** The modern citation form: "Kamerstuk 29 754, nr. 251", "Kamerstuk 21 501-02, nr. 1458", "Kamerstuk 32 317, JA". */
export function canonicalKamerstuk(dossier: string, suffix: string | null, number: string | null): string {
  const d = writtenDossier(dossier, suffix);
  return number ? `Kamerstuk ${d}, ${writtenNumber(number)}` : `Kamerstuk ${d}`;
}
