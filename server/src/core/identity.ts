// Letter identity: what the letter says about itself (header, footer, date line, signatories), with a file
// name such as "kst-29754-327.txt" supplying what the text lacks. Also the headings for the outline.
import type { Layout } from './text/layout';
import type { Heading, LetterIdentity, Signatory, Span } from './types';
import { parseDutchDate } from './recognise/dates';
import { daysInMonth, isoDay } from './recognise/dates/calendar';
import { isAsciiDigit, isLetter } from './text/charClass';

export function emptyIdentity(): LetterIdentity {
  return { dossier: null, suffix: null, number: null, chamber: null, session: null, date: null, title: null, type: null, signatories: [], sources: {}, anchor: null };
}

/**
 * The date line near the top of the letter: "Den Haag, 19 juni 2017", "’s-Gravenhage, 3 maart 2015", or the
 * "Datum 14 januari 2015" field of the rijksoverheid letterhead. A ministry seated outside The Hague dated its letters
 * there: OCW "Zoetermeer, 30 november 2001" (until 2007), VWS "Rijswijk, …" (until 2002) (round 31). A stuk that is no letter dates itself under its
 * header: a verslag "Vastgesteld 11 maart 2020", a nota or memorie "Ontvangen 1 december 2020", a motie
 * "Voorgesteld 31 mei 2016" (or, submitted in a committee's meeting, "Voorgesteld tijdens het Wetgevingsoverleg van
 * 23 oktober 2023"); the first such line wins over the "Den Haag" line of a letter printed inside it.
 */
const DATE_LINE = /^[ \t]*(?:(?:Den Haag|[’']s-Gravenhage|Zoetermeer|Rijswijk),?|Datum:?|Vastgesteld|Ontvangen|Voorgesteld(?:[ \t]+tijdens[ \t]+(?:het|de)[ \t]+[\p{L}\- ]{1,60}?[ \t]+van)?)[ \t]+(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})[ \t]*$/mu;
/**
 * The type in capitals may stand before "Vastgesteld"/"Ontvangen" on the same line: "NOTA NAAR AANLEIDING VAN HET
 * TWEEDE VERSLAG Ontvangen 10 maart 2025", "Nr. 447 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 2 februari 2018". Tried
 * (sticky, from the line's start) only where the cue follows a capital and a space.
 */
// In a copy that runs the stuk's first lines together the text goes on after the date: "VERSLAG VAN EEN ALGEMEEN OVERLEG
// Vastgesteld 7 april 2000 De vaste commissie …". The type's last word may carry a glued footnote marker, the note on the
// committee's members: "VERSLAG VAN DE VASTE COMMISSIE VOOR ECONOMISCHE ZAKEN1 Vastgesteld 14 december 2015" (round 36).
// The text may go on with a numbered heading: "… Ontvangen 22 juni 2016 1. Inleiding Ik …" (round 40).
const TYPE_LINE_DATE = /[ \t]*(?:Nr\.[ \t]+\d{1,4}[ \t]+)?(?:[\p{Lu}’'\-]{2,}[ \t]+){0,15}[\p{Lu}’'\-]{2,}\d{0,2}[ \t]+(?:Vastgesteld|Ontvangen)[ \t]+(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})(?:[ \t]*$|[ \t]+(?=\p{Lu}|\d{1,2}\.[ \t]+\p{Lu}))/muy;
const NUMBER_LINE_DATE = /[ \t]*Nr\.[ \t]+\d{1,4}[ \t]+(?:Vastgesteld|Ontvangen)[ \t]+(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})(?:[ \t]*$|[ \t]+(?=\p{Lu}))/muy;
/**
 * The older ministry letterhead puts the field's name on a line of its
 * own and the day under it, also in digits: "datum ⏎ 13-10-1999", "Datum ⏎ 14 januari 2015".
 */
/**
 * The first DATE_LINE that is no piece of a sentence the PDF broke around a place: "… ondertekend in⏎Zoetermeer, 8 juni
 * 2003⏎en treedt …", a preposition ending the line above and a word in lower case opening the line below (session 25).
 */
function dateLineOutsideSentence(head: string): RegExpExecArray | null {
  const all = DATE_LINES;
  all.lastIndex = 0;
  for (let m = all.exec(head); m; m = all.exec(head)) {
    const end = m.index + m[0].length;
    if (!(PREPOSITION_LINE_END.test(head.slice(Math.max(0, m.index - 24), m.index)) && LOWER_LINE_START.test(head.slice(end, end + 4)))) return m;
  }
  return null;
}
const DATE_LINES = new RegExp(DATE_LINE.source, 'gmu');
const PREPOSITION_LINE_END = /(?:^|[^\p{L}])(?:in|te|op|uit|vanuit|naar|bij|per)[ \t]*\r?\n$/u;
const LOWER_LINE_START = /^\r?\n[ \t]*\p{Ll}/u;

// The field on one line, "Datum 13-10-1999" (the day in digits, which DATE_LINE does not read), is the same field.
const DATE_FIELD_BELOW = /[Dd]atum:?(?:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*|[ \t]+)(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4}|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d)[ \t]*$/muy;
/**
 * The date line's words inside a flattened copy (a PDF's text on one line): after the header, the cue and the day
 * stand between other words, "… BRIEF VAN DE MINISTER … Den Haag, 20 december 2022 De Nederlandse …".
 */
const INLINE_DATE = /(?:(?:Den Haag|[’']s-Gravenhage|Zoetermeer|Rijswijk),?|Vastgesteld|Ontvangen)[ \t]+(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})(?![\p{L}\d])/u;
/**
 * The older ministry letterhead's row of fields with the place in the first column and the day below it, or after it in
 * a copy that runs the row together: "Den Haag Ons kenmerk ⏎ 15 november 2004 MLB/M/2004/53.705", "Den Haag Ons kenmerk
 * 7 december 2004 ACB 2004 56968" (OCW, 2004; round 31), also with more field names before the day ("Den Haag Ons
 * kenmerk Uw brief van Uw kenmerk 20 november 2007 …", OCW, 2007; round 35: the day under the place comes first). Read in
 * the letterhead only, as the other fields.
 */
const PLACE_ROW_DATE = /[ \t]*(?:Den Haag|[’']s-Gravenhage|Zoetermeer|Rijswijk)[ \t]+(?:Ons|Uw) kenmerk:?(?:[ \t]+(?:Uw brief(?: van)?|Uw kenmerk|Ons kenmerk)){0,3}(?:[ \t]*\r?\n[ \t]*|[ \t]+)(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})(?![\p{L}\d])/uy;
/** How far after the header of a flattened copy its date line may stand (the type and the addressee before it). */
const INLINE_DATE_WINDOW = 600;
/**
 * An answer to Kamervragen (an Aanhangsel answer) dates itself by its receipt, in the line that opens the answer:
 * "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen 13 november 2023)", often broken over lines; so
 * does the notice that the answer will come later, which opens its own line: "Mededeling van Staatssecretaris Teeven
 * (Veiligheid en Justitie) (ontvangen 3 maart 2014)" (an Aanhangsel item of its own). The receipt is read as the normalised view reads it: a word hyphenated at a line end joined ("(ont-⏎vangen 2 december
 * 2013)") and the page furniture between its parts skipped ("(ontvangen 12 ⏎ <footer> ⏎ december 2013)"). Tried on
 * the receipt's few characters (see receiptAt), after each "(ont" in the head.
 */
const RECEIVED = /^\(ontvangen\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s*\)/u;
/** How many characters after "(" the receipt is read from (furniture skipped): "(ontvangen 30 september 2023)" and room. */
const RECEIVED_WINDOW = 60;
/** How far before "(ontvangen …)" the words "Antwoord van" or the line's opening "Mededeling van" may stand. */
const RECEIVED_AFTER_ANSWER = 400;
/** A word broken at a line end with a hyphen, between two letters: the hyphen, the line break and the spaces around it. */
const LINE_END_HYPHEN = /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{L})/gu;
/** "kst-29754-327", "kst-21501-02-1458", "kst-36200-VI-12" in a file name. */
const FILE_ID = /kst-(\d{4,6})(?:-([0-9]{2}|[A-Z]{1,6}))?-(\d{1,4}[a-z]?|[A-Z]{1,3})(?![\dA-Za-z])/;
/** "h-tk-20172018-52-9", "ah-tk-20142015-1198": a Handelingen item or an Aanhangsel answer names its chamber and session. */
const FILE_RECORD = /(?:^|[^a-z])a?h-(tk|ek)-((?:19|20)\d\d)((?:19|20)\d\d)-\d/;
/** "De Minister van Veiligheid en Justitie," ⏎ "I.W. Opstelten" */
const SIGNATORY = /^[ \t]*((?:De|de|Het) (?:Minister|Staatssecretaris|Minister-President|minister|staatssecretaris|Nationaal Coördinator)[^\n,]{0,120}),[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}.\- ’']{1,60}?)[ \t]*$/gmu;

export function readIdentity(original: string, layout: Layout, path: string | null): LetterIdentity {
  const id = emptyIdentity();
  const p = layout.printed;
  const from = (field: keyof LetterIdentity['sources'], source: string | null) => { if (source) id.sources[field] = source; };
  if (p.dossier) { id.dossier = p.dossier; id.suffix = p.suffix; from('dossier', p.source); }
  if (p.number) { id.number = p.number; from('number', p.source); }
  if (p.chamber) { id.chamber = p.chamber; from('chamber', p.source); }
  if (p.session) { id.session = p.session; from('session', p.source); }
  if (p.title) { id.title = p.title; from('title', p.source); }
  if (p.type) { id.type = sentenceCase(p.type); from('type', p.source); }
  id.anchor = p.anchor;
  if (p.joint.length) id.jointDossiers = p.joint;

  const head = original.slice(0, 4000);
  // The first of the date line, a type line's date and the letterhead's field wins.
  // A type line and a letterhead field stand near the top (a web copy's preamble before them): the first 2,000 characters.
  const top = head.slice(0, TYPE_LINE_WINDOW);
  // The letterhead stands above the salutation: a "Datum" below it heads a table or list of the running text.
  const letterhead = top.slice(0, salutationAt(top));
  const found = [dateLineOutsideSentence(head), typeLineDate(top), dateFieldBelow(letterhead), dateFieldBeforeField(letterhead), dateFieldInTable(letterhead),
    placeRowDate(letterhead), addresseeDateLine(top)];
  const dateLine = found.reduce<RegExpExecArray | null>((a, b) => (b && (!a || b.index < a.index) ? b : a), null);
  if (dateLine) {
    const iso = plainDutchDate(dateLine[1]) ?? parseDutchDate(dateLine[1]) ?? numericDate(dateLine[1]);
    if (iso) { id.date = iso; id.sources.date = 'date-line'; }
  }
  if (!id.date && p.flattened && p.anchor) {
    // The first cue after the header (or the first footer, when no header was read) within the window.
    const from = p.source === 'header' ? p.anchor.end : 0;
    const inline = INLINE_DATE.exec(original.slice(from, from + (p.source === 'header' ? INLINE_DATE_WINDOW : head.length)));
    const iso = inline ? plainDutchDate(inline[1]) ?? parseDutchDate(inline[1]) : null;
    if (iso) { id.date = iso; id.sources.date = 'date-line'; }
  }
  if (!id.date) {
    const received = receipt(head, layout.segments);
    if (received) {
      const opener = Math.max(head.lastIndexOf('Antwoord van ', received.at), noticeBefore(head, received.at));
      if (opener >= 0 && received.at - opener <= RECEIVED_AFTER_ANSWER) {
        const iso = plainDutchDate(received.day) ?? parseDutchDate(received.day);
        if (iso) { id.date = iso; id.sources.date = 'date-line'; }
      }
    }
  }

  if (path) {
    // The part after the last "/" or "\\" (what replacing "\\" by "/" and splitting on "/" leaves last).
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    const f = FILE_ID.exec(name);
    if (f && !id.dossier) {
      id.dossier = f[1]; id.suffix = f[2] ?? null; id.number = f[3];
      id.sources.dossier = 'file-name'; id.sources.number = 'file-name';
    } else if (f && !id.number && f[1] === id.dossier) {
      id.number = f[3]; id.sources.number = 'file-name';
    }
    // A Handelingen text has no identity of a Kamerstuk, but its session dates the days and months it names.
    const r = !f && !id.session ? FILE_RECORD.exec(name) : null;
    if (r && Number(r[3]) === Number(r[2]) + 1) {
      id.session = `${r[2]}-${r[3]}`; id.sources.session = 'file-name';
      if (!id.chamber) { id.chamber = r[1] === 'ek' ? 'I' : 'II'; id.sources.chamber = 'file-name'; }
    }
  }
  // A Handelingen item as the document itself: the chair's opening near the top. Its id needs chamber, session,
  // meeting and item (or pages), which only a record row or a file name gives; without them it is still no Kamerstuk.
  if (!id.type && opensAsHandelingenItem(original.slice(0, HANDELINGEN_OPENING_WINDOW))) {
    id.type = HANDELINGEN_ITEM_TYPE; id.sources.type = 'opening';
  }
  // Only the Eerste Kamer numbers its stukken with letters ("C", "AB").
  if (!id.chamber && (id.dossier || id.session)) { id.chamber = /^[A-Z]{1,3}$/.test(id.number ?? '') ? 'I' : 'II'; id.sources.chamber = 'assumed'; }

  id.signatories = findSignatories(original, layout.lineStarts);
  return id;
}

const TYPE_LINE_WINDOW = 2000;

/** The type given to a text that opens as a Handelingen item does ("Aan de orde is de behandeling van:"). */
export const HANDELINGEN_ITEM_TYPE = 'Handelingen item';
/**
 * The chair's words that open a Handelingen item: "Aan de orde is (de voortzetting van) de behandeling van: …", "… het
 * (tweeminuten)debat …", "… het VAO …", "… het vragenuur", "Aan de orde zijn de stemmingen", "… de Vaststelling van de
 * begrotingsstaten …". Not any "Aan de orde is …" a letter may open a paragraph with ("Aan de orde is de vraag of …").
 */
const HANDELINGEN_OPENING = /^[ \t]*Aan de orde (?:is|zijn) (?:de (?:[Vv]oortzetting|[Bb]ehandeling|[Gg]ezamenlijke|[Vv]erdere|[Vv]aststelling|[Ss]temmingen|[Ss]temming|[Rr]egeling van werkzaamheden|[Bb]eantwoording)|het (?:\p{L}*(?:debat|vragenuur|overleg)|\p{Lu}{2,}))(?![\p{L}])/mu;
/** Where the opening may stand: after a web copy's record table and the item's heading, near the top. */
const HANDELINGEN_OPENING_WINDOW = 1000;

/** HANDELINGEN_OPENING.test(head), run only when the head holds its words "Aan de orde " (a search, where the regex tries every line). */
function opensAsHandelingenItem(head: string): boolean {
  return head.includes('Aan de orde ') && HANDELINGEN_OPENING.test(head);
}

/**
 * TYPE_LINE_DATE at the line of the first " Ontvangen " in the head, else of the first " Vastgesteld ", when that
 * one follows a capital (the type line in capitals before it); null otherwise. Only each cue's first place is
 * looked at, to keep the head's scan to two searches.
 */
function typeLineDate(head: string): RegExpExecArray | null {
  for (const cue of TYPE_LINE_CUES) {
    const at = indexAfterSpace(head, cue);
    if (at < 1) continue;
    // The type's last capital, or a marker of one or two digits glued to it ("ZAKEN1").
    let before = at - 1;
    while (before > at - 3 && isAsciiDigit(head.charCodeAt(before))) before--;
    const c = head.charCodeAt(before);
    const lineStart = head.lastIndexOf('\n', at) + 1;
    if (isAsciiDigit(head.charCodeAt(at - 1))) {
      // The number line with the cue and no type: "Nr. 21 Vastgesteld 12 oktober 2006" (rijksbegroting.nl, round 37).
      NUMBER_LINE_DATE.lastIndex = lineStart;
      const m = NUMBER_LINE_DATE.exec(head);
      if (m) return m;
    }
    if (!(c >= 0x41 && c <= 0x5a) && c !== 0xcb && c !== 0xc9) continue;   // A-Z, Ë, É
    TYPE_LINE_DATE.lastIndex = lineStart;
    const m = TYPE_LINE_DATE.exec(head);
    if (m) return m;
  }
  return null;
}

/**
 * The date line run onto the addressee's line, as parlementairemonitor prints a stuk: "Aan de Voorzitter van de Tweede
 * Kamer der Staten-Generaal Den Haag, 1 juli 2021" (round 37). Looked for only where the addressee's words stand.
 */
const ADDRESSEE_DATE_LINE = /[ \t]*Aan de Voorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal,?[ \t]+(?:Den Haag|[’']s-Gravenhage),?[ \t]+(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})[ \t]*$/muy;
function addresseeDateLine(top: string): RegExpExecArray | null {
  const at = top.indexOf('Aan de Voorzitter van de ');
  if (at < 0) return null;
  ADDRESSEE_DATE_LINE.lastIndex = top.lastIndexOf('\n', at) + 1;
  return ADDRESSEE_DATE_LINE.exec(top);
}

/** The cues of typeLineDate, each after a space: " Ontvangen ", " Vastgesteld ". */
const TYPE_LINE_CUES = ['Ontvangen ', 'Vastgesteld '];

/**
 * text.indexOf(` ${word}`), searched as `word`, whose capital is rare, with the space before it checked: the same first
 * place, found without stopping at every space of the text as a search for a pattern that opens with one does.
 */
function indexAfterSpace(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (at >= 1 && text.charCodeAt(at - 1) === 0x20) return at - 1;
  return -1;
}

/**
 * The first receipt in the head, "(ontvangen 12 december 2013)": where its "(" stands and its day with single spaces;
 * null when there is none. Each "(ont" is tried, on the receipt as the normalised view would read it (receiptAt).
 */
function receipt(head: string, lifted: readonly Span[]): { at: number; day: string } | null {
  for (let at = head.indexOf('(ont'); at >= 0; at = head.indexOf('(ont', at + 4)) {
    const m = RECEIVED.exec(receiptAt(head, at, lifted));
    if (m) return { at, day: m[1].replace(/\s+/g, ' ') };
  }
  return null;
}

/**
 * Where the last "Mededeling van " before `at` that opens a line (after spaces) stands, within RECEIVED_AFTER_ANSWER
 * characters; -1 when none does. Not the word in a sentence ("de Mededeling van de Commissie (ontvangen …)").
 */
function noticeBefore(head: string, at: number): number {
  for (let k = head.lastIndexOf('Mededeling van ', at); k >= 0 && at - k <= RECEIVED_AFTER_ANSWER; k = head.lastIndexOf('Mededeling van ', k - 1)) {
    let p = k - 1;
    while (p >= 0 && (head.charCodeAt(p) === 0x20 || head.charCodeAt(p) === 0x09)) p--;
    if (p < 0 || head.charCodeAt(p) === 0x0a) return k;
    if (k === 0) break;
  }
  return -1;
}

/**
 * RECEIVED_WINDOW characters of `text` from `from` on, with the lifted spans (footers, headers, footnote bodies; by
 * start, disjoint) that start in them left out (a space for each) and a word hyphenated at a line end joined.
 */
function receiptAt(text: string, from: number, lifted: readonly Span[]): string {
  let k = 0;
  while (k < lifted.length && lifted[k].end <= from) k++;
  let out = '';
  for (let pos = from; pos < text.length && out.length < RECEIVED_WINDOW;) {
    if (k < lifted.length && lifted[k].start <= pos) { out += ' '; pos = lifted[k++].end; continue; }
    const to = Math.min(text.length, pos + RECEIVED_WINDOW - out.length, k < lifted.length ? lifted[k].start : text.length);
    out += text.slice(pos, to);
    pos = to;
  }
  return out.indexOf('-') >= 0 ? out.replace(LINE_END_HYPHEN, '') : out;
}

/**
 * The letterhead's row of field names with their values on the next line, "Datum Kenmerk Onderwerp ⏎ 16 september 2003
 * 03M459859 Notitie: …": the date opens the line under the names.
 */
const DATE_FIELD_ROW = /[Dd]atum(?:[ \t]+(?:Kenmerk|kenmerk|Ons kenmerk|Uw kenmerk|Uw brief|Onderwerp|onderwerp|Bijlagen?|bijlagen?)){1,4}[ \t]*\r?\n[ \t]*(\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4})(?![\p{L}\d])/uy;

/** A letterhead's date: "20 juni 2014", "13-10-1999". A regex source with no groups. */
const FIELD_DAY = String.raw`\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4}|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d`;
/** The names of the letterhead's fields after its date, as alternatives of a regex source with no groups (the opening words skip them too). */
export const LETTERHEAD_FIELDS = String.raw`Betreft|Onderwerp|Kenmerk|Ons kenmerk|Onze referentie|Uw kenmerk|Uw referentie|Uw brief|Auteur|Bijlagen?|Bijlage\(n\)`;
/** The names of the letterhead's other fields. A regex source with no groups. */
const FIELD_NAME = String.raw`(?:${LETTERHEAD_FIELDS})(?![\p{L}\d])`;
/**
 * The field of today's letterhead with the next field after it on the same line, as a PDF's text or a web copy runs the
 * letterhead together: "Datum 20 juni 2014 Betreft Nazorg …", "… 2513 AA DEN HAAG Datum 26 november 2020 Betreft …",
 * "Datum 28 maart 2001 Auteur DVB/VD", also with a column's words between ("Datum 16 april 1999 Behan mw. drs. … Kenmerk
 * 270/99"). The next field's name (or a line end and the name) is what makes it the letterhead's, not a date in the running
 * text or a table.
 */
const DATE_FIELD_BEFORE_FIELD = new RegExp(String.raw`Datum:?[ \t]+(${FIELD_DAY})(?:[ \t]*(?:\r?\n[ \t]*)?|[ \t]+[^\n|]{1,80}?[ \t]+)${FIELD_NAME}`, 'uy');
/** A cell of a text table that holds a letterhead's date alone, from its start to the "|" that ends it. */
const DATE_CELL = new RegExp(String.raw`[ \t]*(${FIELD_DAY})[ \t]*\|`, 'uy');
/** A cell of a text table that holds a date (another row of a table of dates). */
const ANY_DATE_CELL = new RegExp(String.raw`[ \t]*(?:${FIELD_DAY})`, 'uy');

/**
 * The letterhead laid out as a text table: the date in the cell after "Datum" ("|Datum |14 november 2005 |Behandel…|"),
 * or under "Datum" in a row of field names ("|Fax |Datum |Kenmerk |Onderwerp |" ⏎ "|070 … |18 maart 2005 |05M473339 | |").
 * Not a column of dates under "Datum" (a table listing letters): the row after the date has none in that column.
 */
function dateFieldInTable(head: string): RegExpExecArray | null {
  for (let at = head.indexOf('Datum'); at >= 0; at = head.indexOf('Datum', at + 5)) {
    const cellStart = head.lastIndexOf('|', at);
    const lineStart = head.lastIndexOf('\n', at) + 1;
    if (cellStart < lineStart || head.slice(cellStart + 1, at).trim() !== '') continue;
    const cellEnd = head.indexOf('|', at);
    const lineEnd = endOfLine(head, at);
    if (cellEnd < 0 || cellEnd > lineEnd || !/^Datum:?\s*$/.test(head.slice(at, cellEnd))) continue;
    DATE_CELL.lastIndex = cellEnd + 1;
    const beside = DATE_CELL.exec(head);
    if (beside) return beside;
    // The row of field names: the date in the same column of the next line, and none in the line after it.
    const column = countOf(head, '|', lineStart, cellStart);
    const next = lineEnd + 1;
    const below = cellStartAt(head, next, column);
    if (below < 0 || !FIELD_NAME_IN_ROW.test(head.slice(lineStart, lineEnd))) continue;
    DATE_CELL.lastIndex = below + 1;
    const m = DATE_CELL.exec(head);
    if (!m) continue;
    const further = cellStartAt(head, endOfLine(head, next) + 1, column);
    ANY_DATE_CELL.lastIndex = further + 1;
    if (further >= 0 && ANY_DATE_CELL.test(head)) continue;
    return m;
  }
  return null;
}

/** Another field's name in the row: what makes a row of cells the letterhead's. */
const FIELD_NAME_IN_ROW = new RegExp(String.raw`\|[ \t]*(?:${FIELD_NAME}|Telefoon|Fax)`, 'u');

function endOfLine(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/** How often `c` stands in text[from, to). */
function countOf(text: string, c: string, from: number, to: number): number {
  let n = 0;
  for (let p = text.indexOf(c, from); p >= 0 && p < to; p = text.indexOf(c, p + 1)) n++;
  return n;
}

/** Where the `column`-th "|" (from 0) of the line starting at `lineStart` stands, when a cell follows it on that line; else -1. */
function cellStartAt(text: string, lineStart: number, column: number): number {
  if (lineStart >= text.length) return -1;
  const end = endOfLine(text, lineStart);
  let p = text.indexOf('|', lineStart);
  for (let k = 0; k < column && p >= 0 && p < end; k++) p = text.indexOf('|', p + 1);
  return p >= 0 && p < end && text.indexOf('|', p + 1) > p && text.indexOf('|', p + 1) <= end ? p : -1;
}

/** "Geachte Voorzitter,", "Zeer geachte heer …,": where the running text's salutation starts, or the text's length. */
function salutationAt(text: string): number {
  return findSalutation(text)?.start ?? text.length;
}
/**
 * A salutation after anything but a letter: /(?<![\p{L}])SALUTATION/u. The letter before it is checked where one is found
 * (salutationAfterNoLetter): the regex can then skip to its first letters, which it cannot with the look-behind first.
 */
const SALUTATION = /(?:(?:Zeer|ZEER)[ \t\u00a0]+[Gg]eachte|Geachte)[ \t\u00a0]+[^\n,.;:]{1,60},/gu;

/** The first salutation in `text` ("Geachte Voorzitter,", "Zeer geachte heer Van der Staaij,"): the running text follows it. */
export function findSalutation(text: string): Span | null {
  SALUTATION.lastIndex = 0;
  for (let m = SALUTATION.exec(text); m; m = SALUTATION.exec(text)) {
    if (!isLetter(codePointBefore(text, m.index))) return { start: m.index, end: m.index + m[0].length };
    SALUTATION.lastIndex = m.index + 1;     // the next place it may start, as the look-behind's regex would go on
  }
  return null;
}

/** The code point that ends at `at` (a surrogate pair read as one, as a /u look-behind reads it), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low;
}

/** DATE_FIELD_BEFORE_FIELD at the first "Datum" that opens a line or follows a space, where it matches; or null. */
function dateFieldBeforeField(head: string): RegExpExecArray | null {
  for (let at = head.indexOf('Datum'); at >= 0; at = head.indexOf('Datum', at + 5)) {
    const before = at === 0 ? 0x0a : head.charCodeAt(at - 1);
    if (before !== 0x0a && before !== 0x20 && before !== 0x09) continue;
    DATE_FIELD_BEFORE_FIELD.lastIndex = at;
    const m = DATE_FIELD_BEFORE_FIELD.exec(head);
    if (m) return m;
  }
  return null;
}

/** PLACE_ROW_DATE from the start of the line of each "kenmerk" in the letterhead, the first that matches, or null. */
function placeRowDate(head: string): RegExpExecArray | null {
  for (let at = head.indexOf(' kenmerk'); at >= 0; at = head.indexOf(' kenmerk', at + 8)) {
    PLACE_ROW_DATE.lastIndex = head.lastIndexOf('\n', at) + 1;
    const m = PLACE_ROW_DATE.exec(head);
    if (m) return m;
  }
  return null;
}

/** DATE_FIELD_BELOW (or DATE_FIELD_ROW) at the first "datum"/"Datum" at the start of a line (after spaces) where it matches, or null. */
function dateFieldBelow(head: string): RegExpExecArray | null {
  for (let at = nextAtum(head, 0); at > 0; at = nextAtum(head, at + 4)) {
    const d = head.charCodeAt(at - 1);
    if (d !== 0x64 && d !== 0x44) continue;   // d, D
    let p = at - 2;
    while (p >= 0 && (head.charCodeAt(p) === 0x20 || head.charCodeAt(p) === 0x09)) p--;
    if (p >= 0 && head.charCodeAt(p) !== 0x0a) continue;
    DATE_FIELD_BELOW.lastIndex = at - 1;
    const m = DATE_FIELD_BELOW.exec(head);
    if (m) return m;
    DATE_FIELD_ROW.lastIndex = at - 1;
    const row = DATE_FIELD_ROW.exec(head);
    if (row) return row;
  }
  return null;
}

/**
 * text.indexOf('atum', from), searched as its "um" with "at" checked before it: the same place, found without
 * stopping at every "a" of the text ("atum" cannot overlap itself, so no place is passed over).
 */
function nextAtum(text: string, from: number): number {
  for (let um = text.indexOf('um', from + 2); um >= 0; um = text.indexOf('um', um + 2)) {
    if (text.charCodeAt(um - 2) === 0x61 && text.charCodeAt(um - 1) === 0x74) return um - 2;
  }
  return -1;
}

/** "13-10-1999" (day, month, year), or null when no such day exists. */
function numericDate(text: string): string | null {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDay({ year, month, day });
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** The plain shape of nearly every date line: a day without a leading zero, a month in full and in lower case, a recent year. */
const PLAIN_DATE = /^([1-9]|[12]\d|3[01])[ \t]+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[ \t]+((?:19[5-9]|20[0-4])\d)$/;

/**
 * A date line's date in the plain shape, as parseDutchDate reads it (tested on every day of that shape), or null for
 * anything else, which parseDutchDate then reads. The references pass, which reads no other dates, need not warm
 * up the whole date grammar for it. Exported for tests.
 */
export function plainDutchDate(text: string): string | null {
  const m = PLAIN_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]) + 1;
  const year = Number(m[3]);
  if (day > daysInMonth(year, month)) return null;
  return isoDay({ year, month, day });
}

/** SIGNATORY tried at one place: a line start that `signatures` found. */
const SIGNATORY_AT = new RegExp(SIGNATORY.source, 'ymu');

function findSignatories(original: string, lineStarts: ArrayLike<number>): Signatory[] {
  const out: Signatory[] = [];
  // Signatures close a letter; footnotes may follow, so search the last third.
  const from = Math.floor(original.length * 0.5);
  const tail = original.slice(from, from + 200_000 > original.length ? original.length : from + 200_000);
  for (const m of signatures(tail, original, lineStarts, from)) {
    const name = m[2].trim();
    if (!/\p{Lu}\.|\p{Lu}\p{Ll}+/u.test(name) || name.split(/\s+/).length > 6) continue;
    const start = from + m.index! + m[0].indexOf(m[1]);
    const nameStart = from + m.index! + m[0].lastIndexOf(name);
    out.push({ role: m[1].trim(), name, start, end: nameStart + name.length });
  }
  return out;
}

/**
 * The matches of SIGNATORY in `text`, as `text.matchAll(SIGNATORY)` gives them, but tried only where one can
 * start: its office line ends in a comma (",[ \t]*\r?\n"), so only lines that end so are looked into, at their
 * start and after any \r, U+2028 or U+2029 in them (where /m also puts "^"). `text` is the letter `original` from
 * `offset` on, whose line breaks are read from the letter's line starts; the line ends are read in `original` itself
 * (a flat string, where `text` is a slice of it that every read goes through).
 */
function signatures(text: string, original: string, lineStarts: ArrayLike<number>, offset: number): RegExpExecArray[] {
  // Runs once per line that ends in a comma, a few per letter: only the line scan is hot, so this loop and
  // its rarely taken paths stay out of TurboFan (compiled, it was compiled twice: on stack, then on entry).
  const found: RegExpExecArray[] = [];
  let end = 0;
  const first = firstStartAfter(lineStarts, offset);
  const textEnd = offset + text.length;
  for (let k = nextLineEndingInComma(original, lineStarts, offset, textEnd, first, first); k < lineStarts.length; k = nextLineEndingInComma(original, lineStarts, offset, textEnd, first, k + 1)) {
    const nl = lineStarts[k] - 1 - offset;          // the office line is followed by a line break
    const lineStart = lineStartBefore(lineStarts, offset, first, k);
    const comma = commaBeforeLineEnd(text, lineStart, nl);
    // Candidates: the line start, then the place after each \r, U+2028 or U+2029 before the comma.
    for (let start = lineStart; start <= comma; start = afterNextBreak(original, offset + start, offset + comma) - offset) {
      if (start < end) continue;                    // inside the previous match
      SIGNATORY_AT.lastIndex = start;
      const m = SIGNATORY_AT.exec(text);
      if (!m) continue;
      found.push(m);
      end = m.index + m[0].length;
    }
  }
  return found;
}

/** The place after the first \r, U+2028 or U+2029 in original[from, to), or to + 1 when there is none. */
function afterNextBreak(original: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const c = original.charCodeAt(at);
    if (c === 0x0d || c === 0x2028 || c === 0x2029) return at + 1;
  }
  return to + 1;
}

/**
 * From line break k on (line breaks are at lineStarts[k] - 1, first is the first after `offset`), the first
 * whose line (from `offset` on) ends in a comma before it, or lineStarts.length when none does before `end`.
 */
function nextLineEndingInComma(original: string, lineStarts: ArrayLike<number>, offset: number, end: number, first: number, k: number): number {
  for (; k < lineStarts.length; k++) {
    const nl = lineStarts[k] - 1;
    if (nl >= end) return lineStarts.length;
    if (commaBeforeLineEnd(original, offset + lineStartBefore(lineStarts, offset, first, k), nl) >= 0) return k;
  }
  return lineStarts.length;
}

/** Where in `text` the line before line break k starts: 0 for the first, which `text` may begin inside. */
function lineStartBefore(lineStarts: ArrayLike<number>, offset: number, first: number, k: number): number {
  return k === first ? 0 : lineStarts[k - 1] - offset;
}

/** Index of the first line start after `offset` (binary search). */
function firstStartAfter(lineStarts: ArrayLike<number>, offset: number): number {
  let lo = 0, hi = lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lineStarts[mid] <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Offset of the "," that ends the line [lineStart, nl) before [ \t]* and an optional \r, or -1. */
function commaBeforeLineEnd(text: string, lineStart: number, nl: number): number {
  let p = nl;
  if (p > lineStart && text.charCodeAt(p - 1) === 0x0d) p--;
  while (p > lineStart && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
  return p > lineStart && text.charCodeAt(p - 1) === 0x2c ? p - 1 : -1;
}

const FUNCTION_WORDS = new Set(['en', 'de', 'het', 'der', 'van', 'voor', 'op', 'in']);

/**
 * The last few document types put in sentence case: the same printed type is asked for by the identity and by
 * the headings of each letter, and most letters of a workspace share a handful of types.
 */
const sentenceCased = new Map<string, string>();
const SENTENCE_CASED_KEPT = 256;

/** "BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE" → "Brief van de Minister van Veiligheid en Justitie". */
function sentenceCase(s: string): string {
  const known = sentenceCased.get(s);
  if (known !== undefined) return known;
  const cased = sentenceCaseOf(s);
  if (sentenceCased.size >= SENTENCE_CASED_KEPT) sentenceCased.clear();
  if (s.length <= 500) sentenceCased.set(s, cased);
  return cased;
}

function sentenceCaseOf(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const words = s.toLowerCase().replace(/\s+/g, ' ').trim().split(' ');
  // Prose in lower case; names keep their capitals: an office and what it is of ("Minister van Veiligheid en
  // Justitie"), a committee's portfolio ("commissie voor Binnenlandse Zaken"), the members a motie or amendement is of
  // ("leden Weverling en Van den Berg c.s."), each until a word that goes back to prose ("over", "ter vervanging").
  let mode: 'prose' | 'office' | 'names' = 'prose';
  let nameStarts = false;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const bare = w.replace(/[,;:]+$/, '');
    if (OFFICES.has(bare)) { mode = 'office'; out.push(capital(w)); continue; }
    if (mode !== 'office' && (bare === 'commissie' || bare === 'commissies') && words[k + 1] === 'voor') { mode = 'office'; out.push(w, words[++k]); continue; }
    if (bare === 'lid' || bare === 'leden') { mode = 'names'; nameStarts = true; out.push(w); continue; }
    if (mode !== 'prose' && (BACK_TO_PROSE.has(bare) || (bare === 'ter' && words[k + 1] === 'vervanging'))) mode = 'prose';
    if (mode === 'office') out.push(FUNCTION_WORDS.has(w) ? w : capital(w));
    else if (mode === 'names') {
      if (bare === 'en' || bare === 'c.s.') out.push(w);
      else out.push(nameStarts || !NAME_PARTICLES.has(bare) ? capital(w) : w);
      nameStarts = bare === 'en' || w.endsWith(',');
    } else out.push(w);
  }
  return capital(out.join(' '));
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const OFFICES = new Set(['minister-president', 'minister', 'ministers', 'staatssecretaris', 'staatssecretarissen', 'voorzitter']);
/** The lower-case parts of a Dutch surname ("Van den Berg", "Van der Staaij"): capital only where the name starts. */
const NAME_PARTICLES = new Set(['van', 'de', 'den', 'der', 'het', "'t", 'ter', 'te', 'ten', 'in', 'op', 'la', 'le', 'du']);
/** Words after a name that go on in prose: "… van het lid Leerdam over …", "… ter vervanging van die gedrukt onder nr. 12". */
const BACK_TO_PROSE = new Set(['over', 'inzake', 'houdende', 'betreffende', 'voorgesteld', 'ontvangen', 'vastgesteld']);

/**
 * Headings for the outline: short lines standing alone (blank line before and after, or a numbered
 * section "3. Aanpak …"), starting with a capital, not ending like a sentence.
 */
export function findHeadings(original: string, layout: Layout): Heading[] {
  const headings: Heading[] = [];
  if (layout.printed.source === 'header' && layout.printed.type) {
    const heading = typeHeading(original, layout.printed.type);
    if (heading) headings.push(heading);
  }
  if (original.length > 5_000_000) return headings;
  const n = original.length;
  let prevBlank = true;
  // Line by line over the layout's line starts: trimmed bounds by character code, a string only for candidates.
  const starts = layout.lineStarts;
  for (let li = 0; li < starts.length; li++) {
    const lineStart = starts[li];
    const lineEnd = li + 1 < starts.length ? starts[li + 1] - 1 : n;
    let s = lineStart, e = lineEnd;
    while (s < e && isTrimmed(original.charCodeAt(s))) s++;
    while (e > s && isTrimmed(original.charCodeAt(e - 1))) e--;
    const afterBlank = prevBlank;
    prevBlank = s === e;
    if (e - s < 3 || e - s > 80) continue;
    // A heading stands after a blank line unless it is numbered (which starts with a digit): most last lines
    // of paragraphs are settled here, without a slice.
    if (!afterBlank && !isDigitCode(original.charCodeAt(s))) continue;
    if (lineEnd < n && !blankLineAt(original, lineEnd + 1)) continue;     // a heading is followed by a blank line
    const heading = headingAt(original, s, e, afterBlank, layout);
    if (heading) headings.push(heading);
  }
  return headings.sort((a, b) => a.start - b.start);
}

/**
 * The header's type as the first heading: where it is printed, over its lines when it goes on over more than one
 * ("… EN KONINKRIJKSRELATIES, EN DE ⏎ STAATSSECRETARIS …", joined with a space in the type), from its first words to its last.
 */
function typeHeading(original: string, type: string): Heading | null {
  const at = original.indexOf(type);
  if (at >= 0) return { text: sentenceCase(type), start: at, end: at + type.length, level: 1 };
  // Its first two words and its last, which no line break of the type falls inside.
  const words = type.split(' ');
  const from = original.indexOf(words.slice(0, 2).join(' '));
  const last = words[words.length - 1];
  const to = from < 0 ? -1 : original.indexOf(last, from);
  return to >= 0 && to - from <= TYPE_HEADING_SPREAD ? { text: sentenceCase(type), start: from, end: to + last.length, level: 1 } : null;
}

/** How far the last words of a type over several lines may stand from its first (three lines and their spaces). */
const TYPE_HEADING_SPREAD = 600;

/** The trimmed line [s, e) (3 to 80 characters, a blank line after it) as a heading, or null. */
function headingAt(original: string, s: number, e: number, afterBlank: boolean, layout: Layout): Heading | null {
  // A footnote marker glued to its end ("Achtergrond1", "2. Stand van zaken3") is no part of the heading.
  const marker = layout.footnotes.find(f => f.marker !== null && f.marker.end === e && f.marker.start > s)?.marker;
  if (marker) e = marker.start;
  const text = original.slice(s, e);
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}/u.test(text);
  if (!afterBlank && !numbered) return null;
  if (!/^(\d{1,2}(\.\d{1,2})*\.\s+)?[\p{Lu}«"]/u.test(text)) return null;
  if (/[.,;:]$/.test(text) || /^(Den Haag|Aan de|Tweede Kamer|Eerste Kamer|Vergaderjaar|Nr\.)/.test(text)) return null;
  if (LETTERHEAD_FIELD_LINE.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > 10) return null;
  // A sentence's start, cut by the line end or a page break ("De regering heeft daarom besloten om de ⏎⏎ <footer>
  // ⏎ regeling te …"), or a sentence without its full stop, is no heading.
  if ((NO_HEADING_END.has(words[words.length - 1].toLowerCase()) && !isShortQuestion(words)) || isSentence(words)) return null;
  if (isSignatoryName(original, s, text)) return null;
  if (inFurniture(layout, s, e)) return null;
  if (goesOnOverPage(original, e, layout)) return null;
  return { text, start: s, end: e, level: numbered ? 3 : 2 };
}

/**
 * A letterhead's field with its value, in a letter without a header ("Datum 26 mei 2021 Kenmerk 123", "Betreft Nazorg",
 * "Ons kenmerk 2021-0012"): "Datum" and "Onderwerp" only before a digit, where a heading may open with them ("Datum en plaats …").
 */
const LETTERHEAD_FIELD_LINE = /^(?:(?:Betreft|Kenmerk|Ons kenmerk|Uw kenmerk|Uw brief(?: van)?|Onze referentie|Uw referentie):?[ \t]+\S|(?:Datum|Onderwerp):?[ \t]+\d)/u;

/** Two initials or more before a name ("F.B.J. Jansen", "A.C. de Vries"). */
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.){1,4} ?\p{L}/u;
/** One initial ("A. de Vries-Bakker"), which a lettered section shares ("A. Inleiding"). */
const ONE_INITIAL = /^\p{Lu}\. ?\p{L}/u;
/** An office a signature names above the signatory ("De Minister van …,", "de staatssecretaris van …"). */
const OFFICE_LINE = /(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|[Cc]oördinator|[Gg]riffier)[^\n]*$/u;

/**
 * A signatory's name under the space left for the signature ("De Minister van …, ⏎⏎⏎ F.B.J. Jansen"): two initials or
 * more, or one under a line that names the office (a lettered section, "A. Inleiding", stays a heading).
 */
function isSignatoryName(original: string, lineStart: number, text: string): boolean {
  if (INITIALS.test(text)) return true;
  if (!ONE_INITIAL.test(text)) return false;
  let end = lineStart;
  while (end > 0 && isTrimmed(original.charCodeAt(end - 1))) end--;
  const start = original.lastIndexOf('\n', end - 1) + 1;
  return end - start <= 200 && OFFICE_LINE.test(original.slice(start, end).replace(/,$/, ''));
}
/** Words no heading ends in: articles, prepositions, conjunctions, pronouns a sentence goes on after. */
const NO_HEADING_END = new Set(['de', 'het', 'een', 'en', 'of', 'maar', 'dat', 'die', 'dit', 'deze', 'om', 'te', 'van', 'voor', 'met', 'in',
  'op', 'aan', 'door', 'bij', 'naar', 'tot', 'uit', 'als', 'dan', 'zodat', 'omdat', 'waarbij', 'waarin', 'wij', 'ik', 'we', 'u', 'zij', 'er']);
/** The words a question opens with ("Wat verandert er", "Waar staan we"). */
const QUESTION_WORDS = new Set(['wat', 'hoe', 'waarom', 'wanneer', 'waar', 'wie', 'welke', 'welk', 'waarmee', 'waarvoor', 'waaraan']);
/** Pronouns and "er" a short question ends in, where a sentence's line would go on ("Wat betekent dit voor u"). */
const QUESTION_END = new Set(['wij', 'we', 'ik', 'u', 'zij', 'er']);

/** A heading that asks a question in six words or fewer and ends in a pronoun or "er": no sentence cut short. */
function isShortQuestion(words: string[]): boolean {
  return words.length <= 6 && QUESTION_WORDS.has(words[0].toLowerCase()) && QUESTION_END.has(words[words.length - 1].toLowerCase());
}
/** Finite verbs of a statement ("… heeft …", "… is …"): with a subject before them, a line of words is a sentence. */
const FINITE_VERBS = new Set(['is', 'zijn', 'was', 'waren', 'heeft', 'hebben', 'had', 'wordt', 'worden', 'werd', 'zal', 'zullen', 'kan', 'kunnen', 'moet',
  'moeten', 'heb', 'ben', 'ga', 'gaat', 'houd']);
/** The subjects a sentence of a letter opens with. */
const SENTENCE_SUBJECTS = new Set(['ik', 'wij', 'we', 'dit', 'dat', 'deze', 'het', 'er', 'zij', 'hij', 'u']);

/** "Ik houd u op de hoogte", "Dat is het plan van het kabinet": a subject, then a finite verb, in five words or more. */
function isSentence(words: string[]): boolean {
  return words.length >= 5 && SENTENCE_SUBJECTS.has(words[0].toLowerCase()) && FINITE_VERBS.has(words[1].toLowerCase());
}

/**
 * Whether the running text after `from` goes on past a page break in lower case: after white space, footnote bodies
 * and page furniture, a footer among them, the next page's text starts with a lower-case letter.
 */
function goesOnOverPage(original: string, from: number, layout: Layout): boolean {
  let at = from;
  let pageBreak = false;
  for (let guard = 0; guard < 64 && at < original.length; guard++) {
    while (at < original.length && isTrimmed(original.charCodeAt(at))) at++;
    const furniture = layout.furniture.find(f => f.start <= at && at < f.end);
    if (furniture) { pageBreak ||= furniture.kind === 'footer'; at = furniture.end; continue; }
    const body = layout.footnotes.find(f => f.body.start <= at && at < f.body.end);
    if (!body) break;
    at = body.body.end;
  }
  return pageBreak && isLowerCode(original.charCodeAt(at));
}

function isLowerCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Whether [start, end) lies inside page furniture or a footnote body. */
function inFurniture(layout: Layout, start: number, end: number): boolean {
  return layout.furniture.some(f => f.start <= start && end <= f.end) || layout.footnotes.some(f => f.body.start <= start && end <= f.body.end);
}

/** White space as String.prototype.trim removes it. */
function isTrimmed(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether the line that starts at `start` is empty or white space only. */
function blankLineAt(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!isTrimmed(c)) return false;
  }
  return true;
}
