// The extension as VS Code sees it: activation, the server, which files are letters, the grammar, settings.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, Letters, openLetter, serverReady, withDeadline, workspaceUri } from './helpers';

describe('Kamerstukken extension', function () {
  this.timeout(90_000);

  it('activates and its language server runs', async () => {
    const api = await serverReady();
    assert.equal(api.state(), 'running');
  });

  it('opens a letter of corpus/ as the kamerbrief language', async () => {
    const document = await openLetter(Letters.citing);
    assert.equal(document.languageId, 'kamerbrief');
  });

  it('leaves an unrelated .txt file as plain text', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('notes/unrelated.txt'));
    assert.equal(document.languageId, 'plaintext');
  });

  it('opens a .txt file named by kamerstukken.files.include as a letter', async () => {
    const uri = workspaceUri('letters/brief-29754-421.txt');
    const include = vscode.workspace.getConfiguration('kamerstukken').get<string[]>('files.include') ?? [];
    assert.ok(include.includes('**/letters/*.txt'), `workspace setting missing: ${JSON.stringify(include)}`);
    const adopted = new Promise<vscode.TextDocument>(resolve => {
      const subscription = vscode.workspace.onDidOpenTextDocument(document => {
        if (document.uri.toString() === uri.toString() && document.languageId === 'kamerbrief') {
          subscription.dispose();
          resolve(document);
        }
      });
    });
    const opened = await vscode.workspace.openTextDocument(uri);
    const document = opened.languageId === 'kamerbrief' ? opened : await withDeadline(adopted, 10_000, 'language switch to kamerbrief');
    assert.equal(document.languageId, 'kamerbrief');
  });

  it('contributes the kamerbrief language and its TextMate grammar', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('kamerbrief'));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const grammars = extension.packageJSON.contributes.grammars as Array<{ language: string; scopeName: string; path: string }>;
    const grammar = grammars.find(g => g.language === 'kamerbrief');
    assert.ok(grammar, 'no grammar for kamerbrief');
    assert.equal(grammar.scopeName, 'text.kamerbrief');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    assert.equal(parsed.scopeName, 'text.kamerbrief');
    assert.ok(parsed.repository.kamerstuk && parsed.repository.footer);
  });

  it('contributes the corpus panel to the explorer, with its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const views = extension?.packageJSON.contributes.views.explorer as Array<{ id: string; name: string }>;
    assert.deepEqual(views.map(v => [v.id, v.name]), [['kamerstukken.corpus', 'Kamerstukken']]);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['kamerstukken.refreshCorpus', 'kamerstukken.openCitedOnline']) assert.ok(commands.includes(command), command);
  });

  it('declares every setting of ARCHITECTURE.md with its default', () => {
    const config = vscode.workspace.getConfiguration('kamerstukken');
    const severity = config.inspect<Record<string, string>>('diagnostics.severity')?.defaultValue;
    assert.equal(severity?.['reference.unresolved'], 'information');
    assert.equal(severity?.['reference.malformed'], 'warning');
    assert.deepEqual(config.inspect('diagnostics.ignore')?.defaultValue, []);
    assert.equal(config.inspect('inlayHints.relativeDates')?.defaultValue, false);
    assert.deepEqual(config.inspect('files.exclude')?.defaultValue, ['**/node_modules/**', '**/.*/**']);
  });

  it('registers the commands the server puts in code actions', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['kamerstukken.openExternal', 'kamerstukken.copyCitation', 'kamerstukken.ignoreReference']) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });

  it('copies a citation to the clipboard', async () => {
    await vscode.commands.executeCommand('kamerstukken.copyCitation', 'Kamerstuk 29 754, nr. 251');
    assert.equal(await vscode.env.clipboard.readText(), 'Kamerstuk 29 754, nr. 251');
  });
});
