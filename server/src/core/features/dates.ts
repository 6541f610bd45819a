// Small date helpers for hovers and diagnostics (ISO strings, Dutch weekday names, day distances).

const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** Milliseconds since the epoch for "2014-05-24", or null when it is no real calendar date. */
export function isoToTime(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

export function weekdayNl(iso: string): string | null {
  const t = isoToTime(iso);
  return t === null ? null : WEEKDAYS_NL[new Date(t).getUTCDay()];
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number | null {
  const a = isoToTime(from);
  const b = isoToTime(to);
  return a === null || b === null ? null : Math.round((b - a) / 86_400_000);
}

export function describeDistance(days: number): string {
  if (days === 0) return 'the same day as the letter';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} the letter`;
}
