// Dutch dates: "14 januari 2015", "24 mei jl.", "7 en 9 januari 2015", "29–30 januari jl.", "maart 2013",
// "eind januari", "medio 2014", "de zomer van 2014", "in 2013", "vergaderjaar 2015–2016".
// The grammar (dates/grammar.ts) finds mentions in the normalised view; the letter's clock
// (dates/reference.ts) supplies missing years; dates/resolve.ts turns each mention into a value.
import type { RecogniseContext, RecogniserResult } from './context';
import type { DateValue, Entity, Footnote, Problem } from '../types';
import { footnoteOf } from './footnotes';
import { findDateMentions, type DateMention } from './dates/grammar';
import { letterClock, type LetterClock } from './dates/reference';
import { resolveMention } from './dates/resolve';
import { daysInMonth, isoDay } from './dates/calendar';

export function recogniseDates(ctx: RecogniseContext): RecogniserResult {
  const entities: Entity<'date'>[] = [];
  const problems: Problem[] = [];
  const text = ctx.norm.text;
  if (!text) return { entities, problems };
  // The month words the organisations' gazetteer matcher has seen, when it has read this text.
  const monthLeads = ctx.words?.text === text ? ctx.words.monthLeads : undefined;
  const mentions = findDateMentions(text, monthLeads);
  const clock = letterClock(text, mentions, { date: ctx.identity?.date ?? null, session: ctx.identity?.session ?? null });
  const inFootnote = footnoteOf(ctx.layout?.footnotes ?? []);

  // The last letter of an earlier year named by its full date, while the sentence that names it goes on.
  let reported: DateMention | null = null;
  for (const mention of mentions) {
    if (mention.inName) continue;
    if (reported && (mention.start - reported.end > 400 || SENTENCE_BREAK.test(text.slice(reported.end, mention.start)))) reported = null;
    if (isEarlierLetter(text, mention, clock)) reported = mention;
    const anchored = reported && mention.year === null && mention !== reported ? reportedLetterClock(mention, reported, clock) : null;
    const { date, issues } = resolveMention(mention, anchored ?? clock);
    for (const issue of issues) {
      const span = ctx.norm.span(issue.start, issue.end);
      problems.push({ code: issue.code, ...span, message: issue.message });
    }
    if (!date) continue;
    const span = ctx.norm.span(mention.start, mention.end);
    if (span.end <= span.start) continue;
    const footnote = inFootnote(span);
    entities.push(dateEntity(span.start, span.end, ctx.norm.original.slice(span.start, span.end), date.value, date.explain, footnote?.number));
  }
  const footnotes = ctx.layout?.footnotes;
  if (footnotes?.length) addClosingYears(ctx.norm.original, footnotes, entities);
  return { entities, problems };
}

/** "(mijn) brief van 6 september 2007": a letter named by its full date. */
const LETTER_BEFORE = /(?<=(?:^|[^\p{L}])(?:[Kk]amer)?brie(?:f|ven) (?:van|d\.d\.) )/uy;
/**
 * A sentence's end between two dates: a full stop, question or exclamation mark before a capital, or a blank line; also a
 * semicolon, after which a clause of its own says what is now ("…; in april volgt de evaluatie").
 */
const SENTENCE_BREAK = /[.!?] +\p{Lu}|[;\n]/u;

/** Whether `m` names a letter of a year before the letter's own by its full date ("brief van 6 september 2007"). */
function isEarlierLetter(text: string, m: DateMention, clock: LetterClock): boolean {
  if (m.precision !== 'day' || m.year === null || !clock.reference || m.year >= clock.reference.year || m.days.length !== 1) return false;
  // "van " or "d.d. " right before: most dates have neither, and are not asked the look-behind.
  const last = text.charCodeAt(m.start - 2);
  if (text.charCodeAt(m.start - 1) !== 0x20 || (last !== 0x6e && last !== 0x2e)) return false;
  LETTER_BEFORE.lastIndex = m.start;
  return LETTER_BEFORE.test(text);
}

/**
 * "Met mijn brief van 6 september 2007 … heb ik aangegeven dat met ingang van 15 november …" in a letter of March 2008:
 * a yearless day or month without a cue, later in a sentence that reports a letter of an earlier year, takes its year
 * from that letter, not from the letter's own date (session 26): a deadline or start ("met ingang van", "voor", "per",
 * "uiterlijk") is the first such day on or after the letter named (2007-11-15); any other the nearest such day to it.
 * The clock that says so, or null.
 */
function reportedLetterClock(m: DateMention, letter: DateMention, clock: LetterClock): LetterClock | null {
  if (m.month === null || letter.year === null || m.relation || m.impliedRelation || m.yearOffset !== null || m.runsTo) return null;
  const at = Date.UTC(letter.year, (letter.month as number) - 1, letter.days[0]);
  const day = m.precision === 'day' ? m.days[0] : 15;
  const distance = (y: number) => Date.UTC(y, m.month as number - 1, day) - at;
  let year = letter.year;
  if (m.deadline) { if (distance(year) < 0) year++; }
  else for (const y of [letter.year - 1, letter.year + 1]) if (Math.abs(distance(y)) < Math.abs(distance(year))) year = y;
  // Mid-year, so that no turn-of-the-year rule moves it again.
  return { reference: { year, month: 6, day: 30 }, exact: true, sessionStart: clock.sessionStart,
    basis: `the letter of ${isoDay({ year: letter.year, month: letter.month as number, day: letter.days[0] })} the sentence reports (${m.deadline ? 'the first such date after it' : 'the nearest such date to it'})` };
}

/**
 * A publication year that closes a footnote after a name and a comma: "2 Verwey-Jonker Instituut, 2023." (a source
 * cited by author and year). The name ends in a letter, a closing parenthesis or quote; after a number ("Stcrt. 2019,
 * 2034.", "nr. 12, 2023.") the four digits are a number of something else. Only at the end of a footnote body the
 * layout found; a year in running text needs a calendar word (grammar.ts).
 */
const CLOSING_YEAR = /[\p{L})’”'"], ((?:1[89]|20)\d\d)\.?$/u;

function addClosingYears(original: string, footnotes: readonly Footnote[], entities: Entity<'date'>[]): void {
  for (const fn of footnotes) {
    const { start, end } = fn.body;
    if (end - start < 10) continue;
    const m = CLOSING_YEAR.exec(original.slice(end - 9, end));
    if (!m) continue;
    const yearStart = end - 9 + m.index + m[0].length - (m[0].endsWith('.') ? 5 : 4);
    const yearEnd = yearStart + 4;
    let at = entities.length;
    while (at > 0 && entities[at - 1].start >= yearStart) at--;
    if ((at > 0 && entities[at - 1].end > yearStart) || (at < entities.length && entities[at].start < yearEnd)) continue;
    entities.splice(at, 0, dateEntity(yearStart, yearEnd, m[1], { iso: m[1] }, 'a source\'s year closing a footnote', fn.number));
  }
}

/**
 * A date entity made whole, with `explain` (when not empty) and `footnote` (when in one) as its last keys: no
 * key is added afterwards, which would change the object's shape and grow its property store.
 */
function dateEntity(start: number, end: number, text: string, value: DateValue, explain: string | undefined, footnote: number | undefined): Entity<'date'> {
  const kind = 'date', source = 'text';
  if (explain) {
    return footnote === undefined
      ? { kind, start, end, text, value, source, explain }
      : { kind, start, end, text, value, source, explain, footnote };
  }
  return footnote === undefined ? { kind, start, end, text, value, source } : { kind, start, end, text, value, source, footnote };
}

/**
 * The first full date in a piece of text as ISO ("19 juni 2017" → "2017-06-19", "Den Haag, 1 sept. 2015" →
 * "2015-09-01"), or null when it holds no complete, existing date.
 */
export function parseDutchDate(text: string): string | null {
  if (typeof text !== 'string' || !text) return null;
  const flat = (text.length > 10_000 ? text.slice(0, 10_000) : text).replace(/\s+/g, ' ');
  for (const m of findDateMentions(flat)) {
    if (m.precision !== 'day' || m.year === null || m.month === null || m.days.length !== 1) continue;
    if (m.days[0] > daysInMonth(m.year, m.month)) continue;
    return isoDay({ year: m.year, month: m.month, day: m.days[0] });
  }
  return null;
}
