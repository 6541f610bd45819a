// Placeholder: letter identity from header, footer, date line and file name.
import type { Layout } from './text/layout';
import type { NormalizedText } from './text/normalize';
import type { Heading, LetterIdentity } from './types';

export function emptyIdentity(): LetterIdentity {
  return { dossier: null, suffix: null, number: null, chamber: null, session: null, date: null, title: null, type: null, signatories: [], sources: {}, anchor: null };
}

export function readIdentity(original: string, layout: Layout, norm: NormalizedText, path: string | null): LetterIdentity {
  void original; void layout; void norm; void path;
  return emptyIdentity();
}

export function findHeadings(original: string, layout: Layout): Heading[] {
  void original; void layout;
  return [];
}
