// What a user may give as a Kamerstuk's dossier or id when declaring a letter's identity or marking a reference: the
// House's numbered dossiers ("29754", "kst-21501-02-1458") and the Senate's roman-numbered ones, cited by their letter
// ("Kamerstuk CXXIV, G", id "kst-CXXIV-G"), read by the same rule as the recognisers (SENATE_ROMAN_DOSSIER: a valid
// numeral of 100 or more). One place, so the declaration, the store and the applied annotation agree.
import { SENATE_ROMAN_DOSSIER, isSenateLetter } from '../ids';

const ROMAN_DOSSIER = new RegExp(`^${SENATE_ROMAN_DOSSIER}$`);
/** Only the letters of roman numerals: a dossier meant as one, valid or not. */
const ROMAN_LETTERS = /^[IVXLCDM]+$/i;
const NUMBERED_ID = /^kst-(\d+)(?:-([A-Za-z0-9]+))?-([A-Za-z0-9]+)$/;
const ROMAN_ID = new RegExp(`^kst-(${SENATE_ROMAN_DOSSIER})-([A-Z]{1,3})$`, 'i');

export interface KamerstukIdParts {
  dossier: string;
  suffix: string | null;
  number: string;
}

/** "CXXIV" or "cxxiv" → "CXXIV"; null for anything but a valid roman numeral of 100 or more ("CIIC", "XII", "C"). */
export function romanDossier(value: string): string | null {
  const upper = value.trim().toUpperCase();
  return ROMAN_DOSSIER.test(upper) ? upper : null;
}

/** A dossier as ids write it: "29 754" → "29754", "cxxiv" → "CXXIV"; null when it is neither digits nor a roman dossier. */
export function declaredDossier(value: string): string | null {
  const digits = value.replace(/\s+/g, '');
  return /^\d+$/.test(digits) ? digits : romanDossier(value);
}

/** What is wrong with a declared dossier, in words a user can act on; null when it is one. */
export function dossierProblem(value: string): string | null {
  if (declaredDossier(value) !== null) return null;
  if (ROMAN_LETTERS.test(value.trim())) {
    return `Dossier "${value}" is no roman numeral of 100 or more: the Senate's roman-numbered dossiers are written like CXXIV or CXLVII.`;
  }
  return `Dossier "${value}" must be digits, like 29754, or a Senate dossier in roman numerals, like CXXIV.`;
}

/** A roman dossier's stukken are the Senate's letters ("G", "AB"): what is wrong with `number` for `dossier`, else null. */
export function romanStukProblem(dossier: string, number: string): string | null {
  if (romanDossier(dossier) === null || isSenateLetter(number.toUpperCase())) return null;
  return `The stukken of Senate dossier ${dossier.toUpperCase()} are lettered, like "G": "${number}" is no such letter.`;
}

/**
 * "kst-29754-325" → 29754 and 325, "kst-21501-02-1458" with suffix 02, "kst-CXXIV-G" (any case) → CXXIV and G;
 * null for anything else, a roman dossier with a number or a suffix included.
 */
export function kamerstukIdParts(id: string): KamerstukIdParts | null {
  const numbered = NUMBERED_ID.exec(id);
  if (numbered) return { dossier: numbered[1], suffix: numbered[2] ?? null, number: numbered[3] };
  const roman = ROMAN_ID.exec(id);
  return roman ? { dossier: roman[1].toUpperCase(), suffix: null, number: roman[2].toUpperCase() } : null;
}

/** The words for an id that `kamerstukIdParts` refuses. */
export const KAMERSTUK_ID_EXAMPLES = '"kst-29754-325" or, for a Senate dossier in roman numerals, "kst-CXXIV-G"';
