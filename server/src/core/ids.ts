// Identifiers of officielebekendmakingen.nl (KOOP) and the canonical citation text.
import type { Chamber } from './types';

/** "kst-29754-325", "kst-21501-02-1458"; null without an ondernummer. */
export function kamerstukId(dossier: string, suffix: string | null, number: string | null): string | null {
  if (!number) return null;
  return `kst-${dossier}${suffix ? `-${suffix.toUpperCase()}` : ''}-${number}`;
}

const CHAMBER_CODE: Record<Chamber, string> = { II: 'tk', I: 'ek', VV: 'vv' };

/** "2014-2015" → "20142015" */
const compactSession = (session: string) => session.replace(/\D/g, '');

/** "h-tk-20142015-41-7"; null when chamber or session is unknown. */
export function handelingenId(chamber: Chamber | null, session: string | null, number: string, item: string | null): string | null {
  if (!chamber || !session) return null;
  return `h-${CHAMBER_CODE[chamber]}-${compactSession(session)}-${number}${item ? `-${item}` : ''}`;
}

/** "ah-tk-20142015-1242"; null when chamber or session is unknown. */
export function aanhangselId(chamber: Chamber | null, session: string | null, number: string): string | null {
  if (!chamber || !session) return null;
  return `ah-${CHAMBER_CODE[chamber]}-${compactSession(session)}-${number}`;
}

export function officialUrl(id: string): string {
  return `https://zoek.officielebekendmakingen.nl/${id}.html`;
}

/** "29754" → "29 754": dossiers are written with a thin gap before the last three digits. */
export function formatDossier(dossier: string): string {
  return dossier.length > 3 ? `${dossier.slice(0, -3)} ${dossier.slice(-3)}` : dossier;
}

/** The modern citation form: "Kamerstuk 29 754, nr. 251", "Kamerstuk 21 501-02, nr. 1458". */
export function canonicalKamerstuk(dossier: string, suffix: string | null, number: string | null): string {
  const d = `${formatDossier(dossier)}${suffix ? (/^\d/.test(suffix) ? `-${suffix}` : ` ${suffix}`) : ''}`;
  return number ? `Kamerstuk ${d}, nr. ${number}` : `Kamerstuk ${d}`;
}
