// Handelingen ("Handelingen II 2014/15, nr. 41, item 7") and Aanhangsel Handelingen ("Aanhangsel
// Handelingen II 2014/15, nr. 1242", "Aanhangsel van de Handelingen, vergaderjaar 2023–2024, nr. 76",
// "Handelingen II 2014/15, Aanhangsel, nr. 1242").
import type { Chamber } from '../../types';
import type { FoundCitation, FoundProblem, ParseResult } from './found';
import { aanhangselId, handelingenId } from '../../ids';
import { readBareNumberList, readNumbers } from './numbers';
import { codeAt, matchesAt, readAt, readChamber, readPage, readSession, skipSeparator, skipSpaces } from './patterns';

/** Where a missing chamber comes from: the letter's own identity, else an assumption. */
export interface ChamberDefault {
  chamber: Chamber;
  /** Said in `explain` when the chamber is not in the citation. */
  reason: string;
}

// After "Aanhangsel": "Handelingen", "van de Handelingen", "bij de Handelingen".
const AANHANGSEL_LEAD = /[ \u00a0]*(?:(?:van|bij)[ \u00a0]+de[ \u00a0]+)?[Hh]andelingen(?![\p{L}])/yu;
// "Aanhangsel" after the chamber or session of a "Handelingen …" citation: ", Aanhangsel", "(Aanhangsel)".
const AANHANGSEL_INSIDE = /[ \u00a0]*,?[ \u00a0]*\(?[Aa]anhangsel\)?(?![\p{L}])/yu;
// ", item 7", " item 13", ", agendapunt 4".
const ITEM = /[ \u00a0]*,?[ \u00a0]*(?:[Ii]tem|[Aa]gendapunt)[ \u00a0]+([1-9]\d{0,2})(?![\d\p{L}])/yu;
// ", items 9 en 15", ", items 3, 4 en 7": several items of one meeting, as "nrs. 196 en 198" are several stukken.
const ITEMS = /[ \u00a0]*,?[ \u00a0]*[Ii]tems[ \u00a0]+([1-9]\d{0,2})(?![\d\p{L}])/yu;
// The next item of that list: ", 4" or " en 7" (a line break is a space in the view).
// A full stop may end the list ("items 9 en 12."), but not start a decimal or a clock time ("en 12.30").
const NEXT_ITEM = /(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+en[ \u00a0]+)([1-9]\d{0,2})(?![\d\p{L}/])(?!\.\d)/yu;
// A second meeting after an item, "nr. 14, item 6 en nr. 15, item 3": a citation of its own, from "nr." to its item.
const FURTHER_MEETING = /[ \u00a0]*(?:,|en|,[ \u00a0]*en)[ \u00a0]+(nr\.[ \u00a0]?([1-9]\d{0,2})[ \u00a0]*,[ \u00a0]*(?:[Ii]tem|[Aa]gendapunt)[ \u00a0]+([1-9]\d{0,2}))(?![\d\p{L}])/yu;

/** AANHANGSEL_INSIDE at `p` (its lastIndex then ends the match); it starts with a space, NBSP, ",", "(" or A/a. */
function aanhangselInsideAt(text: string, p: number): boolean {
  const c = codeAt(text, p);
  if (c !== 0x20 && c !== 0xa0 && c !== 0x2c && c !== 0x28 && (c | 0x20) !== 0x61) return false;
  return matchesAt(AANHANGSEL_INSIDE, text, p);
}

// "(Tweede Kamer, vergaderjaar 2010–2011, Aanhangsels 1432, 1889 en 2212)", "… 2010–2011, Aanhangsel nr. 1432": the
// chamber and session stand before the word "Aanhangsel", which no "Handelingen" follows.
const RECORD_BEFORE = /(Tweede|Eerste)[ \u00a0]+Kamer,?[ \u00a0]+(?:[Vv]ergaderjaar[ \u00a0]+)?((?:18|19|20|21)\d\d)[–-]((?:18|19|20|21)\d\d),?[ \u00a0]*$/;
/** "Eerste Kamer, vergaderjaar 2010–2011, " fits in this many characters before "Aanhangsel". */
const RECORD_BEFORE_WINDOW = 48;

/** The Aanhangsel numbers after "Tweede Kamer, vergaderjaar 2010–2011, Aanhangsel(s)" (`anchorStart`…`anchorEnd`), or null. */
function aanhangselAfterRecord(text: string, anchorStart: number, anchorEnd: number): ParseResult | null {
  const m = RECORD_BEFORE.exec(text.slice(Math.max(0, anchorStart - RECORD_BEFORE_WINDOW), anchorStart));
  if (!m || Number(m[3]) !== Number(m[2]) + 1) return null;
  let read = readNumbers(text, anchorEnd, { allowLetters: false, bareNumber: 'never', withPages: false });
  if (!read.numbers.length && !read.problems.length) read = readBareNumberList(text, anchorEnd);
  if (!read.numbers.length) return read.problems.length ? { end: anchorEnd, citations: [], problems: read.problems } : null;
  const chamber: Chamber = m[1] === 'Eerste' ? 'I' : 'II';
  const session = `${m[2]}-${m[3]}`;
  const citations: FoundCitation[] = [];
  for (let i = 0; i < read.numbers.length; i++) {
    const n = read.numbers[i];
    citations.push({
      kind: 'aanhangsel', start: i === 0 ? anchorStart : n.start, end: n.end,
      value: { chamber, session, number: n.value, id: aanhangselId(chamber, session, n.value) },
      explain: `Aanhangsel Handelingen ${chamber} ${session}, nr. ${n.value} (chamber and session written before “Aanhangsel”)`,
    });
  }
  return { end: read.end, citations, problems: read.problems };
}

// "Handelingen der Staten-Generaal, Tweede Kamer, 2004-2005, blz. 4567": the older title of the record before its chamber.
const OF_STATES_GENERAL = /[\s\u00a0]+der[\s\u00a0]+Staten-?[Gg]eneraal[\s\u00a0]*,?(?=[\s\u00a0])/y;

const BARE_MEETING = /[ \u00a0]*,?[ \u00a0]*([1-9]\d{0,2})(?=[ \u00a0]*,?[ \u00a0]*(?:[Ii]tem|[Aa]gendapunt)[ \u00a0]+\d)/y;
// Two numbers joined by a dash and nothing else, where the meeting number would stand: before 2010-2011 either the
// pages ("Handelingen TK 1997–1998, 6368–6375") or, in the older page numbering, meeting and page ("Handelingen TK
// 69-4523": meeting 69, page 4523). Told apart by their lengths (see `pagesOrMeetingPage`).
const BARE_PAIR = /[ \u00a0]*,?[ \u00a0]*([1-9]\d{0,4})[ \u00a0]?[-–][ \u00a0]?([1-9]\d{0,4})(?![\d\p{L}\-–\/.,]\d|[\d\p{L}])/yu;

/**
 * BARE_PAIR's numbers read as pages (two runs of equal length, three digits or more, in order: "6368–6375") or as
 * the older meeting-page number (a meeting of one to three digits before a longer page: "69-4523"); null when neither.
 */
function pagesOrMeetingPage(first: string, second: string): { number: string | null; page: string } | null {
  if (first.length === second.length && first.length >= 3 && Number(first) <= Number(second)) return { number: null, page: `${first}-${second}` };
  if (first.length <= 3 && first.length < second.length) return { number: first, page: second };
  return null;
}

/**
 * A Handelingen citation by pages where the meeting number would stand (`p`, after the chamber or the session): "blz.
 * 3812–3815" after the session, a bare pair after it (BARE_PAIR), or "69-4523" after the chamber alone. The span runs
 * from the keyword to the last page. Null when none of these follows.
 */
function pagesCitation(text: string, anchorStart: number, p: number, chamber: Chamber, session: string | null, hasSession: boolean, chamberNote: string): ParseResult | null {
  let number: string | null = null;
  let page: string;
  let end: number;
  const labelled = hasSession ? readPage(text, p) : null;
  if (labelled) {
    page = labelled.value;
    end = labelled.end;
  } else {
    const pair = readAt(BARE_PAIR, text, p);
    const read = pair ? pagesOrMeetingPage(pair[1], pair[2]) : null;
    // Without a session only the meeting-page form: a lone range after the chamber names no year.
    if (!read || (!hasSession && read.number === null)) return null;
    number = read.number;
    page = read.page;
    end = BARE_PAIR.lastIndex;
  }
  const value = { chamber, session, number, item: null, id: handelingenId(chamber, session, number, null, page), page };
  const explain = `Handelingen ${chamber} ${session ?? '(session not cited)'}, ${number ? `meeting ${number}, ` : ''}page${/\D/.test(page) ? 's' : ''} ${page}${chamberNote}`;
  return { end, citations: [{ kind: 'handelingen', start: anchorStart, end, value, explain }], problems: [] };
}

/**
 * An Aanhangsel citation that names no session, "Aanhangsel bij de Handelingen, nr. 2697" (`p` after the label and
 * any chamber): its numbers after "nr.", session null. The numbers run per session, so no id is made and none is
 * guessed from the letter's own session (an answer cited may be of the session before). Null without "nr.".
 */
function aanhangselWithoutSession(text: string, anchorStart: number, p: number, chamber: Chamber | null, chamberDefault: ChamberDefault): ParseResult | null {
  const read = readNumbers(text, p, { allowLetters: false, bareNumber: 'never', withPages: false });
  if (!read.numbers.length) return read.problems.length ? { end: p, citations: [], problems: read.problems } : null;
  const effectiveChamber = chamber ?? chamberDefault.chamber;
  const chamberNote = chamber ? '' : `; chamber not in the citation: ${chamberDefault.reason}`;
  const citations: FoundCitation[] = [];
  for (let i = 0; i < read.numbers.length; i++) {
    const n = read.numbers[i];
    citations.push({
      kind: 'aanhangsel', start: i === 0 ? anchorStart : n.start, end: n.end,
      value: { chamber: effectiveChamber, session: null, number: n.value, id: null },
      explain: `Aanhangsel Handelingen ${effectiveChamber} (session not cited), nr. ${n.value}${chamberNote}`,
    });
  }
  return { end: read.end, citations, problems: read.problems };
}

/**
 * Parses at a "Handelingen" or "Aanhangsel" keyword (`anchorStart`…`anchorEnd` in the view).
 * Returns null when the words are not followed by a citation (prose "handelingen", the Aanhangsel footer).
 */
export function parseParliamentaryRecord(text: string, anchorStart: number, anchorEnd: number, startsWithAanhangsel: boolean, chamberDefault: ChamberDefault): ParseResult | null {
  const problems: FoundProblem[] = [];
  let p = anchorEnd;
  let aanhangsel = startsWithAanhangsel;
  if (startsWithAanhangsel) {
    if (!matchesAt(AANHANGSEL_LEAD, text, p)) return aanhangselAfterRecord(text, anchorStart, anchorEnd);
    p = AANHANGSEL_LEAD.lastIndex;
  }
  let chamber: Chamber | null = null;
  // "der Staten-Generaal" is read only where a chamber follows; the chamber is then in the citation.
  if ((codeAt(text, p) === 0x20 || codeAt(text, p) === 0x0a || codeAt(text, p) === 0xa0) && matchesAt(OF_STATES_GENERAL, text, p)) {
    const after = OF_STATES_GENERAL.lastIndex;
    const named = readChamber(text, skipSpaces(text, after));
    if (named && !named.value.ocr) p = after;
  }
  const chamberAt = skipSpaces(text, p);
  const c = chamberAt > p ? readChamber(text, chamberAt) : null;
  if (c && (!c.value.ocr || readSession(text, skipSeparator(text, c.end)))) { chamber = c.value.chamber; p = c.end; }
  if (!aanhangsel && aanhangselInsideAt(text, p)) { aanhangsel = true; p = AANHANGSEL_INSIDE.lastIndex; }
  const session = readSession(text, skipSeparator(text, p));
  if (!session) {
    // "(Aanhangsel bij de Handelingen, nr. 2697)": the older label without the session.
    if (aanhangsel) return aanhangselWithoutSession(text, anchorStart, p, chamber, chamberDefault);
    // "Handelingen TK 69-4523": the older meeting-page number, after a chamber the citation names.
    return chamber ? pagesCitation(text, anchorStart, p, chamber, null, false, '') : null;
  }
  if (session.value.malformed) problems.push({ start: session.start, end: session.end, message: `“${text.slice(session.start, session.end)}” is not a session year (two consecutive years).` });
  p = session.end;
  if (!aanhangsel && aanhangselInsideAt(text, p)) { aanhangsel = true; p = AANHANGSEL_INSIDE.lastIndex; }

  const read = readNumbers(text, p, { allowLetters: false, bareNumber: 'never', withPages: !aanhangsel });
  if (!aanhangsel && read.numbers.length === 0 && read.problems.length === 0) {
    // "Handelingen II 2014/15, 41, item 7": the meeting number without "nr." when an item follows.
    const bare = readAt(BARE_MEETING, text, p);
    if (bare) {
      const start = BARE_MEETING.lastIndex - bare[1].length;
      read.numbers.push({ start, end: BARE_MEETING.lastIndex, value: bare[1], page: null, closesRange: null });
      read.end = BARE_MEETING.lastIndex;
    }
  }
  for (const x of read.problems) problems.push(x);
  const sessionValue = session.value.session;
  const effectiveChamber = chamber ?? chamberDefault.chamber;
  const chamberNote = chamber ? '' : `; chamber not in the citation: ${chamberDefault.reason}`;
  if (read.numbers.length === 0) {
    // Before 2010-2011 most citations name pages, not the meeting: "Handelingen II 2005/06, blz. 3812–3815".
    const byPages = !aanhangsel && problems.length === 0 ? pagesCitation(text, anchorStart, p, effectiveChamber, sessionValue, true, chamberNote) : null;
    if (byPages) return byPages;
    return problems.length ? { end: p, citations: [], problems } : null;
  }
  const citations: FoundCitation[] = [];
  let end = read.end;
  // A loop, not forEach with a closure, and values made whole (no spread): this runs for every Handelingen
  // citation, often before the function is optimised (a fresh analysis thread).
  for (let i = 0; i < read.numbers.length; i++) {
    const n = read.numbers[i];
    const start = i === 0 ? anchorStart : n.start;
    if (aanhangsel) {
      citations.push({
        kind: 'aanhangsel', start, end: n.end,
        value: { chamber: effectiveChamber, session: sessionValue, number: n.value, id: aanhangselId(effectiveChamber, sessionValue, n.value) },
        explain: `Aanhangsel Handelingen ${effectiveChamber} ${sessionValue ?? '(session unreadable)'}, nr. ${n.value}${chamberNote}`,
      });
      continue;
    }
    // An item follows only a single number ("nr. 41, item 7"); the span ends at the item.
    let spanEnd = n.end;
    let item: string | null = null;
    let page = n.page;
    if (read.numbers.length === 1 && !n.page) {
      const items = readAt(ITEMS, text, n.end);
      if (items) {
        // One citation per item: the first spans from the keyword, the others are their item numbers alone.
        let itemStart = start;
        let itemValue = items[1];
        let itemEnd = ITEMS.lastIndex;
        for (;;) {
          citations.push({
            kind: 'handelingen', start: itemStart, end: itemEnd,
            value: { chamber: effectiveChamber, session: sessionValue, number: n.value, item: itemValue, id: handelingenId(effectiveChamber, sessionValue, n.value, itemValue, null) },
            explain: `Handelingen ${effectiveChamber} ${sessionValue ?? '(session unreadable)'}, meeting ${n.value}, item ${itemValue}${chamberNote}`,
          });
          end = itemEnd;
          const next = readAt(NEXT_ITEM, text, itemEnd);
          if (!next) break;
          itemValue = next[1];
          itemEnd = NEXT_ITEM.lastIndex;
          itemStart = itemEnd - next[1].length;
        }
        continue;
      }
      const m = readAt(ITEM, text, n.end);
      if (m) {
        item = m[1];
        spanEnd = ITEM.lastIndex;
        const pageAfterItem = readPage(text, spanEnd);
        if (pageAfterItem) { page = pageAfterItem.value; end = pageAfterItem.end; } else {
          end = spanEnd;
          // Further meetings of the same chamber and session, each with its item.
          for (let k = 0; k < 20; k++) {
            const more = readAt(FURTHER_MEETING, text, end);
            if (!more) break;
            const moreEnd = FURTHER_MEETING.lastIndex;
            citations.push({
              kind: 'handelingen', start: moreEnd - more[1].length, end: moreEnd,
              value: { chamber: effectiveChamber, session: sessionValue, number: more[2], item: more[3], id: handelingenId(effectiveChamber, sessionValue, more[2], more[3], null) },
              explain: `Handelingen ${effectiveChamber} ${sessionValue ?? '(session unreadable)'}, meeting ${more[2]}, item ${more[3]}${chamberNote}`,
            });
            end = moreEnd;
          }
        }
      }
    }
    const id = handelingenId(effectiveChamber, sessionValue, n.value, item, page);
    const value = page
      ? { chamber: effectiveChamber, session: sessionValue, number: n.value, item, id, page }
      : { chamber: effectiveChamber, session: sessionValue, number: n.value, item, id };
    citations.push({
      kind: 'handelingen', start, end: spanEnd, value,
      explain: `Handelingen ${effectiveChamber} ${sessionValue ?? '(session unreadable)'}, meeting ${n.value}${item ? `, item ${item}` : ' (whole meeting or unnamed item)'}${chamberNote}`,
    });
  }
  return { end, citations, problems };
}
