// What the citation parsers hand back, in offsets of the normalised view (the entry point maps them back).
import type { AanhangselValue, HandelingenValue, KamerstukValue } from '../../types';

export type FoundCitation =
  | { kind: 'kamerstuk'; start: number; end: number; value: KamerstukValue; explain: string }
  | { kind: 'handelingen'; start: number; end: number; value: HandelingenValue; explain: string }
  | { kind: 'aanhangsel'; start: number; end: number; value: AanhangselValue; explain: string };

export interface FoundProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParseResult {
  /** End of everything the parser read (pages and continuations included), in the view. */
  end: number;
  citations: FoundCitation[];
  problems: FoundProblem[];
}

/** Trims trailing white space off a view range, so a problem never covers the space after it. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
