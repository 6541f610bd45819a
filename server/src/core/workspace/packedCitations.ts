// The citations of a partial record (the first pass of indexing), packed into two strings per letter instead
// of thousands of small objects. At 10,000 letters the first pass brings about 114,000 citations to the main
// thread; as objects, deserialising and keeping them cost it about a second of CPU and garbage collection,
// in the pass that every request waits for (BENCHMARKS.md). Packed, the index needs only their id keys, and
// a citation becomes an entity again only when a request shows it (references, the citations of an id).
import type { AnyEntity } from '../types';
import { citationId, isCitation, isSelfCitation, keyOf, type CitationEntity } from './keys';

export interface PackedCitations {
  /** Per citation, in order, the id key it is indexed under ("kst-29754-325"), or '' when it is not indexed (a self-citation, no id). */
  keys: string;
  /** The citation entities, as a JSON array in the same order. */
  json: string;
}

/** Rows are separated by a character no id key contains. */
const ROW = '\n';

export function packCitations(entities: readonly AnyEntity[]): PackedCitations {
  const citations: CitationEntity[] = [];
  const keys: string[] = [];
  for (const e of entities) {
    if (!isCitation(e)) continue;
    citations.push(e);
    keys.push(indexKey(e));
  }
  return { keys: keys.join(ROW), json: JSON.stringify(citations) };
}

/** The id key each packed citation is indexed under ('' for none), in order. */
export function packedKeys(packed: PackedCitations): string[] {
  return packed.keys.length === 0 && packed.json === '[]' ? [] : packed.keys.split(ROW);
}

/** All packed citations as entities (new objects each call: callers take the few they need). */
export function unpackCitations(packed: PackedCitations): CitationEntity[] {
  return JSON.parse(packed.json) as CitationEntity[];
}

/** The key the index files a citation under: its id's, unless it is a self-citation or has no id. */
export function indexKey(e: CitationEntity): string {
  if (isSelfCitation(e)) return '';
  const id = citationId(e);
  return id === null ? '' : keyOf(id);
}
