// When was the letter written? The reference against which yearless dates, jl. and a.s. are resolved.
// In order: the letter date (identity, or a "Den Haag, 19 juni 2017" line), else an estimate from the
// latest explicit date in the letter (within the session when the session is known), else the session alone.
import { compareYmd, daysInMonth, isoDay, isoMonth, parseIso, type Ymd } from './calendar';
import type { DateMention } from './grammar';

export interface LetterClock {
  /** The reference date; null when only the session (or nothing) is known. */
  reference: Ymd | null;
  /** True when the reference is the letter's own date, false when it is estimated. */
  exact: boolean;
  /** First year of the letter's session, when known. */
  sessionStart: number | null;
  /** Why the reference is what it is, for explanations: "the letter date 2017-06-19". */
  basis: string;
  /** True when only the year is estimated: jl. and a.s. then fall in that year, not around its last day. */
  yearOnly?: boolean;
  /**
   * The jl. date that moved the estimate forward ("14 november jl." shortly after the latest date): where it
   * starts, and the estimate before it moved it. That date is resolved against the estimate before, not against
   * itself.
   */
  pushedBy?: { start: number; before: Ymd; beforeBasis: string };
}

/** A bare year after these points ahead of the letter ("tot 2010", "vanaf 2012"): no evidence of when it was written. */
const AHEAD_BEFORE = /(?:\b(?:tot(?: en met)?|t\/m|vanaf|na|richting|uiterlijk|voor|in de loop van)\s)$/iu;
/** "begrotingsstaten … voor het jaar 2008": a budget is written in the year before the one it is for. */
const BUDGET_YEAR_BEFORE = /\bvoor het (?:begrotings)?jaar\s$/iu;

const DATE_LINE_BEFORE = /(?:^|\n|\s)(?:Den Haag|['’`‘]s-Gravenhage|Brussel|Luxemburg|Straatsburg|Rotterdam|Amsterdam),?\s$/u;

/** A jl. date up to this many days after the estimate moves the estimate forward: the letter was written after it. */
const JL_PUSH_DAYS = 62;

export interface IdentityHints {
  date: string | null;
  session: string | null;
}

export function letterClock(text: string, mentions: DateMention[], hints: IdentityHints): LetterClock {
  const sessionStart = sessionFromIdentity(hints.session) ?? ownSession(text, mentions);
  const known = parseIso(hints.date);
  if (known && /^\d{4}-\d{2}-\d{2}$/.test(hints.date ?? '')) {
    return { reference: known, exact: true, sessionStart, basis: `the letter date ${isoDay(known)}` };
  }
  const line = dateLine(text, mentions);
  if (line) return { reference: line, exact: true, sessionStart, basis: `the letter date ${isoDay(line)}` };
  return estimate(text, mentions, sessionStart);
}

function sessionFromIdentity(session: string | null): number | null {
  const m = /^(\d{4})\s?[-–/]/.exec(session ?? '');
  return m ? Number(m[1]) : null;
}

/** The letter's own session: a "vergaderjaar 2015–2016" that is not part of a cited document. */
function ownSession(text: string, mentions: DateMention[]): number | null {
  for (const m of mentions) {
    if (m.precision !== 'session' || !m.sessionKeyword) continue;
    if (/^,?\s?nr\./u.test(text.slice(m.end, m.end + 6))) continue;
    return m.sessionStart;
  }
  return null;
}

/** "Den Haag, 19 juni 2017": the first full date right after a place name and a comma. */
function dateLine(text: string, mentions: DateMention[]): Ymd | null {
  for (const m of mentions) {
    if (m.precision !== 'day' || m.year === null || m.days.length !== 1 || m.month === null) continue;
    if (!DATE_LINE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const d = { year: m.year, month: m.month, day: m.days[0] };
    if (d.day <= daysInMonth(d.year, d.month)) return d;
  }
  return null;
}

function estimate(text: string, mentions: DateMention[], sessionStart: number | null): LetterClock {
  const inSession = (d: Ymd) => sessionStart === null ||
    (compareYmd(d, { year: sessionStart, month: 9, day: 1 }) >= 0 && compareYmd(d, { year: sessionStart + 1, month: 9, day: 30 }) <= 0);
  let latest: Ymd | null = null;
  let latestIsMonth = false;
  for (const m of mentions) {
    if (m.year === null || m.month === null || (m.precision !== 'day' && m.precision !== 'month')) continue;
    const day = m.precision === 'day' ? Math.max(...m.days) : daysInMonth(m.year, m.month);
    if (day > daysInMonth(m.year, m.month)) continue;
    const d = { year: m.year, month: m.month, day };
    if (!inSession(d)) continue;
    if (!latest || compareYmd(d, latest) > 0) { latest = d; latestIsMonth = m.precision === 'month'; }
  }
  if (!latest) {
    if (sessionStart !== null) return { reference: null, exact: false, sessionStart, basis: `the session ${sessionStart}-${sessionStart + 1}` };
    const year = latestWrittenYear(text, mentions);
    if (year < 0) return { reference: null, exact: false, sessionStart, basis: 'nothing' };
    return { reference: { year, month: 12, day: 31 }, exact: false, yearOnly: true, sessionStart, basis: `the latest year named in the letter, ${year}` };
  }
  // No brackets: the basis is given in brackets itself ("2015-03-31 (estimated from …)").
  const latestBasis = latestIsMonth
    ? `the last day of ${isoMonth(latest.year, latest.month)}, the latest month named in the letter`
    : `the latest full date in the letter, ${isoDay(latest)}`;
  let reference = latest;
  let pushedBy = '';
  let pusher: LetterClock['pushedBy'];
  // "14 november jl." shortly after the latest explicit date: the letter was written after it.
  for (const m of mentions) {
    if (m.relation !== 'past' || m.year !== null || m.month === null) continue;
    const day = m.precision === 'day' ? Math.max(...m.days) : 1;
    const sameYear = { year: reference.year, month: m.month, day };
    if (day > daysInMonth(sameYear.year, sameYear.month)) continue;
    const gap = (Date.UTC(sameYear.year, sameYear.month - 1, sameYear.day) - Date.UTC(reference.year, reference.month - 1, reference.day)) / 86_400_000;
    if (gap > 0 && gap <= JL_PUSH_DAYS) {
      const beforeBasis = pushedBy ? `${latestBasis}, moved on by «${pushedBy}»` : latestBasis;
      pusher = { start: m.start, before: reference, beforeBasis };
      reference = sameYear;
      pushedBy = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    }
  }
  const basis = pushedBy ? `${latestBasis}, moved on by «${pushedBy}»: the letter is written after it` : latestBasis;
  return pusher ? { reference, exact: false, sessionStart, basis, pushedBy: pusher } : { reference, exact: false, sessionStart, basis };
}

/**
 * The latest bare year that tells when the letter was written: not one it looks ahead to ("tot 2010"); the
 * year of a budget counts as the year before ("voor het jaar 2008": written in 2007). -1 when there is none.
 */
function latestWrittenYear(text: string, mentions: DateMention[]): number {
  let year = -1;
  for (const m of mentions) {
    if (m.precision !== 'year' || m.year === null || m.approx) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const written = BUDGET_YEAR_BEFORE.test(before) ? m.year - 1 : AHEAD_BEFORE.test(before) ? -1 : m.year;
    if (written > year) year = written;
  }
  return year;
}
