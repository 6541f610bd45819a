// Plain calendar arithmetic on (year, month, day) triples: validity, weekdays, ISO strings, jl./a.s. resolution.
import { MONTHS } from './lexicon';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The most days a month can have in any year (29 for februari). */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : daysInMonth(2000, month);
}

/** 0 = zondag … 6 = zaterdag. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** "00" … "99": a day or month as ISO writes it, made once instead of per date. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? '0' : '') + n);

/** n with leading zeros to width w; the common cases (a day or month, a four-digit year) without padStart. */
const pad = (n: number, w = 2) => {
  if (w === 2 && n >= 0 && n < 100 && (n | 0) === n) return TWO_DIGITS[n];
  return n >= 1000 || (w === 2 && n >= 10) ? String(n) : String(n).padStart(w, '0');
};

export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Compares two dates; month-only dates pass day 0 or 32 to sort before or after the days of the month. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "24 mei" as Dutch text, for explanations. */
export function dayMonthText(month: number, day?: number): string {
  return day ? `${day} ${MONTHS[month - 1]}` : MONTHS[month - 1];
}

/** Parses an ISO day or month ("2017-06-19", "2015-03") into a Ymd; a month gets its last day. */
export function parseIso(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!m) return null;
  const year = +m[1], month = +m[2];
  if (month < 1 || month > 12) return null;
  const day = m[3] ? +m[3] : daysInMonth(year, month);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The year of a day-month (day 0 = the month as a whole) relative to a reference date:
 * 'past' = the most recent occurrence on or before it (jl.), 'future' = the next on or after it (a.s.).
 */
export function yearRelativeTo(month: number, day: number, reference: Ymd, relation: 'past' | 'future'): number {
  const sameYear = { year: reference.year, month, day };
  // A month as a whole (day 0) counts as "on" the reference when the reference lies in it.
  const cmp = day === 0 ? month - reference.month : compareYmd(sameYear, reference);
  if (relation === 'past') return cmp <= 0 ? reference.year : reference.year - 1;
  return cmp >= 0 ? reference.year : reference.year + 1;
}
