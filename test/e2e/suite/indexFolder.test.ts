// "Kamerstukken: Index Folder as Letters": a folder of .txt letters that no setting names becomes part of the
// corpus, in a real VS Code: the setting is written, the open letter switches language, and the server resolves
// its citations. Runs last (file order): it changes the workspace's settings, and puts them back after.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { basename, locationUri, positionOf, serverReady, withDeadline, workspaceUri } from './helpers';

describe('Index Folder as Letters', function () {
  this.timeout(90_000);
  let before: string[] | undefined;

  after(async () => {
    await vscode.workspace.getConfiguration('kamerstukken').update('files.include', before, vscode.ConfigurationTarget.Workspace);
  });

  it('adds the folder to the include setting; its letter becomes a kamerbrief whose citation resolves', async () => {
    await serverReady();
    before = vscode.workspace.getConfiguration('kamerstukken').inspect<string[]>('files.include')?.workspaceValue;
    const uri = workspaceUri('brieven/brief-over-jihadisme.txt');
    const opened = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(opened, { preview: false });
    assert.equal(opened.languageId, 'plaintext', 'not a letter before the folder is indexed');

    const adopted = new Promise<vscode.TextDocument>(resolve => {
      const subscription = vscode.workspace.onDidOpenTextDocument(document => {
        if (document.uri.toString() === uri.toString() && document.languageId === 'kamerbrief') {
          subscription.dispose();
          resolve(document);
        }
      });
    });
    const glob = await vscode.commands.executeCommand<string | null>('kamerstukken.indexFolder', workspaceUri('brieven'));
    assert.equal(glob, 'brieven/**/*.[tT][xX][tT]');
    const include = vscode.workspace.getConfiguration('kamerstukken').get<string[]>('files.include') ?? [];
    assert.ok(include.includes('brieven/**/*.[tT][xX][tT]') && include.includes('**/corpus/**/*.txt'), JSON.stringify(include));
    const document = await withDeadline(adopted, 15_000, 'the letter switching to kamerbrief');

    // The server re-reads the workspace with the new setting: the citation of 004 in the letter resolves.
    const position = positionOf(document, 'Kamerstuk 29 754, nr. 251', 3);
    const deadline = Date.now() + 30_000;
    let targets: string[] = [];
    while (Date.now() < deadline) {
      const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, position);
      targets = (found ?? []).map(location => basename(locationUri(location)));
      if (targets.includes('004_c51793f171952d9b.txt')) break;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    assert.deepEqual(targets, ['004_c51793f171952d9b.txt']);

    // Asked again for the same folder (now from a file in it), or for corpus/: already letters, nothing added.
    assert.equal(await vscode.commands.executeCommand('kamerstukken.indexFolder', uri), null);
    assert.equal(await vscode.commands.executeCommand('kamerstukken.indexFolder', workspaceUri('corpus')), null);
    assert.equal((vscode.workspace.getConfiguration('kamerstukken').get<string[]>('files.include') ?? []).filter(g => g === 'brieven/**/*.[tT][xX][tT]').length, 1);
  });
});
