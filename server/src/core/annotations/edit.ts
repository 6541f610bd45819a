// Planned changes to the store file, as minimal text edits (jsonedit.ts keeps the file's own layout), so
// the server can send them as a WorkspaceEdit and undo works. Only the touched property or array element
// changes; everything else stays byte for byte.
import { applyEdits, parse, parseTree, type Edit, type JSONPath, type ParseError } from 'jsonc-parser';
import { jsonEdit } from './jsonedit';
import type { EntityKind } from '../types';
import { makeSelector } from './anchor';
import { canonical, compareAnnotations, describeParseError, parseStore, serializeStore } from './store';
import { emptyStore, type Annotation, type AnnotationStore, type DeclaredIdentity, type UserOrganisation } from './types';

/** A span of a letter, as the server knows it when the user picks a code action. */
export interface LetterSpan {
  /** Letter key: path relative to the store's folder ("000_24c3e309d107eecc.txt"). */
  letter: string;
  /** The letter's current text, used to build the selector. */
  text: string;
  start: number;
  end: number;
}

export type StoreChange =
  /** Set the given identity fields; `null` removes a declared field, absent fields stay as they are. */
  | { kind: 'declare-identity'; letter: string; identity: DeclaredIdentity }
  /** Create or update an organisation; given acronyms are added to the existing ones. */
  | { kind: 'define-organisation'; organisation: Partial<UserOrganisation> & { id: string } }
  | ({ kind: 'mark-organisation'; orgId: string; note?: string } & LetterSpan)
  | ({ kind: 'mark-not-entity'; entityKind?: EntityKind; note?: string } & LetterSpan)
  | ({ kind: 'mark-reference'; id: string; note?: string } & LetterSpan)
  | ({ kind: 'add-note'; note: string; tag?: string } & LetterSpan)
  | ({ kind: 'correct'; entityKind: EntityKind; value: Record<string, unknown>; note?: string } & LetterSpan)
  | { kind: 'remove-annotation'; letter: string; id: string };

export interface StoreEditOptions {
  /** Timestamp written as `created`; defaults to now. */
  now?: string;
}

export interface StoreEdit {
  /** The whole new store text. */
  newText: string;
  /** Offsets into the old text (empty old text when the store does not exist yet). */
  edits: Edit[];
  /** Set when the change could not be made (the store is malformed where it would go); newText is then the old text. */
  error?: string;
}

export function planStoreEdit(storeText: string | null, change: StoreChange, options: StoreEditOptions = {}): StoreEdit {
  const old = storeText ?? '';
  if (old.trim() === '') {
    // No store yet: write the canonical text of a store holding just this change.
    const store = emptyStore();
    const fresh = serializeStore(store);
    const planned = planStoreEdit(fresh, change, options);
    if (planned.error) return { newText: old, edits: [], error: planned.error };
    const newText = serializeStore(parseStore(planned.newText).store);
    return { newText, edits: [{ offset: 0, length: old.length, content: newText }] };
  }
  const broken = syntaxError(old);
  if (broken) return { newText: old, edits: [], error: broken };
  const { store } = parseStore(old);
  try {
    const edits = editsFor(old, store, change, options);
    if (typeof edits === 'string') return { newText: old, edits: [], error: edits };
    let newText = old;
    for (const step of edits) newText = applyEdits(newText, step);
    // One jsonc edit is already minimal and readable; several steps collapse into one covering diff.
    return { newText, edits: edits.length === 1 ? edits[0] : diff(old, newText) };
  } catch (e) {
    return { newText: old, edits: [], error: `The annotation store could not be changed: ${(e as Error).message}` };
  }
}

/**
 * Why the store text cannot be edited safely: a JSON syntax error (an unclosed string or brace while the user
 * types in the store's editor). The parser recovers a tree from such a text, but edits planned on it land in
 * the wrong place and turn the user's store into nonsense. Trailing commas and comments are allowed, as in
 * parseStore. Null when the text parses.
 */
export function syntaxError(text: string): string | null {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!errors.length) return null;
  const line = text.slice(0, errors[0].offset).split(/\r\n|\r|\n/).length;
  return `The annotation store has a JSON syntax error on line ${line}: ${describeParseError(errors[0])}. Fix it before adding to the store.`;
}

/** Each step's edits apply to the text produced by the previous step. */
type Steps = Edit[][];

function editsFor(text: string, store: AnnotationStore, change: StoreChange, options: StoreEditOptions): Steps | string {
  const set = (t: string, path: JSONPath, value: unknown, extra: { replace?: boolean } = {}) =>
    jsonEdit(t, path, value === undefined ? undefined : canonical(value), extra);
  const steps: Steps = [];
  let current = text;
  const step = (edits: Edit[]) => { steps.push(edits); current = applyEdits(current, edits); };

  switch (change.kind) {
    case 'declare-identity': {
      for (const [field, value] of Object.entries(change.identity).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (value === undefined) continue;
        if (value === null && !(store.letters[change.letter]?.identity && field in store.letters[change.letter].identity!)) continue;
        step(set(current, ['letters', change.letter, 'identity', field], value === null ? undefined : value));
      }
      return steps;
    }
    case 'define-organisation': {
      const index = store.organisations.findIndex(o => o.id === change.organisation.id);
      if (index < 0) {
        const org = { acronyms: [], ...change.organisation } as UserOrganisation;
        if (!org.name) return `Organisation "${org.id}" needs a name.`;
        const at = store.organisations.filter(o => o.id < org.id).length;
        step(set(current, ['organisations', at], org));
        return steps;
      }
      const existing = store.organisations[index];
      for (const [field, value] of Object.entries(change.organisation).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (field === 'id' || value === undefined) continue;
        if (field === 'acronyms') {
          for (const acronym of value as string[]) {
            if (existing.acronyms.includes(acronym)) continue;
            step(set(current, ['organisations', index, 'acronyms', -1], acronym));
            existing.acronyms.push(acronym);
          }
        } else if ((existing as unknown as Record<string, unknown>)[field] !== value) {
          step(set(current, ['organisations', index, field], value, { replace: true }));
        }
      }
      return steps;
    }
    case 'remove-annotation': {
      const index = store.letters[change.letter]?.annotations.findIndex(a => a.id === change.id) ?? -1;
      const node = index >= 0 ? rawIndexOf(text, change.letter, change.id) : -1;
      if (node < 0) return `No annotation "${change.id}" for ${change.letter}.`;
      step(set(current, ['letters', change.letter, 'annotations', node], undefined, { replace: true }));
      return steps;
    }
    default: {
      const annotation = annotationFor(change, store, text, options);
      const letter = store.letters[change.letter];
      if (!letter) {
        step(set(current, ['letters', change.letter], { annotations: [annotation] }));
        return steps;
      }
      // Keep document order: insert before the first stored annotation that starts later.
      const later = letter.annotations.find(a => compareAnnotations(a, annotation) > 0);
      const at = later ? rawIndexOf(text, change.letter, later.id) : -1;
      step(set(current, ['letters', change.letter, 'annotations', at < 0 ? -1 : at], annotation));
      return steps;
    }
  }
}

function annotationFor(change: Exclude<StoreChange, { kind: 'declare-identity' | 'define-organisation' | 'remove-annotation' }>, store: AnnotationStore, storeText: string, options: StoreEditOptions): Annotation {
  const target = makeSelector(change.text, change.start, change.end);
  const base = { id: nextId(store, storeText), target, created: options.now ?? new Date().toISOString() };
  const note = change.kind !== 'add-note' && change.note ? { note: change.note } : {};
  switch (change.kind) {
    case 'mark-organisation': return { ...base, type: 'organisation', body: { id: change.orgId, ...note } };
    case 'mark-not-entity': return { ...base, type: 'not-entity', body: { ...(change.entityKind ? { kind: change.entityKind } : {}), ...note } };
    case 'mark-reference': return { ...base, type: 'reference', body: { id: change.id, ...note } };
    case 'add-note': return { ...base, type: 'note', body: { text: change.note, ...(change.tag ? { tag: change.tag } : {}) } };
    case 'correct': return { ...base, type: 'correction', body: { kind: change.entityKind, value: change.value, ...note } };
  }
}

/**
 * "a1", "a2", …: past every id in the store, the file's malformed entries included (the parsed store skips
 * them, but their ids are the user's, and removing or re-anchoring by id finds the first entry with it).
 */
function nextId(store: AnnotationStore, storeText: string): string {
  let max = 0;
  const note = (id: unknown) => {
    const m = typeof id === 'string' ? /^a(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  };
  for (const letter of Object.values(store.letters)) for (const a of letter.annotations) note(a.id);
  let raw: { letters?: unknown } | undefined;
  try {
    raw = parse(storeText, [], { allowTrailingComma: true });
  } catch {
    raw = undefined;
  }
  if (raw?.letters && typeof raw.letters === 'object') {
    for (const letter of Object.values(raw.letters as Record<string, { annotations?: unknown } | null>)) {
      const list = letter?.annotations;
      if (Array.isArray(list)) for (const a of list) note((a as { id?: unknown } | null)?.id);
    }
  }
  return `a${max + 1}`;
}

/** Index in the file's own array (which may hold malformed entries the parsed store skipped). */
function rawIndexOf(text: string, letter: string, id: string): number {
  let raw: { letters?: Record<string, { annotations?: unknown }> } | undefined;
  try {
    raw = parse(text, [], { allowTrailingComma: true });
  } catch {
    return -1;
  }
  const list = raw?.letters?.[letter]?.annotations;
  return Array.isArray(list) ? list.findIndex((a: { id?: unknown } | null) => !!a && a.id === id) : -1;
}

/** One edit covering what differs between two texts (common prefix and suffix kept). */
function diff(a: string, b: string): Edit[] {
  if (a === b) return [];
  let start = 0;
  const n = Math.min(a.length, b.length);
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) { endA--; endB--; }
  return [{ offset: start, length: endA - start, content: b.slice(start, endB) }];
}
