// What "Declare the Identity of This Letter…" reads as a dossier: its number with the suffix some dossiers have
// (21 501-02, 36 200 VI), as letters write them, or a Senate dossier in roman numerals (CXXIV), whose stukken are
// letters. Without `vscode`, so that it can be tested on its own; the server's rules (annotations/dossiers.ts).
import { romanDossier, romanStukProblem } from '../../server/src/core/annotations/dossiers';

export interface DossierInput {
  dossier: string;
  suffix: string | null;
  /** The stuk typed after a comma with it ("CXXIV, G", "29 754, nr. 325"): the number box's suggestion. */
  number?: string;
}

/** ", G", ", nr. 325", ",nr 42e": the stuk a citation copied whole names after its dossier. */
const STUK_AFTER = String.raw`(?:\s*,\s*(?:nr\.?\s*)?([0-9A-Za-z]{1,8}))?`;
const NUMBERED = new RegExp(String.raw`^(\d[\d ]*\d|\d)(?:\s*[-–]\s*([0-9A-Za-z]{1,8})|\s+([A-Za-z]{1,8}))?(?:\s*\(\s*R\s?\d+\s*\))?${STUK_AFTER}$`, 'i');
const ROMAN = new RegExp(String.raw`^([A-Za-z]+)${STUK_AFTER}$`);

/**
 * "29 754" → 29754; "21 501-02" or "21501-02" → 21501 + 02; "36 200 VI", "36200-VI" or "36 200 vi" → 36200 + VI (a
 * suffix as letters print it, in capitals); a Rijkswet number copied with it ("33 826 (R2034)") is no part of the id
 * and is dropped; the Senate's "CXXIV" (any case; a valid numeral of 100 or more, as the recognisers read it) has no
 * suffix. A stuk after a comma ("CXXIV, G", "29 754, nr. 325") comes back as `number`; a roman dossier's must be a
 * letter. Else null.
 */
export function parseDossierInput(input: string): DossierInput | null {
  const text = input.trim();
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const dossier = numbered[1].replace(/\s+/g, '');
    if (dossier.length > 6) return null;
    const suffix = numbered[2] ?? numbered[3] ?? null;
    return withNumber({ dossier, suffix: suffix === null ? null : suffix.toUpperCase() }, numbered[4]);
  }
  const roman = ROMAN.exec(text);
  const dossier = roman ? romanDossier(roman[1]) : null;
  if (!roman || !dossier) return null;
  if (roman[2] !== undefined && romanStukProblem(dossier, roman[2])) return null;
  return withNumber({ dossier, suffix: null }, roman[2]?.toUpperCase());
}

function withNumber(input: DossierInput, number: string | undefined): DossierInput {
  return number === undefined ? input : { ...input, number };
}

/** What the number box asks for: a roman dossier's stuk is a letter. */
export function numberPrompt(input: DossierInput): string {
  const written = dossierInputValue(input.dossier, input.suffix ?? undefined);
  return romanDossier(input.dossier) ? `Letter of the stuk in Senate dossier ${written}, e.g. G` : `Ondernummer within dossier ${written}, e.g. 253`;
}

/** What is wrong with the number typed for `dossier`, or null: a roman dossier's stukken are letters ("G"). */
export function numberInputProblem(dossier: string, number: string): string | null {
  const value = number.trim();
  if (romanDossier(dossier)) return value === '' ? `A letter like G: the stukken of Senate dossier ${dossier} are lettered.` : romanStukProblem(dossier, value);
  return /^[0-9A-Za-z]{1,8}$/.test(value) ? null : 'An ondernummer like 253 or 42e.';
}

/** The number as the id writes it: a roman dossier's letter in capitals ("g" → "G"), any other as typed. */
export function numberInputValue(dossier: string, number: string): string {
  return romanDossier(dossier) ? number.trim().toUpperCase() : number.trim();
}

/** The dossier as the input box shows it: with its suffix ("21501-02", "36200 VI"). */
export function dossierInputValue(dossier: string | undefined, suffix: string | undefined): string | undefined {
  if (!dossier) return undefined;
  if (!suffix) return dossier;
  return /^\d/.test(suffix) ? `${dossier}-${suffix}` : `${dossier} ${suffix}`;
}
