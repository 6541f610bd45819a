// Review of editor pass 23 over stdio: what an editor receives for "Correct to …" (a versioned edit), and the
// diagnostics of a letter emptied by an edit and written again.
import * as assert from 'node:assert/strict';
import { applyTextEdits, EDIT_CAPABILITIES, folderWith, suiteResources, type Diagnostic, type Range } from './lspClient';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;
const LETTER = 'Zie Kamerstuk 2975 4, nr. 3 over de aanpak.\n\nIk zal uw Kamer informeren over de voortgang.\n\n' + footer('29 754', '330');

interface TextEdit { range: Range; newText: string }
interface Action {
  title: string;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }> };
}

describe('Review 12 over stdio', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('"Correct to …" is an edit of the version it was computed on, for a client that takes versioned edits', async () => {
    // An unversioned edit applies to whatever the letter reads when the user picks it: a client that kept the action
    // while the user typed on put "29 754" where "2975 4" no longer was.
    const ws = folderWith({ 'm.txt': LETTER }, made, 'kst-review12-');
    const uri = ws.uri('m.txt');
    const c = client();
    await c.start(ws.root, EDIT_CAPABILITIES);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 7, text: LETTER } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'reference.malformed'), 'the malformed reference');
    const malformed = c.diagnostics.get(uri)!.find(d => d.code === 'reference.malformed')!;
    const fixOf = async (d: Diagnostic) => {
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      return actions.find(a => a.title === 'Correct to “29 754”');
    };
    const fix = await fixOf(malformed);
    assert.deepEqual(fix?.edit?.documentChanges?.map(ch => ch.textDocument), [{ uri, version: 7 }], JSON.stringify(fix));
    assert.equal(applyTextEdits(LETTER, fix!.edit!.documentChanges![0].edits), LETTER.replace('2975 4', '29 754'));

    // A line typed above it: the next fix is for version 8, where the reference now is.
    const typed = `Geachte voorzitter,\n${LETTER}`;
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ text: typed }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 8, 'the diagnostics of version 8');
    const moved = await fixOf(c.diagnostics.get(uri)!.find(d => d.code === 'reference.malformed')!);
    assert.deepEqual(moved?.edit?.documentChanges?.map(ch => ch.textDocument), [{ uri, version: 8 }]);
    assert.equal(applyTextEdits(typed, moved!.edit!.documentChanges![0].edits), typed.replace('2975 4', '29 754'));
  });

  it('a letter emptied by an edit loses its diagnostics, and gets them back when text is typed again', async () => {
    const text = 'Geachte voorzitter,\n\nZie Kamerstuk 2975 4, nr. 3.\n';
    const ws = folderWith({ 'e.txt': text }, made, 'kst-review12-');
    const uri = ws.uri('e.txt');
    const c = client();
    await c.start(ws.root);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    const codes = () => (c.diagnostics.get(uri) ?? []).map(d => d.code).sort();
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 1, 'the diagnostics of version 1');
    assert.deepEqual(codes(), ['letter.no-identity', 'reference.malformed']);
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '' }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 2, 'the diagnostics of version 2');
    assert.deepEqual(codes(), []);
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 3, 'the diagnostics of version 3');
    assert.deepEqual(codes(), ['letter.no-identity', 'reference.malformed']);
  });

  it('"Correct to …" on a line with astral characters before the reference: the range in UTF-16, the edit where it belongs', async () => {
    const text = `Zie 𝄞𝄞 (𝔎amerbrief) en Kamerstuk 2975 4, nr. 3 hier.\n\n${footer('29 754', '330')}`;
    const ws = folderWith({ 'u.txt': text }, made, 'kst-review12-');
    const uri = ws.uri('u.txt');
    const c = client();
    await c.start(ws.root);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'reference.malformed'), 'the malformed reference');
    const malformed = c.diagnostics.get(uri)!.find(d => d.code === 'reference.malformed')!;
    assert.equal(malformed.range.start.character, text.indexOf('2975 4'));
    const cursor = { line: 0, character: text.indexOf('2975 4') + 2 };
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [malformed] } });
    const fix = actions.find(a => a.title === 'Correct to “29 754”');
    assert.equal(applyTextEdits(text, fix!.edit!.changes![uri]), text.replace('2975 4', '29 754'));
  });
});
