// The correct form of a malformed reference, where there is exactly one: offered as the quick fix "Correct to …",
// an edit the user chooses. Read from the text the diagnostic marks (reference.malformed's data), never its message.
import { formatDossier } from '../ids';

/** "2975 4" → "29 754" (a gap in the wrong place); "29 754 325" → "29 754, nr. 325" (no "nr."); else null. */
export function correctedReference(written: string): string | null {
  const flat = written.trim();
  // A well-formed dossier, then a number of its own: only "nr." is missing.
  const withoutMarker = /^(\d{2})[ \u00a0]?(\d{3})\s+(\d{1,4})$/.exec(flat);
  if (withoutMarker) return `${withoutMarker[1]} ${withoutMarker[2]}, nr. ${withoutMarker[3]}`;
  // Digits and gaps only, five digits in all: a dossier number written with its gap elsewhere.
  if (/^\d[\d\s]*$/.test(flat)) {
    const digits = flat.replace(/\s/g, '');
    if (digits.length === 5) return formatDossier(digits);
  }
  return null;
}
