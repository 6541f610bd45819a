// Language features through the VS Code API, on the letters of corpus/, with the real server behind them.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import {
  basename,
  codeOf,
  diagnosticsWhen,
  hoverText,
  Letters,
  locationRange,
  locationUri,
  openLetter,
  positionOf,
  serverReady,
} from './helpers';

const CITATION_251 = 'Kamerstuk 29 754, nr. 251';

describe('Kamerstukken language features', function () {
  this.timeout(90_000);

  before(async () => {
    await serverReady();
  });

  describe('on "Kamerstuk 29 754, nr. 251" in 002', () => {
    let document: vscode.TextDocument;
    let position: vscode.Position;

    before(async () => {
      document = await openLetter(Letters.citing);
      position = positionOf(document, CITATION_251, 12);
    });

    it('hovers with the cited letter (29 754, nr. 251, in the corpus as 004)', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const text = hoverText(hovers ?? []);
      assert.match(text, /29\s?754/, `hover: ${text}`);
      assert.match(text, /251/, `hover: ${text}`);
      // The cited letter's own details, which only the corpus index knows: its file or its session year.
      assert.match(text, /004_c51793f171952d9b|2013[-–/]2014|2013\/14/, `hover does not show the cited letter: ${text}`);
    });

    it('goes to the cited letter (004)', async () => {
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider', document.uri, position);
      assert.ok(locations && locations.length > 0, 'no definition');
      assert.deepEqual(locations.map(location => basename(locationUri(location))), ['004_c51793f171952d9b.txt']);
    });

    it('finds the references to that letter, this one included', async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider', document.uri, position);
      assert.ok(locations && locations.length > 0, 'no references');
      const inThisLetter = locations.filter(location => location.uri.toString() === document.uri.toString());
      assert.ok(inThisLetter.some(location => location.range.contains(position)), 'the reference under the cursor is not among the references');
    });

    it('highlights the reference, and smart select grows from its word to the whole reference', async () => {
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
      assert.ok(highlights?.some(h => h.range.contains(position)), 'no highlight under the cursor');
      const ranges = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', document.uri, [position]);
      const texts: string[] = [];
      for (let r: vscode.SelectionRange | undefined = ranges?.[0]; r && texts.length < 3; r = r.parent) texts.push(document.getText(r.range));
      assert.ok(texts.includes(CITATION_251), `selection ranges: ${JSON.stringify(texts)}`);
    });

    it('shows the citation graph as a call hierarchy: 004, cited by 002', async () => {
      const items = await vscode.commands.executeCommand<vscode.CallHierarchyItem[]>('vscode.prepareCallHierarchy', document.uri, position);
      assert.equal(items?.[0]?.name, 'kst-29754-251');
      assert.equal(basename(items[0].uri), '004_c51793f171952d9b.txt');
      const incoming = await vscode.commands.executeCommand<vscode.CallHierarchyIncomingCall[]>('vscode.provideIncomingCalls', items[0]);
      assert.ok(incoming?.some(call => call.from.uri.toString() === document.uri.toString()), 'not cited by 002');
    });

    it('completes a reference being written: the dossier, then its numbers with the letters in the workspace', async () => {
      const draft = await vscode.workspace.openTextDocument({ language: 'kamerbrief', content: 'Zie Kamerstuk 29 754, nr. \nZie Kamerstuk 29' });
      const numbers = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft.uri, new vscode.Position(0, 26));
      const labels = (numbers?.items ?? []).map(item => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const nr of ['251', '327', '421']) assert.ok(labels.includes(nr), `nr. ${nr} not offered: ${labels.join(', ')}`);
      const dossiers = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft.uri, new vscode.Position(1, 16));
      const dossier = dossiers?.items.find(item => item.label === '29 754');
      assert.ok(dossier, 'dossier 29 754 not offered');
      assert.equal(dossier.command?.command, 'editor.action.triggerSuggest');
    });

    it('accepting a number before the one written replaces it (replace mode for letters), not "251999"', async () => {
      assert.equal(vscode.workspace.getConfiguration('editor.suggest', { languageId: 'kamerbrief' }).get('insertMode'), 'replace');
      const draft = await vscode.workspace.openTextDocument({ language: 'kamerbrief', content: 'Zie Kamerstuk 29 754, nr. 999' });
      const editor = await vscode.window.showTextDocument(draft);
      const cursor = new vscode.Position(0, 'Zie Kamerstuk 29 754, nr. '.length);
      editor.selection = new vscode.Selection(cursor, cursor);
      const deadline = Date.now() + 20_000;
      // 999 is no number of the dossier, so whichever is accepted changes the line.
      while (draft.lineAt(0).text === 'Zie Kamerstuk 29 754, nr. 999' && Date.now() < deadline) {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await new Promise(resolve => setTimeout(resolve, 700));
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        await new Promise(resolve => setTimeout(resolve, 200));
      }
      const line = draft.lineAt(0).text;
      assert.notEqual(line, 'Zie Kamerstuk 29 754, nr. 999', 'no suggestion was accepted');
      assert.match(line, /^Zie Kamerstuk 29 754, nr\. \d{3}$/, `one number after "nr.", the accepted one: ${line}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('links the reference', async () => {
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri, 50);
      assert.ok(links && links.length > 0, 'no document links');
      const link = links.find(candidate => candidate.range.contains(position));
      assert.ok(link, `no link over ${CITATION_251}`);
      assert.ok(link.target, 'the link has no target');
      assert.match(link.target.toString(), /004_c51793f171952d9b\.txt|kst-29754-251/);
    });
  });

  it('lists the structure of 003 as document symbols', async () => {
    const document = await openLetter(Letters.withHeader);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'no document symbols');
    const names: string[] = [];
    const collect = (list: vscode.DocumentSymbol[]) => list.forEach(symbol => { names.push(symbol.name); collect(symbol.children ?? []); });
    collect(symbols);
    assert.ok(names.some(name => /29\s?754|421|Terrorismebestrijding/i.test(name)), `symbols: ${names.join(' | ')}`);
  });

  describe('diagnostics of 001', () => {
    let document: vscode.TextDocument;
    const isUnresolved32317 = (diagnostic: vscode.Diagnostic) =>
      codeOf(diagnostic) === 'reference.unresolved' && /32\s?317/.test(document.getText(diagnostic.range));

    before(async () => {
      document = await openLetter(Letters.unresolvedCitations);
    });

    after(async () => {
      await vscode.workspace.getConfiguration('kamerstukken').update('diagnostics.ignore', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('reports references to letters outside the corpus as unresolved, with information severity', async () => {
      const diagnostics = await diagnosticsWhen(document.uri, list => list.some(isUnresolved32317), 'unresolved Kamerstuk 32 317, nr. 322 in 001');
      const unresolved = diagnostics.filter(diagnostic => codeOf(diagnostic) === 'reference.unresolved');
      assert.ok(unresolved.length >= 3, `only ${unresolved.length} unresolved references`);
      assert.ok(unresolved.every(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Information));
      // 001 is itself 29 754, nr. 327: its own footer is not a reference to resolve.
      assert.ok(!unresolved.some(diagnostic => /nr\.\s*327/.test(document.getText(diagnostic.range))));
    });

    it('offers quick fixes on an unresolved reference', async () => {
      const diagnostics = await diagnosticsWhen(document.uri, list => list.some(isUnresolved32317), 'unresolved reference');
      const target = diagnostics.find(isUnresolved32317) as vscode.Diagnostic;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range);
      const commands = (actions ?? []).map(action => action.command?.command).filter(Boolean);
      assert.ok(commands.includes('kamerstukken.ignoreReference'), `commands offered: ${commands.join(', ')}`);
    });

    it('drops the diagnostic once "ignore reference" adds it to the workspace settings', async () => {
      await diagnosticsWhen(document.uri, list => list.some(isUnresolved32317), 'unresolved reference');
      await vscode.commands.executeCommand('kamerstukken.ignoreReference', 'kst-32317-322');
      const ignore = vscode.workspace.getConfiguration('kamerstukken').inspect<string[]>('diagnostics.ignore')?.workspaceValue;
      assert.deepEqual(ignore, ['kst-32317-322']);
      await diagnosticsWhen(document.uri, list => !list.some(isUnresolved32317) && list.length > 0, 'diagnostic gone after ignoring');
    });
  });

  it('reports nothing on an unrelated .txt file', async () => {
    const document = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'notes/unrelated.txt'));
    assert.equal(document.languageId, 'plaintext');
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
  });
});
