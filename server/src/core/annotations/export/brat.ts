// brat standoff: the letter as .txt and its annotations as .ann. brat wants no newline inside a text-bound
// annotation, so a span over line breaks becomes fragments "start end;start end"; offsets count code points.
import { codePointOffsets } from './codepoints';
import { valueSummary, type ExportLetter } from './items';
import type { EntityKind } from '../../types';
import { piecesOf } from '../../entitySpans';

const BRAT_TYPES: Record<EntityKind | 'note', string> = {
  kamerstuk: 'Kamerstuk', handelingen: 'Handelingen', aanhangsel: 'Aanhangsel', organisation: 'Organisation', date: 'Date', note: 'Note',
};

/** annotation.conf for a collection of exported letters, so brat shows the types without warnings. */
export const BRAT_CONF = `[entities]
${Object.values(BRAT_TYPES).join('\n')}

[relations]
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`;

/** Maximal runs of [start, end) without line breaks, trimmed of surrounding white space. */
export function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (s < end) {
    let e = s;
    while (e < end && text[e] !== '\n' && text[e] !== '\r') e++;
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
    s = e + 1;
  }
  return out;
}

export function toBratAnn(letter: ExportLetter): string {
  const toCodePoint = codePointOffsets(letter.text);
  const items = [
    // An entity broken over a page is the fragments of its pieces: the footnotes between are not part of it.
    ...letter.entities.map(({ entity }) => ({ start: entity.start, end: entity.end, pieces: piecesOf(entity), type: BRAT_TYPES[entity.kind], note: `${valueSummary(entity)}${entity.source === 'user' ? ' (user)' : ''}` })),
    ...letter.notes.map(n => ({ start: n.start, end: n.end, pieces: [n], type: BRAT_TYPES.note, note: n.tag ? `[${n.tag}] ${n.text}` : n.text })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const lines: string[] = [];
  let t = 0;
  for (const item of items) {
    const parts = item.pieces.flatMap(p => fragments(letter.text, p.start, p.end));
    if (!parts.length) continue;
    t++;
    const offsets = parts.map(([a, b]) => `${toCodePoint(a)} ${toCodePoint(b)}`).join(';');
    const text = parts.map(([a, b]) => letter.text.slice(a, b)).join(' ');
    lines.push(`T${t}\t${item.type} ${offsets}\t${oneLine(text)}`);
    lines.push(`#${t}\tAnnotatorNotes T${t}\t${oneLine(item.note)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}
