// One letter's document in the JSON of `annotate --json`, as UTF-8 bytes: the bytes of the slice of
// JSON.stringify({ documents: [{ path, identity, entities }] }, null, 1) that holds it, except each citation's
// target, whose place is recorded instead: it is known once every letter's ids are.
import type { AnyEntity, LetterAnalysis } from '../core/types';
import { isCitation } from '../core/workspace/keys';
import { bytesOf, JsonBytes } from './jsonBytes';

/** Among the documents a document's braces stand two spaces deep, its members three, its entities four. */
const DOCUMENT_DEPTH = 2;
const MEMBER_DEPTH = 3;
const ENTITY_DEPTH = 4;
const ENTITY_MEMBER_DEPTH = 5;

/**
 * Writes the document into `out`, from the line break before its `{` to its `}`, entities as
 * { kind, start, end, text, value, target } (with `gaps` before the target for an entity broken over a page:
 * the footnotes and footer between its halves) and the identity as its seven shown fields (and its joint dossiers, for
 * a letter in several; JSON leaves the member out otherwise). Answers, per citation
 * in order, the offset from `out.start` where its target's JSON goes (after `"target": `).
 */
export function writeDocument(out: JsonBytes, path: string, analysis: LetterAnalysis): number[] {
  const id = analysis.identity;
  const identity = { dossier: id.dossier, suffix: id.suffix, number: id.number, chamber: id.chamber, session: id.session, date: id.date, title: id.title, jointDossiers: id.jointDossiers };
  const targetsAt: number[] = [];
  out.newline(DOCUMENT_DEPTH);
  out.byte(0x7b);
  const members = new Members(out, MEMBER_DEPTH);
  members.add('path', path);
  members.add('identity', identity);
  members.key('entities');
  writeEntities(out, analysis.entities, targetsAt);
  out.newline(DOCUMENT_DEPTH);
  out.byte(0x7d);
  return targetsAt;
}

function writeEntities(out: JsonBytes, entities: readonly AnyEntity[], targetsAt: number[]): void {
  if (entities.length === 0) return out.piece(EMPTY_LIST);
  out.byte(0x5b);
  for (let i = 0; i < entities.length; i++) {
    if (i > 0) out.byte(0x2c);
    out.newline(ENTITY_DEPTH);
    writeEntity(out, entities[i], targetsAt);
  }
  out.newline(MEMBER_DEPTH);
  out.byte(0x5d);
}

// What stands between an entity's values, made once. `{ "kind": "<kind>", "start": ` is one piece per kind.
const EMPTY_LIST = bytesOf('[]');
const ENTITY_OPEN = '{\n     "kind": ';
const START = ',\n     "start": ';
const END = bytesOf(',\n     "end": ');
const TEXT = bytesOf(',\n     "text": ');
const VALUE = bytesOf(',\n     "value": ');
const GAPS = bytesOf(',\n     "gaps": ');
const TARGET = bytesOf(',\n     "target": ');
const NO_TARGET_CLOSE = bytesOf(',\n     "target": null\n    }');
const CLOSE = bytesOf('\n    }');
const kindPieces = new Map<string, Buffer>();

function writeEntity(out: JsonBytes, e: AnyEntity, targetsAt: number[]): void {
  const { kind, start, end, text, value } = e;
  if (typeof kind !== 'string' || typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string' || value === undefined) {
    return writeAnyEntity(out, e, targetsAt);
  }
  let open = kindPieces.get(kind);
  if (open === undefined) {
    open = bytesOf(ENTITY_OPEN + JSON.stringify(kind) + START);
    if (kindPieces.size < 100) kindPieces.set(kind, open);
  }
  out.piece(open);
  out.number(start);
  out.piece(END);
  out.number(end);
  out.piece(TEXT);
  out.string(text);
  const beforeValue = out.length;
  out.piece(VALUE);
  if (!out.value(value, ENTITY_MEMBER_DEPTH)) out.length = beforeValue;   // a value without JSON is left out
  if (e.gaps) {
    out.piece(GAPS);
    out.value(e.gaps, ENTITY_MEMBER_DEPTH);
  }
  if (!isCitation(e)) return out.piece(NO_TARGET_CLOSE);
  out.piece(TARGET);
  targetsAt.push(out.length - out.start);
  out.piece(CLOSE);
}

/** An entity of a shape recognisers do not make (a member missing, or of another type): member by member. */
function writeAnyEntity(out: JsonBytes, e: AnyEntity, targetsAt: number[]): void {
  out.byte(0x7b);
  const members = new Members(out, ENTITY_MEMBER_DEPTH);
  members.add('kind', e.kind);
  members.add('start', e.start);
  members.add('end', e.end);
  members.add('text', e.text);
  members.add('value', e.value);
  members.add('gaps', e.gaps);
  members.key('target');
  if (isCitation(e)) targetsAt.push(out.length - out.start);
  else out.value(null, 0);
  out.newline(ENTITY_DEPTH);
  out.byte(0x7d);
}

/** The members of an object being written (`JsonBytes.member`), counted so that only the first has no comma. */
class Members {
  private count = 0;

  constructor(private readonly out: JsonBytes, private readonly depth: number) {}

  add(key: string, value: unknown): void {
    if (this.out.member(key, value, this.depth, this.count === 0)) this.count++;
  }

  /** The key of the next member; its value is the caller's to write. */
  key(key: string): void {
    this.out.memberKey(key, this.depth, this.count++ === 0);
  }
}
