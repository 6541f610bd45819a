// JSON Lines: one entity (or user note) per line, in document order per letter.
import type { ExportLetter } from './items';

export function toJsonLines(letters: readonly ExportLetter[]): string {
  const lines: string[] = [];
  for (const letter of letters) {
    const rows: Array<{ start: number; line: string }> = [];
    for (const { entity, target } of letter.entities) {
      const row: Record<string, unknown> = {
        file: letter.file, kind: entity.kind, start: entity.start, end: entity.end,
        text: entity.text, value: entity.value, source: entity.source,
      };
      if (entity.gaps) row.gaps = entity.gaps;     // broken over a page: the footnotes and footer between its halves
      if (target) row.target = target;
      rows.push({ start: entity.start, line: JSON.stringify(row) });
    }
    for (const note of letter.notes) {
      const row = {
        file: letter.file, kind: 'note', start: note.start, end: note.end, text: letter.text.slice(note.start, note.end),
        value: { text: note.text, tag: note.tag }, source: 'user', id: note.annotation.id,
      };
      rows.push({ start: note.start, line: JSON.stringify(row) });
    }
    rows.sort((a, b) => a.start - b.start);
    for (const r of rows) lines.push(r.line);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
