// Writing the user's annotation store from the editor: what a command asks for (an AnnotationRequest, in
// letter offsets), checked from untrusted arguments, and turned into minimal store edits (planStoreEdit).
// Pure: the LSP layer finds the store, reads its current text and sends the edits as a WorkspaceEdit.
import { parse } from 'jsonc-parser';
import {
  applyAnnotations, makeSelector, parseStore, planStoreEdit,
  type DeclaredIdentity, type LetterAnnotations, type StoreChange, type StoreEdit, type UserOrganisation,
} from '../annotations';
import { loadGazetteer } from '../data/gazetteer';
import type { LetterRecord } from '../workspace/corpus';
import { entityAt } from './lookup';
import { jsonEdit } from '../annotations/jsonedit';
import { canonical } from '../annotations/store';
import { syntaxError } from '../annotations/edit';
import { KAMERSTUK_ID_EXAMPLES, declaredDossier, dossierProblem, kamerstukIdParts, romanDossier, romanStukProblem } from '../annotations/dossiers';
import type { EntityKind, LetterAnalysis, Span } from '../types';

/** Server command: [letterUri, AnnotationRequest] → computes the store edit and sends workspace/applyEdit. */
export const COMMAND_APPLY_ANNOTATION = 'kamerstukken.applyAnnotation';
/** Server command: [letterUri?] → organisations to pick from (gazetteer and the letter's store). */
export const COMMAND_LIST_ORGANISATIONS = 'kamerstukken.listOrganisations';
/** Server command: [letterUri?, {start, end}?] → Kamerstukken to pick for a reference (referenceChoices). */
export const COMMAND_LIST_REFERENCES = 'kamerstukken.listReferences';

const ENTITY_KINDS: readonly EntityKind[] = ['kamerstuk', 'handelingen', 'aanhangsel', 'organisation', 'date'];
const IDENTITY_KEYS = ['dossier', 'suffix', 'number', 'chamber', 'session', 'date', 'title', 'type', 'signatory'] as const;
const CHAMBERS = ['II', 'I', 'VV'];
/** Longest free text accepted in a note, a name or an identity field: a store is for people to read. */
const MAX_TEXT = 10_000;

/** What a command asks to write, with spans as UTF-16 offsets into the letter's current text. */
export type AnnotationRequest =
  | { kind: 'declare-identity'; identity: DeclaredIdentity }
  | { kind: 'define-organisation'; organisation: { id: string; name?: string; acronyms?: string[]; kind?: string; description?: string } }
  | ({ kind: 'mark-organisation'; orgId: string; note?: string } & Span)
  | ({ kind: 'mark-not-entity'; entityKind?: EntityKind; note?: string } & Span)
  | ({ kind: 'mark-reference'; id: string; note?: string } & Span)
  | ({ kind: 'add-note'; note: string; tag?: string } & Span)
  | { kind: 'remove-annotation'; id: string }
  | ({ kind: 'reanchor-annotation'; id: string } & Span);

type Parsed = { request: AnnotationRequest } | { error: string };

/**
 * Reads a request from command arguments (another process: anything may arrive). Spans are either
 * `start`/`end` offsets or an LSP-style `range`, which `rangeToSpan` maps to offsets.
 */
export function parseAnnotationRequest(raw: unknown, textLength: number, rangeToSpan: (range: unknown) => Span | null): Parsed {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'The annotation change must be an object.' };
  const r = raw as Record<string, unknown>;
  const span = (): Span | string => {
    let s: Span | null = null;
    if (Number.isInteger(r.start) && Number.isInteger(r.end)) s = { start: r.start as number, end: r.end as number };
    else if (r.range !== undefined) s = rangeToSpan(r.range);
    if (!s) return 'A span is needed: "start"/"end" offsets or a "range".';
    if (s.start < 0 || s.end > textLength || s.end <= s.start) return `The span ${s.start}-${s.end} is empty or outside the letter (length ${textLength}).`;
    return s;
  };
  const text = (key: string, required: boolean): string | undefined | { error: string } => {
    const v = r[key];
    if (v === undefined || v === null || v === '') return required ? { error: `"${key}" is required.` } : undefined;
    if (typeof v !== 'string' || v.trim() === '') return { error: `"${key}" must be a non-empty string.` };
    if (v.length > MAX_TEXT) return { error: `"${key}" is longer than ${MAX_TEXT} characters.` };
    return v.trim();
  };
  const withSpan = <T extends object>(make: (s: Span) => T | string): Parsed => {
    const s = span();
    if (typeof s === 'string') return { error: s };
    const made = make(s);
    return typeof made === 'string' ? { error: made } : { request: made as unknown as AnnotationRequest };
  };
  const fields = (...keys: Array<[string, boolean]>): Record<string, string | undefined> | string => {
    const out: Record<string, string | undefined> = {};
    for (const [key, required] of keys) {
      const v = text(key, required);
      if (v && typeof v === 'object') return v.error;
      out[key] = v;
    }
    return out;
  };

  switch (r.kind) {
    case 'declare-identity': {
      const identity = parseIdentity(r.identity);
      return typeof identity === 'string' ? { error: identity } : { request: { kind: 'declare-identity', identity } };
    }
    case 'define-organisation': {
      const org = parseOrganisation(r.organisation);
      return typeof org === 'string' ? { error: org } : { request: { kind: 'define-organisation', organisation: org } };
    }
    case 'mark-organisation':
      return withSpan(s => {
        const f = fields(['orgId', true], ['note', false]);
        return typeof f === 'string' ? f : { kind: 'mark-organisation', ...s, orgId: f.orgId!, ...(f.note ? { note: f.note } : {}) };
      });
    case 'mark-not-entity':
      return withSpan(s => {
        const kind = r.entityKind;
        if (kind !== undefined && !ENTITY_KINDS.includes(kind as EntityKind)) return `"entityKind" must be one of ${ENTITY_KINDS.join(', ')}.`;
        const f = fields(['note', false]);
        return typeof f === 'string' ? f : { kind: 'mark-not-entity', ...s, ...(kind ? { entityKind: kind as EntityKind } : {}), ...(f.note ? { note: f.note } : {}) };
      });
    case 'mark-reference':
      return withSpan(s => {
        const f = fields(['id', true], ['note', false]);
        if (typeof f === 'string') return f;
        if (!kamerstukIdParts(f.id!)) return `"${f.id}" is not a Kamerstuk id like ${KAMERSTUK_ID_EXAMPLES}.`;
        return { kind: 'mark-reference', ...s, id: f.id!, ...(f.note ? { note: f.note } : {}) };
      });
    case 'add-note':
      return withSpan(s => {
        const f = fields(['note', true], ['tag', false]);
        return typeof f === 'string' ? f : { kind: 'add-note', ...s, note: f.note!, ...(f.tag ? { tag: f.tag } : {}) };
      });
    case 'remove-annotation': {
      const f = fields(['id', true]);
      return typeof f === 'string' ? { error: f } : { request: { kind: 'remove-annotation', id: f.id! } };
    }
    case 'reanchor-annotation':
      return withSpan(s => {
        const f = fields(['id', true]);
        return typeof f === 'string' ? f : { kind: 'reanchor-annotation', ...s, id: f.id! };
      });
    default:
      return { error: `Unknown annotation change "${String(r.kind)}".` };
  }
}

function parseIdentity(raw: unknown): DeclaredIdentity | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return '"identity" must be an object.';
  const out: DeclaredIdentity = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(IDENTITY_KEYS as readonly string[]).includes(key)) return `Unknown identity field "${key}".`;
    if (value === undefined) continue;
    if (value === null || value === '') { (out as Record<string, unknown>)[key] = null; continue; }
    if (typeof value !== 'string' && typeof value !== 'number') return `Identity field "${key}" must be a string.`;
    const v = String(value).trim();
    if (v.length > MAX_TEXT) return `Identity field "${key}" is too long.`;
    const problem = identityProblem(key, v);
    if (problem) return problem;
    (out as Record<string, unknown>)[key] = key === 'dossier' ? declaredDossier(v) : v;
  }
  if (Object.keys(out).length === 0) return 'No identity field given.';
  return romanIdentityProblem(out) ?? out;
}

/** Checks the fields other letters' references are matched on; free text (title, type, signatory) passes. */
export function identityProblem(key: string, value: string): string | null {
  switch (key) {
    case 'dossier': return /^\d{7,}$/.test(value.replace(/\s/g, '')) ? `Dossier "${value}" is too long: dossiers have at most six digits, like 29754.` : dossierProblem(value);
    case 'number': return /^[0-9A-Za-z]{1,8}$/.test(value) ? null : `Number "${value}" must be an ondernummer like 253 or 42e.`;
    case 'suffix': return /^[0-9A-Za-z]{1,8}$/.test(value) ? null : `Suffix "${value}" must be like 02 or VI.`;
    case 'date': return isIsoDate(value) ? null : `Date "${value}" must be an ISO date like 2015-01-14.`;
    case 'session': return /^\d{4}-\d{4}$/.test(value) ? null : `Session "${value}" must look like 2014-2015.`;
    case 'chamber': return CHAMBERS.includes(value) ? null : `Chamber must be one of ${CHAMBERS.join(', ')}.`;
    default: return null;
  }
}

/**
 * A Senate dossier in roman numerals has neither a suffix nor numbered stukken: its stukken are letters ("CXXIV, G"),
 * written in capitals as its id is ("kst-CXXIV-G"). Null when the declaration is right (`out` then holds the capitals).
 */
function romanIdentityProblem(out: DeclaredIdentity): string | null {
  if (!out.dossier || romanDossier(out.dossier) === null) return null;
  if (out.suffix) return `A Senate dossier in roman numerals (${out.dossier}) has no suffix: "${out.suffix}".`;
  if (out.number) {
    const problem = romanStukProblem(out.dossier, out.number);
    if (problem) return problem;
    out.number = out.number.toUpperCase();
  }
  return null;
}

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseOrganisation(raw: unknown): Extract<AnnotationRequest, { kind: 'define-organisation' }>['organisation'] | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return '"organisation" must be an object.';
  const o = raw as Record<string, unknown>;
  const str = (key: string): string | undefined | null => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return undefined;
    return typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT ? v.trim() : null;
  };
  const id = str('id');
  if (!id) return 'An organisation needs an "id".';
  const out: Extract<AnnotationRequest, { kind: 'define-organisation' }>['organisation'] = { id };
  for (const key of ['name', 'kind', 'description'] as const) {
    const v = str(key);
    if (v === null) return `"${key}" must be a non-empty string.`;
    if (v !== undefined) out[key] = v;
  }
  if (o.acronyms !== undefined) {
    if (!Array.isArray(o.acronyms) || !o.acronyms.every(a => typeof a === 'string' && a.trim() !== '' && a.length <= 200)) return '"acronyms" must be a list of strings.';
    out.acronyms = [...new Set((o.acronyms as string[]).map(a => a.trim()))];
  }
  return out;
}

/**
 * The edit a request makes to the store text (null when the store does not exist yet). `letter` is the
 * letter's key in that store, `text` its current text (for selectors).
 */
export function planAnnotationEdit(storeText: string | null, request: AnnotationRequest, letter: string, text: string, now?: string): StoreEdit {
  if (request.kind === 'reanchor-annotation') return planReanchor(storeText, request, letter, text);
  const change = storeChangeOf(request, letter, text);
  return planStoreEdit(storeText, change, now ? { now } : {});
}

function storeChangeOf(request: Exclude<AnnotationRequest, { kind: 'reanchor-annotation' }>, letter: string, text: string): StoreChange {
  switch (request.kind) {
    case 'declare-identity': return { kind: 'declare-identity', letter, identity: request.identity };
    case 'define-organisation': return { kind: 'define-organisation', organisation: request.organisation };
    case 'remove-annotation': return { kind: 'remove-annotation', letter, id: request.id };
    default: return { ...request, letter, text };
  }
}

/** Re-anchoring keeps the annotation (id, body, created) and replaces only its target selector. */
function planReanchor(storeText: string | null, request: Extract<AnnotationRequest, { kind: 'reanchor-annotation' }>, letter: string, text: string): StoreEdit {
  const old = storeText ?? '';
  const fail = (error: string): StoreEdit => ({ newText: old, edits: [], error });
  const broken = old.trim() === '' ? null : syntaxError(old);
  if (broken) return fail(broken);
  const index = rawAnnotationIndex(old, letter, request.id);
  if (index < 0) return fail(`No annotation "${request.id}" for ${letter}.`);
  try {
    const edits = jsonEdit(old, ['letters', letter, 'annotations', index, 'target'], canonical(makeSelector(text, request.start, request.end)), { replace: true });
    let newText = old;
    for (const e of [...edits].sort((a, b) => b.offset - a.offset)) newText = newText.slice(0, e.offset) + e.content + newText.slice(e.offset + e.length);
    return { newText, edits };
  } catch (e) {
    return fail(`The annotation store could not be changed: ${(e as Error).message}`);
  }
}

/** Position of annotation `id` in the file's own array (malformed siblings included), or -1. */
function rawAnnotationIndex(storeText: string, letter: string, id: string): number {
  let raw: unknown;
  try {
    raw = parse(storeText, [], { allowTrailingComma: true });
  } catch {
    return -1;
  }
  const list = (raw as { letters?: Record<string, { annotations?: unknown }> } | null)?.letters?.[letter]?.annotations;
  return Array.isArray(list) ? list.findIndex(a => !!a && typeof a === 'object' && (a as { id?: unknown }).id === id) : -1;
}

/** An annotation of the letter that no longer applies, for the quick fixes on `annotation.orphaned`. */
export interface OrphanInfo {
  id: string;
  exact: string;
  message: string;
  /** False when the annotation anchors but its body is unusable (re-anchoring would not help). */
  reanchorable: boolean;
}

export function orphansOf(analysis: LetterAnalysis, text: string, letter: LetterAnnotations | undefined): OrphanInfo[] {
  if (!letter?.annotations.length) return [];
  const applied = applyAnnotations(analysis, text, letter, []);
  return applied.orphans.map(o => ({
    id: o.annotation.id,
    exact: o.annotation.target.exact,
    message: o.message,
    reanchorable: o.reanchorable,
  }));
}

/** The parsed store's entry for a letter (for orphan checks), tolerant of any text. */
export function letterEntry(storeText: string | null, letter: string): LetterAnnotations | undefined {
  if (!storeText) return undefined;
  try {
    return parseStore(storeText).store.letters[letter];
  } catch {
    return undefined;
  }
}

/** An organisation to pick from when marking a selection. */
export interface OrganisationChoice {
  id: string;
  name: string;
  kind: string | null;
  acronyms: string[];
  source: 'gazetteer' | 'store';
}

/** The store's own organisations first (they are what this corpus needs), then the gazetteer. */
export function organisationChoices(storeOrganisations: readonly UserOrganisation[]): OrganisationChoice[] {
  const out: OrganisationChoice[] = storeOrganisations.map(o => ({ id: o.id, name: o.name, kind: o.kind ?? null, acronyms: [...o.acronyms], source: 'store' }));
  const seen = new Set(out.map(o => o.id));
  for (const e of loadGazetteer().entries) {
    if (seen.has(e.id)) continue;
    out.push({ id: e.id, name: e.name, kind: e.kind, acronyms: [...e.acronyms, ...(e.exactAcronyms ?? [])], source: 'gazetteer' });
  }
  return out;
}

/** The id of a user-defined organisation at `offset` (go-to-definition jumps into the store), or null. */
export function userOrganisationAt(rec: LetterRecord, offset: number): string | null {
  const users = rec.userOrganisations ?? [];
  if (!users.length) return null;
  const e = entityAt(rec.analysis, offset);
  if (!e || e.kind !== 'organisation') return null;
  const user = users.find(u => u.id === e.value.id) ?? users.find(u => u.short === e.text);
  return user?.id ?? null;
}
