// Editor pass 23c over stdio: completion with the cursor in front of a number lists the number written there first
// and preselects it (the editor's replace mode then leaves the text as it is). Snippets written for the test.
import * as assert from 'node:assert/strict';
import { LspClient, applyTextEdits, folderWith, positionOf, suiteResources, type Range } from './lspClient';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;
const letter = (nr: string) => `Den Haag, 3 maart 2015\n\nHierbij bericht ik u over de stand van zaken.\n\n${footer('29 754', nr)}`;

interface Item { label: string; sortText: string; preselect?: boolean; textEdit: { insert?: Range; replace?: Range; newText: string } }

describe('Editor 23c over stdio', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('"nr. |325": the same numbers, 325 first and preselected; its replace leaves the text as it is', async () => {
    const ws = folderWith({ 'kst-29754-3.txt': letter('3'), 'kst-29754-325.txt': letter('325'), 'kst-29754-330.txt': letter('330') }, made, 'kst-editor23c-');
    const uri = ws.uri('draft.txt');
    const text = 'Zoals gemeld (Kamerstuk 29 754, nr. 325).\n';
    const c = client();
    const capabilities = { ...LspClient.FULL_CAPABILITIES, textDocument: { ...LspClient.FULL_CAPABILITIES.textDocument, completion: { completionItem: { insertReplaceSupport: true } } } };
    await c.start(ws.root, capabilities);
    await c.waitFor(() => c.progress.some(p => p.kind === 'end'), 'the end of indexing');
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    const list = await c.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'nr. ', 4) });
    const ordered = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(ordered.map(i => [i.label, i.preselect ?? false]), [['325', true], ['3', false], ['330', false]]);
    const edit = ordered[0].textEdit;
    assert.equal(applyTextEdits(text, [{ range: edit.replace!, newText: edit.newText }]), text);
  });
});
