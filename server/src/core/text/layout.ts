// Page layout of a PDF-extracted letter: running footers, the first-page header and masthead, page
// numbers, footnote bodies and the markers that point at them. Found on the ORIGINAL text, line by line,
// before normalisation, because the normaliser must know what to lift out of the running text and what
// to blank (a page number glued to a footer, a footnote digit glued to a word).
//
// What the PDF text looks like (officielebekendmakingen layout):
//   body line ⏎ … ⏎ (blank) ⏎ "1 Zoals weergegeven in …" ⏎ (blank) ⏎ "2 Brief van …" ⏎ " next page body"
//   "Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6"         (running footer + page number)
//   "Tweede Kamer der Staten-Generaal 2" ⏎ "Vergaderjaar 2016–2017" ⏎ "29 754 Terrorismebestrijding" ⏎ ⏎
//   "Nr. 421 BRIEF VAN DE MINISTER …"                                  (first-page header)
// A page's first line starts with a space; footnote blocks sit at the bottom of a page.
import { doubled } from './tables';
import type { Chamber, Entity, Footnote, Furniture, JointDossier, Span } from '../types';
import { aanhangselId, handelingenId, kamerstukId, SENATE_ROMAN_DOSSIER } from '../ids';
import { isAsciiDigit, isLetter, isLower, isRegexSpace, isUpper } from './charClass';
import { mergeSpans } from '../entitySpans';
import { dehyphenate } from './hyphenation';

/**
 * What an Aanhangsel answer or a Handelingen item prints of its own identity: its own aanhangsel or handelingen entity,
 * whose value carries self: true as a Kamerstuk's footer does (the citations recogniser hands them on).
 */
export type OwnRecord = Entity<'handelingen'> | Entity<'aanhangsel'>;

export interface Layout {
  furniture: Furniture[];
  footnotes: Footnote[];
  /** Original offsets where pages 2, 3, … begin. */
  pageStarts: number[];
  /** The letter's own identity as printed in footers and headers (kamerstuk entities with self: true). */
  selfCitations: Entity<'kamerstuk'>[];
  /** An Aanhangsel answer's or a Handelingen item's own number, from its header or its web page's metadata row. */
  ownRecords: OwnRecord[];
  /** What the normaliser lifts out of the running text (footnote bodies, footer and header lines). */
  segments: Span[];
  /** What the normaliser turns into a space (footnote markers, page numbers, self-citations). */
  blanks: Span[];
  /** What the footer or header says about the letter. */
  printed: PrintedIdentity;
  /** Where each line of the original begins (after each "\n"), for the stages that read line by line. */
  lineStarts: Int32Array;
}

export interface PrintedIdentity {
  chamber: 'II' | 'I' | null;
  session: string | null;
  dossier: string | null;
  suffix: string | null;
  number: string | null;
  title: string | null;
  /** "BRIEF VAN DE MINISTER VAN …" as printed. */
  type: string | null;
  source: 'footer' | 'header' | null;
  anchor: Span | null;
  /** The header's further dossier lines, after the first (a letter printed in several dossiers). */
  joint: JointDossier[];
  /** True when footer and header were read inside one long line (a copying site's flattened copy of the PDF). */
  flattened?: boolean;
}

/** Lines longer than this are not page furniture or footnotes; skip the regexes on them. */
const MAX_LAYOUT_LINE = 2000;

/** What a line's first code unit makes it a candidate for: see Lines.spaceOrFurnitureLed and Lines.digitLed. */
const LEAD_OTHER = 0, LEAD_SPACE_OR_FURNITURE = 1, LEAD_DIGIT = 2;
const LEAD_KIND = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) LEAD_KIND[c] = LEAD_DIGIT;
/** The first characters of furniture lines: T, E, V (footers); I, k, K, ’ (colophon); P, -, – (page line). */
const FURNITURE_LEADS = [0x54, 0x45, 0x56, 0x49, 0x6b, 0x4b, 0x2019, 0x50, 0x2d, 0x2013];
const IS_FURNITURE_LEAD = new Uint8Array(0x10000);
for (const c of FURNITURE_LEADS) IS_FURNITURE_LEAD[c] = 1;
// Those and \s, which a furniture line may start with, as a page's first line (indented) does.
for (const c of FURNITURE_LEADS) LEAD_KIND[c] = LEAD_SPACE_OR_FURNITURE;
for (let c = 0; c < 0x3001; c++) if (isRegexSpace(c)) LEAD_KIND[c] = LEAD_SPACE_OR_FURNITURE;
LEAD_KIND[0xfeff] = LEAD_SPACE_OR_FURNITURE;

/**
 * This thread's scratch tables for what a Lines needs only while its letter is analysed (line ends, lines
 * filed by their first unit): reused from letter to letter (the analysis is synchronous, one letter at a time),
 * so a letter allocates only its line starts, which it keeps (Layout.lineStarts). They grow as needed.
 */
const scratch: { ends: Int32Array; led: Int32Array; digitLed: Int32Array } = { ends: new Int32Array(4096), led: new Int32Array(1024), digitLed: new Int32Array(1024) };

/**
 * The lines of the original as two tables (where each line begins, where its text ends before "\r\n" / "\n"),
 * not an object per line; a line's text (at most MAX_LAYOUT_LINE + 1 characters) is sliced only when a rule reads it.
 * The search for the line breaks also files the lines by their first code unit, so the rules that look for
 * furniture, footnotes and page starts visit those lines only, not every line three times.
 */
class Lines {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
  /** The lines (in order) that start with white space or with the first letter of a furniture line. */
  readonly spaceOrFurnitureLed: Int32Array;
  /** The lines (in order) that start with an ASCII digit: only they can begin a footnote body. */
  readonly digitLed: Int32Array;

  constructor(readonly source: string) {
    // The tables in one search for the line breaks, growing as needed.
    let starts: Int32Array = new Int32Array((source.length >> 5) + 16);
    let ends: Int32Array = scratch.ends, led: Int32Array = scratch.led, digitLed: Int32Array = scratch.digitLed;
    let count = 0, ledCount = 0, digitCount = 0;
    for (let start = 0; ;) {
      const at = source.indexOf('\n', start);
      const nl = at < 0 ? source.length : at;
      if (count === starts.length) starts = doubled(starts);
      if (count === ends.length) ends = scratch.ends = doubled(ends);
      starts[count] = start;
      ends[count] = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const lead = nl > start ? LEAD_KIND[source.charCodeAt(start)] : LEAD_OTHER;
      if (lead === LEAD_SPACE_OR_FURNITURE) {
        if (ledCount === led.length) led = scratch.led = doubled(led);
        led[ledCount++] = count;
      } else if (lead === LEAD_DIGIT) {
        if (digitCount === digitLed.length) digitLed = scratch.digitLed = doubled(digitLed);
        digitLed[digitCount++] = count;
      }
      count++;
      if (at < 0) break;
      start = at + 1;
    }
    this.count = count;
    this.starts = starts.subarray(0, count);
    this.ends = ends.subarray(0, count);
    this.spaceOrFurnitureLed = led.subarray(0, ledCount);
    this.digitLed = digitLed.subarray(0, digitCount);
  }

  text(i: number): string {
    const start = this.starts[i];
    return this.source.slice(start, Math.min(this.ends[i], start + MAX_LAYOUT_LINE + 1));
  }

  length(i: number): number {
    return this.ends[i] - this.starts[i];
  }

  /** Whether the line (its first MAX_LAYOUT_LINE + 1 characters) is white space only. */
  isBlank(i: number): boolean {
    const start = this.starts[i];
    const end = Math.min(this.ends[i], start + MAX_LAYOUT_LINE + 1);
    for (let k = start; k < end; k++) {
      const c = this.source.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff && c !== 12) return false;
    }
    return true;
  }

  /** Offset of the line's first character that is not \s (its end if none). */
  afterLeadingSpace(i: number): number {
    let k = this.starts[i];
    const end = this.ends[i];
    while (k < end && isRegexSpace(this.source.charCodeAt(k))) k++;
    return k;
  }
}



const DASH = '[-–—‐‑]';
const SESSION = `((?:19|20)\\d\\d)\\s*${DASH}\\s*((?:19|20)\\d\\d)`;
const DOSSIER = '(\\d{2}\\s?\\d{3})';
/** The dossier of the stuk's own header and footer: also the Senate's roman-numbered ones ("CXLVII", "… 2012–2013, CXLVII, A"). */
const OWN_DOSSIER = `(\\d{2}\\s?\\d{3}|${SENATE_ROMAN_DOSSIER})`;
// Dossier suffix as printed in footers: "21 501-02", "36 200 VI", "34 356 (R2064)".
// A lone capital after a space is a fund's budget ("36 600 B" Gemeentefonds, "36 200 A" Infrastructuurfonds).
const SUFFIX = `(?:${DASH}(\\d{2}|[A-Z]{1,6})|\\s+([IVXLC]+[A-Z]?|[A-Z])\\b)?(?:\\s*\\((R\\s?\\d+)\\))?`;

// A stuk printed in several dossiers names them all in its footer: "…, 28 606 en 29 200 VI, nr. 19 2" (no groups:
// the value is the first dossier's, as its header's). A later dossier may carry its Rijkswet number too, as the first
// may: "Eerste Kamer, vergaderjaar 2023–2024, 33 826 en 33 992 (R2034), C 2".
const JOINT_DOSSIERS = `(?:\\s+en\\s+\\d{2}\\s?\\d{3}(?:${DASH}(?:\\d{2}|[A-Z]{1,6})|\\s+(?:[IVXLC]+[A-Z]?|[A-Z])\\b)?(?:\\s*\\(R\\s?\\d+\\))?){0,3}`;

/** The chamber a running footer opens with; group 1 its first word (chamberOfFooter). */
const FOOTER_CHAMBER = '(Tweede(?= Kamer)|Eerste(?= Kamer)|Verenigde(?= Vergadering)) (?:Kamer|Vergadering)';

/** The chamber of FOOTER_CHAMBER's first word: the Verenigde Vergadering (VV), the Eerste Kamer (I), else the Tweede. */
function chamberOfFooter(word: string): Chamber {
  return word === 'Eerste' ? 'I' : word === 'Verenigde' ? 'VV' : 'II';
}

/** "Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6" (page number optional, may be glued). */
// An Eerste Kamer stuk's footer prints its letter without "nr.": "Eerste Kamer, vergaderjaar 2019–2020, 35 125, C 2".
// A stuk of the two chambers in joint session prints "Verenigde Vergadering, vergaderjaar 2016–2017, 34 700, nr. 2".
const FOOTER = new RegExp(
  `^\\s*${FOOTER_CHAMBER}, vergaderjaar ${SESSION}, (${OWN_DOSSIER}${SUFFIX}${JOINT_DOSSIERS}, (?:[Nn]r\\. |(?=[A-Z]{1,3}(?:\\s|$)))(\\d{1,4}[a-z]?|[A-Z]{1,3}))(?:\\s+(\\d{1,3}))?\\s*$`,
);
/**
 * The Aanhangsel footer has no number of the answer, only the page's: "Tweede Kamer, vergaderjaar 2022–2023,
 * Aanhangsel 2", the next page's first words glued to it in PDF text ("Aanhangsel 1Antwoord 3").
 */
const FOOTER_AANHANGSEL = new RegExp(`^\\s*(Tweede|Eerste) Kamer, vergaderjaar ${SESSION}, Aanhangsel(?![a-z])(?:\\s+(\\d{1,4})(?!\\d))?.*$`);
/** An Aanhangsel answer's first-page header: "Vergaderjaar 2022–2023 Aanhangsel van de Handelingen", then its number alone. */
// A web page's copy keeps its layout table's cells: "Vergaderjaar 2024-2025 | Aanhangsel van de Handelingen |" (round 36).
const AANHANGSEL_SESSION_LINE = new RegExp(`^\\s*Vergaderjaar ${SESSION}(?:\\s*\\|)?\\s+Aanhangsel van de Handelingen(?:\\s*\\|)?\\s*$`);
/** "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden" (wrapped). */
const AANHANGSEL_SUBTITLE = /^\s*(?:Vragen gesteld door de leden der Kamer|regering gegeven antwoorden)/;
const NUMBER_ALONE = /^\s*(\d{1,5})\s*$/;
/**
 * The metadata row of an officielebekendmakingen page of an Aanhangsel answer or a Handelingen item, with or without
 * its cells' borders: "Tweede Kamer der Staten-Generaal2014-20151365" (Nummer), "Tweede Kamer der
 * Staten-Generaal2012-2013nr. 87, item 27" (Vergadernummer), before 2010-2011 "… | 1998-1999 | nr. 18, pagina 1103-1133 |"
 * (meeting and pages); a date cell may stand before or after.
 */
const RECORD_ROW = new RegExp(`^\\s*(?:\\|\\s*)?(?:\\d\\d-\\d\\d-\\d{4}\\s*\\|?\\s*)?(Tweede|Eerste) Kamer der Staten-Generaal\\s*\\|?\\s*${SESSION}\\s*\\|?\\s*(?:([Nn]r\\.\\s*(\\d{1,4}),\\s*item\\s*(\\d{1,4}))|(\\d{1,5})|([Nn]r\\.\\s*(\\d{1,4}),\\s*pagina\\s*(\\d{1,5})\\s*${DASH}\\s*(\\d{1,5})))\\s*\\|?\\s*(?:\\d\\d-\\d\\d-\\d{4}\\s*\\|?\\s*)?$`);
/** "Tweede Kamer der Staten-Generaal 2": the masthead; the digit is the logo. */
// A web page's copy of the header keeps the cells of its layout table: "Tweede Kamer der Staten-Generaal | 2 |".
const MASTHEAD = /^\s*((Tweede|Eerste) Kamer der Staten-Generaal)(?:\s*\|)?(?:\s+(\d))?(?:\s*\|)?\s*$/;
/** The metadata table of an officielebekendmakingen page: "Tweede Kamer der Staten-Generaal | 2019-2020 | 29517 nr. 186 |". */
// A markdown copy opens the row with a pipe: "| Tweede Kamer der Staten-Generaal | 1998-1999 | 26494 nr. 1 |".
const WEB_TABLE_ROW = new RegExp(`^\\s*(?:\\|\\s*)?(Tweede|Eerste) Kamer der Staten-Generaal\\s*\\|\\s*${SESSION}\\s*\\|\\s*(${DOSSIER}${SUFFIX}\\s*,?\\s*[Nn]r\\.\\s*(\\d{1,4}[a-z]?|[A-Z]{1,3}))\\s*\\|?\\s*$`);
/** The same row copied without its cells' borders: "Tweede Kamer der Staten-Generaal2012-201329521 nr. 209". */
// The session has a fixed width, so the dossier glued to it is still known; the groups are WEB_TABLE_ROW's.
const WEB_TABLE_ROW_GLUED = new RegExp(`^\\s*(Tweede|Eerste) Kamer der Staten-Generaal((?:19|20)\\d\\d)-((?:19|20)\\d\\d)((\\d{5})${SUFFIX}\\s*,?\\s*[Nn]r\\.\\s*(\\d{1,4}[a-z]?|[A-Z]{1,3}))\\s*$`);
/** An openkamer.org page opens with its own stuk as title: "Kamerstuk 17050-408", "Kamerstuk 36200-VI-97". */
const OWN_PAGE_TITLE = /^\s*Kamerstuk (\d{5})(?:-(\d{2}|[A-Z]{1,6}))?-(\d{1,4}[a-z]?|[A-Z]{1,3})\s*$/;
/**
 * The metadata of a parlementairemonitor.nl / eumonitor.eu page names the page's own stuk: "Kenmerk 27625, nr. 661",
 * "Reference 35334, nr. 2" (the English copy).
 */
// A copy of its table keeps the cells: "Kenmerk | 35746, nr. 3 |".
const METADATA_STUK = new RegExp(`^\\s*(?:\\|\\s*)?(?:Kenmerk|Reference)(?:\\s*\\|\\s*|\\s+)((\\d{5})${SUFFIX}\\s*,\\s*[Nn]r\\.\\s*(\\d{1,4}[a-z]?|[A-Z]{1,3}))\\s*(?:\\|\\s*)?$`);
const SESSION_LINE = new RegExp(`^\\s*Vergaderjaar ${SESSION}(?:\\s*\\|)?\\s*$`);
/** A session line broken after its dash, the second year on a later line: "Vergaderjaar 2019-⏎⏎2020" (web copies of the PDF). */
const SESSION_LINE_OPEN = new RegExp(`^\\s*Vergaderjaar ((?:19|20)\\d\\d)\\s*${DASH}\\s*$`);
const YEAR_LINE = /^\s*((?:19|20)\d\d)\s*$/;
/** Header dossier line: "29 754 Terrorismebestrijding". */
// The title never starts with a digit: "34775 A 66 BRIEF" is read without the suffix rather than not at all.
const HEADER_DOSSIER = new RegExp(`^\\s*${OWN_DOSSIER}${SUFFIX}\\s+(?=\\D)(\\S.*?)\\s*$`);
/** Publications before about 2010 print the dossier alone, the title on the next line: "31 371⏎Kredietcrisis⏎⏎nr. 278". */
const HEADER_DOSSIER_ALONE = new RegExp(`^\\s*${OWN_DOSSIER}${SUFFIX}\\s*$`);
/** Header number line: "Nr. 421 BRIEF VAN DE MINISTER …", older "nr. 6" with the type on the next line. */
/** Eerste Kamer stukken carry a letter instead: "C BRIEF VAN DE MINISTER …", "AI MEMORIE VAN ANTWOORD". */
// The letter may carry a glued footnote marker ("H1 BRIEF", the note says which dossier the letter is for).
const HEADER_NUMBER = /^\s*(?:[Nn]r\.\s*(\d{1,4}[a-z]?)|([A-Z]{1,2})(?:\d{1,2})?(?=\s+[A-Z]{3,}))(?:\s+(\S.*?))?\s*$/;
/** A line that is only an Eerste Kamer letter ("C" above "nr. 3" in a stuk printed for both chambers): not title. */
const HEADER_LETTER_ONLY = /^[A-Z]{1,2}$/;
const MARKER_AFTER_LETTER = /(?<=^[A-Z]{1,2})\d{1,2}$/;
/** The document type as the line after an old-style number line starts: "VERSLAG VAN EEN ALGEMEEN OVERLEG". */
const TYPE_LINE = /^\s*(\p{Lu}{2,}(?:[ ,]+\p{Lu}{2,})+)/u;
/** A run-together web header: "30800 VII 21 Verslag houdende …" (dossier, suffix and number on one line). */
const RUN_TOGETHER = /^([IVXLC]+|[A-Z])\s+(\d{1,4})\s+(?=\p{Lu})/u;
/** The page line of the rijksoverheid letterhead, "Pagina 2 van 5", and a bare page number between dashes, "- 2 -" (session 25). */
const PAGE_LINE = /^\s*(?:Pagina \d{1,3} van \d{1,3}|([-–]) ?\d{1,3} ?\1)\s*$/;
const COLOPHON = /^\s*(?:ISSN \d{4}\s?-\s?\d{3}[\dX]|kst-\d+(?:-[\dA-Z]+)+|’s-Gravenhage \d{4})\s*$/;
/**
 * The id line of an Aanhangsel answer or a Handelingen item, printed alone right above the colophon or the first
 * page's footer ("ah-tk-20142015-2333⏎ISSN 0921 - 7398 ’s-Gravenhage 2015 Tweede Kamer, …"). Looked for only there,
 * so lines starting with "a" or "h" need not be furniture candidates.
 */
const RECORD_ID_LINE = /^\s*a?h-[te]k-\d{8}(?:-[\dA-Z]+)+\s*$/;
/**
 * A first page prints its colophon and its running footer on one line in the PDF text: "’s-Gravenhage 2012 Tweede
 * Kamer, vergaderjaar 2011–2012, 29 477, nr. 196 1", older "KST42633 ISSN 0921 - 7371 Sdu Uitgevers ’s-Gravenhage 1999
 * Tweede Kamer, …". The colophon's pieces, up to the footer's first word.
 */
const COLOPHON_BEFORE_FOOTER = /^\s*(?:(?:ISSN \d{4}\s?-\s?\d{3}[\dX]|kst-\d+(?:-[\dA-Z]+)+|KST\d+|Sdu Uitgevers|’s-Gravenhage \d{4})\s+){1,5}(?=(?:Tweede|Eerste) Kamer, vergaderjaar )/;
/** A footnote body's first line: its number, a space, text. */
const FOOTNOTE_START = /^(\d{1,3}) +(\S)/;

export function analyseLayout(original: string): Layout {
  const lines = new Lines(original);
  const parts: LayoutParts = {
    furniture: [], segments: [], blanks: [], selfCitations: [], ownRecords: [], pageStarts: [],
    printed: { chamber: null, session: null, dossier: null, suffix: null, number: null, title: null, type: null, source: null, anchor: null, joint: [] },
    isFooter: new Uint8Array(lines.count),
  };
  const { furniture, segments, blanks, selfCitations, pageStarts, printed, isFooter } = parts;
  readFurnitureLines(lines, parts);
  const headerFurniture: Furniture[] = [];
  readHeader(original, lines, headerFurniture, segments, blanks, selfCitations, printed, parts.ownRecords);
  // A flattened copy: no footer or header line was found, the one long line may hold them.
  if (!printed.source && selfCitations.length === 0 && parts.ownRecords.length === 0) readFlattenedCopy(lines, parts, headerFurniture);

  const footnotes = findFootnotes(original, lines, isFooter, segments, blanks, pageStarts);
  dropHeaderMarkers(original, printed, footnotes, headerFurniture);

  // A line that starts with a space after a non-blank line begins a new page (the PDF's page break).
  findIndentedPageStarts(lines, footnotes, pageStarts);

  return {
    furniture: byStart(furniture, headerFurniture), footnotes, pageStarts: sortedUnique(pageStarts), selfCitations, ownRecords: parts.ownRecords,
    segments: mergeSpans(segments), blanks, printed, lineStarts: lines.starts,
  };
}

/**
 * A footnote marker glued to the end of the header's title or type ("35 261 Wijziging van de Kieswet1", "Nr. 5
 * VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN1") is no part of them: taken off the printed identity.
 */
function dropHeaderMarkers(original: string, printed: PrintedIdentity, footnotes: Footnote[], header: Furniture[]): void {
  for (const f of footnotes) {
    const m = f.marker;
    if (!m || !header.some(h => h.start <= m.start && m.end <= h.end)) continue;
    // The marker with the word glued before it ("Kieswet1", "20221"), as the title or type ends when the marker ends it.
    let s = m.start;
    while (s > 0 && m.start - s < 20 && isLetterOrDigit(original.charCodeAt(s - 1))) s--;
    if (s === m.start) continue;
    const ending = original.slice(s, m.end);
    const cut = (text: string | null) => (text && text.endsWith(ending) ? text.slice(0, text.length - (m.end - m.start)) : text);
    printed.type = cut(printed.type);
    printed.title = cut(printed.title);
  }
}

/**
 * The furniture of the line pass and of the header, by start (a stable sort of the two lists one after the
 * other). Each list is nearly always in text order already: then they are merged without a comparator call.
 */
function byStart(lineFurniture: Furniture[], headerFurniture: Furniture[]): Furniture[] {
  if (!isByStart(lineFurniture) || !isByStart(headerFurniture)) return [...lineFurniture, ...headerFurniture].sort((a, b) => a.start - b.start);
  const merged: Furniture[] = [];
  let h = 0;
  for (const f of lineFurniture) {
    // On equal starts the line pass's item first, as the stable sort of the two lists has it.
    while (h < headerFurniture.length && headerFurniture[h].start < f.start) merged.push(headerFurniture[h++]);
    merged.push(f);
  }
  while (h < headerFurniture.length) merged.push(headerFurniture[h++]);
  return merged;
}

function isByStart(list: Furniture[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k].start < list[k - 1].start) return false;
  return true;
}

/** The page starts in increasing order, each once (a numeric sort without a comparator call). */
function sortedUnique(pageStarts: number[]): number[] {
  const sorted = new Int32Array(pageStarts).sort();
  const unique: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) unique.push(sorted[k]);
  return unique;
}

/** A line that starts with a space after a non-blank line begins a new page (the PDF's page break). */
function findIndentedPageStarts(lines: Lines, footnotes: Footnote[], pageStarts: number[]): void {
  const original = lines.source;
  const candidates = lines.spaceOrFurnitureLed;   // a space or a form feed leads every such line
  let fi = 0;   // footnotes are in text order: the first whose body does not end before the line
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k];
    if (i === 0) continue;
    const start = lines.starts[i];
    const first = original.charCodeAt(start);
    if (first === 12 && !lines.isBlank(i)) { pageStarts.push(firstNonSpace(lines, i)); continue; }   // pdftotext's form feed
    if (first !== 32) continue;
    while (fi < footnotes.length && footnotes[fi].body.end <= start) fi++;
    if (original.charCodeAt(start + 1) !== 32 && !lines.isBlank(i) && !lines.isBlank(i - 1) && !inFootnote(footnotes, fi, start)) {
      // Only a page break if the previous line does not itself start with a space (indented lists).
      if (original.charCodeAt(lines.starts[i - 1]) !== 32) pageStarts.push(firstNonSpace(lines, i));
    }
  }
}

/** What the passes over the lines collect (each pass in its own small function). */
interface LayoutParts {
  furniture: Furniture[];
  segments: Span[];
  blanks: Span[];
  selfCitations: Entity<'kamerstuk'>[];
  ownRecords: OwnRecord[];
  pageStarts: number[];
  printed: PrintedIdentity;
  /** Per line: 1 for a footer or a page line. */
  isFooter: Uint8Array;
}

/**
 * One pass over the lines for the furniture a line's first word announces: running footers ("Tweede Kamer,
 * vergaderjaar …", "Eerste Kamer, …"), colophon lines ("ISSN …", "kst-…", "’s-Gravenhage …") and page lines
 * ("Pagina 2 van 5"). What each adds is sorted or merged afterwards, so one pass gives what separate passes gave.
 */
function readFurnitureLines(lines: Lines, parts: LayoutParts): void {
  // The scan for candidates is a small function of its own: compiled on the stack and again on entry, as a
  // long loop is, it costs little; this loop runs once per candidate line.
  const source = lines.source;
  const led = lines.spaceOrFurnitureLed;
  for (let k = nextFurnitureCandidate(lines, 0); k < led.length; k = nextFurnitureCandidate(lines, k + 1)) {
    const i = led[k];
    const at = lines.afterLeadingSpace(i);
    const c = source.charCodeAt(at);
    if (c === 0x54 || c === 0x45 || c === 0x56) readFooterLine(lines, i, at, parts);               // T, E, V
    else readColophonOrPageLine(lines, i, parts);
  }
}

/**
 * The first entry of lines.spaceOrFurnitureLed from `from` on (or its length) whose line may be furniture: at
 * most 200 characters, whose first character after the leading white space starts a footer (T, E), a
 * colophon or a page line (I, k, K, ’, P, and a dash: "- 2 -"). Other lines cannot start so.
 */
function nextFurnitureCandidate(lines: Lines, from: number): number {
  const source = lines.source;
  const led = lines.spaceOrFurnitureLed;
  for (let k = from; k < led.length; k++) {
    const i = led[k];
    if (lines.length(i) > 200) continue;
    const at = lines.afterLeadingSpace(i);
    if (at >= lines.ends[i]) continue;
    const c = source.charCodeAt(at);
    if (IS_FURNITURE_LEAD[c] === 1) return k;
  }
  return led.length;
}

/** Running footers: the letter's own identity, then a page number. Only lines with the footer's words. */
function readFooterLine(lines: Lines, i: number, at: number, parts: LayoutParts): void {
  if (!startsLikeFooter(lines.source, at)) return;
  const lineText = lines.text(i);
  const m = FOOTER.exec(lineText);
  if (m) { readFooter(lines, i, lineText, m, parts); return; }
  const a = FOOTER_AANHANGSEL.exec(lineText);
  if (a) readFooter(lines, i, lineText, a, parts, 0, true);
}

/**
 * `colophon` is the length of a colophon printed before the footer on its line (COLOPHON_BEFORE_FOOTER): blanked as
 * a colophon line is, the footer after it read as any footer.
 */
function readFooter(lines: Lines, i: number, lineText: string, m: RegExpExecArray, parts: LayoutParts, colophon = 0, aanhangsel = false): void {
  const { furniture, segments, blanks, selfCitations, pageStarts, printed, isFooter } = parts;
  const original = lines.source;
  // Either footer: lifted out of the running text, and the next page starts after it.
  isFooter[i] = 1;
  const lineStart = lines.starts[i];
  const lineSpan = trimmed(lines, i);
  if (colophon) {
    const colophonSpan = { start: lineSpan.start, end: lineStart + lineText.slice(0, colophon).trimEnd().length };
    furniture.push({ kind: 'colophon', ...colophonSpan });
    segments.push(colophonSpan);
    blanks.push(colophonSpan);
    lineSpan.start = lineStart + colophon;
  }
  furniture.push({ kind: 'footer', ...lineSpan });
  segments.push(lineSpan);
  markPageStartAfter(lines, i, pageStarts);
  const chamber = chamberOfFooter(m[1]);
  const session = `${m[2]}-${m[3]}`;
  if (aanhangsel) {
    // FOOTER_AANHANGSEL: chamber and session only; the number after "Aanhangsel" is the page's, no answer's.
    if (m[4]) {
      const after = lineText.indexOf(', Aanhangsel', lineText.indexOf('vergaderjaar')) + ', Aanhangsel'.length;
      const pageStart = lineStart + lineText.indexOf(m[4], after);
      const page = { start: pageStart, end: pageStart + m[4].length };
      furniture.push({ kind: 'page-number', ...page });
      blanks.push(page);
    }
    if (!printed.source) Object.assign(printed, { chamber, session, source: 'footer', anchor: lineSpan });
    return;
  }
  const citeText = m[4];
  const citeStart = lineStart + lineText.indexOf(citeText, lineText.indexOf('vergaderjaar'));
  const cite = { start: citeStart, end: citeStart + citeText.length };
  const dossier = m[5].replace(/\s/g, '');
  const suffix = m[6] ?? m[7] ?? null;
  const number = m[9];
  selfCitations.push(selfCitation(original, cite, 'footer', { dossier, suffix, number, chamber, session, rijkswet: m[8] }));
  blanks.push(cite);
  if (m[10]) {
    const pageStart = lineStart + lineText.lastIndexOf(m[10]);
    const page = { start: pageStart, end: pageStart + m[10].length };
    furniture.push({ kind: 'page-number', ...page });
    blanks.push(page);
  }
  if (!printed.source) Object.assign(printed, { chamber, session, dossier, suffix, number, source: 'footer', anchor: cite });
}

// ---------------------------------------------------------------------------------------------- flattened copies

/** A running footer inside a line, then its page number: "… Tweede Kamer, vergaderjaar 2022–2023, 32 013, nr. 256 2 Tijdens …". */
const INLINE_FOOTER = new RegExp(
  `(Tweede|Eerste) Kamer, vergaderjaar ${SESSION}, (${DOSSIER}${SUFFIX}${JOINT_DOSSIERS}, [Nn]r\\. (\\d{1,4}[a-z]?)) (\\d{1,3})(?!\\d|[.,]\\d)`, 'y',
);
/**
 * The first page's header inside a line: masthead (its logo digit), session, the dossier, its title (other dossiers
 * among it), "Nr. 6" and the capitals of the stuk's type: "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2005–2006
 * 30 550 XI Jaarverslag … 2005 Nr. 6 LIJST VAN VRAGEN …". The title is bounded.
 */
const INLINE_HEADER = new RegExp(
  `(Tweede|Eerste) Kamer der Staten-Generaal (?:\\d )?Vergaderjaar ${SESSION} ${DOSSIER}${SUFFIX} (?=\\D)[^\\n]{1,600}? [Nn]r\\. (\\d{1,4}[a-z]?) (?=\\p{Lu}{2,}[ ,]+\\p{Lu}{2,})`, 'yu',
);
/** A line this long is not read by the line pass (nextFurnitureCandidate); only then is it looked into. */
const FLATTENED_LINE = 200;
/** Footers looked at at most: a page number has three digits, and a text with more is no copy of one stuk. */
const MAX_INLINE_FOOTERS = 1000;

interface InlineFooter { at: number; m: RegExpExecArray; key: string }

/**
 * A PDF's text that a site put on one long line keeps its running footers and its first page's header inside the
 * line. The line's own stuk is the one whose footer recurs with page numbers that rise ("…, 30 550 XI, nr. 6 1 …
 * …, 30 550 XI, nr. 6 2 …"), or whose only footer names the stuk of the header: then those footers and that header
 * are read as the line furniture is (self-citations, page numbers blanked, lifted out). A stuk the text names twice
 * in its running text has no page number after it, so it is never taken.
 */
function readFlattenedCopy(lines: Lines, parts: LayoutParts, headerFurniture: Furniture[]): void {
  const source = lines.source;
  const footers: InlineFooter[] = [];
  // A hit too early for "Tweede "/"Eerste " before it is passed over; the search goes on after it.
  for (let at = source.indexOf('Kamer, vergaderjaar '), k = 0; at >= 0 && k < MAX_INLINE_FOOTERS; at = source.indexOf('Kamer, vergaderjaar ', at + 20), k++) {
    if (at < 7) continue;
    const start = at - 7;
    const line = lineAt(lines, start);
    if (lines.length(line) <= FLATTENED_LINE) continue;
    INLINE_FOOTER.lastIndex = start;
    const m = INLINE_FOOTER.exec(source);
    if (!m) continue;
    footers.push({ at: start, m, key: `${m[1]}|${m[2]}|${m[5].replace(/\s/g, '')}|${m[6] ?? m[7] ?? ''}|${m[9]}|${line}` });
  }
  if (!footers.length) return;
  // The masthead is the first "Kamer der Staten-Generaal" that a header follows (a web page's preamble or the letter's
  // "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" may name the chamber before or after it).
  let header: RegExpExecArray | null = null;
  let headerLine = -1;
  for (let at = source.indexOf('Kamer der Staten-Generaal '), k = 0; at >= 0 && k < 10 && !header; at = source.indexOf('Kamer der Staten-Generaal ', at + 25), k++) {
    if (at < 7) continue;
    headerLine = lineAt(lines, at);
    if (lines.length(headerLine) <= FLATTENED_LINE) continue;
    INLINE_HEADER.lastIndex = at - 7;
    header = INLINE_HEADER.exec(source);
  }
  const headerKey = header ? `${header[1]}|${header[2]}|${header[4].replace(/\s/g, '')}|${header[5] ?? header[6] ?? ''}|${header[8]}|${headerLine}` : null;
  const own = ownFooterKey(footers, headerKey);
  if (!own) return;
  const { furniture, segments, blanks, selfCitations, pageStarts, printed } = parts;
  for (const f of footers) {
    if (f.key !== own) continue;
    const m = f.m;
    const span = { start: f.at, end: f.at + m[0].length };
    const citeStart = f.at + m[0].indexOf(m[4], m[0].indexOf('vergaderjaar'));
    const cite = { start: citeStart, end: citeStart + m[4].length };
    const page = { start: span.end - m[10].length, end: span.end };
    const chamber = m[1] === 'Eerste' ? 'I' : 'II';
    const session = `${m[2]}-${m[3]}`;
    const dossier = m[5].replace(/\s/g, '');
    const suffix = m[6] ?? m[7] ?? null;
    furniture.push({ kind: 'footer', ...span }, { kind: 'page-number', ...page });
    segments.push(span);
    blanks.push(cite, page);
    pageStarts.push(span.end);
    selfCitations.push(selfCitation(source, cite, 'footer', { dossier, suffix, number: m[9], chamber, session, rijkswet: m[8] }));
    if (!printed.source) Object.assign(printed, { chamber, session, dossier, suffix, number: m[9], source: 'footer', anchor: cite, flattened: true });
  }
  if (header && headerKey === own) {
    // Past "Vergaderjaar 2021" (12 + 1 + 4 units), so that the dossier is not found inside the session's years.
    const start = header.index + header[0].indexOf(header[4], header[0].indexOf('Vergaderjaar') + 17);
    const end = header.index + header[0].length - 1;      // the space before the type
    const span = { start, end };
    headerFurniture.push({ kind: 'header', ...span });
    segments.push(span);
    blanks.push(span);
    const dossier = header[4].replace(/\s/g, '');
    const suffix = header[5] ?? header[6] ?? null;
    selfCitations.push(selfCitation(source, span, 'header', { dossier, suffix, number: header[8], chamber: printed.chamber, session: printed.session, rijkswet: header[7] }));
    Object.assign(printed, { source: 'header', anchor: span });
  }
  selfCitations.sort((a, b) => a.start - b.start);
}

/**
 * The footers' stuk that is the line's own: one whose footers (two or more) carry page numbers that rise, else the
 * header's, when a footer names it as well. Null when neither.
 */
function ownFooterKey(footers: readonly InlineFooter[], headerKey: string | null): string | null {
  const lastPage = new Map<string, number>();
  const rising = new Map<string, boolean>();
  const count = new Map<string, number>();
  for (const f of footers) {
    const p = Number(f.m[10]);
    const last = lastPage.get(f.key);
    rising.set(f.key, last === undefined ? true : (rising.get(f.key)! && p > last));
    lastPage.set(f.key, p);
    count.set(f.key, (count.get(f.key) ?? 0) + 1);
  }
  for (const [key, n] of count) if (n >= 2 && rising.get(key)) return key;
  return headerKey !== null && count.has(headerKey) ? headerKey : null;
}

/** The line that holds offset `at` (binary search of the line starts). */
function lineAt(lines: Lines, at: number): number {
  let lo = 0, hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** A colophon line (blanked), a colophon with the first page's footer, or a "Pagina 2 van 5" or "- 2 -" line (lifted out like a footer). */
function readColophonOrPageLine(lines: Lines, i: number, parts: LayoutParts): void {
  const { furniture, segments, blanks, pageStarts, isFooter } = parts;
  const lineText = lines.text(i);
  if (COLOPHON.test(lineText)) {
    readRecordIdLineAbove(lines, i, parts);
    // Lifted out like the footer it stands above, so a date or a reference broken over the first page has the
    // colophon in its gap, not in its first piece.
    const span = trimmed(lines, i);
    furniture.push({ kind: 'colophon', ...span });
    segments.push(span);
    blanks.push(span);
    // A footnote body above it ends there ("2 Zie ook …⏎ah-tk-20142015-2333⏎ISSN … Aanhangsel 1").
    isFooter[i] = 1;
  } else if (lineText.includes('Kamer, vergaderjaar ')) {
    const colophon = COLOPHON_BEFORE_FOOTER.exec(lineText);
    if (!colophon) return;
    const rest = lineText.slice(colophon[0].length);
    const m = FOOTER.exec(rest);
    const a = m ? null : FOOTER_AANHANGSEL.exec(rest);
    if (m ?? a) readRecordIdLineAbove(lines, i, parts);
    if (m ?? a) readFooter(lines, i, lineText, (m ?? a)!, parts, colophon[0].length, a !== null);
  } else if (PAGE_LINE.test(lineText)) {
    // Lifted out like a footer, so a sentence or a citation broken by it reads on.
    const span = trimmed(lines, i);
    furniture.push({ kind: 'page-number', ...span });
    segments.push(span);
    blanks.push(span);
    isFooter[i] = 1;
    markPageStartAfter(lines, i, pageStarts);
  }
}

/** RECORD_ID_LINE on the line above line `i`: a colophon line (blanked, lifted out, and the end of a footnote body above). */
function readRecordIdLineAbove(lines: Lines, i: number, parts: LayoutParts): void {
  if (i === 0 || lines.length(i - 1) > 60 || !RECORD_ID_LINE.test(lines.text(i - 1))) return;
  const span = trimmed(lines, i - 1);
  parts.furniture.push({ kind: 'colophon', ...span });
  parts.segments.push(span);
  parts.blanks.push(span);
  parts.isFooter[i - 1] = 1;
}

/**
 * What FOOTER and FOOTER_AANHANGSEL begin with at `at` (a line's first character after white space): "Tweede Kamer,
 * vergaderjaar ", "Eerste Kamer, …", "Verenigde Vergadering, …".
 */
function startsLikeFooter(source: string, at: number): boolean {
  if (source.startsWith('Verenigde Vergadering, vergaderjaar ', at)) return true;
  return source.startsWith('Kamer, vergaderjaar ', at + 7) && (source.startsWith('Tweede ', at) || source.startsWith('Eerste ', at));
}

function trimmed(lines: Lines, i: number): Span {
  const t = lines.text(i);
  const lead = t.length - t.trimStart().length;
  const start = lines.starts[i];
  return { start: start + lead, end: start + Math.max(lead, t.trimEnd().length) };
}

function firstNonSpace(lines: Lines, i: number): number {
  const t = lines.text(i);
  return lines.starts[i] + (t.length - t.trimStart().length);
}

function markPageStartAfter(lines: Lines, i: number, pageStarts: number[]): void {
  for (let k = i + 1; k < lines.count; k++) {
    if (!lines.isBlank(k)) { pageStarts.push(firstNonSpace(lines, k)); return; }
  }
}

/** The header is looked for in the first lines… */
const HEADER_LINES = 14;
/** …or, after a web page's preamble, from a masthead with its session line this far down. */
const LATE_MASTHEAD_LINES = 60;

/** The stuk a footer, a header or a web page's own row prints, as the letter's self-citation. */
function selfCitation(source: string, span: Span, printedIn: 'footer' | 'header', stuk: {
  dossier: string; suffix: string | null; number: string; chamber: Chamber | null; session: string | null; rijkswet?: string;
}): Entity<'kamerstuk'> {
  const { dossier, suffix, number, chamber, session, rijkswet } = stuk;
  return {
    kind: 'kamerstuk', start: span.start, end: span.end, text: source.slice(span.start, span.end), source: printedIn,
    value: { dossier, suffix, number, self: true, id: kamerstukId(dossier, suffix, number), chamber, session, rijkswet: rijkswet ? rijkswet.replace(/\s/g, '') : null },
  };
}

/** The first-page header: masthead, session line, dossier line and number line (within the first lines). */
function readHeader(original: string, lines: Lines, furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity, ownRecords: OwnRecord[]): void {
  let from = 0;
  readOwnPageTitle(lines, furniture, segments, blanks, selfCitations, printed);
  let found = readHeaderLines(lines, 0, Math.min(lines.count, HEADER_LINES), furniture, segments, blanks, selfCitations, printed, ownRecords);
  if (found.dossierLine < 0 && found.mastheadLine > 0) {
    // A preamble that pushed the masthead near the window's end: the header's lines run on after it, as far as from a
    // masthead at the top (the lines up to HEADER_LINES were read already).
    const more = readHeaderLines(lines, HEADER_LINES, Math.min(lines.count, found.mastheadLine + HEADER_LINES), furniture, segments, blanks, selfCitations, printed, ownRecords);
    found = { dossierLine: more.dossierLine, masthead: true, mastheadLine: found.mastheadLine };
  }
  if (found.dossierLine < 0 && !found.masthead) {
    // Text copied from a web page may carry its menu and metadata above the printed header.
    from = lateMasthead(lines);
    if (from < 0) from = afterPreviewLine(lines);
    if (from >= 0) found = readHeaderLines(lines, from, Math.min(lines.count, from + HEADER_LINES), furniture, segments, blanks, selfCitations, printed, ownRecords);
  }
  if (found.dossierLine >= 0) readHeaderCitation(original, lines, found.dossierLine, furniture, segments, blanks, selfCitations, printed);
  readMetadataStuk(lines, furniture, segments, blanks, selfCitations, printed);
}

/** A web page's metadata row that names its own stuk ("Kenmerk 27625, nr. 661"), within the lines a preamble fills. */
function readMetadataStuk(lines: Lines, furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity): void {
  const to = Math.min(lines.count, LATE_MASTHEAD_LINES);
  for (let i = 0; i < to; i++) {
    // Only a short line that starts with the K of "Kenmerk", the R of "Reference" or a cell's "|" is cut out and tried.
    if (lines.length(i) > 48) continue;
    const lead = lines.source.charCodeAt(lines.afterLeadingSpace(i));
    if (lead !== 0x4b && lead !== 0x52 && lead !== 0x7c) continue;
    const lineText = lines.text(i);
    const m = METADATA_STUK.exec(lineText);
    if (!m) continue;
    const span = trimmed(lines, i);
    const citeStart = lines.starts[i] + lineText.indexOf(m[1]);
    const cite = { start: citeStart, end: citeStart + m[1].length };
    furniture.push({ kind: 'header', ...span });
    segments.push(span);
    blanks.push(cite);
    const [dossier, suffix, number] = [m[2], m[3] ?? m[4] ?? null, m[6]];
    selfCitations.push(selfCitation(lines.source, cite, 'header', { dossier, suffix, number, chamber: printed.chamber, session: printed.session, rijkswet: m[5] }));
    if (!printed.source) Object.assign(printed, { dossier, suffix, number, source: 'header', anchor: cite });
    return;
  }
}

/** Masthead, session and the first dossier line among lines [from, to); the masthead and session are furniture. */
function readHeaderLines(lines: Lines, from: number, to: number, furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity, ownRecords: OwnRecord[]): { dossierLine: number; masthead: boolean; mastheadLine: number } {
  let dossierLine = -1;
  let masthead = false;
  let mastheadLine = -1;
  for (let i = from; i < to; i++) {
    // A web page's header puts a long bill title on the dossier line; the regexes here stay cheap up to this.
    if (lines.length(i) > 1000) continue;
    // Exact: every shape below opens, after \s*, with one of these characters (most lines are prose and open otherwise).
    if (!opensHeaderLine(lines.source.charCodeAt(lines.afterLeadingSpace(i)))) continue;
    const lineText = lines.text(i);
    const mast = MASTHEAD.exec(lineText);
    if (mast) {
      masthead = true;
      if (mastheadLine < 0) mastheadLine = i;
      const span = trimmed(lines, i);
      furniture.push({ kind: 'masthead', ...span });
      segments.push(span);
      if (mast[3]) {
        const at = lines.starts[i] + lineText.lastIndexOf(mast[3]);
        furniture.push({ kind: 'page-number', start: at, end: at + 1 });
        blanks.push({ start: at, end: at + 1 });
      }
      printed.chamber ??= mast[2] === 'Eerste' ? 'I' : 'II';
      continue;
    }
    const row = lineText.includes('|') ? WEB_TABLE_ROW.exec(lineText) : gluedTableRow(lineText);
    if (row) {
      readWebTableRow(lines, i, lineText, row, furniture, segments, blanks, selfCitations, printed);
      continue;
    }
    const record = lineText.includes('Kamer der Staten-Generaal') ? RECORD_ROW.exec(lineText) : null;
    if (record && (record[4] || record[8] || underNumberColumn(lines, i))) {
      readRecordRow(lines, i, lineText, record, furniture, segments, blanks, ownRecords, printed);
      continue;
    }
    const ahSession = AANHANGSEL_SESSION_LINE.exec(lineText);
    if (ahSession) {
      segments.push(trimmed(lines, i));
      printed.session ??= `${ahSession[1]}-${ahSession[2]}`;
      i = readAanhangselNumber(lines, i, to, `${ahSession[1]}-${ahSession[2]}`, blanks, ownRecords, printed);
      continue;
    }
    const ses = SESSION_LINE.exec(lineText);
    if (ses) {
      segments.push(trimmed(lines, i));
      printed.session ??= `${ses[1]}-${ses[2]}`;
      continue;
    }
    const yearLine = brokenSessionYearLine(lines, i, to);
    if (yearLine > 0) {
      segments.push(trimmed(lines, i), trimmed(lines, yearLine));
      const first = Number(SESSION_LINE_OPEN.exec(lineText)![1]);
      printed.session ??= `${first}-${first + 1}`;
      i = yearLine;
      continue;
    }
    if (dossierLine < 0 && (headerDossierLine(lineText) || dossierAloneLine(lines, i, to))) dossierLine = i;
  }
  return { dossierLine, masthead, mastheadLine };
}

/**
 * Whether a line whose first character after its leading white space is `c` may be one readHeaderLines reads: "T" or
 * "E" (the chamber of MASTHEAD, WEB_TABLE_ROW, WEB_TABLE_ROW_GLUED, RECORD_ROW), "|" (a row's first cell), a digit
 * (RECORD_ROW's date cell, HEADER_DOSSIER and HEADER_DOSSIER_ALONE), "C" (their Senate dossier "CXLVII") or "V"
 * ("Vergaderjaar" of AANHANGSEL_SESSION_LINE, SESSION_LINE and SESSION_LINE_OPEN).
 */
function opensHeaderLine(c: number): boolean {
  return c === 0x54 || c === 0x45 || c === 0x7c || isAsciiDigit(c) || c === 0x43 || c === 0x56;
}

/** The page's own stuk in its metadata table row: a self-citation from the dossier to the number, as a footer's. */
function readWebTableRow(lines: Lines, i: number, lineText: string, row: RegExpExecArray, furniture: Furniture[], segments: Span[],
  blanks: Span[], selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity): void {
  const lineSpan = trimmed(lines, i);
  furniture.push({ kind: 'header', ...lineSpan });
  segments.push(lineSpan);
  // The stuk is the row's last cell (the session before it may end in the same digits).
  const citeStart = lines.starts[i] + lineText.lastIndexOf(row[4]);
  const cite = { start: citeStart, end: citeStart + row[4].length };
  blanks.push(cite);
  const chamber = row[1] === 'Eerste' ? 'I' : 'II';
  const session = `${row[2]}-${row[3]}`;
  const dossier = row[5].replace(/\s/g, '');
  const suffix = row[6] ?? row[7] ?? null;
  const number = row[9];
  selfCitations.push(selfCitation(lines.source, cite, 'header', { dossier, suffix, number, chamber, session, rijkswet: row[8] }));
  printed.chamber ??= chamber;
  printed.session ??= session;
  if (!printed.source) Object.assign(printed, { dossier, suffix, number, source: 'header', anchor: cite });
}

/**
 * Whether the line above a record row (blank lines and a markdown table's "|---|" rule skipped) holds the column names
 * "…Nummer…" ("Vergadernummer", "Nummer").
 */
function underNumberColumn(lines: Lines, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (lines.isBlank(k) || (lines.length(k) < 200 && /^\s*\|?[\s|:-]+$/.test(lines.text(k))))) k--;
  return k >= 0 && lines.length(k) < 400 && /Nummer|nummer/.test(lines.text(k));
}

/** A record's own entity: an Aanhangsel answer or a Handelingen item, with self: true in its value. */
// Before 2010-2011 the row names the item's meeting and its pages ("nr. 18, pagina 1103-1133"): no item, the pages kept,
// and they are the published item's whole range, so they give its id ("h-tk-19981999-1103-1133").
function ownRecord(source: string, span: Span, chamber: Chamber, session: string, number: string, item: string | null | undefined, page: string | null = null): OwnRecord {
  const text = source.slice(span.start, span.end);
  if (item === undefined) {
    const value = { chamber, session, number, id: aanhangselId(chamber, session, number), self: true as const };
    return { kind: 'aanhangsel', start: span.start, end: span.end, text, source: 'header', value };
  }
  const value = { chamber, session, number, item, page, id: handelingenId(chamber, session, number, item, page), self: true as const };
  return { kind: 'handelingen', start: span.start, end: span.end, text, source: 'header', value };
}

/**
 * The metadata row of an Aanhangsel answer ("…2014-20151365", span the number) or a Handelingen item ("…2012-2013nr. 87,
 * item 27", span from "nr." to the item): the page's own record, as a Kamerstuk's row names its stuk.
 */
function readRecordRow(lines: Lines, i: number, lineText: string, row: RegExpExecArray, furniture: Furniture[], segments: Span[],
  blanks: Span[], ownRecords: OwnRecord[], printed: PrintedIdentity): void {
  const lineSpan = trimmed(lines, i);
  furniture.push({ kind: 'header', ...lineSpan });
  segments.push(lineSpan);
  const citeText = row[4] ?? row[7] ?? row[8];
  // The record is after the session's second year, which may end in the same digits.
  const citeStart = lines.starts[i] + lineText.indexOf(citeText, lineText.indexOf(row[3], lineText.indexOf('Staten-Generaal')) + 4);
  const cite = { start: citeStart, end: citeStart + citeText.length };
  blanks.push(cite);
  const chamber = row[1] === 'Eerste' ? 'I' : 'II';
  const session = `${row[2]}-${row[3]}`;
  ownRecords.push(row[4] ? ownRecord(lines.source, cite, chamber, session, row[5], row[6])
    : row[8] ? ownRecord(lines.source, cite, chamber, session, row[9], null, `${row[10]}-${row[11]}`)
    : ownRecord(lines.source, cite, chamber, session, row[7], undefined));
  printed.chamber ??= chamber;
  printed.session ??= session;
  if (!printed.dossier) Object.assign(printed, { source: 'header', anchor: cite });
}

/**
 * After an Aanhangsel's session line, the subtitle ("Vragen gesteld door de leden der Kamer, …") and the answer's
 * number alone on its line, within a few lines: the answer's own aanhangsel entity. Returns the last line read.
 */
function readAanhangselNumber(lines: Lines, sessionLine: number, to: number, session: string, blanks: Span[],
  ownRecords: OwnRecord[], printed: PrintedIdentity): number {
  let subtitle = false;
  for (let k = sessionLine + 1; k < Math.min(to + 4, lines.count, sessionLine + 8); k++) {
    if (lines.isBlank(k) || lines.length(k) > 200) continue;
    const t = lines.text(k);
    if (AANHANGSEL_SUBTITLE.test(t)) { subtitle = true; continue; }
    const n = subtitle ? NUMBER_ALONE.exec(t) : null;
    if (!n) return sessionLine;
    const start = lines.starts[k] + t.indexOf(n[1]);
    const cite = { start, end: start + n[1].length };
    blanks.push(cite);
    const chamber = printed.chamber ?? 'II';
    ownRecords.push(ownRecord(lines.source, cite, chamber, session, n[1], undefined));
    if (!printed.dossier) Object.assign(printed, { chamber, source: 'header', anchor: cite });
    return k;
  }
  return sessionLine;
}

/** The metadata row without cell borders, tried only where the chamber's name runs into a digit. */
// Fixed offsets, no scan: "Tweede " and "Eerste " are seven characters, the chamber's name 32.
function gluedTableRow(lineText: string): RegExpExecArray | null {
  let lead = 0;
  while (lineText.charCodeAt(lead) === 0x20) lead++;
  const digit = lineText.charCodeAt(lead + 32);
  if (!(digit >= 0x30 && digit <= 0x39) || !lineText.startsWith('Kamer der Staten-Generaal', lead + 7)) return null;
  return WEB_TABLE_ROW_GLUED.exec(lineText);
}

/** The title line of an openkamer.org page ("Kamerstuk 27925-599" first): the page's own stuk, a self-citation. */
function readOwnPageTitle(lines: Lines, furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity): void {
  let i = 0;
  while (i < lines.count && i < HEADER_LINES && lines.isBlank(i)) i++;
  // Only a short line that starts with the K of "Kamerstuk" is cut out and tried.
  if (i >= lines.count || lines.length(i) > 40 || lines.source.charCodeAt(lines.afterLeadingSpace(i)) !== 0x4b) return;
  const lineText = lines.text(i);
  const m = OWN_PAGE_TITLE.exec(lineText);
  if (!m) return;
  const span = trimmed(lines, i);
  const cite = { start: lines.starts[i] + lineText.indexOf('Kamerstuk'), end: span.end };
  furniture.push({ kind: 'header', ...span });
  segments.push(span);
  blanks.push(cite);
  const [, dossier, suffix = null, number] = m;
  selfCitations.push(selfCitation(lines.source, cite, 'header', { dossier, suffix, number, chamber: null, session: null }));
  if (!printed.source) Object.assign(printed, { dossier, suffix, number, source: 'header', anchor: cite });
}

/** A masthead line after the first lines whose next non-blank line is the session ("Vergaderjaar 2022-2023"), or -1. */
function lateMasthead(lines: Lines): number {
  const to = Math.min(lines.count, LATE_MASTHEAD_LINES);
  for (let i = HEADER_LINES; i < to; i++) {
    // Only a line that starts with the chamber's "Tweede" or "Eerste" is cut out and tried.
    if (lines.length(i) > 80) continue;
    const lead = lines.source.charCodeAt(lines.afterLeadingSpace(i));
    if ((lead !== 0x54 && lead !== 0x45) || !MASTHEAD.test(lines.text(i))) continue;
    for (let k = i + 1; k < to; k++) {
      if (lines.isBlank(k)) continue;
      if (lines.length(k) <= 80 && (SESSION_LINE.test(lines.text(k)) || brokenSessionYearLine(lines, k, to) > 0)) return i;
      break;
    }
  }
  return -1;
}

/**
 * The line after a web page's "Preview document" line (berthub's copy of a .docx without the printed masthead), when
 * its metadata, kept apart by blank lines, pushed the dossier line past HEADER_LINES (round 39); -1 without one. Only
 * where a dossier line follows before any chamber line: a masthead without its session line is running text (an
 * addressee's "Tweede Kamer der Staten-Generaal"), which lateMasthead already left unread.
 */
function afterPreviewLine(lines: Lines): number {
  const to = Math.min(lines.count, LATE_MASTHEAD_LINES);
  for (let i = 0; i < to; i++) {
    if (lines.source.charCodeAt(lines.afterLeadingSpace(i)) !== 0x50 || lines.length(i) > 60) continue;
    if (!lines.text(i).trimStart().startsWith('Preview document')) continue;
    const limit = Math.min(lines.count, i + 1 + HEADER_LINES);
    for (let k = i + 1; k < limit; k++) {
      if (lines.isBlank(k) || lines.length(k) > 1000) continue;
      const line = lines.text(k);
      if (MASTHEAD.test(line)) return -1;
      if (headerDossierLine(line) || dossierAloneLine(lines, k, limit)) return i + 1;
    }
    return -1;
  }
  return -1;
}

/**
 * Where the second year of a session line broken after its dash ("Vergaderjaar 2019-⏎⏎2020") stands: the next
 * non-blank line before `limit`, holding the year after the first only; -1 if line i is no such session line.
 */
function brokenSessionYearLine(lines: Lines, i: number, limit: number): number {
  if (lines.length(i) > 40) return -1;
  const open = SESSION_LINE_OPEN.exec(lines.text(i));
  if (!open) return -1;
  for (let k = i + 1; k < limit; k++) {
    if (lines.isBlank(k)) continue;
    const year = lines.length(k) <= 20 ? YEAR_LINE.exec(lines.text(k)) : null;
    return year && Number(year[1]) === Number(open[1]) + 1 ? k : -1;
  }
  return -1;
}

/** A header's dossier line ("29 754 Terrorismebestrijding"): its title starts with a capital, not a digit. */
function headerDossierLine(line: string): RegExpExecArray | null {
  const d = HEADER_DOSSIER.exec(line);
  return d && /^\p{Lu}/u.test(d[5]) ? d : null;
}

/** An old-style dossier line ("31 371" alone): the next non-blank line is the title, starting with a capital. */
function dossierAloneLine(lines: Lines, i: number, limit: number): boolean {
  if (!HEADER_DOSSIER_ALONE.test(lines.text(i))) return false;
  for (let k = i + 1; k < limit; k++) {
    if (lines.isBlank(k)) continue;
    return /^\s*\p{Lu}/u.test(lines.text(k));
  }
  return false;
}

/**
 * The header's self-citation: the dossier line and the number line after it (possibly after more title lines
 * and blank lines). Once per letter, so its own function: the line loop above compiles without it.
 */
function readHeaderCitation(original: string, lines: Lines, dossierLine: number, furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity): void {
  // A long bill title wraps over several lines, and joint dossiers add theirs: the number line may come late.
  for (let k = dossierLine + 1; k < Math.min(lines.count, dossierLine + 13); k++) {
    const numberLine = lines.text(k);
    const n = HEADER_NUMBER.exec(numberLine) ?? letterAboveType(lines, k, numberLine);
    if (!n) continue;
    const number = n[1] ?? n[2];
    const docType = n[3] ?? typeOnNextLine(lines, k);
    const dossierText = lines.text(dossierLine);
    // "30 550 XI" alone is dossier and suffix, not dossier and a title "XI".
    const d = HEADER_DOSSIER_ALONE.exec(dossierText) ?? HEADER_DOSSIER.exec(dossierText)!;
    const start = trimmed(lines, dossierLine).start;
    const numberAt = lines.starts[k] + numberLine.indexOf(number, n[1] ? numberLine.search(/[Nn]r\./) : 0);
    const end = numberAt + number.length;
    const dossier = d[1].replace(/\s/g, '');
    let suffix = d[2] ?? d[3] ?? null;
    let firstTitle = d[5] ?? '';
    // "30800 VII 21 Verslag …": the number line confirms that "VII" is the suffix and "21" the number.
    const joined = suffix ? null : RUN_TOGETHER.exec(firstTitle);
    if (joined && joined[2] === number) { suffix = joined[1]; firstTitle = firstTitle.slice(joined[0].length); }
    // A letter in several dossiers prints one dossier line each: the first is its identity, the others join it.
    // A title may run over more lines.
    const dossiers = [{ dossier, suffix, titleLines: [firstTitle] }];
    for (let t = dossierLine + 1; t < k; t++) {
      const line = lines.text(t).trim();
      if (!line || HEADER_LETTER_ONLY.test(line)) continue;
      const next = HEADER_DOSSIER_ALONE.exec(line) ?? headerDossierLine(line);
      if (next) dossiers.push({ dossier: next[1].replace(/\s/g, ''), suffix: next[2] ?? next[3] ?? null, titleLines: next[5] ? [next[5]] : [] });
      else dossiers[dossiers.length - 1].titleLines.push(line);
    }
    const title = joinedTitle(dossiers[0].titleLines);
    printed.joint = dossiers.slice(1).map(j => ({ dossier: j.dossier, suffix: j.suffix, title: joinedTitle(j.titleLines) }));
    // "AB VASTE COMMISSIE VOOR IMMIGRATIE & ASIEL / ⏎ JBZ-RAAD1": a Senate type line ending in "/" goes on, as one
    // broken after a connective ("… ZAKEN EN DE ⏎ HOGE COLLEGES VAN STAAT / …").
    const continued = n[3] ? typeGoesOn(lines, k, numberLine) : null;
    const headerSpan = { start, end: trimmed(lines, continued ? continued.lastLine : k).end };
    furniture.push({ kind: 'header', ...headerSpan });
    segments.push({ start, end: headerSpan.end });
    blanks.push({ start, end });
    selfCitations.push(selfCitation(original, { start, end }, 'header', { dossier, suffix, number, chamber: printed.chamber, session: printed.session, rijkswet: d[4] }));
    printed.dossier = dossier;
    printed.suffix = suffix;
    printed.number = number;
    printed.title = title;
    // An older header's type on the line under "nr. 6" may go on too; that line stays outside the header, as before.
    const below = n[3] || !docType ? null : typeGoesOn(lines, k + 1, lines.text(k + 1));
    const more = continued ?? below;
    printed.type = docType && more ? `${docType} ${more.text}` : docType;
    printed.source = 'header';
    printed.anchor = { start, end };
    return;
  }
}

/** The next line of a type line that goes on: capitals only, commas between names allowed (a glued footnote marker after them allowed). */
const TYPE_CONTINUATION = /^\s*(\p{Lu}[\p{Lu}&\-’'/ ,]{0,80}?)\d{0,2}\s*$/u;
/**
 * Where a type line breaks: after "/" (the Senate's committee names: "… IMMIGRATIE & ASIEL / ⏎ JBZ-RAAD1"), after
 * a comma between offices ("… VAN FINANCIËN, ⏎ EN DE STAATSSECRETARIS …"), or after a capitals connective no name ends
 * in ("… BINNENLANDSE ZAKEN EN DE ⏎ HOGE COLLEGES VAN STAAT / …", "… VAN JUSTITIE EN VAN ⏎ BINNENLANDSE ZAKEN …").
 */
const TYPE_BROKEN_AFTER = /(?:\/|\p{Lu},|\p{Lu}{2,} (?:EN|DE|HET|VAN|VOOR|OVER|INZAKE|TOT|MET|OP|BIJ|AAN|IN|NAAR|OM|TEN|TER))\s*$/u;
/** A next line that goes on with a connective ("… EN KONINKRIJKSRELATIES ⏎ EN DE STAATSSECRETARIS VAN …"). */
const TYPE_GOES_ON_WITH = /^\s*(?:EN|VAN|ALSMEDE) \p{Lu}/u;
/** How many lines a type line may go on over (three offices of a joint letter). */
const TYPE_MORE_LINES = 2;
/**
 * TYPE_BROKEN_AFTER.test(line), asked only of a line whose last character before its trailing \s* is one the regex
 * can end on: "/", ",", or the last letter of a connective (EN, DE, HET, VAN, VOOR, …: N, E, T, R, P, J, M).
 */
function brokenAfter(line: string): boolean {
  let end = line.length;
  while (end > 0 && isRegexSpace(line.charCodeAt(end - 1))) end--;
  const c = end > 0 ? line.charCodeAt(end - 1) : NO_CHAR;
  const canEnd = c === 0x2f || c === 0x2c || c === 0x4e || c === 0x45 || c === 0x54 || c === 0x52 || c === 0x50 || c === 0x4a || c === 0x4d;
  return canEnd && TYPE_BROKEN_AFTER.test(line);
}

/** The type line `numberLine` (line `k`) broken where it goes on: the next lines' capitals and the last of them, else null. */
function typeGoesOn(lines: Lines, k: number, numberLine: string): { text: string; lastLine: number } | null {
  let text = '';
  let line = numberLine;
  let last = k;
  while (last - k < TYPE_MORE_LINES && last + 1 < lines.count && line.length <= 1000) {
    const next = lines.text(last + 1);
    if (next.length > 100 || !(brokenAfter(line) || TYPE_GOES_ON_WITH.test(next))) break;
    const more = TYPE_CONTINUATION.exec(next)?.[1].trim();
    if (!more) break;
    text = text ? `${text} ${more}` : more;
    line = next;
    last++;
  }
  return text ? { text, lastLine: last } : null;
}

/**
 * An old-style Eerste Kamer header prints the stuk's letter alone, the type on the next line ("D⏎MEMORIE VAN
 * ANTWOORD"): read as HEADER_NUMBER's letter. A letter above "nr. 3" (a stuk for both chambers) stays no number.
 */
function letterAboveType(lines: Lines, k: number, numberLine: string): RegExpExecArray | null {
  if (numberLine.length > 4) return null;
  // "I1": the letter may carry a glued footnote marker, the note on the bills it covers (round 40).
  const letter = numberLine.trim().replace(MARKER_AFTER_LETTER, '');
  if (!HEADER_LETTER_ONLY.test(letter) || !typeOnNextLine(lines, k)) return null;
  // Read as if printed on one line: the letter is the number, the next line the type.
  return HEADER_NUMBER.exec(`${letter} ${lines.text(k + 1).trim()}`);
}

/**
 * A header title from its lines, one space between them; a line-end hyphen that only breaks a word is undone
 * ("veilighei-⏎dsdiensten"), one that suspends a compound ("inlichtingen-⏎en") or joins a name is kept. The
 * evidence for a kept hyphen is the title itself: the header is read before the letter's words are.
 */
function joinedTitle(titleLines: string[]): string | null {
  let title = '';
  for (const raw of titleLines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const hyphenAt = title.length - 1;
    if (hyphenAt > 0 && title.charCodeAt(hyphenAt) === 0x2d && isLetter(title.charCodeAt(hyphenAt - 1))) {
      const decision = dehyphenate(wordBefore(title, hyphenAt), line, word => titleLines.some(t => t.toLowerCase().includes(word)));
      title = decision === 'join' ? title.slice(0, hyphenAt) + line : decision === 'keep' ? title + line : `${title} ${line}`;
    } else title = title ? `${title} ${line}` : line;
  }
  return title || null;
}

/** The letters before `end` in `s` (the word a line-end hyphen follows). */
function wordBefore(s: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(s.charCodeAt(start - 1))) start--;
  return s.slice(start, end);
}

/** The type printed on the line after an old-style number line ("nr. 6⏎NOTA NAAR AANLEIDING VAN HET VERSLAG"). */
// A copy that runs the stuk's first page together puts the type at the start of one long line ("F⏎VERSLAG VAN DE VASTE
// COMMISSIE … Vastgesteld 14 december 2015 De memorie …", round 36): the type is read from the line's opening.
function typeOnNextLine(lines: Lines, k: number): string | null {
  if (k + 1 >= lines.count) return null;
  const line = lines.text(k + 1);
  return TYPE_LINE.exec(line.length > TYPE_LINE_READ ? line.slice(0, TYPE_LINE_READ) : line)?.[1] ?? null;
}

/** How much of a long line typeOnNextLine reads: a type in capitals is shorter. */
const TYPE_LINE_READ = 1000;

/**
 * Footnote bodies: numbered blocks (1, 2, 3, … in order) at the bottom of a page, each starting after a blank
 * line, the block ending where the next page starts (a line with a leading space), at a footer, or at the end.
 * Markers: the number glued to the running text before the body ("substantieel»1.", "AIVD1", "20154inzake").
 */
function findFootnotes(original: string, lines: Lines, isFooter: Uint8Array, segments: Span[], blanks: Span[], pageStarts: number[]): Footnote[] {
  const bodies = findFootnoteBodies(lines, isFooter, pageStarts);
  // Markers: in order, each after the previous marker and before its own body.
  const footnotes: Footnote[] = [];
  const bodySpans = bodies.map(b => ({ start: lines.starts[b.firstLine], end: lines.ends[b.lastLine] }));
  let searchFrom = 0;
  for (let k = 0; k < bodies.length; k++) {
    const b = bodies[k];
    const firstText = lines.text(b.firstLine);
    const firstStart = lines.starts[b.firstLine];
    const numText = String(b.number);
    const bodySpan = { start: firstStart, end: trimmed(lines, b.lastLine).end };
    const textStart = firstStart + firstText.indexOf(FOOTNOTE_START.exec(firstText)![2], numText.length);
    segments.push({ start: firstStart, end: bodySpan.end });
    blanks.push({ start: firstStart, end: firstStart + numText.length });
    const strict = findMarker(original, numText, searchFrom, firstStart, bodySpans);
    const late = strict ? null : findMarker(original, numText, bodySpan.end, endOfNextPage(lines, isFooter, b, bodies[k + 1]), bodySpans);
    // The looser shapes only where no strict one was found: the body with this number is the evidence for them.
    const early = strict ?? (late ? null : findLooseMarker(original, numText, searchFrom, firstStart, bodySpans, footnotes[k - 1]?.marker ?? null));
    const marker = early ?? late;
    if (marker) blanks.push(marker);
    // A marker after its body does not move the search on: the next footnote's marker may stand before it.
    if (early) searchFrom = early.end;
    const text = footnoteText(original.slice(textStart, bodySpan.end));
    footnotes.push({ number: b.number, marker, body: bodySpan, text });
  }
  return footnotes;
}

interface FootnoteBody { number: number; firstLine: number; lastLine: number }

/**
 * Where a marker printed after its body may still stand: the PDF text sometimes puts the end of a paragraph that
 * runs over the page after the first page's footnotes ("… Minister van⏎⏎1 Commissie …⏎footer⏎Volksgezondheid, …
 * de fipronil-crisis1."). The page that follows the body, up to its footer, and never past the next body. The
 * scan stops at the next body, so over all bodies it reads each line at most once.
 */
function endOfNextPage(lines: Lines, isFooter: Uint8Array, b: FootnoteBody, next: FootnoteBody | undefined): number {
  const stop = next ? next.firstLine : lines.count;
  let k = b.lastLine + 1;
  while (k < stop && (isFooter[k] || lines.isBlank(k))) k++;     // this page's footer
  while (k < stop && !isFooter[k]) k++;                          // the next page, up to its footer
  return k < lines.count ? lines.starts[k] : lines.source.length;
}

/** The footnote bodies, in order; the page start after each block of them goes to `pageStarts`. */
function findFootnoteBodies(lines: Lines, isFooter: Uint8Array, pageStarts: number[]): FootnoteBody[] {
  // This loop runs once per candidate run, a few times per letter, so it stays out of TurboFan: only the
  // line scan is hot. Compiled, its rarely taken paths (a run that does not end well, a second footnote
  // on a page) deoptimised it when first taken.
  const bodies: FootnoteBody[] = [];
  const run: FootnoteBody[] = [];
  let expected = 1;
  for (let i = nextFootnoteRunStart(lines, 0, expected); i < lines.count;) {
    run.length = 0;
    const end = readFootnoteRun(lines, isFooter, i, expected, run);
    if (end < 0) { i = nextFootnoteRunStart(lines, i + 1, expected); continue; }
    for (const body of run) bodies.push(body);
    expected += run.length;
    if (end < lines.count && !isFooter[end]) pageStarts.push(firstNonSpace(lines, end));
    i = nextFootnoteRunStart(lines, end, expected);
  }
  return bodies;
}

/** The first line from `from` on where footnote `expected` starts a run, or lines.count. Such a line starts with a digit. */
function nextFootnoteRunStart(lines: Lines, from: number, expected: number): number {
  const led = lines.digitLed;
  for (let k = firstAtOrAfter(led, from); k < led.length; k++) if (startsFootnoteRun(lines, led[k], expected)) return led[k];
  return lines.count;
}

/** The index of the first entry of the increasing `table` that is at least `value` (its length if none). */
function firstAtOrAfter(table: Int32Array, value: number): number {
  let lo = 0, hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Whether footnote `expected` starts at line i, after a blank line (or at the first line). */
function startsFootnoteRun(lines: Lines, i: number, expected: number): boolean {
  return footnoteNumberAt(lines, i) === expected && (i === 0 || lines.isBlank(i - 1));
}

/**
 * A run of footnotes from line i (numbered `first`, `first + 1`, …), read into `run`: where it ends (a page
 * start, a footer or the end of the text), or -1 when something else follows it (then it is no footnote block).
 */
function readFootnoteRun(lines: Lines, isFooter: Uint8Array, i: number, first: number, run: FootnoteBody[]): number {
  let k = i;
  let number = first;
  while (k < lines.count) {
    const body: FootnoteBody = { number, firstLine: k, lastLine: k };
    const j = readFootnoteBody(lines, isFooter, body);
    run.push(body);
    number++;   // the number the next footnote must have
    // What follows the footnote?
    let n = j;
    while (n < lines.count && lines.isBlank(n)) n++;
    if (n >= lines.count || isFooter[n] || startsPage(lines.source, lines, n)) return n;
    // The next body follows a blank line, or (readFootnoteBody stopped there) the previous body's last line.
    if (!startsFootnote(lines, n, number) || !(lines.isBlank(n - 1) || n === j)) return -1;
    k = n;
  }
  return -1;
}

/** The lines of one footnote body after its first: sets body.lastLine; returns the line where it stopped. */
function readFootnoteBody(lines: Lines, isFooter: Uint8Array, body: FootnoteBody): number {
  const original = lines.source;
  let j = body.firstLine + 1;
  for (; j < lines.count; j++) {
    if (isFooter[j]) break;
    if (lines.isBlank(j)) {
      // A blank line: the next footnote, the end of the block, or a blank inside one footnote.
      let n = j + 1;
      while (n < lines.count && lines.isBlank(n)) n++;
      if (n >= lines.count) break;
      if (startsFootnote(lines, n, body.number + 1)) break;
      if (isFooter[n] || startsPage(original, lines, n)) break;
      j = n - 1;
      continue;
    }
    if (startsPage(original, lines, j)) break;
    // PDF text often prints the next body on the very next line ("1 Kamerstuk …⏎2 Kamerstuk …"): its number
    // and a capital start it. A wrapped line of this body rarely starts so ("van artikel⏎2 lid 1" does not).
    if (startsFootnoteCapitalised(lines, j, body.number + 1)) break;
    body.lastLine = j;
  }
  return j;
}

/** Whether line i starts footnote `number` with a capital letter ("2 Kamerstuk …", "2 Zie …"). */
function startsFootnoteCapitalised(lines: Lines, i: number, number: number): boolean {
  if (!startsFootnote(lines, i, number)) return false;
  const original = lines.source;
  let p = lines.starts[i];
  while (isAsciiDigit(original.charCodeAt(p))) p++;
  while (original.charCodeAt(p) === 0x20) p++;
  return isUpper(original.charCodeAt(p));
}

/** The number of the footnote body that line i begins (FOOTNOTE_START), or -1. */
function footnoteNumberAt(lines: Lines, i: number): number {
  if (lines.length(i) > MAX_LAYOUT_LINE) return -1;
  return footnoteStartNumber(lines, i);
}

/** Whether line i matches FOOTNOTE_START with the given number. */
function startsFootnote(lines: Lines, i: number, number: number): boolean {
  return footnoteStartNumber(lines, i) === number;
}

/**
 * The number that FOOTNOTE_START (/^(\d{1,3}) +(\S)/) reads at the start of line i (its text as `lines.text`
 * gives it), or -1; read by character code, as every line that starts with a digit (dates, "2013/14") asks.
 */
function footnoteStartNumber(lines: Lines, i: number): number {
  const start = lines.starts[i];
  return footnoteNumberIn(lines.source, start, Math.min(lines.ends[i], start + MAX_LAYOUT_LINE + 1));
}

/** What FOOTNOTE_START reads in source[start, end): the footnote number, or -1. Exported for tests. */
export function footnoteNumberIn(source: string, start: number, end: number): number {
  let p = start;
  let number = 0;
  for (; p < end && p - start < 4; p++) {
    const c = source.charCodeAt(p);
    if (c < 0x30 || c > 0x39) break;
    number = number * 10 + (c - 0x30);
  }
  const digits = p - start;
  // One to three digits, then at least one space: a fourth digit leaves no match (\d{1,3} cannot end before a space).
  if (digits === 0 || digits > 3 || p >= end || source.charCodeAt(p) !== 0x20) return -1;
  while (p < end && source.charCodeAt(p) === 0x20) p++;
  return p < end && !isRegexSpace(source.charCodeAt(p)) ? number : -1;
}

/** Whether `at` lies in a footnote body, footnotes[from] being the first that does not end before it. */
function inFootnote(footnotes: Footnote[], from: number, at: number): boolean {
  for (let k = from; k < footnotes.length && footnotes[k].body.start <= at; k++) if (at < footnotes[k].body.end) return true;
  return false;
}

/** A footnote's text on one line: words broken at a line end joined, white space collapsed. */
function footnoteText(body: string): string {
  return joinBrokenWords(body).replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/**
 * `text.replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')`, read from the hyphens: a lower-case letter, a hyphen,
 * white space with a line break in it, a lower-case letter; the hyphen and the white space go. Matches do not
 * overlap (a letter that ends one cannot begin the next), and a letter may be a surrogate pair. Exported for tests.
 */
export function joinBrokenWords(text: string): string {
  let joined = '';
  let copied = 0;       // text[copied, …) is not yet in `joined`
  let matchEnd = 0;     // where the last match ended: the next one starts at or after it
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    const left = h >= 2 && isLowSurrogate(text.charCodeAt(h - 1)) && isHighSurrogate(text.charCodeAt(h - 2)) ? h - 2 : h - 1;
    if (left < matchEnd || !isLower(text.codePointAt(left)!)) continue;
    let q = h + 1;
    let lineBreak = false;
    for (; q < text.length && isRegexSpace(text.charCodeAt(q)); q++) if (text.charCodeAt(q) === 0x0a) lineBreak = true;
    if (!lineBreak || q >= text.length) continue;
    const right = text.codePointAt(q)!;
    if (!isLower(right)) continue;
    joined += text.slice(copied, h);
    copied = q;
    matchEnd = q + (right > 0xffff ? 2 : 1);
  }
  return copied === 0 ? text : joined + text.slice(copied);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The runs of /\s+/ that are not already one space (replacing those by a space is what /\s+/g does). */
const SPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

function startsPage(original: string, lines: Lines, i: number): boolean {
  const c = original.charCodeAt(lines.starts[i]);
  return lines.ends[i] > lines.starts[i] && (c === 32 || c === 12) && !lines.isBlank(i);
}

/**
 * The marker of footnote `num`: the earliest plausible glued number between `from` and `to`, outside every
 * footnote body. Three shapes: glued to a word or closing punctuation ("AIVD1 ", "substantieel»1."), after
 * sentence punctuation ("Kamer.1 Bij", "gestuurd2,", "jongeren?2"), or glued to a year ("20154inzake" is 2015 + 4),
 * each judged by character code. Exported for tests.
 */
export function findMarker(original: string, num: string, from: number, to: number, bodies: Span[]): Span | null {
  return firstCandidate(original, num, from, to, bodies, (at, after) => {
    const before = original.charCodeAt(at - 1);
    if (isMarkerBefore(before)) return !isLetterOrDigit(after) && !isPartOfName(original, at);
    if (before === 0x2e || before === 0x2c || before === 0x3b || before === 0x3a || before === 0x3f || before === 0x21) {     // . , ; : ? !
      const word = at >= 2 ? original.charCodeAt(at - 2) : NO_CHAR;
      return isMarkerBefore(word) && !isLetterOrDigit(after);
    }
    return isAsciiDigit(before) && isMarkerAfterYear(original, at, after);
  });
}

/**
 * The first occurrence of the number's digits in [from, to) that is no part of a longer number, lies outside every
 * footnote body and that `fits` (given its offset and the code after it) accepts. Every occurrence is a candidate
 * (many, in a letter of dates and numbers); `bodies` are in text order and apart, so one cursor tells whether it
 * lies in one.
 */
function firstCandidate(original: string, num: string, from: number, to: number, bodies: Span[], fits: (at: number, after: number) => boolean): Span | null {
  let bi = 0;
  for (let at = original.indexOf(num, from); at >= 0 && at < to; at = original.indexOf(num, at + 1)) {
    if (at === 0) continue;
    while (bi < bodies.length && bodies[bi].end <= at) bi++;
    if (bi < bodies.length && bodies[bi].start <= at) continue;
    const afterAt = at + num.length;
    const after = afterAt < original.length ? original.charCodeAt(afterAt) : NO_CHAR;
    if (isAsciiDigit(after)) continue;
    if (fits(at, after)) return { start: at, end: afterAt };
  }
  return null;
}

/**
 * The marker of footnote `num` in a shape too loose to look for while a strict one (findMarker) may follow: the
 * second of a list printed after the first ("»1?, 2", "bericht1,2"), glued after a year's full stop ("in 2010.2 De"),
 * between two words whose space the PDF text lost ("De Kort1het"), or glued to the letter of the first page's
 * header ("L1 BRIEF VAN …", which findMarker takes for a name like "G7"). `previous` is the marker before it.
 */
export function findLooseMarker(original: string, num: string, from: number, to: number, bodies: Span[], previous: Span | null): Span | null {
  return firstCandidate(original, num, from, to, bodies, (at, after) => {
    const afterAt = at + num.length;
    return (previous !== null && isListedAfter(original, previous, at) && !isLetterOrDigit(after)) || isAfterYearsFullStop(original, at, num, after) ||
      isBetweenWords(original, at, afterAt) || isGluedToHeaderLetter(original, at, afterAt);
  });
}

/** "1, 2", "1,2", "1?, 2": `at` follows the previous marker after a comma (a sentence's mark and a space allowed). */
function isListedAfter(original: string, previous: Span, at: number): boolean {
  const between = original.slice(previous.end, at);
  return between.length <= 3 && /^[?!.;:]?, ?$/.test(between);
}

/** "in 2010.2 De": after ".", "?" or "!" that ends a year standing alone, before white space or the end. */
function isAfterYearsFullStop(original: string, at: number, num: string, after: number): boolean {
  const mark = original.charCodeAt(at - 1);
  if (mark !== 0x2e && mark !== 0x3f && mark !== 0x21) return false;
  if (after !== NO_CHAR && !isRegexSpace(after)) return false;
  if (!opensSentenceOrEndsLine(original, at + num.length)) return false;
  const yearEnd = at - 1;
  let ys = yearEnd;
  while (ys > 0 && isAsciiDigit(original.charCodeAt(ys - 1))) ys--;
  if (yearEnd - ys !== 4 || !/^(19|20)\d\d$/.test(original.slice(ys, yearEnd))) return false;
  // Not a number with a decimal or thousands mark before it ("1.2010.2").
  const before = ys > 0 ? original.charCodeAt(ys - 1) : NO_CHAR;
  return !isLetterOrDigit(before) && before !== 0x2e && before !== 0x2c;
}

/** After spaces, a capital (the next sentence, "2010.2 De") or the line's end; not an amount's word ("2020.2 miljoen"). */
function opensSentenceOrEndsLine(original: string, from: number): boolean {
  let p = from;
  while (p < original.length && (original.charCodeAt(p) === 0x20 || original.charCodeAt(p) === 0x09)) p++;
  const c = p < original.length ? original.charCodeAt(p) : NO_CHAR;
  return c === NO_CHAR || c === 0x0a || c === 0x0d || isUpper(c);
}

/** "De Kort1het": after a word of three letters or more ending in lower case, before a word in lower case. */
function isBetweenWords(original: string, at: number, afterAt: number): boolean {
  if (!isLower(original.charCodeAt(at - 1)) || afterAt >= original.length || !isLower(original.charCodeAt(afterAt))) return false;
  let s = at;
  while (s > 0 && at - s < 3 && isLetter(original.charCodeAt(s - 1))) s--;
  if (at - s < 3) return false;
  let e = afterAt;
  while (e < original.length && isLetter(original.charCodeAt(e))) e++;
  return e === original.length || !isAsciiDigit(original.charCodeAt(e));
}

/** "L1 BRIEF VAN …": one or two capitals opening a line, the number, a space and two words in capitals (the type line). */
function isGluedToHeaderLetter(original: string, at: number, afterAt: number): boolean {
  if (!isPartOfName(original, at) || original.charCodeAt(afterAt) !== 0x20) return false;
  let s = at;
  while (s > 0 && isUpper(original.charCodeAt(s - 1))) s--;
  let p = s;
  while (p > 0 && (original.charCodeAt(p - 1) === 0x20 || original.charCodeAt(p - 1) === 0x09)) p--;
  if (p > 0 && original.charCodeAt(p - 1) !== 0x0a) return false;
  let e = afterAt + 1;
  while (e < original.length && isUpper(original.charCodeAt(e))) e++;
  // A type of two words or more ("BRIEF VAN", "MEMORIE VAN ANTWOORD"), not a heading's one word ("G2 OVERLEG").
  return e - afterAt - 1 >= 3 && original.charCodeAt(e) === 0x20 && isUpper(original.charCodeAt(e + 1));
}

/** No character (before the start or past the end of the text). */
const NO_CHAR = -1;


/** [\p{L}\d] */
function isLetterOrDigit(c: number): boolean {
  return isAsciiDigit(c) || (c !== NO_CHAR && isLetter(c));
}

/** What a marker may be glued to: [\p{L}»”’"')\]] (a lone surrogate is no letter). */
function isMarkerBefore(c: number): boolean {
  if (c === NO_CHAR) return false;
  return isLetter(c) || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
}

/** A number glued to a year that stands alone ("20154inzake"), followed by the end, a letter, white space or .,;:) */
function isMarkerAfterYear(original: string, at: number, after: number): boolean {
  let ys = at;
  while (ys > 0 && isAsciiDigit(original.charCodeAt(ys - 1))) ys--;
  const year = original.slice(ys, at);
  const standsAlone = ys === 0 || !isLetterOrDigit(original.charCodeAt(ys - 1));
  if (!/^(19|20)\d\d$/.test(year) || !standsAlone) return false;
  return after === NO_CHAR || isLetter(after) || isRegexSpace(after) || after === 0x2e || after === 0x2c || after === 0x3b ||
    after === 0x3a || after === 0x29;
}

/** "G7", "F16": a digit glued to a one- or two-letter capital name is part of the name, not a marker. */
function isPartOfName(original: string, at: number): boolean {
  // The letters before `at`, counted up to three (a longer word is no such name): one or two, all capitals.
  let s = at;
  while (s > 0 && at - s < 3 && isLetter(original.charCodeAt(s - 1))) s--;
  if (at - s === 0 || at - s > 2) return false;
  for (let k = s; k < at; k++) if (!isUpper(original.charCodeAt(k))) return false;
  return true;
}

