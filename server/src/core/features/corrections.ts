// The correct form of a malformed reference, where there is exactly one: offered as the quick fix "Correct to …",
// an edit the user chooses. Read from the text the diagnostic marks (reference.malformed's data), never its message;
// offered only when the letter, so corrected, reads there as a reference with nothing malformed left.
import { analyseLetter } from '../analyse';
import { formatDossier } from '../ids';
import type { Span } from '../types';

/**
 * "2975 4" → "29 754" (a gap in the wrong place); "21 501 02" → "21 501-02" (a sub-dossier, its hyphen lost); "29 754
 * 325" → "29 754, nr. 325" (no "nr.", unless one follows: "29 754 32, nr. 3" has no evident form); else null.
 */
export function correctedReference(written: string, after = ''): string | null {
  const flat = written.trim();
  // A well-formed dossier, then a sub-dossier's two digits with their leading zero.
  const subDossier = /^(\d{2})[ \u00a0]?(\d{3})\s+(0\d)$/.exec(flat);
  if (subDossier) return `${subDossier[1]} ${subDossier[2]}-${subDossier[3]}`;
  // A well-formed dossier, then a number of its own (no leading zero): only "nr." is missing.
  const withoutMarker = /^(\d{2})[ \u00a0]?(\d{3})\s+([1-9]\d{0,3})$/.exec(flat);
  if (withoutMarker) return NUMBER_MARKER_AHEAD.test(after) ? null : `${withoutMarker[1]} ${withoutMarker[2]}, nr. ${withoutMarker[3]}`;
  // Digits and gaps only, five digits in all: a dossier number written with its gap elsewhere.
  if (/^\d[\d\s]*$/.test(flat)) {
    const digits = flat.replace(/\s/g, '');
    if (digits.length === 5) return formatDossier(digits);
  }
  return null;
}

/**
 * Whether the letter `text` still reads at `span` what the diagnostic was given for (`written`, the marked text as the
 * recognisers read it). They read a lone CR as LF (analyse.ts withLoneCrAsLf), so "2975\n4" is still "2975\r4" of a
 * letter with classic Mac line ends; a CRLF is read as written.
 */
export function stillWritten(text: string, span: Span, written: string): boolean {
  if (span.end - span.start !== written.length || span.end > text.length) return false;
  for (let i = 0; i < written.length; i++) {
    const at = span.start + i;
    if (text[at] === written[i]) continue;
    const loneCr = text[at] === '\r' && text[at + 1] !== '\n';
    if (!(loneCr && written[i] === '\n')) return false;
  }
  return true;
}

/** ", nr. 3", " nrs. 3 en 4", "(nr. 3)" right after the marked text: the number is there already. */
const NUMBER_MARKER_AHEAD = /^[\s,;(]*nrs?\b/i;

/** How much of the letter around the edit is read again: the label before it, what follows the number. */
const ROUND_TRIP_WINDOW = 120;

/**
 * Whether the letter with `span` replaced by `corrected` reads there as one Kamerstuk reference holding the whole new
 * text, with no malformed reference on or next to it: the text around the edit analysed again (a few hundred
 * characters, only when the fix is asked for).
 */
export function readsAsReference(text: string, span: Span, corrected: string): boolean {
  const from = Math.max(0, span.start - ROUND_TRIP_WINDOW);
  const to = Math.min(text.length, span.end + ROUND_TRIP_WINDOW);
  const window = text.slice(from, span.start) + corrected + text.slice(span.end, to);
  const start = span.start - from;
  const end = start + corrected.length;
  const analysis = analyseLetter(window, { scope: 'references', headings: false });
  const read = analysis.entities.some(e => e.kind === 'kamerstuk' && e.start <= start && e.end >= end);
  const malformed = analysis.problems.some(p => p.code === 'reference.malformed' && p.start <= end + 1 && p.end >= start - 1);
  return read && !malformed;
}
