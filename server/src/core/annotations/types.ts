// The user annotation store: what `<folder>/.kamerstukken/annotations.json` holds, as typed data.
// Selectors follow the W3C Web Annotation model (TextQuoteSelector + TextPositionSelector), as Hypothesis
// stores them, so an annotation survives edits and re-extraction of the letter text.
import type { Chamber, EntityKind } from '../types';

export const STORE_VERSION = 1;
/** Folder (inside a corpus folder) and file name of the store. */
export const STORE_DIR = '.kamerstukken';
export const STORE_FILE = 'annotations.json';

/** W3C TextQuoteSelector + TextPositionSelector in one object. Offsets are UTF-16, end exclusive. */
export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnnotationType = 'correction' | 'note' | 'organisation' | 'not-entity' | 'reference';
export const ANNOTATION_TYPES: readonly AnnotationType[] = ['correction', 'note', 'organisation', 'not-entity', 'reference'];

/** "This span is an entity of `kind` with `value`", replacing what the recogniser found there. */
export interface CorrectionBody { kind: EntityKind; value: Record<string, unknown>; note?: string }
/** A remark on a span, with an optional tag ("twijfel", "nakijken"). */
export interface NoteBody { text: string; tag?: string }
/** "This span names organisation `id`" (a gazetteer id or an id from the store's organisations). */
export interface OrganisationBody { id: string; note?: string }
/** "This span is not an entity" (of `kind`, or of any kind when `kind` is absent). */
export interface NotEntityBody { kind?: EntityKind; note?: string }
/** "This span cites Kamerstuk `id`" ("kst-29754-325", "kst-21501-02-1458"). */
export interface ReferenceBody { id: string; note?: string }

interface AnnotationBase<T extends AnnotationType, B> {
  id: string;
  type: T;
  target: TextSelector;
  body: B;
  /** ISO timestamp; informational only. */
  created?: string;
}

export type Annotation =
  | AnnotationBase<'correction', CorrectionBody>
  | AnnotationBase<'note', NoteBody>
  | AnnotationBase<'organisation', OrganisationBody>
  | AnnotationBase<'not-entity', NotEntityBody>
  | AnnotationBase<'reference', ReferenceBody>;

/** Identity fields a user declares for a letter that does not state them (or states them wrongly). */
export interface DeclaredIdentity {
  dossier?: string | null;
  suffix?: string | null;
  number?: string | null;
  chamber?: Chamber | null;
  session?: string | null;
  /** ISO date, "2015-01-14". */
  date?: string | null;
  title?: string | null;
  type?: string | null;
  /** "I.W. Opstelten" or "De Minister van Veiligheid en Justitie, I.W. Opstelten". */
  signatory?: string | null;
}

export const IDENTITY_FIELDS = ['dossier', 'suffix', 'number', 'chamber', 'session', 'date', 'title', 'type', 'signatory'] as const;
export type IdentityField = typeof IDENTITY_FIELDS[number];

export interface LetterAnnotations {
  identity?: DeclaredIdentity;
  annotations: Annotation[];
}

/** An organisation the user defines: its acronyms become organisation entities in every letter of the folder. */
export interface UserOrganisation {
  id: string;
  name: string;
  acronyms: string[];
  /** Free text: "ministerie", "dienst", "internationaal". */
  kind?: string;
  description?: string;
}

export interface AnnotationStore {
  $schema?: string;
  version: number;
  /** Keyed by the letter's path relative to the store's folder, with "/" separators. */
  letters: Record<string, LetterAnnotations>;
  organisations: UserOrganisation[];
}

/** A problem in the store file, with offsets into the store text (for `annotation.invalid` diagnostics). */
export interface StoreError {
  start: number;
  end: number;
  message: string;
}

export function emptyStore(): AnnotationStore {
  return { version: STORE_VERSION, letters: {}, organisations: [] };
}
