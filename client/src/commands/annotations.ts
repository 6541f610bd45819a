// Annotation commands: the server's code actions carry them with what it knows (the letter, a selection,
// suggested values); they ask the user for the rest (input boxes, a quick pick of organisations) and then
// run the server command kamerstukken.applyAnnotation, which writes the store through workspace/applyEdit
// (so the change appears in the store's editor and undo reverts it). Every command also takes its answers
// as a last argument, so tests and keybindings can skip the questions.
import * as vscode from 'vscode';
import { dossierInputValue, numberInputProblem, numberInputValue, numberPrompt, parseDossierInput } from '../identityInput';
import type { LanguageClient } from 'vscode-languageclient/node';
import { kamerstukId } from '../../../server/src/core/ids';
import type { ReferenceChoice } from '../../../server/src/core/features/referenceChoices';
import { LANGUAGE_ID, ServerCommands, ServerSideCommands } from '../names';

/** A span of the letter in UTF-16 offsets (the server's and vscode's offsets agree on the same text). */
interface Selection {
  start: number;
  end: number;
  text: string;
}

interface Identity {
  dossier?: string;
  number?: string;
  date?: string;
  [field: string]: string | undefined;
}

export interface ApplyResult {
  applied: boolean;
  storeUri?: string;
  failureReason?: string;
}

interface OrganisationChoice {
  id: string;
  name: string;
  kind: string | null;
  acronyms: string[];
  source: 'gazetteer' | 'store';
}

export function registerAnnotationCommands(client: LanguageClient): vscode.Disposable[] {
  const apply = (uri: string, change: object) => applyAnnotation(client, uri, change);
  return [
    vscode.commands.registerCommand(ServerCommands.declareIdentity, (uri?: unknown, suggested?: unknown, answers?: unknown) =>
      declareIdentity(apply, uri, asObject(suggested) as Identity, asObject(answers) as Identity | undefined)),
    vscode.commands.registerCommand(ServerCommands.defineAcronym, (uri?: unknown, acronym?: unknown, answers?: unknown) =>
      defineAcronym(apply, uri, asObject(acronym), asObject(answers))),
    vscode.commands.registerCommand(ServerCommands.markOrganisation, (uri?: unknown, selection?: unknown, answers?: unknown) =>
      markOrganisation(client, apply, uri, selection, asObject(answers))),
    vscode.commands.registerCommand(ServerCommands.markReference, (uri?: unknown, selection?: unknown, answers?: unknown) =>
      markReference(client, apply, uri, selection, asObject(answers))),
    vscode.commands.registerCommand(ServerCommands.addNote, (uri?: unknown, selection?: unknown, answers?: unknown) =>
      addNote(apply, uri, selection, asObject(answers))),
  ];
}

async function applyAnnotation(client: LanguageClient, uri: string, change: object): Promise<ApplyResult> {
  try {
    const result = await client.sendRequest<ApplyResult>('workspace/executeCommand', { command: ServerSideCommands.applyAnnotation, arguments: [uri, change] });
    // The server reports a refusal itself (window/showMessage); the result tells the caller.
    return result ?? { applied: false, failureReason: 'no answer from the server' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Kamerstukken: ${reason}`);
    return { applied: false, failureReason: reason };
  }
}

type Apply = (uri: string, change: object) => Promise<ApplyResult>;

async function declareIdentity(apply: Apply, rawUri: unknown, suggested: Identity = {}, answers?: Identity): Promise<ApplyResult | undefined> {
  const uri = letterUri(rawUri);
  if (!uri) return undefined;
  const identity = answers ?? await askIdentity(suggested);
  if (!identity) return undefined;
  return apply(uri, { kind: 'declare-identity', identity });
}

async function askIdentity(suggested: Identity): Promise<Identity | undefined> {
  const dossierText = await ask('Dossier number of this letter (Kamerstuk), e.g. 29754, 21501-02, 36200 VI or the Senate\'s CXXIV', dossierInputValue(suggested.dossier, suggested.suffix),
    v => parseDossierInput(v) ? null : 'The dossier number, with its suffix if it has one (29754, 21501-02, 36200 VI), or a Senate dossier in roman numerals (CXXIV, with its letter: CXXIV, G).');
  const dossier = dossierText === undefined ? null : parseDossierInput(dossierText);
  if (!dossier) return undefined;
  const typed = await ask(numberPrompt(dossier), dossier.number ?? suggested.number, v => numberInputProblem(dossier.dossier, v));
  if (typed === undefined) return undefined;
  const number = numberInputValue(dossier.dossier, typed);
  const date = await ask('Date of the letter (ISO, e.g. 2015-01-14; empty to leave it)', suggested.date, v => v.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? null : 'An ISO date like 2015-01-14.');
  if (date === undefined) return undefined;
  const identity: Identity = { dossier: dossier.dossier, number };
  // The suffix the user gave; an empty one clears a suffix the letter's text or an earlier declaration had.
  if (dossier.suffix) identity.suffix = dossier.suffix;
  else if (suggested.suffix) identity.suffix = '';
  if (date.trim()) identity.date = date.trim();
  return identity;
}

async function defineAcronym(apply: Apply, rawUri: unknown, acronym: Record<string, unknown> = {}, answers?: Record<string, unknown>): Promise<ApplyResult | undefined> {
  const uri = letterUri(rawUri);
  const short = typeof acronym.short === 'string' ? acronym.short : undefined;
  if (!uri || !short) return undefined;
  const name = stringOf(answers?.name) ?? await ask(`What does “${short}” stand for?`, undefined, v => v.trim() ? null : 'The full name, e.g. Nationaal Cyber Security Centrum.');
  if (!name) return undefined;
  const suggested = stringOf(acronym.id) ?? short;
  const id = answers ? stringOf(answers.id) ?? suggested : await ask('Organisation id in the store', suggested, v => v.trim() ? null : 'An id, e.g. NCSC.');
  if (!id) return undefined;
  return apply(uri, { kind: 'define-organisation', organisation: { id, name, acronyms: [short] } });
}

async function markOrganisation(client: LanguageClient, apply: Apply, rawUri: unknown, rawSelection: unknown, answers?: Record<string, unknown>): Promise<ApplyResult | undefined> {
  const target = letterAndSelection(rawUri, rawSelection);
  if (!target) return undefined;
  let orgId = stringOf(answers?.orgId);
  if (!orgId) {
    const picked = await pickOrganisation(client, target.uri, target.selection.text);
    if (!picked) return undefined;
    if (picked.isNew) {
      const defined = await apply(target.uri, { kind: 'define-organisation', organisation: { id: picked.id, name: picked.name } });
      if (!defined.applied) return defined;
    }
    orgId = picked.id;
  }
  const { start, end } = target.selection;
  return apply(target.uri, { kind: 'mark-organisation', start, end, orgId });
}

async function pickOrganisation(client: LanguageClient, uri: string, selected: string): Promise<{ id: string; name?: string; isNew: boolean } | undefined> {
  let choices: OrganisationChoice[] = [];
  try {
    choices = (await client.sendRequest<OrganisationChoice[]>('workspace/executeCommand', { command: ServerSideCommands.listOrganisations, arguments: [uri] })) ?? [];
  } catch {
    // Without the list the user can still define a new organisation.
  }
  const NEW = '$(add) New organisation…';
  const items: Array<vscode.QuickPickItem & { id?: string }> = [
    { label: NEW, description: `define “${selected}” in the annotation store` },
    ...choices.map(c => ({ label: c.name, description: [c.id, ...c.acronyms.slice(0, 3)].join(' · '), detail: c.source === 'store' ? 'defined in the annotation store' : c.kind ?? undefined, id: c.id })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Mark “${selected}” as organisation`, placeHolder: 'Organisation (type to filter by name, id or acronym)', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.id) return { id: picked.id, isNew: false };
  const name = await ask('Full name of the organisation', selected, v => v.trim() ? null : 'A name.');
  if (!name) return undefined;
  const id = await ask('Organisation id (short, unique in the store)', suggestId(selected), v => /^[A-Za-z0-9][\w.-]*$/.test(v.trim()) ? null : 'Letters, digits, "-", "_" or ".".');
  return id ? { id: id.trim(), name: name.trim(), isNew: true } : undefined;
}

async function markReference(client: LanguageClient, apply: Apply, rawUri: unknown, rawSelection: unknown, answers?: Record<string, unknown>): Promise<ApplyResult | undefined> {
  const target = letterAndSelection(rawUri, rawSelection);
  if (!target) return undefined;
  const id = stringOf(answers?.id) ?? await pickReference(client, target.uri, target.selection);
  if (!id) return undefined;
  const { start, end } = target.selection;
  return apply(target.uri, { kind: 'mark-reference', start, end, id });
}

/** The Kamerstuk the selection cites: picked from the workspace's and the cited ones, or typed. */
async function pickReference(client: LanguageClient, uri: string, selection: Selection): Promise<string | undefined> {
  let choices: ReferenceChoice[] = [];
  try {
    choices = (await client.sendRequest<ReferenceChoice[]>('workspace/executeCommand', { command: ServerSideCommands.listReferences, arguments: [uri, { start: selection.start, end: selection.end }] })) ?? [];
  } catch {
    // Without the list the user can still type the Kamerstuk.
  }
  const OTHER = '$(edit) Another Kamerstuk…';
  const items: Array<vscode.QuickPickItem & { id?: string }> = [
    { label: OTHER, description: 'type its dossier and number, e.g. 29 754, nr. 325' },
    ...choices.map(c => ({ label: c.label, description: c.description, detail: c.datedAsSelected ? 'dated as the selection says' : undefined, id: c.id })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Mark “${shorten(selection.text)}” as reference`, placeHolder: 'The Kamerstuk it cites (type to filter by number, date or title)', matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.id) return picked.id;
  const typed = await ask('The Kamerstuk the selection cites: dossier and number, e.g. 29 754, nr. 325, 21 501-02, nr. 1458 or CXXIV, G', undefined,
    v => parseDossierInput(v)?.number ? null : 'The dossier with its number after a comma: 29 754, nr. 325 (a Senate dossier: CXXIV, G).');
  const input = typed === undefined ? null : parseDossierInput(typed);
  return input?.number ? kamerstukId(input.dossier, input.suffix, numberInputValue(input.dossier, input.number)) ?? undefined : undefined;
}

async function addNote(apply: Apply, rawUri: unknown, rawSelection: unknown, answers?: Record<string, unknown>): Promise<ApplyResult | undefined> {
  const target = letterAndSelection(rawUri, rawSelection);
  if (!target) return undefined;
  const note = stringOf(answers?.note) ?? await ask(`Note on “${shorten(target.selection.text)}”`, undefined, v => v.trim() ? null : 'The note text.');
  if (!note) return undefined;
  const tag = answers ? stringOf(answers.tag) : await ask('Tag (optional), e.g. twijfel or nakijken', undefined, () => null);
  if (tag === undefined && !answers) return undefined;
  const { start, end } = target.selection;
  return apply(target.uri, { kind: 'add-note', start, end, note, ...(tag ? { tag: tag.trim() } : {}) });
}

/** The letter and selection from the arguments, or from the active editor (command palette, context menu). */
function letterAndSelection(rawUri: unknown, rawSelection: unknown): { uri: string; selection: Selection } | undefined {
  const given = asObject(rawSelection);
  if (given && Number.isInteger(given.start) && Number.isInteger(given.end)) {
    const uri = letterUri(rawUri);
    return uri ? { uri, selection: { start: given.start as number, end: given.end as number, text: stringOf(given.text) ?? '' } } : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Kamerstukken: select some text in a letter first.');
    return undefined;
  }
  const document = editor.document;
  return {
    uri: document.uri.toString(),
    selection: { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end), text: document.getText(editor.selection) },
  };
}

function letterUri(raw: unknown): string | undefined {
  if (typeof raw === 'string' && raw !== '') return raw;
  if (raw instanceof vscode.Uri) return raw.toString();
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === LANGUAGE_ID) return document.uri.toString();
  void vscode.window.showInformationMessage('Kamerstukken: open a letter first.');
  return undefined;
}

async function ask(prompt: string, value: string | undefined, validate: (value: string) => string | null): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({ prompt, value, ignoreFocusOut: true, validateInput: validate });
  return answer === undefined ? undefined : answer.trim();
}

function suggestId(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const initials = words.length > 1 ? words.map(w => w[0]).join('') : words[0] ?? 'ORG';
  return initials.toUpperCase().slice(0, 16);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

function asObject(x: unknown): Record<string, unknown> | undefined {
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

function stringOf(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
}
