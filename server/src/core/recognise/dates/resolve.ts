// From a mention as written to a value: fills in missing years from the letter's clock, resolves jl./a.s.,
// and checks that the date exists and agrees with a weekday written next to it.
import type { DateValue } from '../../types';
import { dayMonthText, daysInMonth, isoDay, isoMonth, maxDaysInMonth, weekdayOf, yearRelativeTo, type Ymd } from './calendar';
import type { DateMention } from './grammar';
import { WEEKDAYS } from './lexicon';

/** The weekdays in English, in WEEKDAYS' order (Sunday first), for messages; the Dutch name follows in brackets. */
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
import type { LetterClock } from './reference';

export interface ResolvedDate {
  value: DateValue;
  explain?: string;
}

export interface DateIssue {
  code: 'date.impossible' | 'date.weekday-mismatch';
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  message: string;
}

export interface Resolution {
  date: ResolvedDate | null;
  issues: DateIssue[];
}

export function resolveMention(m: DateMention, clock: LetterClock): Resolution {
  if (m.precision === 'session') {
    const s = m.sessionStart as number;
    return { date: { value: { session: `${s}-${s + 1}` } }, issues: [] };
  }
  if (m.precision === 'year') {
    const iso = m.rangeEndYear !== null ? [String(m.year), String(m.rangeEndYear)] : String(m.year);
    return { date: { value: withApprox({ iso }, m.approx), explain: m.rangeEndYear !== null ? 'a period of years: its first and last year' : undefined }, issues: [] };
  }
  const month = m.month as number;
  const impossible = firstDayOutside(m.days, maxDaysInMonth(month));
  if (impossible !== undefined) {
    return { date: null, issues: [{ code: 'date.impossible', start: m.start, end: m.end, message: `${dayMonthText(month, impossible)} does not exist: ${monthName(month)} has at most ${maxDaysInMonth(month)} days.` }] };
  }
  const { year, explain } = yearOf(m, clock);
  if (year === null) {
    // Nothing tells the year: an ISO date without year ("--06-19") keeps the day and month.
    const iso = m.precision !== 'month' ? m.days.map(d => `--${pad(month)}-${pad(d)}`)
      : m.rangeEndMonth !== null ? [`--${pad(month)}`, `--${pad(m.rangeEndMonth)}`] : `--${pad(month)}`;
    return { date: { value: withApprox({ iso: Array.isArray(iso) && iso.length === 1 ? iso[0] : iso }, m.approx), explain: 'the year cannot be told from the letter' }, issues: [] };
  }
  if (m.precision === 'month' && m.rangeEndMonth !== null) {
    // "november-februari 2016": the first month in the year before.
    const iso = [isoMonth(month > m.rangeEndMonth ? year - 1 : year, month), isoMonth(year, m.rangeEndMonth)];
    return { date: { value: withApprox({ iso }, m.approx), explain: explain ?? 'a period of months: its first and last month' }, issues: [] };
  }
  if (m.precision === 'month') return { date: { value: withApprox({ iso: isoMonth(year, month) }, m.approx), explain }, issues: [] };

  const issues: DateIssue[] = [];
  const badDay = firstDayOutside(m.days, daysInMonth(year, month));
  if (badDay !== undefined) {
    issues.push({ code: 'date.impossible', start: m.start, end: m.end, message: `${dayMonthText(month, badDay)} ${year} does not exist: ${year} is not a leap year.` });
    return { date: null, issues };
  }
  const days = daysOf(year, month, m.days);
  // The year is certain when written or taken from the letter's own date; only then can a weekday contradict it.
  if (m.weekday && (m.year !== null || clock.exact)) {
    const actual = weekdayOf(days[0]);
    if (actual !== m.weekday.index) {
      issues.push({
        code: 'date.weekday-mismatch', start: m.weekday.start, end: m.weekday.end,
        message: `${isoDay(days[0])} is a ${WEEKDAY_NAMES[actual]} (${WEEKDAYS[actual]}), but the letter says ${WEEKDAYS[m.weekday.index]}: the day, the month or the weekday is wrong.`,
      });
    }
  }
  const iso = days.length === 1 ? isoDay(days[0]) : isoDays(days);
  return { date: { value: withApprox({ iso }, m.approx), explain }, issues };
}

/** The days of one month as dates, by a loop (map() took a closure per date). */
function daysOf(year: number, month: number, dayNumbers: readonly number[]): Ymd[] {
  const days: Ymd[] = [];
  for (const day of dayNumbers) days.push({ year, month, day });
  return days;
}

function isoDays(days: readonly Ymd[]): string[] {
  const isos: string[] = [];
  for (const d of days) isos.push(isoDay(d));
  return isos;
}

function yearOf(m: DateMention, clock: LetterClock): { year: number | null; explain?: string } {
  if (m.year !== null) return m.yearShared ? { year: m.year, explain: `year from the date that follows it (${m.year})` } : { year: m.year };
  if (m.runsTo && m.month !== null && m.runsTo.month !== null) {
    // "eind december tot eind januari" in a February letter: the period ends in the letter's year, so December
    // is the one before. The end's own year comes from the clock; this date follows it.
    const end = yearOf(m.runsTo, clock);
    if (end.year !== null) {
      const year = m.month > m.runsTo.month ? end.year - 1 : end.year;
      return { year, explain: `runs to ${dayMonthText(m.runsTo.month)} ${end.year}${year !== end.year ? ', a year earlier' : ''}` };
    }
  }
  const month = m.month as number;
  // For a relation the last day counts ("29–30 januari jl." is past when the 30th is); 0 = the month as a whole.
  const day = m.precision === 'day' ? m.days[m.days.length - 1] : 0;
  const what = dayMonthText(month, m.precision === 'day' ? m.days[m.days.length - 1] : undefined);
  const ref = clock.reference;
  const refText = ref ? (clock.exact ? isoDay(ref) : `${isoDay(ref)} (estimated from ${clock.basis})`) : '';
  // Only the year estimated: jl. and a.s. say nothing about which side of an unknown day the date falls.
  const relation = m.relation ?? m.impliedRelation;
  const pushed = clock.pushedBy;
  if (pushed && pushed.start === m.start && ref) {
    // The jl. date that moved the estimate on: its year is that of the estimate before it (it lies shortly
    // after it), not one read from the estimate it made itself.
    const before = pushed.before;
    const result = m.precision === 'day' ? isoDay({ year: ref.year, month, day }) : isoMonth(ref.year, month);
    return { year: ref.year, explain: `jl.: ${what} shortly after ${isoDay(before)} (estimated from ${pushed.beforeBasis}), so in its year; the letter is written after it → ${result}` };
  }
  if (ref && m.relation === 'future' && !clock.exact && !clock.yearOnly && aheadShortlyBefore(month, day, ref)) {
    // "30 september a.s." in a letter dated by its latest date, a meeting of 25 oktober it looks ahead to: the
    // letter is written before both, so the date lies in the estimate's year, not a year on.
    const result = m.precision === 'day' ? isoDay({ year: ref.year, month, day }) : isoMonth(ref.year, month);
    return { year: ref.year, explain: `a.s.: ${what} shortly before ${refText}, a date the letter looks ahead to, so in its year → ${result}` };
  }
  if (ref && relation && !clock.yearOnly) {
    const year = yearRelativeTo(month, day, ref, relation);
    const label = m.relation === null
      ? (m.impliedBy === 'participle' ? 'done then (a past participle follows): the most recent'
        : m.impliedBy === 'word' ? (relation === 'past' ? "'afgelopen': the most recent" : "'komende': the next")
        : 'a letter already sent: the most recent')
      : relation === 'past' ? 'jl.: most recent' : 'a.s.: next';
    const preposition = relation === 'past' ? 'before' : 'after';
    const result = m.precision === 'day' ? isoDay({ year, month, day }) : isoMonth(year, month);
    return { year, explain: `${label} ${what} ${preposition} ${refText} → ${result}` };
  }
  if (ref && m.yearOffset === null && !m.deadline && !clock.yearOnly && justBeforeNewYear(month, day, ref)) {
    // "op 21 december" in a letter of 4 januari: the days just before the turn of the year, not eleven months ahead.
    // A deadline ahead ("uiterlijk 1 december", "per 1 december") keeps the letter's year.
    const year = ref.year - 1;
    return { year, explain: `${what} shortly before ${refText}, across the turn of the year → ${year}` };
  }
  if (ref && m.yearOffset === null && m.deadline && !clock.yearOnly && deadlineAcrossNewYear(month, ref)) {
    // "voor 1 februari", "per 1 januari" in a letter of 9 december: a deadline or start ahead, across the turn of the
    // year, not ten or eleven months back (round 41; the mirror of the rule above).
    const year = ref.year + 1;
    return { year, explain: `a deadline or start ahead: ${what} after ${refText}, across the turn of the year → ${year}` };
  }
  if (ref) {
    const year = ref.year + (m.yearOffset ?? 0);
    const source = clock.exact ? `year from ${clock.basis}` : `year estimated from ${clock.basis}`;
    const shift = m.yearOffset ? ` (${m.yearOffset > 0 ? 'the year after' : 'the year before'}: ${year})` : '';
    return { year, explain: source + shift };
  }
  if (clock.sessionStart !== null) {
    // Only the session is known: the date falls inside it (september … augustus).
    const year = month >= 9 ? clock.sessionStart : clock.sessionStart + 1;
    return { year, explain: `year from ${clock.basis}: ${what} falls in ${year}` };
  }
  return { year: null };
}

/** How far before an estimated reference an "a.s." date may lie and still fall in its year (as jl.'s JL_PUSH_DAYS). */
const AHEAD_BEFORE_ESTIMATE_DAYS = 62;

/**
 * Whether a yearless day or month lies before `ref` in its year by at most AHEAD_BEFORE_ESTIMATE_DAYS (a month by its
 * last day). day 0 = the month as a whole.
 */
function aheadShortlyBefore(month: number, day: number, ref: Ymd): boolean {
  const last = day > 0 ? day : daysInMonth(ref.year, month);
  if (last > daysInMonth(ref.year, month)) return false;
  const gap = (Date.UTC(ref.year, ref.month - 1, ref.day) - Date.UTC(ref.year, month - 1, last)) / 86_400_000;
  return gap > 0 && gap <= AHEAD_BEFORE_ESTIMATE_DAYS;
}

/** How far back (days) a yearless day of November or December may lie before a letter of January or February. */
const TURN_OF_YEAR_DAYS = 61;

/** Whether a yearless January or February stands in a letter of November or December (a deadline ahead across the new year). */
function deadlineAcrossNewYear(month: number, ref: Ymd): boolean {
  return month <= 2 && ref.month >= 11;
}

/**
 * Whether a yearless day or month in November or December falls, in the year before, at most TURN_OF_YEAR_DAYS
 * before a reference day in January or February: then it is that year's, not the letter's year's (a date more than
 * ten months ahead, written without "a.s.", is not what a letter about what happened weeks ago means).
 * A month counts by its last day. day 0 = the month as a whole.
 */
function justBeforeNewYear(month: number, day: number, ref: Ymd): boolean {
  if (month < 11 || ref.month > 2) return false;
  const last = day > 0 ? day : daysInMonth(ref.year - 1, month);
  const gap = (Date.UTC(ref.year, ref.month - 1, ref.day) - Date.UTC(ref.year - 1, month - 1, last)) / 86_400_000;
  return gap >= 0 && gap <= TURN_OF_YEAR_DAYS;
}

/**
 * The first day outside 1…max, by a loop (days.find took a closure per date). The second caller asks only for
 * days above the month's length; by then the first has returned on any day below 1.
 */
function firstDayOutside(days: readonly number[], max: number): number | undefined {
  for (const d of days) if (d < 1 || d > max) return d;
  return undefined;
}

function withApprox(value: DateValue, approx: boolean): DateValue {
  return approx ? { ...value, approx: true } : value;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthName = (month: number) => dayMonthText(month);
