// The entities of a closed letter's record, packed into a buffer and a string instead of about a hundred objects.
// A workspace of 10,000 letters holds about a million entities. As objects on the main thread they cost
// seconds of deserialising, string pooling and index updates while the workspace is indexed, and every
// major garbage collection marks them all again: pauses that requests wait behind. Packed, the index reads
// a short summary per letter (which ids it cites and which organisations it names, where, and how they are
// written), and the entities become objects again only for a feature that shows the letter.
import { Buffer } from 'node:buffer';
import type { AnyEntity, Span } from '../types';
import { indexKey, isAcronymText, isCitation } from './keys';

export interface PackedEntities {
  /**
   * The entities in order, as JSON rows (see `toRow`) in UTF-8. Bytes, not a string: they move from the
   * worker without a copy, and the garbage collector never copies or scans them (as strings, 150 MB at
   * 10,000 letters were copied twice by the young collections, and took two bytes a character).
   */
  json: Uint8Array;
  /** What the index files, one line per key (see `IndexLine`). */
  index: string;
  /**
   * The entities diagnostics read, as JSON rows like `json`: every citation, the organisations written as an
   * acronym, and the dates written right before a citation. Diagnostics of 10,000 closed letters after
   * indexing unpacked every entity before; the garbage of that (a million objects) slowed the first requests
   * that followed.
   */
  diagnostic: Uint8Array;
  /** Each date written right before a citation (`CitedDate`), as its date's and citation's rows in `diagnostic`, in pairs. */
  citedDates?: number[];
}

/**
 * One line of a packed record's index summary: a cited id key, or an organisation id, with the spans of its
 * entities; for an organisation also whether the letter writes it out in full, and how it writes it.
 */
export type IndexLine =
  | { kind: 'citation'; key: string; spans: string }
  | { kind: 'organisation'; key: string; spans: string; spelledOut: boolean; variants: Array<[string, number]> };

/** Separators no id, span or flattened entity text contains. */
const LINE = '\n';
const FIELD = '\t';
const ITEM = '\u001e';
const PAIR = '\u001f';

const SEPARATOR = /[\n\t\u001e\u001f]/;
const SEPARATORS = /[\n\t\u001e\u001f]/g;


/**
 * Packs the entities, with the two facts the index keeps per organisation mention: whether the text is an
 * acronym, and its one-line form (`flatten`, the index's own, so that variants count as before). Null when a
 * key would not survive packing (an id with a tab or line break): the record then keeps its objects.
 */
export function packEntities(entities: readonly AnyEntity[], flatten: (text: string) => string, citedDates: ReadonlyArray<{ date: AnyEntity; citation: AnyEntity }> = []): PackedEntities | null {
  const citations = new Map<string, string[]>();
  const organisations = new Map<string, { spans: string[]; spelledOut: boolean; variants: Map<string, number> }>();
  for (const e of entities) {
    if (isCitation(e)) {
      const key = indexKey(e);
      if (key) pushTo(citations, key, `${e.start}:${e.end}`);
    } else if (e.kind === 'organisation' && e.value?.id) {
      let org = organisations.get(e.value.id);
      if (!org) organisations.set(e.value.id, (org = { spans: [], spelledOut: false, variants: new Map() }));
      org.spans.push(`${e.start}:${e.end}`);
      if (!isAcronymText(e.text)) org.spelledOut = true;
      const variant = flatten(e.text).replace(SEPARATORS, '');
      org.variants.set(variant, (org.variants.get(variant) ?? 0) + 1);
    }
  }
  // Keys come from the letter and from the user's annotation store: one with a separator is not packed.
  for (const key of [...citations.keys(), ...organisations.keys()]) if (SEPARATOR.test(key)) return null;
  const lines: string[] = [];
  for (const [key, spans] of citations) lines.push(`c${key}${FIELD}${spans.join(',')}`);
  for (const [id, org] of organisations) {
    const variants = [...org.variants].map(([text, n]) => `${text}${PAIR}${n}`).join(ITEM);
    lines.push(`o${id}${FIELD}${org.spans.join(',')}${FIELD}${org.spelledOut ? 1 : 0}${FIELD}${variants}`);
  }
  const datesCited = new Set<AnyEntity>(citedDates.map(c => c.date));
  const diagnostic = entities.filter(e => isCitation(e) || (e.kind === 'organisation' && isAcronymText(e.text)) || datesCited.has(e));
  const packed: PackedEntities = {
    json: utf8Bytes(JSON.stringify(entities.map(toRow))),
    index: lines.join(LINE),
    diagnostic: utf8Bytes(JSON.stringify(diagnostic.map(toRow))),
  };
  if (citedDates.length) {
    const rowOf = new Map<AnyEntity, number>(diagnostic.map((e, row) => [e, row]));
    packed.citedDates = citedDates.flatMap(({ date, citation }) => [rowOf.get(date) ?? -1, rowOf.get(citation) ?? -1]);
  }
  return packed;
}

export function readIndex(packed: PackedEntities): IndexLine[] {
  if (!packed.index) return [];
  return packed.index.split(LINE).map(line => {
    const fields = line.slice(1).split(FIELD);
    if (line[0] === 'c') return { kind: 'citation', key: fields[0], spans: fields[1] ?? '' };
    const variants: Array<[string, number]> = (fields[3] ?? '').split(ITEM).filter(Boolean).map(item => {
      const at = item.lastIndexOf(PAIR);
      return [item.slice(0, at), Number(item.slice(at + 1))];
    });
    return { kind: 'organisation', key: fields[0], spans: fields[1] ?? '', spelledOut: fields[2] === '1', variants };
  });
}

/** "12:30,41:60" → spans. */
export function parseSpans(spans: string): Span[] {
  if (!spans) return [];
  return spans.split(',').map(pair => {
    const at = pair.indexOf(':');
    return { start: Number(pair.slice(0, at)), end: Number(pair.slice(at + 1)) };
  });
}

/** The entities again, as new objects (equal to those packed). */
export function unpackEntities(packed: PackedEntities): AnyEntity[] {
  return unpackRows(packed.json);
}

/** The entities diagnostics read (see `PackedEntities.diagnostic`), as new objects. */
export function unpackDiagnosticEntities(packed: PackedEntities): AnyEntity[] {
  return unpackRows(packed.diagnostic);
}

function unpackRows(bytes: Uint8Array): AnyEntity[] {
  return (JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as Row[]).map(fromRow);
}

/**
 * kind, start, end, text, source, value, then the footnote and any other fields only when there are any.
 * Kinds and sources are written as one letter where they are known ones: rows are a quarter shorter.
 */
type Row = [string, number, number, string, string, unknown, number?, Record<string, unknown>?];

const KNOWN = new Set(['kind', 'start', 'end', 'text', 'source', 'value', 'footnote']);
const KIND_CODES: Record<string, string> = { kamerstuk: 'k', handelingen: 'h', aanhangsel: 'a', organisation: 'o', date: 'd' };
const SOURCE_CODES: Record<string, string> = { text: 't', gazetteer: 'g', header: 'h', footer: 'f', definition: 'd', corpus: 'c', user: 'u' };
const KINDS = inverse(KIND_CODES);
const SOURCES = inverse(SOURCE_CODES);

function toRow(e: AnyEntity): Row {
  let rest: Record<string, unknown> | null = null;
  for (const k in e) {
    if (KNOWN.has(k)) continue;
    const v = (e as unknown as Record<string, unknown>)[k];
    if (v !== undefined) (rest ??= {})[k] = v;
  }
  const row: Row = [KIND_CODES[e.kind] ?? e.kind, e.start, e.end, e.text, SOURCE_CODES[e.source] ?? e.source, e.value];
  if (e.footnote !== undefined || rest) row.push(e.footnote ?? 0);
  if (rest) row.push(rest);
  return row;
}

function fromRow(row: Row): AnyEntity {
  const [kind, start, end, text, source, value, footnote, rest] = row;
  const e = { kind: KINDS.get(kind) ?? kind, start, end, text, value, source: SOURCES.get(source) ?? source } as unknown as AnyEntity;
  if (footnote) e.footnote = footnote;
  if (rest) Object.assign(e, rest);
  return e;
}

/** Codes must not collide with a name written out: a one-letter code is never a kind or source name. */
function inverse(codes: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(codes).map(([name, code]) => [code, name]));
}

/** The text in UTF-8, in a buffer of its own (a small Buffer.from shares a pool slab, which cannot be transferred). */
function utf8Bytes(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

function pushTo(map: Map<string, string[]>, key: string, item: string): void {
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}
