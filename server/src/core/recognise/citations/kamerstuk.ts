// Kamerstuk citations: labelled ("Kamerstuk 29 754, nr. 325", "Kamerstukken II 2009/10, 27 858, nr. 88,
// p. 3"), unlabelled ("(29 754, nr. 140)") and compact ids in lists ("35300-XII-53; 34348-74").
//
// One entity per cited number: the gold format has one value per entity. The first entity spans from the
// label (or the dossier, when there is no label) to its number; later numbers of a list ("nrs. 520 en
// 548") or a continuation ("; nr. 7") span just their number, so entities never overlap.
import type { Chamber, KamerstukValue } from '../../types';
import { trimmedEnd, type FoundCitation, type FoundProblem, type ParseResult } from './found';
import { kamerstukId, writtenNumber } from '../../ids';
import { readNumbers, readParenthesisedNumbers, type CitedNumber } from './numbers';
import {
  codeAt, matchesAt, readChamber, readDigitRun, readDossier, readNumberMarker, readRijkswet, readRomanDossier, readSession, readSuffix,
  skipSeparator, skipSpaces, type Read,
} from './patterns';

interface DossierPart {
  start: number;
  end: number;
  dossier: string;
  suffix: string | null;
  rijkswet: string | null;
  /** The number of a compact id after a label: "1740" in "Kamerstuk 21501-32-1740". */
  compactNumber: { start: number; end: number; value: string } | null;
}

interface Preamble {
  chamber: Chamber | null;
  session: string | null;
}

const STRAY_DIGITS = /[ \u00a0]?\d/y;
const CAPITAL = /^\p{Lu}$/u;
// ". nr. 81", ". Nr. 81": a full stop where the comma before the number marker belongs.
const STOP_BEFORE_MARKER = /\.[ \u00a0]+(?=[Nn]rs?\.)/y;
const COMPACT_NUMBER = /[-‐‑]([1-9]\d{0,3}[a-z]?)(?![\p{L}\d\-‐‑\/])/yu;

/** "-", "‐" or "‑": what COMPACT_NUMBER starts with. */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * "Kamerstuk 36666-2" (berthub's title, round 37): after a label, a number glued by a hyphen to a dossier written
 * without its space is the stuk's number. Only the 21 501 series numbers sub-dossiers so ("21501-02", "21 501-20"),
 * and those are written with a leading zero below ten.
 */
function isCompactStukNumber(text: string, d: Read<string>, suffix: string): boolean {
  return d.value !== '21501' && d.end - d.start === 5 && /^[1-9]\d?$/.test(suffix);
}

function readDossierPart(text: string, pos: number, fiveDigitsOnly: boolean, allowCompact: boolean): DossierPart | null {
  const d = readDossier(text, pos, fiveDigitsOnly);
  if (!d) return null;
  const part: DossierPart = { start: d.start, end: d.end, dossier: d.value, suffix: null, rijkswet: null, compactNumber: null };
  const rijkswet = readRijkswet(text, part.end);
  if (rijkswet) { part.rijkswet = rijkswet.value; part.end = rijkswet.end; return part; }
  const suffix = readSuffix(text, part.end);
  if (suffix) {
    part.suffix = suffix.value;
    part.end = suffix.end;
    const laterRijkswet = readRijkswet(text, part.end);
    if (laterRijkswet) { part.rijkswet = laterRijkswet.value; part.end = laterRijkswet.end; }
  }
  if (allowCompact && part.suffix !== null && !part.rijkswet && isCompactStukNumber(text, d, part.suffix)) { part.suffix = null; part.end = d.end; }
  // "21501-32-1740", "29754-325" after a label: the last part is the number.
  if (allowCompact && isHyphen(codeAt(text, part.end)) && matchesAt(COMPACT_NUMBER, text, part.end)) {
    // The number is the whole match after its hyphen.
    const end = COMPACT_NUMBER.lastIndex;
    part.compactNumber = { start: part.end + 1, end, value: text.slice(part.end + 1, end) };
  }
  return part;
}

// "27 925 en 29754", "31728, 30914", the Senate's "22 112 / 31 544": joint dossiers, the number belongs to the first one.
const JOINT_GLUE = /(?:[ \u00a0]?,[ \u00a0]?|[ \u00a0]?\/[ \u00a0]?|[ \u00a0]+(?:en|&)[ \u00a0]+)/y;
const MAX_JOINT = 4;

function readJointDossiers(text: string, pos: number): DossierPart[] {
  const joint: DossierPart[] = [];
  let p = pos;
  while (joint.length < MAX_JOINT) {
    const c = codeAt(text, p);
    if ((c !== 0x20 && c !== 0xa0 && c !== 0x2c && c !== 0x2f) || !matchesAt(JOINT_GLUE, text, p)) break;    // JOINT_GLUE starts with a space, NBSP, "," or "/"
    const next = readDossierPart(text, JOINT_GLUE.lastIndex, true, false);
    if (!next) break;
    joint.push(next);
    p = next.end;
  }
  return joint;
}

function value(part: DossierPart, number: CitedNumber | null, preamble: Preamble): KamerstukValue {
  const v: KamerstukValue = {
    dossier: part.dossier,
    suffix: part.suffix,
    number: number?.value ?? null,
    self: false,
    id: kamerstukId(part.dossier, part.suffix, number?.value ?? null),
  };
  if (preamble.chamber) v.chamber = preamble.chamber;
  if (preamble.session) v.session = preamble.session;
  if (number?.page) v.page = number.page;
  if (part.rijkswet) v.rijkswet = part.rijkswet;
  return v;
}

function describe(part: DossierPart, number: CitedNumber | null, joint: DossierPart[]): string {
  const dossier = `${part.dossier}${part.suffix ? `-${part.suffix}` : ''}`;
  // Without a number the citation names the whole dossier, which the hover says in its own line.
  let s = number ? `Kamerstuk ${dossier}, ${writtenNumber(number.value)}` : `Kamerstuk ${dossier}`;
  if (number?.closesRange) s += ` (end of the range nrs. ${number.closesRange}; the numbers between are not listed)`;
  if (joint.length && number) s += `; joint citation with ${joint.map(j => j.dossier).join(', ')}, the number belongs to the first dossier`;
  return s;
}

/** Builds the entities for a dossier part and the numbers read after it. */
function emit(start: number, part: DossierPart, joint: DossierPart[], numbers: CitedNumber[], preamble: Preamble, labelled: boolean): FoundCitation[] {
  const out: FoundCitation[] = [];
  if (numbers.length === 0) {
    // Dossier-only references exist only with a label ("Kamerstuk 34 359"); each joint dossier is its own.
    // Four-digit dossiers are old and always cited with a number; alone, "Kamerstukken 2015" is a year.
    if (!labelled || part.dossier.length < 5) return out;
    out.push({ kind: 'kamerstuk', start, end: part.end, value: value(part, null, preamble), explain: describe(part, null, []) });
    for (const j of joint) out.push({ kind: 'kamerstuk', start: j.start, end: j.end, value: value(j, null, preamble), explain: describe(j, null, []) });
    return out;
  }
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    out.push({ kind: 'kamerstuk', start: i === 0 ? start : n.start, end: n.end, value: value(part, n, preamble), explain: describe(part, n, joint) });
  }
  return out;
}

/** After the dossier part: joint dossiers, then the numbers. */
function parseAfterDossier(text: string, start: number, part: DossierPart, preamble: Preamble, labelled: boolean, problems: FoundProblem[]): ParseResult {
  if (part.compactNumber) {
    const n: CitedNumber = { ...part.compactNumber, page: null, closesRange: null };
    return { end: n.end, citations: emit(start, part, [], [n], preamble, labelled), problems };
  }
  const joint = readJointDossiers(text, part.end);
  const afterDossiers = joint.length ? joint[joint.length - 1].end : part.end;
  const legal = preamble.chamber !== null || preamble.session !== null;
  const read = readNumbers(text, afterDossiers, { allowLetters: true, bareNumber: !labelled ? 'never' : legal ? 'any' : 'closing', withPages: true, senate: preamble.chamber === 'I' });
  for (const x of read.problems) problems.push(x);
  if (labelled && read.numbers.length === 0 && read.problems.length === 0 && matchesAt(STOP_BEFORE_MARKER, text, afterDossiers)) {
    // "(Kamerstuk 29 911. Nr. 81)": a full stop typed for the comma; after a label the number is still this stuk's.
    const afterStop = readNumbers(text, afterDossiers + 1, { allowLetters: true, bareNumber: 'never', withPages: true });
    if (afterStop.numbers.length) { read.numbers = afterStop.numbers; read.end = afterStop.end; }
  }
  if (labelled && read.numbers.length === 0 && read.problems.length === 0) {
    const listed = readParenthesisedNumbers(text, afterDossiers);
    if (listed) { read.numbers = listed.numbers; read.end = listed.end; }
  }
  if (labelled && read.numbers.length === 0 && !joint.length && read.problems.length === 0 && matchesAt(STRAY_DIGITS, text, part.end)
    && !strayDigitsEndPhrase(text, part)) {
    // "Kamerstuk 2975 4, nr. 3": digits that belong to no part of a citation.
    const run = readDigitRun(text, part.start);
    if (run) problems.push(notADossier(text, run.start, run.end));
    return { end: afterDossiers, citations: [], problems };
  }
  if (!labelled && read.numbers.length === 0) return { end: afterDossiers, citations: [], problems: [] };
  if (read.numbers.length === 0 && !joint.length && preamble.chamber === 'I') {
    const letter = eersteKamerLetter(text, part);
    if (letter) return { end: letter.end, citations: emit(start, { ...part, suffix: null, end: letter.start - 1 }, [], [letter], preamble, labelled), problems };
  }
  return { end: read.numbers.length ? read.end : afterDossiers, citations: emit(start, part, joint, read.numbers, preamble, labelled), problems };
}

/**
 * "1⏎Kamerstuk 35 447⏎2⏎Bijlage bij …" (web footnotes, the number on a line of its own): a whole five-digit dossier
 * followed by digits and then no citation word is complete; the digits are the next footnote's number or a page's.
 * "Kamerstuk 2975 4, nr. 3" (the digits before the number marker) stays malformed.
 */
function strayDigitsEndPhrase(text: string, part: DossierPart): boolean {
  if (part.dossier.length !== 5 || part.suffix || part.rijkswet) return false;
  const run = readDigitRun(text, skipSpaces(text, part.end));
  if (!run || run.value.length > 3) return false;
  const after = skipSeparator(text, run.end);
  return after > run.end && !readNumberMarker(text, after) && CAPITAL.test(text.charAt(after));
}

/**
 * "Kamerstukken I 30 953 B": in an Eerste Kamer citation without a number, one or two capitals after the dossier
 * and a space are the stuk's letter (its number), not a budget suffix. A hyphenated suffix stays a suffix.
 */
function eersteKamerLetter(text: string, part: DossierPart): CitedNumber | null {
  const suffix = part.suffix;
  if (!suffix || part.rijkswet || !/^[A-Z]{1,2}$/.test(suffix)) return null;
  const at = part.end - suffix.length;
  const before = codeAt(text, at - 1);
  if (before !== 0x20 && before !== 0xa0) return null;
  return { start: at, end: part.end, value: suffix, page: null, closesRange: null };
}

/**
 * "Kamerstuk(ken) [chamber] [session] dossier[suffix][(R n)] [en dossier…] [, nr. n [en m]] [, p. x]".
 * `labelStart`/`labelEnd` delimit the word "Kamerstuk"/"Kamerstukken" in the view.
 */
export function parseLabelledKamerstuk(text: string, labelStart: number, labelEnd: number): ParseResult | null {
  const problems: FoundProblem[] = [];
  const preamble: Preamble = { chamber: null, session: null };
  let p = labelEnd;
  const chamberAt = skipSpaces(text, labelEnd);
  const chamber = chamberAt > labelEnd ? readChamber(text, chamberAt) : null;
  if (chamber) {
    const sessionAfter = readSession(text, skipSeparator(text, chamber.end));
    if (!chamber.value.ocr || sessionAfter) { preamble.chamber = chamber.value.chamber; p = chamber.end; }
  }
  const session = readSession(text, skipSeparator(text, p));
  if (session) {
    if (session.value.malformed) problems.push({ start: session.start, end: session.end, message: `“${text.slice(session.start, session.end)}” is not a session year (two consecutive years).` });
    preamble.session = session.value.session;
    p = session.end;
  }
  const dossierAt = skipSeparator(text, p);
  // "Kamerstuk32 043, nr. 501": PDF text can lose the space after the label. Glued digits count only as a
  // whole five-digit dossier with its number, so "Kamerstukken2015" stays no citation.
  const glued = dossierAt === p && p === labelEnd;
  const part = readDossierPart(text, dossierAt, glued, true);
  if (glued) return part ? gluedCitation(text, labelStart, part, preamble) : null;
  if (!part) {
    // The House numbers its dossiers in digits only: a roman dossier is the Senate's.
    const roman = preamble.chamber === 'II' ? null : readRomanDossier(text, dossierAt);
    if (roman) return romanCitation(text, labelStart, roman, preamble);
    const run = readDigitRun(text, dossierAt);
    if (run) {
      const digits = run.value.replace(/\D/g, '').length;
      if (digits >= 3 || readNumberMarker(text, skipSeparator(text, run.end))) problems.push(notADossier(text, run.start, run.end));
    }
    return problems.length ? { end: dossierAt, citations: [], problems } : null;
  }
  const result = parseAfterDossier(text, labelStart, part, preamble, true, problems);
  if (preamble.session) readSessionContinuations(text, result, preamble.chamber);
  return result;
}

/** "Kamerstuk CXXIV, G", "Kamerstukken I 2012/13, CXLVII, A, p. 3": a Senate dossier in roman numerals and its letter. */
function romanCitation(text: string, labelStart: number, roman: Read<string>, preamble: Preamble): ParseResult | null {
  const part: DossierPart = { start: roman.start, end: roman.end, dossier: roman.value, suffix: null, rijkswet: null, compactNumber: null };
  const result = parseAfterDossier(text, labelStart, part, preamble, true, []);
  return result.citations.some(c => c.value.number !== null) ? result : null;
}

/** A label glued to its dossier ("Kamerstuk32 043, nr. 501"): a citation only when a number is read. */
function gluedCitation(text: string, labelStart: number, part: DossierPart, preamble: Preamble): ParseResult | null {
  const result = parseAfterDossier(text, labelStart, part, preamble, true, []);
  return result.citations.some(c => c.value.number !== null) ? result : null;
}

const CONTINUATION_GLUE = /[ \u00a0]?;[ \u00a0]?/y;
const MAX_CONTINUATIONS = 20;

/** "…; 2001/2002, 26 855 (16, 16a)": further sessions of a legal-style citation, the chamber carried over. */
function readSessionContinuations(text: string, result: ParseResult, chamber: Chamber | null): void {
  for (let i = 0; i < MAX_CONTINUATIONS && result.citations.length; i++) {
    if (!matchesAt(CONTINUATION_GLUE, text, result.end)) return;
    const session = readSession(text, CONTINUATION_GLUE.lastIndex);
    if (!session || session.value.malformed) return;
    const part = readDossierPart(text, skipSeparator(text, session.end), false, false);
    if (!part) return;
    // The span starts at the dossier, as in a footer ("vergaderjaar 2015–2016, ⟦29 754, nr. 327⟧").
    const next = parseAfterDossier(text, part.start, part, { chamber, session: session.value.session }, true, []);
    if (next.citations.length === 0 || next.citations.every(c => c.value.number === null)) return;
    for (const c of next.citations) result.citations.push(c);
    result.end = next.end;
  }
}

function notADossier(text: string, start: number, end: number): FoundProblem {
  const e = trimmedEnd(text, start, end);
  return { start, end: e, message: `“${text.slice(start, e)}” is not a dossier number.` };
}

// Words before a five-digit number that make it something else than a dossier.
const NOT_A_DOSSIER_BEFORE = /(?:\b(?:nrs?|nummers?|no|Postbus|postbus|ISSN|Stb|Stcrt|Trb|richtlijn|Richtlijn|verordening|Verordening|ECLI|HR|NJ|BNB|AB|artikel|art|kenmerk|Kenmerk|zaak|zaaknummer|tel|telefoon|fax|kvk|KvK)|kst|ah-tk|h-tk|\d[ .]?)[ .:\u00a0-]*$/u;

/**
 * The older chamber label with a calendar year and no comma, "(TK 2008 31 243, nr. 6)": the digits before the dossier
 * are the label's year, not part of a longer number (the span starts at the dossier, as after "TK 2009-2010, ").
 */
const CHAMBER_YEAR_BEFORE = /(?:^|[^\p{L}\p{N}])(?:TK|EK|T\.K\.|E\.K\.)[ \u00a0](?:19|20)\d\d[ \u00a0]$/u;

/** "29 754, nr. 140", "21 501-32, nr. 1703" without a label: the number marker is required. */
export function parseUnlabelledKamerstuk(text: string, dossierStart: number): ParseResult | null {
  const before = text.slice(Math.max(0, dossierStart - 16), dossierStart);
  if (NOT_A_DOSSIER_BEFORE.test(before) && !CHAMBER_YEAR_BEFORE.test(before)) return null;
  const part = readDossierPart(text, dossierStart, true, false);
  if (!part) return null;
  const result = parseAfterDossier(text, dossierStart, part, { chamber: null, session: null }, false, []);
  if (!result.citations.length || numberOnNextParagraph(text, part.end)) return null;
  return result;
}

// Only white space with a paragraph break, then "Nr."/"nr.": the view's "\n" is a blank line of the original.
const PARAGRAPH_BEFORE_MARKER = /[ \u00a0]*\n[ \u00a0\n]*[Nn][Rr]/y;

/**
 * "ID: 30977-43⏎⏎Nr. 43 VERSLAG …" (a web page's metadata above its header), "30 977⏎⏎Nr. 43": a dossier whose
 * "Nr." opens the next paragraph, with no comma between, is shaped like a header, not an unlabelled citation
 * ("(30 977, nr. 43)"). The printed header is the layout's; in the running text no citation is written so.
 */
function numberOnNextParagraph(text: string, dossierEnd: number): boolean {
  const c = codeAt(text, dossierEnd);
  return (c === 0x0a || c === 0x20 || c === 0xa0) && matchesAt(PARAGRAPH_BEFORE_MARKER, text, dossierEnd);
}

// ------------------------------------------------------------------------------------- compact id lists

// "35300-XII-53", "21501-32-1188", "34348-74" (two parts: dossier and number).
const COMPACT_AT = /(?<![\p{L}\d\-\/.])([1-9]\d{4})(?:-(\d{1,2}|[A-Z]{1,6}))?-([1-9]\d{0,3}[a-z]?)(?![\p{L}\d\-\/])/uy;
const LIST_SEPARATOR = /^(?:[ \u00a0]?[;,][ \u00a0]?(?:en[ \u00a0]+)?|[ \u00a0]+en[ \u00a0]+)$/;

/**
 * Compact ids count only in a list of at least two (a motie list in the Handelingen); alone,
 * "12345-67" is too ambiguous. `taken` tells whether a view offset is already inside a citation.
 */
export function findCompactLists(text: string, taken: (offset: number) => boolean): FoundCitation[] {
  const all: Array<{ start: number; end: number; dossier: string; suffix: string | null; number: string }> = [];
  // A compact id has a hyphen right after its five digits: try COMPACT_AT only there (indexOf of one
  // character is far faster than a regex scan), in text order and never inside the previous match.
  let searchFrom = 0;
  for (let hyphen = text.indexOf('-', 5); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    const at = hyphen - 5;
    if (at < searchFrom || !fiveDigitsAt(text, at)) continue;
    COMPACT_AT.lastIndex = at;
    const m = COMPACT_AT.exec(text);
    if (!m) continue;
    searchFrom = COMPACT_AT.lastIndex;
    all.push({ start: at, end: searchFrom, dossier: m[1], suffix: m[2] ?? null, number: m[3] });
  }
  const out: FoundCitation[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    const linkedBefore = i > 0 && LIST_SEPARATOR.test(text.slice(all[i - 1].end, c.start));
    const linkedAfter = i + 1 < all.length && LIST_SEPARATOR.test(text.slice(c.end, all[i + 1].start));
    if (!(linkedBefore || linkedAfter) || taken(c.start)) continue;
    out.push({
      kind: 'kamerstuk', start: c.start, end: c.end,
      value: { dossier: c.dossier, suffix: c.suffix, number: c.number, self: false, id: kamerstukId(c.dossier, c.suffix, c.number) },
      explain: `Compact Kamerstuk id in a list: dossier ${c.dossier}${c.suffix ? `-${c.suffix}` : ''}, nr. ${c.number}`,
    });
  }
  return out;
}

/** Five ASCII digits at `at`, the first not 0. */
function fiveDigitsAt(text: string, at: number): boolean {
  if (at < 0) return false;
  const first = text.charCodeAt(at);
  if (first < 49 || first > 57) return false;
  for (let i = at + 1; i < at + 5; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// ----------------------------------------------------------------------------- parenthesised dossiers

// Handelingen motie announcements: "Zij krijgt nr. 456 (36800-XVI)". The span runs from "nr." to ")".
// A motie cites another the same way with the dossier spaced: "de motie op stuk nr. 68 (35 483)", also with the line
// or the page broken before the parenthesis (round 23).
const MOTIE_NUMBER_AT = /(?<![\p{L}])[Nn]r\.?[ \u00a0]?([1-9]\d{0,3}[a-z]?)(?:[ \u00a0]?|[ \u00a0]?\n[ \u00a0]?)\(([1-9]\d)[ \u00a0]?(\d{3})(?:-(\d{1,2}|[A-Z]{1,6}))?\)/uy;
/** "Nr" starts at most this many characters before the parenthesis: "nr. 1234a \n(". */
const MOTIE_LEAD = 12;
// A dossier with a lettered suffix in parentheses, "(33240-VIII)", "(31 700-F)": distinctive enough without a
// label. Handelingen pages pad it with spaces: "( 34550-X )".
// The Handelingen also name a budget bill by its dossier and a suffix after a space: "(29200 VIII)", "(25600 A)"; a
// roman chapter is distinctive, a lone capital counts in a clause that speaks of a bill.
const ROMAN_CHAPTER_SOURCE = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[A-Z]?';
const PAREN_DOSSIER_AT = new RegExp(`\\( ?([1-9]\\d)[ \\u00a0]?(\\d{3})(?:-([A-Z]{1,6})|[ \\u00a0](${ROMAN_CHAPTER_SOURCE}|[A-Z])) ?\\)`, 'y');
const ROMAN_CHAPTER = new RegExp(`^${ROMAN_CHAPTER_SOURCE}$`);
// The Eerste Kamer cites its own stukken by dossier and letter, without "nr.": "(35.526, BH)", joint dossiers
// with a slash or a space: "(35526 / 25295, CH)", "(35526 25295, CG)". The letter belongs to the first dossier.
// A dossier of this era (2xxxx, 3xxxx), so that an amount ("(10.000, EU)") is none.
// A budget's chapter may follow the first dossier: "(35 925 VI, AE)", "(35 925-VI, AE)".
const EK_LETTER = '([23]\\d)[ .\\u00a0]?(\\d{3})(?:[ \\u00a0-]((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})))?(?:(?:[ \\u00a0]?\\/[ \\u00a0]?|[ \\u00a0])[1-9]\\d[ .\\u00a0]?\\d{3}){0,3},[ \\u00a0]?([A-Z]{1,2})';
// Several letters of one dossier, "(35 925, AE en AF)", "(34 700, F, G en H)": each a stuk of its own.
// A range cites both its ends, as the labelled range does (session 25): "(35 300, A t/m F)" (session 26).
const EK_MORE_LETTERS = '((?:(?:,[ \\u00a0\\n]?|[ \\u00a0\\n](?:en|t\\/m|tot en met)[ \\u00a0\\n])[A-Z]{1,2}){0,8})';
const PAREN_EK_LETTER_AT = new RegExp(`\\( ?${EK_LETTER}${EK_MORE_LETTERS}\\)`, 'y');
// eerstekamer.nl's committee notes open a decision with the stuk: "- 35526 / 25295, CF (betrokken …)".
const LINE_EK_LETTER_AT = new RegExp(`${EK_LETTER}(?![\\p{L}\\d\\-])`, 'uy');
// "Zie 35 300, A t/m F;", "zie ook 35 925, AE en AF.": after "zie" the Senate's letters need no label, where a closing mark
// follows the last (session 26); "Zie 35 300, A t/m F zijn …" goes on as a sentence and is none.
const ZIE_EK_LETTERS_AT = new RegExp(`${EK_LETTER}${EK_MORE_LETTERS}(?=[;.,)]|\\n|$)`, 'uy');
const ZIE_BEFORE = /(?:^|[^\p{L}])[Zz]ie(?: ook)? $/u;
// A bill named by its dossier alone after its title, as the Handelingen do: "… (Wijzigingswet financiële markten
// 2019) (35117)". Five unspaced digits of a dossier of this era (2xxxx, 3xxxx) and nothing else in the parentheses,
// in a line or clause that speaks of a bill ("(27500) bezoekers" is a count). The budget debates of the Handelingen
// agenda name the budget's dossier the same way: "de algemene financiële beschouwingen (28000)".
// Handelingen pages pad it as they pad a suffixed dossier: "( 34746 )".
// "(35117)", "( 34746 )"; a Rijkswet's number may follow the dossier, also glued with a hyphen: "( 34358 -(R2065))".
const PAREN_BILL_AT = /\( ?([23]\d{4})(?: ?-?\(R ?(\d{3,4})\))? ?\)/y;
const BILL_WORDS = /[Ww]etsvoorstel|[Vv]oorstel van (?:rijks)?wet|[Ww]ijziging van|[Gg]oedkeuring van|[Ww]et(?![\p{L}])|[Aa]lgemene (?:politieke |financiële )?beschouwingen/u;
const BILL_LOOKBACK = 400;

/**
 * Both patterns hold "(" and five digits: one pass visits those parentheses (found with indexOf, far faster
 * than a regex scan) and tries the sticky patterns near each, in text order, as a global search would. A
 * motie number is tried first: its span ends at the ")" of a dossier that is then not read on its own.
 * Each match starts after the one before it, so the list comes out in text order.
 */
export function findParenthesisedDossiers(text: string, taken: (offset: number) => boolean): FoundCitation[] {
  const out: FoundCitation[] = [];
  let tried = 0;   // every motie start before this was tried or lies inside a match
  let motieEnd = 0; // the end of the last motie found: a dossier inside it is part of it
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (!dossierDigitsAt(text, open + 1) && !(text.charCodeAt(open + 1) === 0x20 && dossierDigitsAt(text, open + 2))) continue;
    const motie = motieNumberBefore(text, open, tried);
    if (motie) {
      tried = MOTIE_NUMBER_AT.lastIndex;
      if (!taken(motie.index)) {
        motieEnd = tried;
        out.push(motieCitation(motie, tried));
      }
    } else tried = Math.max(tried, open);
    const dossiers = parenthesisedDossiersAt(text, open);
    if (dossiers && dossiers[0].start >= motieEnd && !taken(dossiers[0].start)) for (const d of dossiers) out.push(d);
  }
  return out;
}

/** MOTIE_NUMBER_AT at the first "N"/"n" from MOTIE_LEAD characters before `open` (not before `from`) where it matches. */
function motieNumberBefore(text: string, open: number, from: number): RegExpExecArray | null {
  for (let at = Math.max(from, open - MOTIE_LEAD); at < open; at++) {
    const c = text.charCodeAt(at);
    if (c !== 78 && c !== 110) continue; // N, n
    MOTIE_NUMBER_AT.lastIndex = at;
    const m = MOTIE_NUMBER_AT.exec(text);
    if (m) return m;
  }
  return null;
}

function motieCitation(m: RegExpExecArray, end: number): FoundCitation {
  const [dossier, suffix, number] = [m[2] + m[3], m[4] ?? null, m[1]];
  return {
    kind: 'kamerstuk', start: m.index, end,
    value: { dossier, suffix, number, self: false, id: kamerstukId(dossier, suffix, number) },
    explain: `Motie number with its dossier in parentheses: Kamerstuk ${dossier}${suffix ? `-${suffix}` : ''}, nr. ${number}`,
  };
}

/**
 * "(33240-VIII)", "(31 700-F)" or a bill's "(35117)" at `open`: the dossier inside the parentheses; "(35 925, AE en AF)":
 * each Eerste Kamer stuk, in text order; or null.
 */
function parenthesisedDossiersAt(text: string, open: number): FoundCitation[] | null {
  PAREN_DOSSIER_AT.lastIndex = open;
  const m = PAREN_DOSSIER_AT.exec(text);
  if (!m) {
    const letters = eersteKamerLettersInParentheses(text, open);
    if (letters) return letters;
    const bill = billInParentheses(text, open);
    return bill ? [bill] : billsListedInParentheses(text, open);
  }
  const suffix = m[3] ?? m[4];
  if (!m[3] && !ROMAN_CHAPTER.test(suffix) && !inBillClause(text, open)) return null;
  const start = text.charCodeAt(open + 1) === 0x20 ? open + 2 : open + 1;
  const end = PAREN_DOSSIER_AT.lastIndex - (text.charCodeAt(PAREN_DOSSIER_AT.lastIndex - 2) === 0x20 ? 2 : 1);
  const dossier = m[1] + m[2];
  return [{
    kind: 'kamerstuk', start, end,
    value: { dossier, suffix, number: null, self: false, id: null },
    explain: `The dossier ${dossier}-${suffix}, written in parentheses`,
  }];
}

/**
 * "35526 / 25295, CF" at `start`, the start of a paragraph of the view (a line after a blank line) or of a list item
 * there ("- ", "• "): an Eerste Kamer stuk by dossier and letter, or null. Tried where the unlabelled pass meets a
 * dossier that no "nr." follows.
 */
export function eersteKamerLetterAtLineStart(text: string, start: number): FoundCitation | null {
  let lineStart = start;
  const bullet = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) === 0x20 && (bullet === 0x2d || bullet === 0x2022 || bullet === 0x2013)) lineStart = start - 2;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return null;
  LINE_EK_LETTER_AT.lastIndex = start;
  const m = LINE_EK_LETTER_AT.exec(text);
  if (!m || (dottedDossierAt(text, start) && !senateContextBefore(text, start, false))) return null;
  return eersteKamerStuk(m, start, LINE_EK_LETTER_AT.lastIndex, 'opening a line');
}

// A dossier written with a thousands dot ("35.526, BH") is how an amount or a count is written too: "(25.000, EU en
// VS)", "(35.000, EK)". Read as a Senate stuk only where the text before says a stuk or the Eerste Kamer is meant:
// the clause in brackets (its paragraph), or the lines before one opening a line. A spaced or unspaced dossier
// ("35 526, BH", "35526 / 25295, CH") is the dossier's own form and needs no such word.
const SENATE_CONTEXT = /Kamerstuk|Eerste Kamer|[Ss]enaat|(?<![\p{L}])EK(?![\p{L}])|[Mm]otie|[Aa]mendement|[Ww]etsvoorstel|[Vv]oorstel van (?:rijks)?wet|[Mm]emorie van|[Nn]ota naar aanleiding/u;
const SENATE_LOOKBACK = 400;

/** Whether the dossier whose first digit is at `start` has a dot before its last three digits ("35.526"). */
const dottedDossierAt = (text: string, start: number) => text.charCodeAt(start + 2) === 0x2e;

/** Whether the paragraph before `at` (or, `acrossLines`, the text before it) names a stuk or the Eerste Kamer. */
function senateContextBefore(text: string, at: number, withinParagraph = true): boolean {
  let window = text.slice(Math.max(0, at - SENATE_LOOKBACK), at);
  if (withinParagraph) window = window.slice(window.lastIndexOf('\n') + 1);
  return SENATE_CONTEXT.test(window);
}

/**
 * "(35.526, BH)", "(35526 / 25295, CH)" at `open`: an Eerste Kamer stuk by dossier and letter; "(35 925, AE en AF)",
 * "(34 700, F, G en H)": each further letter a stuk of its own, span the letter alone. Null when none.
 */
function eersteKamerLettersInParentheses(text: string, open: number): FoundCitation[] | null {
  PAREN_EK_LETTER_AT.lastIndex = open;
  const m = PAREN_EK_LETTER_AT.exec(text);
  if (!m) return null;
  const start = text.charCodeAt(open + 1) === 0x20 ? open + 2 : open + 1;
  if (dottedDossierAt(text, start) && !senateContextBefore(text, open)) return null;
  const firstEnd = PAREN_EK_LETTER_AT.lastIndex - 1 - m[5].length;
  return withListedLetters(text, m, eersteKamerStuk(m, start, firstEnd, 'in parentheses'), PAREN_EK_LETTER_AT.lastIndex - 1);
}

/** "Zie 35 300, A t/m F;" at `start` (the dossier's first digit): each Senate stuk listed after "zie", or null. */
export function eersteKamerLettersAfterZie(text: string, start: number): FoundCitation[] | null {
  // "zie " or "zie ook ": a space after an "e" or a "k" before the dossier, asked before the regex.
  const last = text.charCodeAt(start - 2);
  if (start < 4 || text.charCodeAt(start - 1) !== 0x20 || (last !== 0x65 && last !== 0x6b) || !ZIE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
  ZIE_EK_LETTERS_AT.lastIndex = start;
  const m = ZIE_EK_LETTERS_AT.exec(text);
  if (!m || dottedDossierAt(text, start)) return null;
  const end = ZIE_EK_LETTERS_AT.lastIndex;
  return withListedLetters(text, m, eersteKamerStuk(m, start, end - m[5].length, 'after "zie"'), end);
}

/** The first stuk with each further letter of an EK_MORE_LETTERS tail that ends at `tailEnd`, span the letter alone. */
function withListedLetters(text: string, m: RegExpExecArray, first: FoundCitation, tailEnd: number): FoundCitation[] {
  const out = [first];
  if (!m[5]) return out;
  const dossier = m[1] + m[2], suffix = m[3] ?? null;
  // The tail holds separators and one- or two-capital letters only: each run of capitals is a letter.
  for (let at = first.end; at < tailEnd; at++) {
    if (!isCapital(text.charCodeAt(at))) continue;
    const len = isCapital(text.charCodeAt(at + 1)) ? 2 : 1;
    const letter = text.slice(at, at + len);
    out.push({
      kind: 'kamerstuk', start: at, end: at + letter.length,
      value: { dossier, suffix, number: letter, self: false, id: kamerstukId(dossier, suffix, letter) },
      explain: `Eerste Kamer stuk ${dossier}, letter ${letter} (listed after letter ${m[4]})`,
    });
    at += len;
  }
  return out;
}

const isCapital = (c: number) => c >= 0x41 && c <= 0x5a;

/** The citation an EK_LETTER match names: the first dossier, with the letter as its number. */
function eersteKamerStuk(m: RegExpExecArray, start: number, end: number, where: string): FoundCitation {
  const [dossier, suffix, letter] = [m[1] + m[2], m[3] ?? null, m[4]];
  return {
    kind: 'kamerstuk', start, end,
    value: { dossier, suffix, number: letter, self: false, id: kamerstukId(dossier, suffix, letter) },
    explain: `Eerste Kamer stuk ${dossier}${suffix ? ` ${suffix}` : ''}, letter ${letter} (dossier and letter ${where})`,
  };
}

/** Whether the clause before `open` (back to the last line break or semicolon: list items of a Handelingen agenda) speaks of a bill. */
function inBillClause(text: string, open: number): boolean {
  const window = text.slice(Math.max(0, open - BILL_LOOKBACK), open);
  const clause = window.slice(Math.max(window.lastIndexOf('\n'), window.lastIndexOf(';')) + 1);
  return BILL_WORDS.test(clause);
}

// Older stukken space the dossier: "… (Wet op de inlichtingen- en veiligheidsdiensten 19..) (25 877)". A spaced
// number in parentheses is more often an amount ("(25 000)"), so only right after a title's closing parenthesis.
const SPACED_BILL_AT = /\(([23]\d)[ \u00a0](\d{3})\)/y;

/** "… 19..) (25 877)": a bill's spaced dossier in parentheses right after its title's parenthesis, or null. */
function spacedBillInParentheses(text: string, open: number): FoundCitation | null {
  if (open < 2 || text.charCodeAt(open - 2) !== 0x29) return null;   // ")" before the space
  SPACED_BILL_AT.lastIndex = open;
  const m = SPACED_BILL_AT.exec(text);
  if (!m || countsSomething(text, SPACED_BILL_AT.lastIndex) || !inBillClause(text, open)) return null;
  const dossier = m[1] + m[2];
  return {
    kind: 'kamerstuk', start: open + 1, end: open + 7,
    value: { dossier, suffix: null, number: null, self: false, id: null },
    explain: `Kamerstuk dossier ${dossier} in parentheses after a bill's title (its dossier, spaced)`,
  };
}

/** Whether a lower-case word other than "en"/"of" follows `at` after spaces: "(25 000) bezoekers" counts them. */
const WORD_AFTER = /[ \u00a0]{1,4}(\p{Ll}+)/uy;
function countsSomething(text: string, at: number): boolean {
  WORD_AFTER.lastIndex = at;
  const w = WORD_AFTER.exec(text);
  return w !== null && w[1] !== 'en' && w[1] !== 'of';
}

/** A bill's dossier alone in parentheses after its title ("… 2019) (35117)"), or null. */
function billInParentheses(text: string, open: number): FoundCitation | null {
  if (open === 0 || text.charCodeAt(open - 1) !== 0x20) return null;
  PAREN_BILL_AT.lastIndex = open;
  const m = PAREN_BILL_AT.exec(text);
  if (!m) return spacedBillInParentheses(text, open);
  if (!inBillClause(text, open)) return null;
  const start = text.charCodeAt(open + 1) === 0x20 ? open + 2 : open + 1;
  const dossier = m[1];
  // With a Rijkswet number the span runs to its ")": "34358 -(R2065)".
  const end = m[2] ? text.lastIndexOf(')', PAREN_BILL_AT.lastIndex - 2) + 1 : start + 5;
  return {
    kind: 'kamerstuk', start, end,
    value: m[2] ? { dossier, suffix: null, number: null, self: false, id: null, rijkswet: `R${m[2]}` } : { dossier, suffix: null, number: null, self: false, id: null },
    explain: `Kamerstuk dossier ${dossier}${m[2] ? ` (Rijkswet R${m[2]})` : ''} in parentheses after a title (a bill named by its dossier)`,
  };
}

// "de wetsvoorstellen (36419 en 36420)", "(36418, 36419 en 36420)": bills' dossiers listed in parentheses, each a dossier-only
// citation as one alone is, in a clause that speaks of a bill (session 26).
const PAREN_BILLS_AT = /\( ?[23]\d{4}(?:(?:, ?| en )[23]\d{4}){1,8} ?\)/y;
const LISTED_DOSSIER = /[23]\d{4}/g;
function billsListedInParentheses(text: string, open: number): FoundCitation[] | null {
  if (open === 0 || text.charCodeAt(open - 1) !== 0x20) return null;
  PAREN_BILLS_AT.lastIndex = open;
  if (!PAREN_BILLS_AT.test(text) || !inBillClause(text, open)) return null;
  const out: FoundCitation[] = [];
  const inner = text.slice(open, PAREN_BILLS_AT.lastIndex);
  for (const d of inner.matchAll(LISTED_DOSSIER)) {
    out.push({
      kind: 'kamerstuk', start: open + d.index!, end: open + d.index! + 5,
      value: { dossier: d[0], suffix: null, number: null, self: false, id: null },
      explain: `Kamerstuk dossier ${d[0]} listed in parentheses with other bills' dossiers`,
    });
  }
  return out;
}

// "wetsvoorstel 29976", "wetsvoorstellen 31065 en …", "het wetsontwerp 35 007" (the older word, round 35): a bill named by
// its dossier, read where a five-digit number without "nr." is met (the unlabelled pass visits those anyway).
const BILL_LABEL_BEFORE = /(?:^|[^\p{L}])[Ww]ets(?:voorstel(?:len)?|ontwerp(?:en)?)[ \u00a0]$/u;
const BILL_LABEL_LOOKBACK = 16;

// parlementairemonitor/eumonitor's filing sentence, "Deze nota … is onder nr. G toegevoegd aan wetsvoorstel 36600 XX -
// Vaststelling …": the site's metadata naming the page's own dossier, no citation (as "… toegevoegd aan dossier 33820").
const FILED_UNDER = /\btoegevoegd aan\b/;
const FILED_UNDER_LOOKBACK = 400;

/** True when the paragraph before `start` (at most FILED_UNDER_LOOKBACK characters) files the page under a dossier. */
function filedUnderBill(text: string, start: number): boolean {
  // The line break is looked for inside the window: on one long line, a search of the text would go back to its start
  // for every bill.
  const window = text.slice(Math.max(0, start - FILED_UNDER_LOOKBACK), start);
  return FILED_UNDER.test(window.slice(window.lastIndexOf('\n') + 1));
}

// "de wetsvoorstellen 36419 en 36420", "de wetsontwerpen 25 877, 25 878 en 25 879": each dossier listed after the plural
// label is a bill's as the first is (session 26).
const BILLS_LISTED_BEFORE = /(?:^|[^\p{L}])[Ww]ets(?:voorstellen|ontwerpen)[ \u00a0](?:[23]\d[ \u00a0]?\d{3}(?:,[ \u00a0]| en ))+$/u;
const BILLS_LISTED_LOOKBACK = 80;
function listedAfterBills(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 2), first = text.charCodeAt(start);
  return (first === 0x32 || first === 0x33) && text.charCodeAt(start - 1) === 0x20 && (before === 0x2c || before === 0x6e) &&   // ", " or "en "
    BILLS_LISTED_BEFORE.test(text.slice(Math.max(0, start - BILLS_LISTED_LOOKBACK), start));
}

/** The dossier of "wetsvoorstel 29976" at `start`..`end` (five digits, maybe spaced), or null. */
export function billDossierAt(text: string, start: number, end: number): FoundCitation | null {
  if (start < 13 || !(BILL_LABEL_BEFORE.test(text.slice(Math.max(0, start - BILL_LABEL_LOOKBACK), start)) || listedAfterBills(text, start))) return null;
  if (filedUnderBill(text, start)) return null;
  const after = codeAt(text, end);
  if ((after >= 48 && after <= 57) || isHyphen(after) || after === 0x2f) return null;   // "29976-12", "29976/…": not a bare dossier
  const dossier = text.slice(start, end).replace(/[ .\u00a0]/g, '');
  return {
    kind: 'kamerstuk', start, end,
    value: { dossier, suffix: null, number: null, self: false, id: null },
    explain: `A bill named by its dossier number, ${dossier}`,
  };
}

/** Five digits at `at`, or two, a space (or NBSP, dot) and three ("31 700"). */
function dossierDigitsAt(text: string, at: number): boolean {
  if (fiveDigitsAt(text, at)) return true;
  const gap = text.charCodeAt(at + 2);
  return (gap === 0x20 || gap === 0xa0 || gap === 0x2e) && twoDigitsAt(text, at) && isAsciiDigit(text.charCodeAt(at + 3))
    && isAsciiDigit(text.charCodeAt(at + 4)) && isAsciiDigit(text.charCodeAt(at + 5)) && !isAsciiDigit(text.charCodeAt(at + 6));
}

function twoDigitsAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  return first >= 49 && first <= 57 && isAsciiDigit(text.charCodeAt(at + 1));
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
