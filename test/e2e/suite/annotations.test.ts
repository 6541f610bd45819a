// User annotations in a real VS Code: the declare command writes the store through a WorkspaceEdit
// (vscode.workspace.applyEdit on the server's behalf), the reference in another letter resolves, undo in
// the store's editor takes it back; "Not an organisation" from a code action; the export command.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, hoverText, Letters, openLetter, positionOf, serverReady, withDeadline, workspaceUri } from './helpers';

const UNDECLARED = 'corpus/000_24c3e309d107eecc.txt';
const CITATION_253 = 'Kamerstuk 29 754, nr. 253';
const STORE = 'corpus/.kamerstukken/annotations.json';
const EMPTY_STORE = '{\n  "letters": {},\n  "organisations": [],\n  "version": 1\n}\n';

/** Polls a condition that needs a request (hover) until it holds; fails with the last value seen. */
async function eventually<T>(probe: () => Thenable<T>, accept: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${ms / 1000} s; last: ${JSON.stringify(value).slice(0, 1500)}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('Kamerstukken user annotations', function () {
  this.timeout(120_000);
  let citing: vscode.TextDocument;
  let undeclared: vscode.TextDocument;
  const storeUri = () => workspaceUri(STORE);
  const hoverOn253 = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider', citing.uri, positionOf(citing, CITATION_253, 5)) ?? []);
  const unresolved253 = (list: vscode.Diagnostic[]) =>
    list.some(d => codeOf(d) === 'reference.unresolved' && /29\s?754, nr\. 253/.test(citing.getText(d.range)));

  before(async () => {
    await serverReady();
    // An (empty) store beside the letters, opened as the user would: the declare edit then is a plain text
    // edit of that one document, which undo in its editor reverts.
    await vscode.workspace.fs.writeFile(storeUri(), Buffer.from(EMPTY_STORE));
    await vscode.workspace.openTextDocument(storeUri());
    undeclared = await openLetter(UNDECLARED);
    citing = await openLetter(Letters.citing);
    await diagnosticsWhen(citing.uri, unresolved253, `${CITATION_253} unresolved in 002 before any annotation`);
  });

  /** The editor tabs showing the store. */
  const storeTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
    .filter(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === storeUri().toString());

  /**
   * Reverts unsaved changes of the store and closes its editors. Checked and retried: the revert acts on the
   * active editor, and showing the store may not have made it active yet (a dirty store left open made the
   * UI checks that follow stop at a "save changes?" dialog).
   */
  const closeStore = async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const store = vscode.workspace.textDocuments.find(d => d.uri.toString() === storeUri().toString());
      if (!store?.isDirty && storeTabs().length === 0) return;
      if (store) {
        await vscode.window.showTextDocument(store, { preview: false });
        if (vscode.window.activeTextEditor?.document === store) {
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
      } else {
        await vscode.window.tabGroups.close(storeTabs());
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`the store's editor did not close: ${storeTabs().length} tab(s) left`);
  };

  after(async () => {
    // Leave the workspace as the other suites expect it: no unsaved store, no store folder.
    await closeStore();
    await vscode.workspace.fs.delete(workspaceUri('corpus/.kamerstukken'), { recursive: true }).then(undefined, () => undefined);
  });

  it('offers "Declare the identity of this letter…" on 000', async () => {
    const diagnostics = await diagnosticsWhen(undeclared.uri, list => list.some(d => codeOf(d) === 'letter.no-identity'), 'letter.no-identity on 000');
    const diagnostic = diagnostics.find(d => codeOf(d) === 'letter.no-identity')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', undeclared.uri, diagnostic.range);
    const declare = (actions ?? []).find(a => a.title === 'Declare the identity of this letter…');
    assert.ok(declare?.command, `actions: ${(actions ?? []).map(a => a.title).join(' | ')}`);
    assert.equal(declare.command.command, 'kamerstukken.declareIdentity');
  });

  it('declares 000 as Kamerstuk 29 754, nr. 253: the store document changes and 002\'s reference resolves', async () => {
    const result = await vscode.commands.executeCommand<{ applied: boolean }>('kamerstukken.declareIdentity',
      undeclared.uri.toString(), {}, { dossier: '29754', number: '253', date: '2015-01-14' });
    assert.equal(result?.applied, true, JSON.stringify(result));
    const store = vscode.workspace.textDocuments.find(d => d.uri.toString() === storeUri().toString());
    assert.ok(store, 'the store is open in VS Code');
    const parsed = JSON.parse(store.getText());
    assert.deepEqual(parsed.letters['000_24c3e309d107eecc.txt'].identity, { date: '2015-01-14', dossier: '29754', number: '253' });
    await diagnosticsWhen(citing.uri, list => !unresolved253(list), `${CITATION_253} resolved`);
    const text = await eventually(hoverOn253, t => /declared by a user annotation/.test(t), 'the hover on the citation names the declared letter');
    assert.match(text, /000_24c3e309d107eecc|2015-01-14/);
  });

  it('undo in the store\'s editor makes the reference unresolved again', async () => {
    const store = await vscode.workspace.openTextDocument(storeUri());
    await vscode.window.showTextDocument(store, { preview: false });
    await vscode.commands.executeCommand('undo');
    await withDeadline(eventually(async () => store.getText(), t => !t.includes('"29754"'), 'the store text after undo'), 30_000, 'undo');
    await diagnosticsWhen(citing.uri, unresolved253, `${CITATION_253} unresolved after undo`);
    assert.doesNotMatch(await hoverOn253(), /declared by a user annotation/);
  });

  it('"Not an organisation" on NCTV in 000 removes it', async () => {
    const position = positionOf(undeclared, 'NCTV heeft', 1);
    const isOrganisation = async () => /Nationaal Coördinator/.test(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', undeclared.uri, position) ?? []));
    assert.equal(await isOrganisation(), true);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', undeclared.uri, new vscode.Range(position, position));
    const not = (actions ?? []).find(a => a.title === 'Not an organisation: “NCTV”');
    assert.ok(not?.command, `actions: ${(actions ?? []).map(a => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(not.command.command, ...(not.command.arguments ?? []));
    await eventually(isOrganisation, is => !is, 'NCTV no longer an organisation');
  });

  it('the first annotation of a folder creates its store (CreateFile + text edit), and the note shows in hover', async () => {
    await closeStore();
    await vscode.workspace.fs.delete(storeUri());
    const letter = await openLetter(Letters.withHeader);
    const words = 'deels amateuristisch';
    const start = letter.getText().indexOf(words);
    assert.ok(start > 0, `"${words}" in 003`);
    const result = await vscode.commands.executeCommand<{ applied: boolean }>('kamerstukken.addNote',
      letter.uri.toString(), { start, end: start + words.length, text: words }, { note: 'Welke aanslagen?', tag: 'nakijken' });
    assert.equal(result?.applied, true, JSON.stringify(result));
    const store = await vscode.workspace.openTextDocument(storeUri());
    const [note] = JSON.parse(store.getText()).letters['003_a211609418273696.txt'].annotations;
    assert.equal(note.body.text, 'Welke aanslagen?');
    const position = letter.positionAt(start + 3);
    await eventually(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter.uri, position) ?? []),
      t => /Welke aanslagen\?/.test(t), 'the note in the hover');
  });

  it('"Mark Selection as Reference to a Kamerstuk…" makes the selected words cite 003: hover and definition', async () => {
    const letter = await openLetter(Letters.unresolvedCitations);
    const words = 'de brief van de Staatssecretaris van Veiligheid en Justitie';
    const start = letter.getText().indexOf(words);
    assert.ok(start > 0, `"${words}" in 001`);
    const result = await vscode.commands.executeCommand<{ applied: boolean }>('kamerstukken.markReference',
      letter.uri.toString(), { start, end: start + words.length, text: words }, { id: 'kst-29754-421' });
    assert.equal(result?.applied, true, JSON.stringify(result));
    const position = letter.positionAt(start + 5);
    await eventually(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter.uri, position) ?? []),
      t => /User annotation: cites kst-29754-421/.test(t), 'the reference in the hover');
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', letter.uri, position) ?? [];
    const uris = targets.map(t => ('targetUri' in t ? t.targetUri : t.uri).toString());
    assert.ok(uris.some(u => u.endsWith('003_a211609418273696.txt')), uris.join(', '));
  });

  it('exports the annotations as brat through the bundled CLI, without touching the letters', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-brat-'));
    const before = fs.readFileSync(undeclared.uri.fsPath, 'utf8');
    const result = await vscode.commands.executeCommand<{ ok: boolean; letters: number; stderr: string }>('kamerstukken.exportAnnotations', { format: 'brat', out });
    assert.ok(result?.ok, JSON.stringify(result));
    assert.ok(result.letters >= 5);
    const files = fs.readdirSync(out, { recursive: true }).map(String);
    const annFile = files.find(f => f.endsWith('002_548ef68b162742fc.ann'));
    assert.ok(annFile, `written: ${files.join(', ')}`);
    const ann = fs.readFileSync(path.join(out, annFile), 'utf8');
    assert.match(ann, /^T\d+\t/m);
    assert.ok(fs.existsSync(path.join(out, 'annotation.conf')));
    assert.equal(fs.readFileSync(undeclared.uri.fsPath, 'utf8'), before);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('exports JSON Lines into an editor', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; document?: vscode.TextDocument }>('kamerstukken.exportAnnotations', { format: 'jsonl' });
    assert.ok(result?.ok && result.document, JSON.stringify(result));
    const first = JSON.parse(result.document.getText().split('\n')[0]);
    assert.ok(first && typeof first === 'object');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
