// A letter saved in Windows-1252, not UTF-8 (test/e2e/workspace.ts): closed, the server reads it as Windows-1252
// and says so; opened, VS Code (which reads files as UTF-8 unless told otherwise) shows replacement characters,
// and the server says how to reopen it; reopened as Windows 1252, the letter reads right and the warning is the
// closed letter's again (the file is still not UTF-8, and VS Code saves it as it read it).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, serverReady, workspaceUri } from './helpers';

const LETTER = 'letters/brief-latin1.txt';

describe('Kamerstukken on a letter that is not UTF-8', function () {
  this.timeout(90_000);
  const encodingNotices = (list: vscode.Diagnostic[]) => list.filter(d => codeOf(d) === 'input.encoding');

  before(async () => {
    await serverReady();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads the closed letter as Windows-1252 and warns at its first byte that is not UTF-8', async () => {
    const uri = workspaceUri(LETTER);
    const diagnostics = await diagnosticsWhen(uri, list => encodingNotices(list).length === 1, 'input.encoding on the closed letter');
    const [notice] = encodingNotices(diagnostics);
    assert.equal(notice.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(notice.message, /Windows-1252|Windows 1252/);
    // "één" on line 3 is the first byte that is not UTF-8.
    assert.equal(notice.range.start.line, 2);
  });

  it('opened as VS Code reads it (UTF-8, with replacement characters), says how to reopen it', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(LETTER));
    await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(document.getText().includes('\uFFFD'), 'VS Code decoded the Windows-1252 bytes without replacement characters');
    const diagnostics = await diagnosticsWhen(document.uri, list => encodingNotices(list).some(d => /Reopen with Encoding/.test(d.message)), 'input.encoding saying how to reopen the letter');
    const notice = encodingNotices(diagnostics).find(d => /Reopen with Encoding/.test(d.message))!;
    assert.equal(document.getText(notice.range), '\uFFFD');
    assert.equal(document.isDirty, false, 'the letter was changed');
  });

  it('reopened with the encoding Windows 1252, reads "één", and warns as for the closed letter, not how to reopen it', async () => {
    // `encoding` is in VS Code's API since 1.100 (the code-server of these runs is newer than @types/vscode).
    const openWithEncoding = vscode.workspace.openTextDocument as unknown as (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;
    const document = await openWithEncoding(workspaceUri(LETTER), { encoding: 'windows1252' });
    await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(document.getText().includes('één exemplaar'), document.getText().slice(0, 200));
    const diagnostics = await diagnosticsWhen(
      document.uri,
      list => encodingNotices(list).length === 1 && !/Reopen with Encoding/.test(encodingNotices(list)[0].message),
      "the closed letter's input.encoding once reopened as Windows 1252",
    );
    const [notice] = encodingNotices(diagnostics);
    assert.match(notice.message, /Windows-1252|Windows 1252/);
    assert.equal(notice.range.start.line, 2, 'the warning is not at the first byte that is not UTF-8');
    assert.equal(document.getText(notice.range), 'é');
    assert.equal(document.isDirty, false, 'the letter was changed');
  });
});
