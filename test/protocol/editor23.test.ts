// Editor pass 23 over stdio: the shapes an editor receives for the judgment calls of test/unit/editor23.test.ts
// (a correction as a workspace edit, grouped actions on a whole letter, a Senate letter's completion).
import * as assert from 'node:assert/strict';
import { applyTextEdits, folderWith, positionOf, suiteResources, type Diagnostic, type Range } from './lspClient';

const footer = (dossier: string, nr: string) => `Tweede Kamer, vergaderjaar 2014–2015, ${dossier}, nr. ${nr} 2\n`;
const LETTER = 'Zie Kamerstuk 2975 4, nr. 3, de nota (Kamerstuk 30 977, nr. 104), het verslag (Kamerstukken I 2016/17, 33 826, C) '
  + 'en de brief (Kamerstuk 31 200, nr. 7).\n\nIk zal uw Kamer voor het einde van het jaar opnieuw informeren over de voortgang van de '
  + 'uitvoering, de resultaten van de evaluatie en de stappen die daarna worden gezet.\n\n' + footer('29 754', '330');

interface Action { title: string; kind: string; command?: { command: string; arguments?: unknown[] }; edit?: { changes: Record<string, Array<{ range: Range; newText: string }>> }; diagnostics?: Diagnostic[] }

describe('Editor 23 over stdio', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('"Correct to …" is a workspace edit of the letter; a whole letter selected gets grouped actions; a Senate letter completes without "nr."', async () => {
    const ws = folderWith({ 'm.txt': LETTER }, made, 'kst-editor23-');
    const uri = ws.uri('m.txt');
    const c = client();
    await c.start(ws.root);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: LETTER } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'reference.malformed'), 'the malformed reference');
    const diagnostics = c.diagnostics.get(uri)!;

    const malformed = diagnostics.find(d => d.code === 'reference.malformed')!;
    const onIt = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: malformed.range, context: { diagnostics: [malformed] } });
    const fix = onIt.find(a => a.title === 'Correct to “29 754”');
    assert.ok(fix?.edit, JSON.stringify(onIt));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.command, undefined);
    assert.deepEqual(fix.diagnostics, [malformed]);
    assert.equal(applyTextEdits(LETTER, fix.edit.changes[uri]), LETTER.replace('2975 4', '29 754'));

    const end = positionOf(LETTER, footer('29 754', '330'), footer('29 754', '330').length);
    const all = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics } });
    const titles = all.map(a => a.title);
    assert.ok(all.length <= 6, titles.join(' | '));
    const ignore = all.find(a => a.title === 'Ignore the 3 unresolved references in the selection');
    assert.deepEqual(ignore?.command?.arguments, [['kst-30977-104', 'kst-33826-C', 'kst-31200-7']]);
    assert.equal(ignore!.diagnostics!.length, 3);
    // The letter's one organisation (the footer's Tweede Kamer) is not what a whole letter selected is about.
    assert.ok(!titles.some(t => t.startsWith('Not an organisation')), titles.join(' | '));
    assert.ok(titles.includes('Copy the 3 citations in the selection'), titles.join(' | '));

    const typed = 'Kamerstuk 33 826, nr. ';
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${typed}\n` }] });
    interface Item { label: string; filterText: string; textEdit: { range: Range; newText: string } }
    const list = await c.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: typed.length } });
    const senate = list.items.find(i => i.label === 'C');
    assert.deepEqual(senate && [senate.filterText, applyTextEdits(`${typed}\n`, [senate.textEdit])], ['nr. C', 'Kamerstuk 33 826, C\n']);
  });
});
