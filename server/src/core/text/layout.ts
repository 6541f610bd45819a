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
import type { Entity, Footnote, Furniture, Span } from '../types';
import { kamerstukId } from '../ids';

export interface Layout {
  furniture: Furniture[];
  footnotes: Footnote[];
  /** Original offsets where pages 2, 3, … begin. */
  pageStarts: number[];
  /** The letter's own identity as printed in footers and headers (kamerstuk entities with self: true). */
  selfCitations: Entity<'kamerstuk'>[];
  /** What the normaliser lifts out of the running text (footnote bodies, footer and header lines). */
  segments: Span[];
  /** What the normaliser turns into a space (footnote markers, page numbers, self-citations). */
  blanks: Span[];
  /** What the footer or header says about the letter. */
  printed: PrintedIdentity;
  /** Where each line of the original begins (after each "\n"), for the stages that read line by line. */
  lineStarts?: Int32Array;
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
}

/** Lines longer than this are not page furniture or footnotes; skip the regexes on them. */
const MAX_LAYOUT_LINE = 2000;

/** A line of the original; its text (at most MAX_LAYOUT_LINE + 1 characters) is sliced when first read. */
class Line {
  private sliced: string | undefined;
  constructor(
    readonly source: string,
    readonly start: number,
    /** End of the line's text, before "\r\n" / "\n". */
    readonly end: number,
  ) {}

  get text(): string {
    return (this.sliced ??= this.source.slice(this.start, Math.min(this.end, this.start + MAX_LAYOUT_LINE + 1)));
  }
}

/** Where each line of `text` begins: 0 and after each "\n". */
export function lineStartsOf(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count);
  for (let k = 1, at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[k++] = at + 1;
  return starts;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push(new Line(text, start, end));
    start = nl + 1;
  }
  return lines;
}

/** Whether the line (its first MAX_LAYOUT_LINE + 1 characters) is white space only. */
const isBlank = (l: Line) => {
  const end = Math.min(l.end, l.start + MAX_LAYOUT_LINE + 1);
  for (let i = l.start; i < end; i++) {
    const c = l.source.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff && c !== 12) return false;
  }
  return true;
};

/** White space as the regex \s has it. */
function isRegexSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Offset of the line's first character that is not \s (its end if none). */
function afterLeadingSpace(l: Line): number {
  let i = l.start;
  while (i < l.end && isRegexSpace(l.source.charCodeAt(i))) i++;
  return i;
}
const DASH = '[-–—‐‑]';
const SESSION = `((?:19|20)\\d\\d)\\s*${DASH}\\s*((?:19|20)\\d\\d)`;
const DOSSIER = '(\\d{2}\\s?\\d{3})';
// Dossier suffix as printed in footers: "21 501-02", "36 200 VI", "34 356 (R2064)".
const SUFFIX = `(?:${DASH}(\\d{2}|[A-Z]{1,6})|\\s+([IVXLC]+[A-Z]?)\\b)?(?:\\s*\\((R\\s?\\d+)\\))?`;

/** "Tweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 327 6" (page number optional, may be glued). */
const FOOTER = new RegExp(
  `^\\s*(Tweede|Eerste) Kamer, vergaderjaar ${SESSION}, (${DOSSIER}${SUFFIX}, [Nn]r\\. (\\d{1,4}[a-z]?|[A-Z]{1,3}))(?:\\s+(\\d{1,3}))?\\s*$`,
);
/** The Aanhangsel footer has no number: "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3". */
const FOOTER_AANHANGSEL = new RegExp(`^\\s*(Tweede|Eerste) Kamer, vergaderjaar ${SESSION}, Aanhangsel\\b.*$`);
/** "Tweede Kamer der Staten-Generaal 2": the masthead; the digit is the logo. */
const MASTHEAD = /^\s*((Tweede|Eerste) Kamer der Staten-Generaal)(?:\s+(\d))?\s*$/;
const SESSION_LINE = new RegExp(`^\\s*Vergaderjaar ${SESSION}\\s*$`);
/** Header dossier line: "29 754 Terrorismebestrijding". */
const HEADER_DOSSIER = new RegExp(`^\\s*${DOSSIER}${SUFFIX}\\s+(\\S.*?)\\s*$`);
/** Header number line: "Nr. 421 BRIEF VAN DE MINISTER …". */
/** Eerste Kamer stukken carry a letter instead: "C BRIEF VAN DE MINISTER …", "AI MEMORIE VAN ANTWOORD". */
const HEADER_NUMBER = /^\s*(?:Nr\.\s*(\d{1,4}[a-z]?)|([A-Z]{1,2})(?=\s+[A-Z]{3,}))(?:\s+(\S.*?))?\s*$/;
/** The page line of the rijksoverheid letterhead: "Pagina 2 van 5". */
const PAGE_LINE = /^\s*Pagina \d{1,3} van \d{1,3}\s*$/;
const COLOPHON = /^\s*(?:ISSN \d{4}\s?-\s?\d{3}[\dX]|kst-\d+(?:-[\dA-Z]+)+|’s-Gravenhage \d{4})\s*$/;
/** A footnote body's first line: its number, a space, text. */
const FOOTNOTE_START = /^(\d{1,3}) +(\S)/;

export function analyseLayout(original: string): Layout {
  const lines = splitLines(original);
  const furniture: Furniture[] = [];
  const segments: Span[] = [];
  const blanks: Span[] = [];
  const selfCitations: Entity<'kamerstuk'>[] = [];
  const pageStarts: number[] = [];
  const printed: PrintedIdentity = { chamber: null, session: null, dossier: null, suffix: null, number: null, title: null, type: null, source: null, anchor: null };
  const isFooter = new Uint8Array(lines.length);

  // Running footers: the letter's own identity, then a page number. Only lines with the footer's words.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.end - line.start > 200 || !startsLikeFooter(line)) continue;
    const m = FOOTER.exec(line.text) ?? FOOTER_AANHANGSEL.exec(line.text);
    if (!m) continue;
    // Either footer: lifted out of the running text, and the next page starts after it.
    isFooter[i] = 1;
    const lineSpan = trimmed(line);
    furniture.push({ kind: 'footer', ...lineSpan });
    segments.push(lineSpan);
    markPageStartAfter(lines, i, pageStarts);
    const chamber = m[1] === 'Eerste' ? 'I' : 'II';
    const session = `${m[2]}-${m[3]}`;
    const namesNoStuk = m.length === 4;   // FOOTER_AANHANGSEL: chamber and session only
    if (namesNoStuk) {
      if (!printed.source) Object.assign(printed, { chamber, session, source: 'footer', anchor: lineSpan });
      continue;
    }
    const citeText = m[4];
    const citeStart = line.start + line.text.indexOf(citeText, line.text.indexOf('vergaderjaar'));
    const cite = { start: citeStart, end: citeStart + citeText.length };
    const dossier = m[5].replace(/\s/g, '');
    const suffix = m[6] ?? m[7] ?? null;
    const number = m[9];
    selfCitations.push({
      kind: 'kamerstuk', start: cite.start, end: cite.end, text: original.slice(cite.start, cite.end), source: 'footer',
      value: { dossier, suffix, number, self: true, id: kamerstukId(dossier, suffix, number), chamber, session, rijkswet: m[8] ? m[8].replace(/\s/g, '') : null },
    });
    blanks.push(cite);
    if (m[10]) {
      const pageStart = line.start + line.text.lastIndexOf(m[10]);
      const page = { start: pageStart, end: pageStart + m[10].length };
      furniture.push({ kind: 'page-number', ...page });
      blanks.push(page);
    }
    if (!printed.source) Object.assign(printed, { chamber, session, dossier, suffix, number, source: 'footer', anchor: cite });
  }

  readHeader(original, lines, furniture, segments, blanks, selfCitations, printed);

  for (let i = 0; i < lines.length; i++) {
    if (lines[i].end - lines[i].start > 200 || !startsLikeColophon(lines[i])) continue;
    if (COLOPHON.test(lines[i].text)) {
      const span = trimmed(lines[i]);
      furniture.push({ kind: 'colophon', ...span });
      blanks.push(span);
    } else if (PAGE_LINE.test(lines[i].text)) {
      // Lifted out like a footer, so a sentence or a citation broken by it reads on.
      const span = trimmed(lines[i]);
      furniture.push({ kind: 'page-number', ...span });
      segments.push(span);
      blanks.push(span);
      isFooter[i] = 1;
      markPageStartAfter(lines, i, pageStarts);
    }
  }

  const footnotes = findFootnotes(original, lines, isFooter, segments, blanks, pageStarts);

  // A line that starts with a space after a non-blank line begins a new page (the PDF's page break).
  let fi = 0;   // footnotes are in text order: the first whose body does not end before the line
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.end > l.start && original.charCodeAt(l.start) === 12 && !isBlank(l)) { pageStarts.push(firstNonSpace(l)); continue; }   // pdftotext's form feed
    if (l.end <= l.start || original.charCodeAt(l.start) !== 32) continue;
    while (fi < footnotes.length && footnotes[fi].body.end <= l.start) fi++;
    if (original.charCodeAt(l.start + 1) !== 32 && !isBlank(l) && !isBlank(lines[i - 1]) && !inFootnote(footnotes, fi, l.start)) {
      // Only a page break if the previous line does not itself start with a space (indented lists).
      if (original.charCodeAt(lines[i - 1].start) !== 32) pageStarts.push(firstNonSpace(l));
    }
  }

  pageStarts.sort((a, b) => a - b);
  furniture.sort((a, b) => a.start - b.start);
  const lineStarts = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) lineStarts[i] = lines[i].start;
  return { furniture, footnotes, pageStarts: [...new Set(pageStarts)], selfCitations, segments: mergeSpans(segments), blanks, printed, lineStarts };
}

/** What FOOTER and FOOTER_AANHANGSEL begin with: "Tweede Kamer, vergaderjaar " after white space. */
function startsLikeFooter(line: Line): boolean {
  const at = afterLeadingSpace(line);
  return line.source.startsWith('Kamer, vergaderjaar ', at + 7) && (line.source.startsWith('Tweede ', at) || line.source.startsWith('Eerste ', at));
}

/** What COLOPHON and PAGE_LINE begin with: "I", "k", "’" or "P" after white space. */
function startsLikeColophon(line: Line): boolean {
  const at = afterLeadingSpace(line);
  if (at >= line.end) return false;
  const c = line.source.charCodeAt(at);
  return c === 0x49 || c === 0x6b || c === 0x2019 || c === 0x50;
}

function trimmed(line: Line): Span {
  const t = line.text;
  const lead = t.length - t.trimStart().length;
  return { start: line.start + lead, end: line.start + Math.max(lead, t.trimEnd().length) };
}

function firstNonSpace(line: Line): number {
  return line.start + (line.text.length - line.text.trimStart().length);
}

function markPageStartAfter(lines: Line[], i: number, pageStarts: number[]): void {
  for (let k = i + 1; k < lines.length; k++) {
    if (!isBlank(lines[k])) { pageStarts.push(firstNonSpace(lines[k])); return; }
  }
}

/** The first-page header: masthead, session line, dossier line and number line (within the first lines). */
function readHeader(original: string, lines: Line[], furniture: Furniture[], segments: Span[], blanks: Span[],
  selfCitations: Entity<'kamerstuk'>[], printed: PrintedIdentity): void {
  const limit = Math.min(lines.length, 14);
  let dossierLine = -1;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line.end - line.start > 200) continue;
    const mast = MASTHEAD.exec(line.text);
    if (mast) {
      const span = trimmed(line);
      furniture.push({ kind: 'masthead', ...span });
      segments.push(span);
      if (mast[3]) {
        const at = line.start + line.text.lastIndexOf(mast[3]);
        furniture.push({ kind: 'page-number', start: at, end: at + 1 });
        blanks.push({ start: at, end: at + 1 });
      }
      printed.chamber ??= mast[2] === 'Eerste' ? 'I' : 'II';
      continue;
    }
    const ses = SESSION_LINE.exec(line.text);
    if (ses) {
      segments.push(trimmed(line));
      printed.session ??= `${ses[1]}-${ses[2]}`;
      continue;
    }
    if (dossierLine < 0) {
      const d = HEADER_DOSSIER.exec(line.text);
      if (d && /^\p{Lu}/u.test(d[5]) && !/^\d/.test(d[5])) dossierLine = i;
    }
  }
  if (dossierLine < 0) return;
  // The number line follows the dossier line (and possibly more title lines and blank lines).
  for (let k = dossierLine + 1; k < Math.min(lines.length, dossierLine + 6); k++) {
    const n = HEADER_NUMBER.exec(lines[k].text);
    if (!n) continue;
    const number = n[1] ?? n[2];
    const docType = n[3] ?? null;
    const d = HEADER_DOSSIER.exec(lines[dossierLine].text)!;
    const start = trimmed(lines[dossierLine]).start;
    const numberAt = lines[k].start + lines[k].text.indexOf(number, n[1] ? lines[k].text.indexOf('Nr') : 0);
    const end = numberAt + number.length;
    const dossier = d[1].replace(/\s/g, '');
    const suffix = d[2] ?? d[3] ?? null;
    const titleLines = lines.slice(dossierLine, k).map(l => l.text.trim()).filter(Boolean);
    titleLines[0] = d[5];
    const title = titleLines.join(' ').replace(/\s+/g, ' ').trim();
    const headerSpan = { start, end: trimmed(lines[k]).end };
    furniture.push({ kind: 'header', ...headerSpan });
    segments.push({ start, end: headerSpan.end });
    blanks.push({ start, end });
    selfCitations.push({
      kind: 'kamerstuk', start, end, text: original.slice(start, end), source: 'header',
      value: { dossier, suffix, number, self: true, id: kamerstukId(dossier, suffix, number), chamber: printed.chamber, session: printed.session, rijkswet: d[4] ? d[4].replace(/\s/g, '') : null },
    });
    printed.dossier = dossier;
    printed.suffix = suffix;
    printed.number = number;
    printed.title = title || null;
    printed.type = docType;
    printed.source = 'header';
    printed.anchor = { start, end };
    return;
  }
}

/**
 * Footnote bodies: numbered blocks (1, 2, 3, … in order) at the bottom of a page, each starting after a blank
 * line, the block ending where the next page starts (a line with a leading space), at a footer, or at the end.
 * Markers: the number glued to the running text before the body ("substantieel»1.", "AIVD1", "20154inzake").
 */
function findFootnotes(original: string, lines: Line[], isFooter: Uint8Array, segments: Span[], blanks: Span[], pageStarts: number[]): Footnote[] {
  interface Body { number: number; firstLine: number; lastLine: number }
  const bodies: Body[] = [];
  let expected = 1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const first = line.end > line.start ? original.charCodeAt(line.start) : -1;
    const m = first >= 0x30 && first <= 0x39 && line.end - line.start <= MAX_LAYOUT_LINE ? FOOTNOTE_START.exec(line.text) : null;
    if (!m || Number(m[1]) !== expected || (i > 0 && !isBlank(lines[i - 1]))) { i++; continue; }
    // A run of footnotes: this one and its successors, until a page start, a footer or the end.
    const run: Body[] = [];
    let k = i;
    let number = expected;
    let ok = false;
    while (k < lines.length) {
      const body: Body = { number, firstLine: k, lastLine: k };
      let j = k + 1;
      for (; j < lines.length; j++) {
        const l = lines[j];
        if (isFooter[j]) break;
        if (isBlank(l)) {
          // A blank line: the next footnote, the end of the block, or a blank inside one footnote.
          let n = j + 1;
          while (n < lines.length && isBlank(lines[n])) n++;
          if (n >= lines.length) break;
          const next = FOOTNOTE_START.exec(lines[n].text);
          if (next && Number(next[1]) === number + 1) break;
          if (isFooter[n] || startsPage(original, lines[n])) break;
          j = n - 1;
          continue;
        }
        if (startsPage(original, l)) break;
        body.lastLine = j;
      }
      run.push(body);
      // What follows the footnote?
      let n = j;
      while (n < lines.length && isBlank(lines[n])) n++;
      if (n >= lines.length || isFooter[n] || startsPage(original, lines[n])) { ok = true; k = n; break; }
      const next = FOOTNOTE_START.exec(lines[n].text);
      if (next && Number(next[1]) === number + 1 && isBlank(lines[n - 1])) { number++; k = n; continue; }
      break;
    }
    if (!ok) { i++; continue; }
    bodies.push(...run);
    expected = number + 1;
    if (k < lines.length && !isFooter[k]) pageStarts.push(firstNonSpace(lines[k]));
    i = k;
  }

  // Markers: in order, each after the previous marker and before its own body.
  const footnotes: Footnote[] = [];
  const bodySpans = bodies.map(b => ({ start: lines[b.firstLine].start, end: lines[b.lastLine].end }));
  let searchFrom = 0;
  for (const b of bodies) {
    const first = lines[b.firstLine];
    const numText = String(b.number);
    const bodySpan = { start: first.start, end: trimmed(lines[b.lastLine]).end };
    const textStart = first.start + first.text.indexOf(FOOTNOTE_START.exec(first.text)![2], numText.length);
    segments.push({ start: first.start, end: bodySpan.end });
    blanks.push({ start: first.start, end: first.start + numText.length });
    const marker = findMarker(original, numText, searchFrom, first.start, bodySpans);
    if (marker) {
      blanks.push(marker);
      searchFrom = marker.end;
    }
    const text = footnoteText(original.slice(textStart, bodySpan.end));
    footnotes.push({ number: b.number, marker, body: bodySpan, text });
  }
  return footnotes;
}

/** Whether `at` lies in a footnote body, footnotes[from] being the first that does not end before it. */
function inFootnote(footnotes: Footnote[], from: number, at: number): boolean {
  for (let k = from; k < footnotes.length && footnotes[k].body.start <= at; k++) if (at < footnotes[k].body.end) return true;
  return false;
}

const LINE_END_HYPHEN = /-\s*\n/;
const BROKEN_WORD = /(\p{Ll})-\s*\n\s*(\p{Ll})/gu;

/** A footnote's text on one line: words broken at a line end joined, white space collapsed. */
function footnoteText(body: string): string {
  // The unicode regex only where a hyphen ends a line (most bodies have none).
  const joined = LINE_END_HYPHEN.test(body) ? body.replace(BROKEN_WORD, '$1$2') : body;
  return joined.replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** The runs of /\s+/ that are not already one space (replacing those by a space is what /\s+/g does). */
const SPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

function startsPage(original: string, l: Line): boolean {
  const c = original.charCodeAt(l.start);
  return l.end > l.start && (c === 32 || c === 12) && !isBlank(l);
}

const MARKER_BEFORE = /[\p{L}»”’"')\]]/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * The marker of footnote `num`: the earliest plausible glued number between `from` and `to`, outside every
 * footnote body. Three shapes: glued to a word or closing punctuation ("AIVD1 ", "substantieel»1."), after
 * sentence punctuation ("Kamer.1 Bij", "gestuurd2,"), or glued to a year ("20154inzake" is 2015 + 4).
 */
function findMarker(original: string, num: string, from: number, to: number, bodies: Span[]): Span | null {
  for (let at = original.indexOf(num, from); at >= 0 && at < to; at = original.indexOf(num, at + 1)) {
    if (at === 0 || bodies.some(b => b.start <= at && at < b.end)) continue;
    const before = original[at - 1];
    const after = original[at + num.length] ?? '';
    if (/\d/.test(after)) continue;
    const span = { start: at, end: at + num.length };
    if (MARKER_BEFORE.test(before)) {
      if (!LETTER_OR_DIGIT.test(after) && !isPartOfName(original, at)) return span;
    } else if (/[.,;:]/.test(before)) {
      const word = original[at - 2] ?? '';
      if (MARKER_BEFORE.test(word) && !LETTER_OR_DIGIT.test(after)) return span;
    } else if (/\d/.test(before)) {
      let ys = at;
      while (ys > 0 && /\d/.test(original[ys - 1])) ys--;
      const year = original.slice(ys, at);
      const standsAlone = ys === 0 || !LETTER_OR_DIGIT.test(original[ys - 1]);
      if (/^(19|20)\d\d$/.test(year) && standsAlone && (after === '' || /[\p{L}\s.,;:)]/u.test(after))) return span;
    }
  }
  return null;
}

/** "G7", "F16": a digit glued to a one- or two-letter capital name is part of the name, not a marker. */
function isPartOfName(original: string, at: number): boolean {
  let s = at;
  while (s > 0 && /\p{L}/u.test(original[s - 1])) s--;
  const word = original.slice(s, at);
  return word.length <= 2 && /^\p{Lu}+$/u.test(word);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
