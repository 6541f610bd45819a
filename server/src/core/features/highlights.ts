// Document highlights: with the cursor on a reference, the other places in the same letter that name the same
// thing. A reader following one body, one cited letter or one date through a long letter sees them all at once.
import type { Corpus } from '../workspace/corpus';
import { citationId, isCitation, isSelfCitation } from '../workspace/keys';
import type { AnyEntity, LetterAnalysis, Span } from '../types';
import { piecesOf } from '../entitySpans';
import { targetAt } from './lookup';

/** `write`: where the thing is declared (the letter's own identity, an acronym's definition, a footnote body). */
export type HighlightKind = 'text' | 'read' | 'write';

export interface Highlight {
  span: Span;
  kind: HighlightKind;
}

export function documentHighlights(corpus: Corpus, uri: string, offset: number): Highlight[] | null {
  const rec = corpus.record(uri);
  if (!rec) return null;
  const analysis = rec.analysis;
  const target = targetAt(analysis, offset);
  if (!target) return null;
  if (target.kind === 'footnote-marker' || target.kind === 'footnote-body') {
    const f = target.footnote;
    return sorted([...(f.marker ? [{ span: f.marker, kind: 'read' as const }] : []), { span: f.body, kind: 'write' }]);
  }
  if (target.kind === 'identity-anchor') return ownIdentity(corpus, uri, analysis);
  const e = target.entity;
  if (isSelfCitation(e)) return ownIdentity(corpus, uri, analysis);
  if (isCitation(e)) {
    const to = corpus.resolve(e, uri);
    if (to === uri) return ownIdentity(corpus, uri, analysis);
    const id = citationId(e);
    // Same letter: resolved to the same one, or, unresolved, the same id; a citation without an id stands alone.
    const same = (c: AnyEntity) => isCitation(c) && !isSelfCitation(c) && (to ? corpus.resolve(c, uri) === to : id !== null && citationId(c) === id);
    return id === null && !to ? sorted(pieces(e, 'read')) : sorted(analysis.entities.filter(same).flatMap(c => pieces(c, 'read')));
  }
  if (e.kind === 'organisation') {
    const id = e.value.id;
    const mentions = analysis.entities.filter(o => o.kind === 'organisation' && o.value.id === id).flatMap(o => pieces(o, 'read'));
    const definitions = analysis.definitions
      .filter(d => d.orgId === id || `TEXT:${d.short.toUpperCase()}` === id)
      .map(d => ({ span: d.longSpan, kind: 'write' as const }));
    return sorted(withoutCovered([...definitions, ...mentions]));
  }
  if (e.kind === 'date') {
    const key = dateKey(e.value);
    return sorted(analysis.entities.filter(d => d.kind === 'date' && dateKey(d.value) === key).flatMap(d => pieces(d, 'text')));
  }
  return null;
}

/** The letter's own footer and header citations, its identity anchor, and any citation of itself. */
function ownIdentity(corpus: Corpus, uri: string, analysis: LetterAnalysis): Highlight[] {
  const out: Highlight[] = [];
  for (const e of analysis.entities) {
    if (isSelfCitation(e)) out.push(...pieces(e, 'write'));
    else if (isCitation(e) && corpus.resolve(e, uri) === uri) out.push(...pieces(e, 'read'));
  }
  const anchor = analysis.identity.anchor;
  if (anchor) out.push({ span: { start: anchor.start, end: anchor.end }, kind: 'write' });
  return sorted(withoutCovered(out));
}

function pieces(e: AnyEntity, kind: HighlightKind): Highlight[] {
  return piecesOf(e).map(span => ({ span, kind }));
}

/** Dates name the same day or period when their values agree: "24 mei" and "24 mei 2014" in a 2014 letter. */
function dateKey(value: { iso?: string | string[]; approx?: true; session?: string }): string {
  return `${Array.isArray(value.iso) ? value.iso.join(',') : value.iso ?? ''}|${value.session ?? ''}|${value.approx ? 1 : 0}`;
}

/** A highlight inside another one (a self-citation inside the identity anchor) is drawn once, as the outer. */
function withoutCovered(list: Highlight[]): Highlight[] {
  return list.filter((h, i) => !list.some((o, j) => j !== i && o.span.start <= h.span.start && o.span.end >= h.span.end
    && (o.span.end - o.span.start > h.span.end - h.span.start || j < i)));
}

function sorted(list: Highlight[]): Highlight[] {
  return list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
