// Code actions that write the user's annotation store. Where the user must say something (an identity,
// a name, a note) the action carries a client command that asks and then runs the server command
// `kamerstukken.applyAnnotation`; where nothing needs asking, the action runs the server command itself.
import type { LetterRecord } from '../workspace/corpus';
import type { DeclaredIdentity } from '../annotations';
import type { AnyEntity, Entity, Span } from '../types';
import { COMMAND_APPLY_ANNOTATION, type AnnotationRequest, type OrphanInfo } from './annotate';
import type { ActionDiagnostic, PlainAction } from './actions';
import { focusedOf, writtenInRange } from './focus';
import { isBlankLetter } from './describe';

/** Client commands (they ask with input boxes, then call the server command). */
export const COMMAND_DECLARE_IDENTITY = 'kamerstukken.declareIdentity';
export const COMMAND_DEFINE_ACRONYM = 'kamerstukken.defineAcronym';
export const COMMAND_MARK_ORGANISATION = 'kamerstukken.markOrganisation';
export const COMMAND_ADD_NOTE = 'kamerstukken.addNote';
export const COMMAND_MARK_REFERENCE = 'kamerstukken.markReference';

/** A selection longer than this is a passage, not an organisation's name. */
const MAX_ORGANISATION_SELECTION = 200;
/** A selection longer than this is a passage, not the words that cite a letter ("mijn brief van 24 mei jl."). */
const MAX_REFERENCE_SELECTION = 300;
const QUOTE_LENGTH = 40;

export interface AnnotationActionContext {
  /** The letter's current text (selections are quoted in titles and arguments). */
  text: string | null;
  /** Annotations of this letter that no longer apply (for the quick fixes on annotation.orphaned). */
  orphans: readonly OrphanInfo[];
}

/** Payload of annotation.orphaned: the annotation its quick fixes act on (matched by id, never by the message's words). */
export interface OrphanedData {
  annotationId: string;
  reanchorable: boolean;
}

export function orphanedData(data: unknown): OrphanedData | null {
  const d = data as Partial<OrphanedData> | null;
  return d && typeof d === 'object' && typeof d.annotationId === 'string' ? { annotationId: d.annotationId, reanchorable: d.reanchorable === true } : null;
}

const removeOrphanTitle = (id: string) => `Remove the orphaned annotation ${id}`;
const reanchorTitle = (id: string) => `Re-anchor annotation ${id} to the selection`;

/** The diagnostic's message: which annotation, why it no longer applies, and what the quick fixes offer. */
export function orphanedMessage(orphan: { id: string; message: string; reanchorable: boolean }): string {
  const remove = `“${removeOrphanTitle(orphan.id)}”`;
  return orphan.reanchorable
    ? `Annotation ${orphan.id} no longer applies. ${orphan.message} Select the text it should mark and use the quick fix “${reanchorTitle(orphan.id)}”, or ${remove} to drop it.`
    : `Annotation ${orphan.id} no longer applies. ${orphan.message} Remove it with the quick fix ${remove}, or correct it in the annotation store.`;
}

/** The argument a selection command receives: where, and what the user selected. */
export interface SelectionArgument extends Span {
  text: string;
}

/** A letter with a file, beside which an annotation store can be: not an unsaved editor (untitled:). */
export function isSavedLetter(uri: string): boolean {
  return uri.startsWith('file:');
}

export function annotationActions(rec: LetterRecord, uri: string, range: Span, diagnostics: readonly ActionDiagnostic[], context: AnnotationActionContext): PlainAction[] {
  const out: PlainAction[] = [];
  // The store sits beside the letter's file: an unsaved editor (untitled:) has none, and the server refuses.
  if (!isSavedLetter(uri)) return out;
  const apply = (request: AnnotationRequest) => ({ command: COMMAND_APPLY_ANNOTATION, arguments: [uri, request] });

  for (const d of diagnostics) {
    if (d.code === 'letter.no-identity') {
      out.push({ title: 'Declare the identity of this letter…', kind: 'quickfix', command: COMMAND_DECLARE_IDENTITY, arguments: [uri, suggestedIdentity(rec)], diagnostic: d, isPreferred: true });
    } else if (d.code === 'acronym.undefined') {
      const data = acronymData(d.data);
      if (data) out.push({ title: `Define the acronym “${data.short}”…`, kind: 'quickfix', command: COMMAND_DEFINE_ACRONYM, arguments: [uri, data], diagnostic: d });
    } else if (d.code === 'annotation.orphaned') {
      // The diagnostic names its annotation in its data; a client that drops data gets the fixes of every orphan.
      const id = orphanedData(d.data)?.annotationId;
      for (const orphan of id === undefined ? context.orphans : context.orphans.filter(o => o.id === id)) {
        out.push({ title: `${removeOrphanTitle(orphan.id)} (“${quote(orphan.exact)}”)`, kind: 'quickfix', ...apply({ kind: 'remove-annotation', id: orphan.id }), diagnostic: d });
        if (orphan.reanchorable && range.end > range.start) {
          out.push({ title: reanchorTitle(orphan.id), kind: 'quickfix', ...apply({ kind: 'reanchor-annotation', id: orphan.id, start: range.start, end: range.end }), diagnostic: d, isPreferred: true });
        }
      }
    }
  }

  // The orphan's diagnostic sits at the letter's start, and an editor passes only the diagnostics under the
  // selection: what its message offers (select the text, re-anchor) is there for a selection anywhere.
  if (range.end > range.start) {
    for (const orphan of context.orphans) {
      if (!orphan.reanchorable || out.some(a => a.title === reanchorTitle(orphan.id))) continue;
      out.push({ title: reanchorTitle(orphan.id), kind: 'quickfix', ...apply({ kind: 'reanchor-annotation', id: orphan.id, start: range.start, end: range.end }) });
    }
  }

  // Without the diagnostic (switched off in the settings) the letter can still be declared from its first
  // line with text; not from everywhere, or every cursor position in the letter would show a light bulb.
  if (rec.ids.length === 0 && !isBlankLetter(rec) && !out.some(a => a.command === COMMAND_DECLARE_IDENTITY) && range.start <= firstTextLineEnd(context.text)) {
    out.push({ title: 'Declare the identity of this letter…', kind: 'refactor', command: COMMAND_DECLARE_IDENTITY, arguments: [uri, suggestedIdentity(rec)] });
  }

  // The organisation the request is about: the one at the cursor or the selection's start, or the only one selected.
  for (const e of focusedOf(writtenInRange(rec.analysis.entities, range, isOrganisation), range)) {
    out.push({ title: `Not an organisation: “${quote(e.text)}”`, kind: 'refactor', ...apply({ kind: 'mark-not-entity', entityKind: 'organisation', start: e.start, end: e.end }) });
  }

  const selected = selection(context.text, range);
  if (selected) {
    if (selected.end - selected.start <= MAX_ORGANISATION_SELECTION) {
      out.push({ title: 'Mark selection as organisation…', kind: 'refactor', command: COMMAND_MARK_ORGANISATION, arguments: [uri, selected] });
    }
    if (selected.end - selected.start <= MAX_REFERENCE_SELECTION) {
      out.push({ title: 'Mark selection as reference to a Kamerstuk…', kind: 'refactor', command: COMMAND_MARK_REFERENCE, arguments: [uri, selected] });
    }
    out.push({ title: 'Add a note to selection…', kind: 'refactor', command: COMMAND_ADD_NOTE, arguments: [uri, selected] });
  }
  return out;
}

/** What the letter says about itself, offered as the input boxes' initial values. */
export function suggestedIdentity(rec: LetterRecord): DeclaredIdentity {
  const id = rec.analysis.identity;
  const out: DeclaredIdentity = {};
  if (id.dossier) out.dossier = id.dossier;
  if (id.suffix) out.suffix = id.suffix;
  if (id.number) out.number = id.number;
  if (id.chamber) out.chamber = id.chamber;
  if (id.session) out.session = id.session;
  if (id.date) out.date = id.date;
  if (id.title) out.title = id.title;
  if (id.type) out.type = id.type;
  const first = id.signatories[0];
  if (first) out.signatory = first.role ? `${first.role}, ${first.name}` : first.name;
  return out;
}

const isOrganisation = (e: AnyEntity): e is Entity<'organisation'> => e.kind === 'organisation';

function firstTextLineEnd(text: string | null): number {
  if (!text) return 0;
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/** A non-blank selection, trimmed of surrounding white space (a double-click often takes a space). */
function selection(text: string | null, range: Span): SelectionArgument | null {
  if (!text || range.end <= range.start || range.end > text.length) return null;
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

function acronymData(x: unknown): { short: string; id: string } | null {
  if (!x || typeof x !== 'object') return null;
  const d = x as Record<string, unknown>;
  if (typeof d.short !== 'string' || d.short === '') return null;
  return { short: d.short, id: typeof d.id === 'string' && !d.id.startsWith('TEXT:') ? d.id : d.short };
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat;
}
