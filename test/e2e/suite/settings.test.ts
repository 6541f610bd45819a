// Diagnostic settings as VS Code hands them to the server. VS Code merges a user's object setting with its
// declared default, so the server receives every code's default next to what the user wrote: a severity given
// under a code's former name ("footnote.no-body") must still win over the new name's default.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, serverReady } from './helpers';

/** A short letter whose footnote body has no marker in the text (`footnote.no-marker`, a warning by default). */
const UNMARKED_FOOTNOTE = [
  'Den Haag, 3 november 2025',
  '',
  'De Kamer ontving eerder een brief over dit onderwerp.',
  '',
  '1 Een voetnoot waarnaar de tekst nergens verwijst.',
  '',
].join('\n');

const SEVERITY = 'diagnostics.severity';

describe('Kamerstukken diagnostic settings', function () {
  this.timeout(90_000);
  let document: vscode.TextDocument;
  const unmarked = (list: vscode.Diagnostic[]) => list.filter(d => codeOf(d) === 'footnote.no-marker');

  before(async () => {
    await serverReady();
    document = await vscode.workspace.openTextDocument({ language: 'kamerbrief', content: UNMARKED_FOOTNOTE });
    await vscode.window.showTextDocument(document, { preview: false });
  });

  after(async () => {
    await vscode.workspace.getConfiguration('kamerstukken').update(SEVERITY, undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports a footnote without a marker in an untitled letter, as a warning', async () => {
    const diagnostics = await diagnosticsWhen(document.uri, list => unmarked(list).length === 1, 'footnote.no-marker on the untitled letter');
    const [diagnostic] = unmarked(diagnostics);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(diagnostic.range), '1');
    assert.equal(diagnostic.range.start.line, 4);
    // The former name is declared (deprecated) without a default of its own: VS Code adds nothing for it.
    const merged = vscode.workspace.getConfiguration('kamerstukken').get<Record<string, string>>(SEVERITY) ?? {};
    assert.equal(merged['footnote.no-body'], undefined);
  });

  it('turns it off under its former name, footnote.no-body, though VS Code sends the new name\'s default too', async () => {
    await vscode.workspace.getConfiguration('kamerstukken').update(SEVERITY, { 'footnote.no-body': 'off' }, vscode.ConfigurationTarget.Workspace);
    const merged = vscode.workspace.getConfiguration('kamerstukken').get<Record<string, string>>(SEVERITY) ?? {};
    assert.equal(merged['footnote.no-marker'], 'warning', 'VS Code merges the declared default into the object');
    assert.equal(merged['footnote.no-body'], 'off');
    await diagnosticsWhen(document.uri, list => unmarked(list).length === 0, 'footnote.no-marker gone after footnote.no-body: off');
  });

  it('lets the new name win once it is set to something other than its default', async () => {
    await vscode.workspace.getConfiguration('kamerstukken').update(SEVERITY, { 'footnote.no-body': 'off', 'footnote.no-marker': 'error' }, vscode.ConfigurationTarget.Workspace);
    const diagnostics = await diagnosticsWhen(document.uri, list => unmarked(list).some(d => d.severity === vscode.DiagnosticSeverity.Error), 'footnote.no-marker as an error');
    assert.equal(unmarked(diagnostics).length, 1);
  });

  it('goes back to the default when the setting is removed', async () => {
    await vscode.workspace.getConfiguration('kamerstukken').update(SEVERITY, undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(document.uri, list => unmarked(list).some(d => d.severity === vscode.DiagnosticSeverity.Warning), 'footnote.no-marker back to a warning');
  });
});
