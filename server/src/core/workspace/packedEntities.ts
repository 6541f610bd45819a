// The entities of a closed letter's record, packed into a buffer and a string instead of about a hundred objects.
// A workspace of 10,000 letters holds about a million entities. As objects on the main thread they cost
// seconds of deserialising, string pooling and index updates while the workspace is indexed, and every
// major garbage collection marks them all again: pauses that requests wait behind. Packed, the index reads
// a short summary per letter (which ids it cites and which organisations it names, where, and how they are
// written), and the entities become objects again only for a feature that shows the letter.
import { Buffer } from 'node:buffer';
import type { AnyEntity, Span } from '../types';
import { indexKey, isAcronymText, isCitation } from './keys';
import { firstPiece, writtenText } from '../entitySpans';

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
   * The entities diagnostics read, as JSON rows like `json` (the same bytes when they are all of them): every citation, the organisations written as an
   * acronym, and the dates written right before a citation. Diagnostics of 10,000 closed letters after
   * indexing unpacked every entity before; the garbage of that (a million objects) slowed the first requests
   * that followed.
   */
  diagnostic: Uint8Array;
  /** Each date written right before a citation (`CitedDate`), as its date's and citation's rows in `diagnostic`, in pairs. */
  citedDates?: number[];
}

/** Where a letter cites an id or names an organisation: the entities, or their spans packed ("12:30,41:60"). */
export type Places = readonly Span[] | string;

/**
 * What the workspace index files of a letter, one line per key: a cited id key, or an organisation id, with
 * the places of its entities; for an organisation also whether the letter writes it out in full, and how it
 * writes it (one-line texts with their counts). Made from the entities (`summarise`) or read from a packed
 * record (`readIndex`).
 */
export type IndexLine =
  | { kind: 'citation'; key: string; places: Places }
  | { kind: 'organisation'; key: string; places: Places; spelledOut: boolean; variants: Array<[string, number]> };

/** Separators no id, span or flattened entity text contains. */
const LINE = '\n';
const FIELD = '\t';
const ITEM = '\u001e';
const PAIR = '\u001f';

const SEPARATOR = /[\n\t\u001e\u001f]/;
const SEPARATORS = /[\n\t\u001e\u001f]/g;


/** The index lines of a letter's entities, keys in the order the letter first names them, citations first. */
export function summarise(entities: readonly AnyEntity[], flatten: (text: string) => string): IndexLine[] {
  const citations = new Map<string, Span[]>();
  const organisations = new Map<string, { places: Span[]; spelledOut: boolean; variants: Map<string, number> }>();
  for (const e of entities) {
    if (isCitation(e)) {
      const key = indexKey(e);
      if (key) pushTo(citations, key, firstPiece(e));   // not the footnotes in its gaps
    } else if (e.kind === 'organisation' && e.value?.id) {
      let org = organisations.get(e.value.id);
      if (!org) organisations.set(e.value.id, (org = { places: [], spelledOut: false, variants: new Map() }));
      org.places.push(firstPiece(e));
      if (!isAcronymText(e.text)) org.spelledOut = true;
      const variant = flatten(writtenText(e));   // not the footer in its gaps
      org.variants.set(variant, (org.variants.get(variant) ?? 0) + 1);
    }
  }
  const lines: IndexLine[] = [];
  for (const [key, places] of citations) lines.push({ kind: 'citation', key, places });
  for (const [key, org] of organisations) lines.push({ kind: 'organisation', key, places: org.places, spelledOut: org.spelledOut, variants: [...org.variants] });
  return lines;
}

/**
 * Packs the entities with their index lines (`summarise`; `flatten` is the index's own one-line form, so
 * that variants count as before). Null when a key would not survive packing (an id with a tab or line
 * break): the record then keeps its objects.
 */
export function packEntities(entities: readonly AnyEntity[], flatten: (text: string) => string, citedDates: ReadonlyArray<{ date: AnyEntity; citation: AnyEntity }> = []): PackedEntities | null {
  const summary = summarise(entities, flatten);
  // Keys come from the letter and from the user's annotation store: one with a separator is not packed.
  if (summary.some(line => SEPARATOR.test(line.key))) return null;
  // The index as one string, line by line (not an array joined: an empty one has another elements kind, and the
  // packing's optimised code was thrown away the first time a letter cited nothing).
  let index = '';
  for (let i = 0; i < summary.length; i++) index += (i > 0 ? LINE : '') + indexLineText(summary[i]);
  const datesCited = new Set<AnyEntity>(citedDates.map(c => c.date));
  const diagnostic = entities.filter(e => isCitation(e) || (e.kind === 'organisation' && isAcronymText(e.text)) || datesCited.has(e));
  const json = utf8Bytes(JSON.stringify(entities.map(toRow)));
  const packed: PackedEntities = {
    json,
    index,
    // Every entity is one diagnostics read (a partial record holds citations only): the same rows, packed once.
    diagnostic: diagnostic.length === entities.length ? json : utf8Bytes(JSON.stringify(diagnostic.map(toRow))),
  };
  if (citedDates.length) {
    const rowOf = new Map<AnyEntity, number>(diagnostic.map((e, row) => [e, row]));
    packed.citedDates = citedDates.flatMap(({ date, citation }) => [rowOf.get(date) ?? -1, rowOf.get(citation) ?? -1]);
  }
  return packed;
}

function indexLineText(line: IndexLine): string {
  const spans = packSpans(line.places);
  if (line.kind === 'citation') return `c${line.key}${FIELD}${spans}`;
  const variants = line.variants.map(([text, n]) => `${text.replace(SEPARATORS, '')}${PAIR}${n}`).join(ITEM);
  return `o${line.key}${FIELD}${spans}${FIELD}${line.spelledOut ? 1 : 0}${FIELD}${variants}`;
}

export function readIndex(packed: PackedEntities): IndexLine[] {
  if (!packed.index) return [];
  return packed.index.split(LINE).map(line => {
    const fields = line.slice(1).split(FIELD);
    if (line[0] === 'c') return { kind: 'citation', key: fields[0], places: fields[1] ?? '' };
    const variants: Array<[string, number]> = (fields[3] ?? '').split(ITEM).filter(Boolean).map(item => {
      const at = item.lastIndexOf(PAIR);
      return [item.slice(0, at), Number(item.slice(at + 1))];
    });
    return { kind: 'organisation', key: fields[0], places: fields[1] ?? '', spelledOut: fields[2] === '1', variants };
  });
}

/** The spans of places, packed ones read from "12:30,41:60". */
export function spansOf(places: Places): readonly Span[] {
  if (typeof places !== 'string') return places;
  if (!places) return [];
  return places.split(',').map(pair => {
    const at = pair.indexOf(':');
    return { start: Number(pair.slice(0, at)), end: Number(pair.slice(at + 1)) };
  });
}

/** How many places there are, without reading packed ones. */
export function countPlaces(places: Places): number {
  if (typeof places !== 'string') return places.length;
  if (!places) return 0;
  let n = 1;
  for (let at = places.indexOf(','); at >= 0; at = places.indexOf(',', at + 1)) n++;
  return n;
}

function packSpans(places: Places): string {
  return typeof places === 'string' ? places : places.map(p => `${p.start}:${p.end}`).join(',');
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

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}
