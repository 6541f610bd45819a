// W3C Web Annotation Data Model (JSON-LD): one AnnotationPage; each entity is an Annotation whose body tags
// the kind, describes the value and identifies what it stands for, and whose target carries both a
// TextQuoteSelector and a TextPositionSelector, so other tools (Hypothesis, Recogito) can re-anchor it.
import { officialUrl } from '../../ids';
import { makeSelector } from '../anchor';
import { codePointOffsets } from './codepoints';
import { entityId, type ExportLetter } from './items';
import { piecesOf } from '../../entitySpans';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function toW3cAnnotationPage(letters: readonly ExportLetter[]): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  for (const letter of letters) {
    const toCodePoint = codePointOffsets(letter.text);
    const targetOf = (start: number, end: number) => selectorTarget(letter, start, end, toCodePoint);
    for (const { entity, target } of letter.entities) {
      const id = entityId(entity);
      const body: Record<string, unknown>[] = [
        { type: 'TextualBody', purpose: 'tagging', value: entity.kind },
        { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify(entity.value) },
      ];
      if (id && entity.kind !== 'organisation' && entity.kind !== 'date') body.push({ type: 'SpecificResource', purpose: 'identifying', source: officialUrl(id) });
      else if (id) body.push({ type: 'TextualBody', purpose: 'identifying', value: id });
      if (target) body.push({ type: 'SpecificResource', purpose: 'linking', source: target });
      items.push({
        id: `${letter.uri}#${entity.kind}-${entity.start}-${entity.end}`,
        type: 'Annotation',
        motivation: 'identifying',
        ...(entity.source === 'user' ? { creator: { type: 'Person', nickname: 'user' } } : { generator: { type: 'Software', name: 'kamerstukken' } }),
        body,
        // An entity broken over a page targets the pieces it is written in, not the footnotes between them.
        target: entity.gaps ? piecesOf(entity).map(p => targetOf(p.start, p.end)) : targetOf(entity.start, entity.end),
      });
    }
    for (const note of letter.notes) {
      const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' }];
      if (note.tag) body.push({ type: 'TextualBody', purpose: 'tagging', value: note.tag });
      items.push({
        id: `${letter.uri}#note-${note.annotation.id}`,
        type: 'Annotation',
        motivation: 'commenting',
        creator: { type: 'Person', nickname: 'user' },
        ...(note.annotation.created ? { created: note.annotation.created } : {}),
        body,
        target: targetOf(note.start, note.end),
      });
    }
  }
  return { '@context': ANNO_CONTEXT, type: 'AnnotationPage', items };
}

/** Positions in code points, as the W3C model counts characters. */
function selectorTarget(letter: ExportLetter, start: number, end: number, toCodePoint: (n: number) => number): Record<string, unknown> {
  const s = makeSelector(letter.text, start, end);
  return {
    source: letter.uri,
    selector: [
      { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
      { type: 'TextPositionSelector', start: toCodePoint(s.start), end: toCodePoint(s.end) },
    ],
  };
}
