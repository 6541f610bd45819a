// The analysis model: what the core hands to the CLI, the language server and the exports.
// Pure data. Every offset is a UTF-16 code unit index into the ORIGINAL letter text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type Chamber = 'II' | 'I' | 'VV';

export type EntityKind = 'kamerstuk' | 'handelingen' | 'aanhangsel' | 'organisation' | 'date';

export interface KamerstukValue {
  /** Digits only, "29754"; or a Senate dossier in roman numerals, "CXXIV" (SENATE_ROMAN_DOSSIER in ids.ts). */
  dossier: string;
  /** Part after the dossier: "02" in 21 501-02, "VI" in 36 200 VI, "XV" in "hoofdstuk XV"; null when none. */
  suffix: string | null;
  /** Ondernummer as written ("325", "42e", "C"); null for a dossier-only reference. */
  number: string | null;
  /** True for the letter's own identity (footer, header). */
  self: boolean;
  /** officielebekendmakingen id, "kst-29754-325", "kst-21501-02-1458"; null when there is no number. */
  id: string | null;
  chamber?: Chamber | null;
  /** "2009-2010" when the citation names a session year. */
  session?: string | null;
  /** Page reference as written, normalised: "3", "7-8", "12,13". */
  page?: string | null;
  /** Rijkswet number: "R1669". */
  rijkswet?: string | null;
}

export interface HandelingenValue {
  chamber: Chamber | null;
  /** "2014-2015"; null when the citation does not say ("Handelingen TK 69-4523"). */
  session: string | null;
  /**
   * The meeting (vergadering) number, "41"; null when the citation names pages only, as most did before 2010-2011
   * ("Handelingen II 2005/06, blz. 3812–3815"). Then `page` holds them.
   */
  number: string | null;
  item: string | null;
  /** The cited page or range as written, normalised to "3812-3815" or "4523"; absent or null when none is cited. */
  page?: string | null;
  /**
   * "h-tk-20142015-41-7" from 2010-2011 on (meeting and item); before, the published item's pages,
   * "h-tk-20052006-3812-3815", which only a page range gives. Null when chamber, session or that range is not known.
   */
  id: string | null;
  /** True for the item's own number, printed on it (its web page's row). */
  self?: boolean;
}

export interface AanhangselValue {
  chamber?: Chamber | null;
  session: string | null;
  number: string;
  /** "ah-tk-20142015-1242" */
  id: string | null;
  /** True for the answer's own number, printed on it (its header, its web page's row). */
  self?: boolean;
}

export interface OrganisationValue {
  /** Gazetteer id ("NCTV", "MIN-BZ") or, for a definition found only in the text, "TEXT:<ACRONYM>". */
  id: string;
}

/** Shapes from the gold guidelines: {iso}, {iso, approx: true}, {session}. `iso` is a list for "7 en 9 januari". */
export interface DateValue {
  iso?: string | string[];
  approx?: true;
  session?: string;
}

export interface ValueByKind {
  kamerstuk: KamerstukValue;
  handelingen: HandelingenValue;
  aanhangsel: AanhangselValue;
  organisation: OrganisationValue;
  date: DateValue;
}

/** Where an entity came from, for hovers ("recognised from the footer", "user annotation"). */
export type EntitySource =
  | 'text'          // recognised in running text
  | 'footer'        // page furniture: running footer
  | 'header'        // page furniture: first-page header
  | 'gazetteer'     // organisation name or acronym from the shipped gazetteer
  | 'definition'    // acronym or long form defined in this letter's text
  | 'corpus'        // acronym defined in another letter of the corpus
  | 'user';         // a user annotation

export interface Entity<K extends EntityKind = EntityKind> extends Span {
  kind: K;
  /** original.slice(start, end) */
  text: string;
  value: ValueByKind[K];
  source: EntitySource;
  /** One line explaining how the value was resolved ("jl.: the most recent 24 mei before 2014-06-30"). */
  explain?: string;
  /** Inside a footnote body: its number. */
  footnote?: number;
  /**
   * Lifted furniture the span runs over (the footnote bodies and footer between the halves of a citation broken
   * over a page), in order: not part of what the entity says. Entities found there nest inside it (entitySpans.ts).
   */
  gaps?: Span[];
}

export type AnyEntity = { [K in EntityKind]: Entity<K> }[EntityKind];

export interface Footnote {
  number: number;
  /** The marker digits in the running text ("1" in "substantieel»1."); null when no marker was found. */
  marker: Span | null;
  /** The footnote body, from its number to the end of its text. */
  body: Span;
  /** The body's text without its number, de-hyphenated and on one line. */
  text: string;
}

export type FurnitureKind =
  | 'footer'        // "Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6"
  | 'header'        // "29 754 Terrorismebestrijding … Nr. 421 BRIEF VAN DE MINISTER …"
  | 'masthead'      // "Tweede Kamer der Staten-Generaal 2"
  | 'page-number'   // the page digit after a footer, the logo digit after the masthead
  | 'colophon';     // "ISSN 0921-7371", "kst-36428-3", "’s-Gravenhage 2023"

export interface Furniture extends Span {
  kind: FurnitureKind;
}

export interface Signatory extends Span {
  /** "De Minister van Veiligheid en Justitie" */
  role: string;
  /** "I.W. Opstelten" */
  name: string;
}

export interface Heading extends Span {
  text: string;
  /** 1 = document title / type line, 2 = section heading, 3 = numbered sub-section. */
  level: number;
}

export interface LetterIdentity {
  dossier: string | null;
  suffix: string | null;
  number: string | null;
  chamber: Chamber | null;
  /** "2015-2016" */
  session: string | null;
  /** ISO date of the letter ("Den Haag, 19 juni 2017"). */
  date: string | null;
  /** Dossier title ("Terrorismebestrijding"). */
  title: string | null;
  /** "BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE" → "Brief van de Minister van Veiligheid en Justitie" */
  type: string | null;
  signatories: Signatory[];
  /** Where each field came from: "footer", "header", "date-line", "file-name", "user". */
  sources: Partial<Record<'dossier' | 'number' | 'chamber' | 'session' | 'date' | 'title' | 'type', string>>;
  /** Span of the text that names the identity (header or footer), for go-to-definition. */
  anchor: Span | null;
  /**
   * The further dossiers of a letter printed in several ("29 279 Rechtsstaat en Rechtsorde / 24 587 Justitiële
   * Inrichtingen / Nr. 865"): it has the same number in each and is cited by any of them. Absent for one dossier.
   */
  jointDossiers?: JointDossier[];
}

/** A further dossier of a letter, as its header prints it. */
export interface JointDossier {
  dossier: string;
  suffix: string | null;
  title: string | null;
}

export interface AcronymDefinition {
  /** The short form as written: "NCTV", "KMar". */
  short: string;
  /** The long form as written, de-hyphenated and on one line. */
  long: string;
  shortSpan: Span;
  longSpan: Span;
  /** Gazetteer id when the pair names a known organisation. */
  orgId: string | null;
}

export type ProblemCode =
  | 'reference.malformed'
  | 'letter.no-identity'
  | 'date.impossible'
  | 'date.weekday-mismatch'
  | 'footnote.no-marker'
  | 'input.binary'
  | 'input.too-large'
  | 'analysis.failed';

/** Something wrong in the letter itself, found without looking at other letters. */
export interface Problem extends Span {
  code: ProblemCode;
  message: string;
  data?: unknown;
}

export interface LetterAnalysis {
  /** Path or URI the text came from, if known. */
  path: string | null;
  identity: LetterIdentity;
  /** Sorted by start. Entities of one kind never overlap, except inside another's gaps (Entity.gaps). */
  entities: AnyEntity[];
  footnotes: Footnote[];
  furniture: Furniture[];
  definitions: AcronymDefinition[];
  headings: Heading[];
  problems: Problem[];
  /** Original offsets where pages 2, 3, … begin (best effort). */
  pageStarts: number[];
}
