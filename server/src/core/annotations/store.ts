// Reading and writing the store file. Parsing is tolerant: every problem is reported with its offset in the
// store text, the malformed entry is skipped, and everything else still applies.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { EntityKind } from '../types';
import {
  ANNOTATION_TYPES, IDENTITY_FIELDS, STORE_VERSION, emptyStore,
  type Annotation, type AnnotationStore, type AnnotationType, type DeclaredIdentity, type LetterAnnotations,
  type StoreError, type TextSelector, type UserOrganisation,
} from './types';
import { KAMERSTUK_ID_EXAMPLES, declaredDossier, dossierProblem, kamerstukIdParts, romanDossier, romanStukProblem } from './dossiers';

const ENTITY_KINDS: readonly EntityKind[] = ['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date'];
const CHAMBERS = ['II', 'I', 'VV'];

export interface ParsedStore {
  store: AnnotationStore;
  errors: StoreError[];
}

/** What the parser's error code says, in words a user editing the store by hand reads ("CommaExpected": a comma is missing). */
const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a word without quotes or a stray character is not JSON',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon is expected after the property name',
  CommaExpected: 'a comma is missing before this',
  CloseBraceExpected: 'a closing brace "}" is missing',
  CloseBracketExpected: 'a closing bracket "]" is missing',
  EndOfFileExpected: 'text after the closing brace, where the store should end',
  InvalidCommentToken: 'this comment is not closed',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this string has no closing double quote',
  UnexpectedEndOfNumber: 'this number ends too soon',
  InvalidUnicode: 'this \\u escape is not four hexadecimal digits',
  InvalidEscapeCharacter: 'this backslash escape is not one JSON knows',
  InvalidCharacter: 'a line break or tab inside a string must be escaped',
};

export function describeParseError(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return PARSE_ERRORS[name] ?? name;
}

export function parseStore(text: string): ParsedStore {
  const store = emptyStore();
  const errors: StoreError[] = [];
  if (typeof text !== 'string' || text.trim() === '') return { store, errors };
  const parseErrors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    return { store, errors: [{ start: 0, end: Math.min(text.length, 1), message: 'The annotation store could not be read.' }] };
  }
  for (const e of parseErrors) {
    errors.push({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `JSON syntax error: ${describeParseError(e)}.` });
  }
  if (!root) return { store, errors };
  const reader = new StoreReader(errors);
  if (root.type !== 'object') {
    reader.error(root, 'The annotation store must be a JSON object.');
    return { store, errors };
  }
  for (const [key, node, keyNode] of properties(root)) {
    switch (key) {
      case '$schema':
        if (node.type === 'string') store.$schema = node.value as string;
        else reader.error(node, '"$schema" must be a string.');
        break;
      case 'version':
        if (node.type !== 'number' || node.value !== STORE_VERSION) reader.error(node, `"version" must be ${STORE_VERSION}.`);
        break;
      case 'letters':
        reader.letters(node, store);
        break;
      case 'organisations':
        reader.organisations(node, store);
        break;
      default:
        reader.error(keyNode, `Unknown property "${key}".`);
    }
  }
  errors.sort((a, b) => a.start - b.start);
  return { store, errors };
}

/** Canonical text of a store: sorted keys, 2-space indent, annotations by position, organisations by id. */
export function serializeStore(store: AnnotationStore): string {
  const letters: Record<string, LetterAnnotations> = {};
  for (const key of Object.keys(store.letters).sort()) {
    const letter = store.letters[key];
    letters[key] = { ...letter, annotations: [...letter.annotations].sort(compareAnnotations) };
  }
  const organisations = [...store.organisations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(canonical({ ...store, version: STORE_VERSION, letters, organisations }), null, 2) + '\n';
}

/** Document order of annotations in a letter: by target position, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy with object keys sorted at every level, so JSON.stringify prints a stable text. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out as T;
  }
  return value;
}

function* properties(node: Node): Generator<[string, Node, Node]> {
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (keyNode && valueNode && typeof keyNode.value === 'string') yield [keyNode.value, valueNode, keyNode];
  }
}

function plain(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of properties(node)) out[k] = plain(v);
      return out;
    }
    case 'array':
      return (node.children ?? []).map(plain);
    default:
      return node.value;
  }
}

/** Validates one part of the tree at a time; each method reports and skips what it cannot use. */
class StoreReader {
  private readonly ids = new Set<string>();
  constructor(private readonly errors: StoreError[]) {}

  error(node: Node, message: string): void {
    this.errors.push({ start: node.offset, end: node.offset + Math.max(1, node.length), message });
  }

  letters(node: Node, store: AnnotationStore): void {
    if (node.type !== 'object') return this.error(node, '"letters" must be an object keyed by file name.');
    for (const [key, letterNode, keyNode] of properties(node)) {
      if (key === '') { this.error(keyNode, 'A letter key must be a file path.'); continue; }
      if (letterNode.type !== 'object') { this.error(letterNode, `The entry for "${key}" must be an object.`); continue; }
      const letter: LetterAnnotations = { annotations: [] };
      for (const [prop, value, propKey] of properties(letterNode)) {
        if (prop === 'identity') {
          const identity = this.identity(value);
          if (identity) letter.identity = identity;
        } else if (prop === 'annotations') {
          if (value.type !== 'array') { this.error(value, '"annotations" must be an array.'); continue; }
          for (const item of value.children ?? []) {
            const annotation = this.annotation(item);
            if (annotation) letter.annotations.push(annotation);
          }
        } else {
          this.error(propKey, `Unknown property "${prop}" in a letter entry.`);
        }
      }
      store.letters[key] = letter;
    }
  }

  identity(node: Node): DeclaredIdentity | null {
    if (node.type !== 'object') { this.error(node, '"identity" must be an object.'); return null; }
    const identity: DeclaredIdentity = {};
    let numberNode: Node | null = null;
    for (const [key, value, keyNode] of properties(node)) {
      if (!(IDENTITY_FIELDS as readonly string[]).includes(key)) { this.error(keyNode, `Unknown identity field "${key}".`); continue; }
      if (value.type === 'null') { (identity as Record<string, null>)[key] = null; continue; }
      if (value.type !== 'string' || (value.value as string).trim() === '') { this.error(value, `Identity field "${key}" must be a non-empty string or null.`); continue; }
      const v = (value.value as string).trim();
      if (key === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) { this.error(value, 'The date must be an ISO date, "2017-06-19".'); continue; }
      if (key === 'chamber' && !CHAMBERS.includes(v)) { this.error(value, 'The chamber must be "II", "I" or "VV".'); continue; }
      const dossierWrong = key === 'dossier' ? dossierProblem(v) : null;
      if (dossierWrong) { this.error(value, dossierWrong); continue; }
      if (key === 'number') numberNode = value;
      (identity as Record<string, string>)[key] = key === 'dossier' ? declaredDossier(v)! : v;
    }
    // A roman dossier's stukken are the Senate's letters: a number with it names no stuk.
    if (identity.dossier && identity.number && romanDossier(identity.dossier)) {
      const problem = romanStukProblem(identity.dossier, identity.number);
      if (problem) { this.error(numberNode ?? node, problem); delete identity.number; }
      else identity.number = identity.number.toUpperCase();
    }
    return identity;
  }

  annotation(node: Node): Annotation | null {
    if (node.type !== 'object') { this.error(node, 'An annotation must be an object.'); return null; }
    const raw = plain(node) as Record<string, unknown>;
    const field = (name: string): Node => findProperty(node, name) ?? node;
    const id = raw.id;
    if (typeof id !== 'string' || id === '') { this.error(field('id'), 'An annotation needs a string "id".'); return null; }
    if (this.ids.has(id)) { this.error(field('id'), `Duplicate annotation id "${id}".`); return null; }
    const type = raw.type;
    if (typeof type !== 'string' || !(ANNOTATION_TYPES as readonly string[]).includes(type)) {
      this.error(field('type'), `Annotation "${id}": "type" must be one of ${ANNOTATION_TYPES.join(', ')}.`);
      return null;
    }
    const target = selectorOf(raw.target);
    if (!target) {
      this.error(field('target'), `Annotation "${id}": "target" needs "exact" (non-empty), "prefix", "suffix" and integer "start" ≤ "end".`);
      return null;
    }
    const body = raw.body && typeof raw.body === 'object' && !Array.isArray(raw.body) ? raw.body as Record<string, unknown> : {};
    const problem = bodyProblem(type as AnnotationType, body);
    if (problem) { this.error(findProperty(node, 'body') ?? node, `Annotation "${id}": ${problem}`); return null; }
    this.ids.add(id);
    const annotation = { id, type, target, body } as Annotation;
    if (typeof raw.created === 'string') annotation.created = raw.created;
    return annotation;
  }

  organisations(node: Node, store: AnnotationStore): void {
    if (node.type !== 'array') return this.error(node, '"organisations" must be an array.');
    const seen = new Set<string>();
    for (const item of node.children ?? []) {
      const raw = item.type === 'object' ? plain(item) as Record<string, unknown> : null;
      if (!raw) { this.error(item, 'An organisation must be an object.'); continue; }
      const id = typeof raw.id === 'string' ? raw.id.trim() : '';
      const name = typeof raw.name === 'string' ? raw.name.trim() : '';
      if (!id || !name) { this.error(item, 'An organisation needs a string "id" and "name".'); continue; }
      if (seen.has(id)) { this.error(findProperty(item, 'id') ?? item, `Duplicate organisation id "${id}".`); continue; }
      const acronyms = raw.acronyms === undefined ? [] : raw.acronyms;
      if (!Array.isArray(acronyms) || acronyms.some(a => typeof a !== 'string' || a.trim() === '')) {
        this.error(findProperty(item, 'acronyms') ?? item, `Organisation "${id}": "acronyms" must be a list of non-empty strings.`);
        continue;
      }
      seen.add(id);
      const org: UserOrganisation = { id, name, acronyms: (acronyms as string[]).map(a => a.trim()) };
      if (typeof raw.kind === 'string') org.kind = raw.kind;
      if (typeof raw.description === 'string') org.description = raw.description;
      store.organisations.push(org);
    }
  }
}

function findProperty(node: Node, name: string): Node | undefined {
  for (const [key, value] of properties(node)) if (key === name) return value;
  return undefined;
}

function selectorOf(raw: unknown): TextSelector | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  const { exact, start, end } = t;
  const prefix = t.prefix ?? '';
  const suffix = t.suffix ?? '';
  if (typeof exact !== 'string' || exact === '' || typeof prefix !== 'string' || typeof suffix !== 'string') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) return null;
  return { exact, prefix, suffix, start: start as number, end: end as number };
}

function bodyProblem(type: AnnotationType, body: Record<string, unknown>): string | null {
  const optionalString = (key: string) => body[key] === undefined || typeof body[key] === 'string';
  if (!optionalString('note')) return '"body.note" must be a string.';
  switch (type) {
    case 'note':
      if (typeof body.text !== 'string' || body.text.trim() === '') return 'a note needs "body.text".';
      return optionalString('tag') ? null : '"body.tag" must be a string.';
    case 'organisation':
      return typeof body.id === 'string' && body.id.trim() !== '' ? null : 'an organisation annotation needs "body.id".';
    case 'not-entity':
      return body.kind === undefined || ENTITY_KINDS.includes(body.kind as EntityKind) ? null : `"body.kind" must be one of ${ENTITY_KINDS.join(', ')}.`;
    case 'reference':
      return typeof body.id === 'string' && kamerstukIdParts(body.id) ? null : `a reference needs "body.id" like ${KAMERSTUK_ID_EXAMPLES}.`;
    case 'correction':
      if (!ENTITY_KINDS.includes(body.kind as EntityKind)) return `"body.kind" must be one of ${ENTITY_KINDS.join(', ')}.`;
      return body.value && typeof body.value === 'object' && !Array.isArray(body.value) ? null : 'a correction needs an object "body.value".';
  }
}

/**
 * Where an annotation (or, without `id`, a letter's entry) is written in the store text, for diagnostics
 * on the store file and go-to-definition from an annotated span. Null when it is not there.
 */
export function locateInStore(storeText: string, letter: string, id?: string): { start: number; end: number } | null {
  const root = parseStoreTree(storeText);
  const letters = root && root.type === 'object' ? findProperty(root, 'letters') : undefined;
  const entry = letters && letters.type === 'object' ? findProperty(letters, letter) : undefined;
  if (!entry) return null;
  if (id === undefined) return { start: entry.offset, end: entry.offset + entry.length };
  return itemWithId(entry.type === 'object' ? findProperty(entry, 'annotations') : undefined, id);
}

/** Where an organisation is defined in the store text (go-to-definition of a user acronym). */
export function locateOrganisation(storeText: string, orgId: string): { start: number; end: number } | null {
  const root = parseStoreTree(storeText);
  return itemWithId(root && root.type === 'object' ? findProperty(root, 'organisations') : undefined, orgId);
}

function parseStoreTree(storeText: string): Node | undefined {
  try {
    return parseTree(storeText, [], { allowTrailingComma: true });
  } catch {
    return undefined;
  }
}

/** The span of the object in array `list` whose "id" is `id`. */
function itemWithId(list: Node | undefined, id: string): { start: number; end: number } | null {
  for (const item of list?.type === 'array' ? list.children ?? [] : []) {
    const idNode = item.type === 'object' ? findProperty(item, 'id') : undefined;
    if (idNode?.value === id) return { start: item.offset, end: item.offset + item.length };
  }
  return null;
}
