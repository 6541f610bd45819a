// Editor pass 23b over stdio: a completion's insert and replace ranges for a client that takes them (LSP 3.16), the
// plain edit for one that does not, and "Correct to …" in a letter with lone CR line ends (the editor's text keeps
// its CRs; the recognisers read them as LF). Snippets written for the test.
import * as assert from 'node:assert/strict';
import { LspClient, applyTextEdits, folderWith, positionOf, suiteResources, type Diagnostic, type Range } from './lspClient';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;
const CITED = 'Den Haag, 3 maart 2015\n\nHierbij bericht ik u over de stand van zaken.\n\n' + footer('29 754', '325');

interface Item { label: string; textEdit: { range?: Range; insert?: Range; replace?: Range; newText: string } }
interface Action { title: string; edit?: { changes: Record<string, Array<{ range: Range; newText: string }>> } }

describe('Editor 23b over stdio', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  for (const insertReplaceSupport of [true, false]) {
    it(`a number chosen in front of a number: ${insertReplaceSupport ? 'an InsertReplaceEdit' : 'the plain edit of the typed part'}`, async () => {
      const ws = folderWith({ 'kst-29754-325.txt': CITED }, made, 'kst-editor23b-');
      const uri = ws.uri('draft.txt');
      const text = 'Zoals gemeld (Kamerstuk 29 754, nr. 325).\n';
      const c = client();
      const capabilities = { ...LspClient.FULL_CAPABILITIES, textDocument: { ...LspClient.FULL_CAPABILITIES.textDocument, completion: { completionItem: { insertReplaceSupport } } } };
      await c.start(ws.root, capabilities);
      await c.waitFor(() => c.progress.some(p => p.kind === 'end'), 'the end of indexing');
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
      const list = await c.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'nr. ', 4) });
      const item = list.items.find(i => i.label === '325');
      assert.ok(item, JSON.stringify(list.items));
      const edit = item.textEdit;
      if (insertReplaceSupport) {
        assert.equal(edit.range, undefined);
        assert.equal(applyTextEdits(text, [{ range: edit.replace!, newText: edit.newText }]), text);
        assert.equal(applyTextEdits(text, [{ range: edit.insert!, newText: edit.newText }]), text.replace('325', '325325'));
      } else {
        assert.deepEqual([edit.insert, edit.replace], [undefined, undefined]);
        assert.deepEqual(edit.range, { start: positionOf(text, 'nr. ', 4), end: positionOf(text, 'nr. ', 4) });
      }
    });
  }

  it('"Correct to …" in a letter with lone CR line ends, for a reference broken over one', async () => {
    const letter = `Den Haag, 3 maart 2015\n\nZie Kamerstuk 2975\n4, nr. 3 voor de stand van zaken.\n\n${footer('29 754', '330')}`.replace(/\n/g, '\r');
    const ws = folderWith({ 'mac.txt': letter }, made, 'kst-editor23b-');
    const uri = ws.uri('mac.txt');
    const c = client();
    await c.start(ws.root);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: letter } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'reference.malformed'), 'the malformed reference');
    const malformed: Diagnostic = c.diagnostics.get(uri)!.find(d => d.code === 'reference.malformed')!;
    assert.deepEqual(malformed.range, { start: positionOf(letter, '2975'), end: positionOf(letter, '2975\r4', 6) });
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: malformed.range, context: { diagnostics: [malformed] } });
    const fix = actions.find(a => a.title === 'Correct to “29 754”');
    assert.ok(fix?.edit, JSON.stringify(actions.map(a => a.title)));
    assert.equal(applyTextEdits(letter, fix.edit.changes[uri]), letter.replace('2975\r4', '29 754'));
  });
});
