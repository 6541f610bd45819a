// The citation graph as a call hierarchy: "incoming" are the letters that cite a letter, "outgoing" the letters it
// cites, each with the places of the citations. Expanding the tree follows a chain of letters through a dossier,
// which find-references shows only one step at a time. A cited letter outside the workspace is a node too (by its
// id, placed at its first citation), so the tree shows what a letter cites even where the corpus stops.
import type { Corpus } from '../workspace/corpus';
import { canonicalOfIdentity, canonicalOfLetter, citationId, isCitation, isSelfCitation, keyOf } from '../workspace/keys';
import type { Span } from '../types';
import { firstPiece, pieceAt } from '../entitySpans';
import { baseName } from './describe';
import { targetAt } from './lookup';
import { letterAnchor } from './navigation';

export interface GraphLetter {
  /** The id shown ("kst-29754-325"), or the file name of a letter without one. */
  name: string;
  detail: string;
  /** The letter's uri when it is in the workspace, else null. */
  uri: string | null;
  /** Its ids (lower-cased keys); one for a letter outside the workspace. */
  ids: string[];
  /** Where the node opens: the letter's identity anchor, or for a letter outside the workspace its first citation. */
  at: { uri: string; span: Span; selection: Span };
}

export interface GraphEdge {
  letter: GraphLetter;
  /** The citations, in the letter they are written in (incoming: the citing letter; outgoing: this one). */
  from: Span[];
}

/** The letter at the cursor: the cited letter on a citation, else the letter itself. */
export function graphLetterAt(corpus: Corpus, uri: string, offset: number): GraphLetter | null {
  const rec = corpus.record(uri);
  if (!rec) return null;
  const target = targetAt(rec.analysis, offset);
  if (target?.kind !== 'entity' || !isCitation(target.entity) || isSelfCitation(target.entity)) return letterOf(corpus, uri);
  const e = target.entity;
  const to = corpus.resolve(e, uri);
  if (to) return letterOf(corpus, to);
  const id = citationId(e);
  return id ? outside(id, { uri, span: pieceAt(e, offset) }) : null;
}

/** The letters citing `letter`, each with where it does (its own self-citations excluded). */
export function incomingCitations(corpus: Corpus, letter: GraphLetter, isCancelled: () => boolean = () => false): GraphEdge[] {
  const byCiter = new Map<string, Span[]>();
  let n = 0;
  for (const c of corpus.citationsOfIds(letter.ids)) {
    if (c.uri === letter.uri) continue;
    const spans = byCiter.get(c.uri);
    if (spans) spans.push(c.item);
    else byCiter.set(c.uri, [c.item]);
    if ((++n & 1023) === 0 && isCancelled()) break;
  }
  const out: GraphEdge[] = [];
  for (const [citer, from] of byCiter) {
    const node = letterOf(corpus, citer);
    if (node) out.push({ letter: node, from: from.sort((a, b) => a.start - b.start) });
  }
  return out.sort((a, b) => a.letter.name.localeCompare(b.letter.name));
}

/**
 * The letters `letter` cites (in the workspace or not), each with where it cites them: its own citations, resolved
 * as go-to-definition resolves them, and placed where the index places them (their first piece).
 */
export function outgoingCitations(corpus: Corpus, letter: GraphLetter, isCancelled: () => boolean = () => false): GraphEdge[] {
  const uri = letter.uri;
  const rec = uri ? corpus.record(uri) : undefined;
  if (!uri || !rec) return [];
  const own = new Set(rec.ids.map(keyOf));
  const byTarget = new Map<string, GraphEdge>();
  let n = 0;
  for (const e of corpus.diagnosticEntitiesOf(uri)) {
    if ((++n & 1023) === 0 && isCancelled()) break;
    if (!isCitation(e) || isSelfCitation(e)) continue;
    const id = citationId(e);
    if (id === null || own.has(keyOf(id))) continue;
    const to = corpus.resolve(e, uri);
    if (to === uri) continue;
    const key = to ?? `id:${keyOf(id)}`;
    const from = firstPiece(e);
    const edge = byTarget.get(key);
    if (edge) edge.from.push(from);
    else byTarget.set(key, { letter: to ? letterOf(corpus, to)! : outside(id, { uri, span: from }), from: [from] });
  }
  return [...byTarget.values()];
}

/** A letter of the workspace as a node. */
export function letterOf(corpus: Corpus, uri: string): GraphLetter | null {
  const rec = corpus.record(uri);
  if (!rec) return null;
  const identity = rec.analysis.identity;
  const anchor = letterAnchor(rec);
  return {
    name: rec.ids[0] ?? baseName(uri),
    detail: [canonicalOfLetter(identity, rec.ids), identity.title, identity.date].filter(Boolean).join(' · ') || baseName(uri),
    uri,
    ids: rec.ids.map(keyOf),
    at: { uri, span: anchor, selection: anchor },
  };
}

/** A letter outside the workspace, named by its id as published ("kst-34300-VI-2"), found by its key. */
function outside(id: string, place: { uri: string; span: Span }): GraphLetter {
  return { name: id, detail: 'not in the workspace', uri: null, ids: [keyOf(id)], at: { ...place, selection: place.span } };
}
