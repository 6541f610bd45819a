// officielebekendmakingen.nl identifiers built from citation parts (see research/citations.md §4).
import type { Chamber } from '../../types';

const CHAMBER_CODE: Record<Chamber, string> = { II: 'tk', I: 'ek', VV: 'vv' };

/** "kst-29754-325", "kst-21501-02-1458", "kst-31700-VI-D"; null without a number. The Rijkswet R-number is never part of it. */
export function kamerstukId(dossier: string, suffix: string | null, number: string | null): string | null {
  if (!number) return null;
  return `kst-${dossier}${suffix ? `-${suffix.toUpperCase()}` : ''}-${number}`;
}

/** "2014-2015" → "20142015". */
function sessionCode(session: string): string {
  return session.replace('-', '');
}

/**
 * Handelingen: from session 2010-2011 on every item is a publication, "h-tk-20142015-41-7"; a whole
 * meeting gets the meeting prefix "h-tk-20162017-83". Before that the id names the page range
 * ("h-tk-20072008-7909-7943"), which only a cited range gives.
 */
export function handelingenId(chamber: Chamber | null, session: string | null, number: string, item: string | null, page: string | null): string | null {
  if (!chamber || !session) return null;
  const prefix = `h-${CHAMBER_CODE[chamber]}-${sessionCode(session)}`;
  if (Number(session.slice(0, 4)) >= 2010) return `${prefix}-${number}${item ? `-${item}` : ''}`;
  const range = page ? /^(\d+)-(\d+)$/.exec(page) : null;
  return range ? `${prefix}-${range[1]}-${range[2]}` : null;
}

/** "ah-tk-20142015-1242". */
export function aanhangselId(chamber: Chamber | null, session: string | null, number: string): string | null {
  if (!chamber || !session) return null;
  return `ah-${CHAMBER_CODE[chamber]}-${sessionCode(session)}-${number}`;
}
