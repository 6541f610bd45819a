// What "Export Annotations…" tells the user after the CLI ran: the CLI's messages go to the output channel (a
// letter it could not read, an orphaned annotation), and the notification says whether there were any.
// Without `vscode`, so that it can be tested on its own.

export interface ExportReport {
  /** The CLI's messages, one a line, for the output channel. */
  log: string[];
  level: 'info' | 'warning' | 'error';
  /** The notification; null when the export opened in an editor without any message. */
  message: string | null;
}

/** `code`: the CLI's exit code (0 done, 1 done with messages on stderr, else failed); `out`: the folder, or null (an editor). */
export function exportReport(code: number, letters: number, out: string | null, stderr: string): ExportReport {
  const log = stderr.split(/\r?\n/).map(line => line.trimEnd()).filter(line => line !== '' && !/^kamerstukken export: wrote /.test(line));
  // brat says how many letters it wrote ("wrote 0 letters to …": a letter whose copy would be a letter is not written).
  const wrote = /^kamerstukken export: wrote (\d+) letters? to /m.exec(stderr);
  const written = wrote ? Number(wrote[1]) : letters;
  const what = `${written === letters ? '' : `${written} of `}${letters} ${letters === 1 ? 'letter' : 'letters'}`;
  if (code !== 0 && code !== 1) return { log, level: 'error', message: `Kamerstukken: export failed: ${log.at(-1) ?? `exit code ${code}`}` };
  // 1: a letter could not be read; 0 may still have said something (an annotation that no longer applies).
  const warnings = log.length > 0 ? `, with ${log.length === 1 ? 'a message' : `${log.length} messages`} in the output (Kamerstukken: Show Output)` : '';
  if (out) return { log, level: warnings ? 'warning' : 'info', message: `Kamerstukken: exported ${what} to ${out}${warnings}.` };
  return { log, level: 'warning', message: warnings ? `Kamerstukken: exported ${what}${warnings}.` : null };
}
