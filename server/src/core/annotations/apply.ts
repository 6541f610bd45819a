// Folding a letter's user annotations into its analysis. The user has the last word: declared identity
// fields replace what was read from the text, corrections replace what the recognisers found, and
// every entity that comes from the store has source 'user'. The input analysis is not modified.
import type { AnyEntity, EntityKind, KamerstukValue, LetterAnalysis, LetterIdentity, Signatory } from '../types';
import { piecesOf } from '../entitySpans';
import { anchor, type AnchorMethod } from './anchor';
import { kamerstukIdParts, romanDossier } from './dossiers';
import { kamerstukId } from '../ids';
import type { Annotation, DeclaredIdentity, LetterAnnotations, UserOrganisation } from './types';

export interface AnchoredAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface OrphanedAnnotation {
  annotation: Annotation;
  /** Why it could not be applied, for an `annotation.orphaned` diagnostic. */
  message: string;
  /** Its text is no longer in the letter (re-anchoring it to a selection helps), not a body that cannot apply. */
  reanchorable: boolean;
}

export interface AppliedNote {
  annotation: Annotation;
  start: number;
  end: number;
  text: string;
  tag: string | null;
}

/** An acronym the user defined for an organisation (no span: it is defined in the store, not in the text). */
export interface UserAcronym {
  short: string;
  long: string;
  orgId: string;
  kind: string | null;
  description: string | null;
}

export interface AppliedAnnotations {
  analysis: LetterAnalysis;
  anchored: AnchoredAnnotation[];
  orphans: OrphanedAnnotation[];
  notes: AppliedNote[];
  acronyms: UserAcronym[];
}

export function applyAnnotations(
  analysis: LetterAnalysis,
  text: string,
  letterAnnotations: LetterAnnotations | null | undefined,
  storeOrganisations: readonly UserOrganisation[] = [],
): AppliedAnnotations {
  const organisations = storeOrganisations ?? [];
  const result: AppliedAnnotations = {
    analysis: { ...analysis, identity: applyIdentity(analysis.identity, letterAnnotations?.identity, text) },
    anchored: [],
    orphans: [],
    notes: [],
    acronyms: organisations.flatMap(org => org.acronyms.map(short => ({ short, long: org.name, orgId: org.id, kind: org.kind ?? null, description: org.description ?? null }))),
  };
  let entities = addOrganisationMentions([...analysis.entities], text, organisations);
  const names = new Map(organisations.map(org => [org.id, org.name]));
  for (const annotation of letterAnnotations?.annotations ?? []) {
    const place = anchor(annotation.target, text);
    if (!place || place.end <= place.start) {
      result.orphans.push({ annotation, message: `The annotated text "${shorten(annotation.target.exact)}" is no longer in the letter.`, reanchorable: true });
      continue;
    }
    const { start, end } = place;
    const made = (kind: EntityKind, value: unknown, explain: string): AnyEntity =>
      ({ kind, start, end, text: text.slice(start, end), value, source: 'user', explain } as AnyEntity);
    const body = annotation.body as { note?: string };
    const remark = body.note ? ` (${body.note})` : '';
    switch (annotation.type) {
      case 'note':
        result.notes.push({ annotation, start, end, text: annotation.body.text, tag: annotation.body.tag ?? null });
        break;
      case 'not-entity': {
        // The entity written exactly there, when there is one: a citation broken over a page spans the
        // footnotes' citations in its gap, and each is an entity of its own (marking one is not marking both).
        const kinds = annotation.body.kind ? [annotation.body.kind] : null;
        const exact = entities.filter(e => e.start === start && e.end === end && (!kinds || kinds.includes(e.kind)));
        entities = exact.length ? entities.filter(e => !exact.includes(e)) : withoutOverlap(entities, start, end, kinds);
        break;
      }
      case 'organisation': {
        const id = annotation.body.id;
        const name = names.get(id);
        entities = withoutOverlap(entities, start, end, ['organisation']);
        entities.push(made('organisation', { id }, `User annotation: organisation ${name ? `${name} (${id})` : id}${remark}.`));
        break;
      }
      case 'reference': {
        const value = kamerstukFromId(annotation.body.id);
        if (!value) { result.orphans.push({ annotation, message: `"${annotation.body.id}" is not a Kamerstuk id.`, reanchorable: false }); continue; }
        // A citation wins over everything inside it, as in the recognisers' settle step.
        entities = withoutOverlap(entities, start, end, null);
        entities.push(made('kamerstuk', value, `User annotation: cites ${annotation.body.id}${remark}.`));
        break;
      }
      case 'correction': {
        const { kind } = annotation.body;
        const value = correctedValue(kind, annotation.body.value);
        if (!value) { result.orphans.push({ annotation, message: `The corrected value is not a valid ${kind} value.`, reanchorable: false }); continue; }
        // A corrected citation, like a recognised one, wins over everything inside it.
        entities = withoutOverlap(entities, start, end, CITATION_KINDS.has(kind) ? null : [kind]);
        entities.push(made(kind, value, `User correction${remark}.`));
        break;
      }
    }
    result.anchored.push({ annotation, start, end, method: place.method });
  }
  result.analysis.entities = entities.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  return result;
}

/**
 * "kst-29754-325" → dossier 29754, number 325; "kst-21501-02-1458" → suffix "02"; the Senate's "kst-CXXIV-G" →
 * dossier CXXIV, letter G (its id in capitals, as the recogniser writes it, whatever case it was given in).
 */
export function kamerstukFromId(id: string): KamerstukValue | null {
  const parts = kamerstukIdParts(id ?? '');
  if (!parts) return null;
  const roman = romanDossier(parts.dossier) !== null;
  return { ...parts, self: false, id: roman ? kamerstukId(parts.dossier, null, parts.number)! : id };
}

function applyIdentity(identity: LetterIdentity, declared: DeclaredIdentity | undefined, text: string): LetterIdentity {
  if (!declared) return identity;
  const out: LetterIdentity = { ...identity, sources: { ...identity.sources }, signatories: [...identity.signatories] };
  for (const field of ['dossier', 'suffix', 'number', 'chamber', 'session', 'date', 'title', 'type'] as const) {
    const value = declared[field];
    if (value === undefined) continue;
    (out as unknown as Record<string, string | null>)[field] = value;
    if (field !== 'suffix') out.sources[field] = 'user';
  }
  if (declared.signatory) {
    const signatory = declaredSignatory(declared.signatory, text);
    if (!out.signatories.some(s => s.name === signatory.name)) out.signatories = [signatory, ...out.signatories];
  }
  return out;
}

/** "Role, Name" or "Name"; its span is the last place the name appears (signatures close a letter). */
function declaredSignatory(declared: string, text: string): Signatory {
  const comma = declared.lastIndexOf(',');
  const name = (comma >= 0 ? declared.slice(comma + 1) : declared).trim();
  const role = comma >= 0 ? declared.slice(0, comma).trim() : '';
  const at = name ? text.lastIndexOf(name) : -1;
  return at >= 0 ? { role, name, start: at, end: at + name.length } : { role, name, start: 0, end: 0 };
}

const CITATION_KINDS = new Set<EntityKind>(['kamerstuk', 'handelingen', 'aanhangsel']);

/**
 * Every whole-word occurrence of a user organisation's acronyms and name becomes an organisation entity,
 * except inside a citation or inside a longer recognised organisation; one on exactly the same span is
 * redefined. Overlap look-ups are binary searches (entities of one kind never overlap), so a huge letter
 * with thousands of mentions stays near-linear.
 */
function addOrganisationMentions(entities: AnyEntity[], text: string, organisations: readonly UserOrganisation[]): AnyEntity[] {
  if (!organisations.length) return entities;
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || (b.end - b.start) - (a.end - a.start);
  const candidates: Array<{ start: number; end: number; org: UserOrganisation; form: string }> = [];
  for (const org of organisations) {
    for (const form of new Set([...org.acronyms, org.name])) {
      for (const start of wholeWordOccurrences(text, form)) candidates.push({ start, end: start + form.length, org, form });
    }
  }
  candidates.sort(byStart);
  const citations = entities.filter(e => CITATION_KINDS.has(e.kind)).sort(byStart);
  const recognised = entities.filter(e => e.kind === 'organisation').sort(byStart);
  const replaced = new Set<AnyEntity>();
  const added: AnyEntity[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue; // overlaps a longer user mention already taken
    if (overlapping(citations, c.start, c.end).length) continue;
    const organisation = overlapping(recognised, c.start, c.end);
    if (organisation.some(e => e.end - e.start > c.end - c.start)) continue;
    for (const e of organisation) replaced.add(e);
    added.push({ kind: 'organisation', start: c.start, end: c.end, text: c.form, value: { id: c.org.id }, source: 'user', explain: `User-defined organisation: ${c.org.name} (${c.org.id}).` });
    lastEnd = c.end;
  }
  return [...entities.filter(e => !replaced.has(e)), ...added];
}

/** Entities of a sorted, non-overlapping list that overlap [start, end). */
function overlapping(sorted: readonly AnyEntity[], start: number, end: number): AnyEntity[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1; else hi = mid;
  }
  const out: AnyEntity[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function* wholeWordOccurrences(text: string, form: string): Generator<number> {
  if (!form) return;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + form.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) yield at;
  }
}

/**
 * The entities without those of `kinds` (null: any) written in [start, end). An entity broken over a page is
 * written in its pieces only: what lies in its gaps (the footnotes' citations) does not touch it.
 */
function withoutOverlap(entities: AnyEntity[], start: number, end: number, kinds: EntityKind[] | null): AnyEntity[] {
  return entities.filter(e => !((!kinds || kinds.includes(e.kind)) && piecesOf(e).some(p => p.start < end && start < p.end)));
}

/** A corrected value in the shape consumers expect, or null when it cannot be one. */
function correctedValue(kind: EntityKind, value: Record<string, unknown>): unknown {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  switch (kind) {
    case 'kamerstuk': {
      const fromId = typeof value.id === 'string' ? kamerstukFromId(value.id) : null;
      const dossier = str(value.dossier) ?? fromId?.dossier ?? null;
      if (!dossier) return null;
      const suffix = str(value.suffix) ?? fromId?.suffix ?? null;
      const number = str(value.number) ?? fromId?.number ?? null;
      const id = number ? ['kst', dossier, suffix, number].filter(Boolean).join('-') : null;
      return { ...value, dossier, suffix, number, self: value.self === true, id };
    }
    case 'organisation':
      return str(value.id) ? { id: value.id } : null;
    case 'date':
      return typeof value.iso === 'string' || Array.isArray(value.iso) || typeof value.session === 'string' ? value : null;
    case 'handelingen':
      // A meeting number, or the pages alone as most citations before 2010-2011 give them.
      return str(value.number) || str(value.page) ? { id: null, session: null, chamber: null, number: null, item: null, ...value } : null;
    case 'aanhangsel':
      return str(value.number) ? { id: null, session: null, chamber: null, ...value } : null;
  }
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}
