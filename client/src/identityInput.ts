// What "Declare the Identity of This Letter…" reads as a dossier: its number with the suffix some dossiers have
// (21 501-02, 36 200 VI), as letters write them. Without `vscode`, so that it can be tested on its own.

/**
 * "29 754" → 29754; "21 501-02" or "21501-02" → 21501 + 02; "36 200 VI", "36200-VI" or "36 200 vi" → 36200 + VI (a
 * suffix as letters print it, in capitals); a Rijkswet number copied with it ("33 826 (R2034)") is no part of the id
 * and is dropped; else null.
 */
export function parseDossierInput(input: string): { dossier: string; suffix: string | null } | null {
  const m = /^(\d[\d ]*\d|\d)(?:\s*[-–]\s*([0-9A-Za-z]{1,8})|\s+([A-Za-z]{1,8}))?(?:\s*\(\s*R\s?\d+\s*\))?$/i.exec(input.trim());
  if (!m) return null;
  const dossier = m[1].replace(/\s+/g, '');
  if (dossier.length > 6) return null;
  const suffix = m[2] ?? m[3] ?? null;
  return { dossier, suffix: suffix === null ? null : suffix.toUpperCase() };
}

/** The dossier as the input box shows it: with its suffix ("21501-02", "36200 VI"). */
export function dossierInputValue(dossier: string | undefined, suffix: string | undefined): string | undefined {
  if (!dossier) return undefined;
  if (!suffix) return dossier;
  return /^\d/.test(suffix) ? `${dossier}-${suffix}` : `${dossier} ${suffix}`;
}
