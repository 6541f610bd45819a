// Review of session 22's server changes: letters opened and closed in quick succession, over the protocol.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { folderWith as sharedFolderWith, REPO, suiteResources } from './lspClient';

const folderWith = (files: Record<string, string | Buffer>, made: string[]) => sharedFolderWith(files, made, 'kst-review22-');
const corpusText = (name: string) => fs.readFileSync(path.join(REPO, 'corpus', name), 'utf8');
const LETTERS = fs.readdirSync(path.join(REPO, 'corpus')).filter(f => f.endsWith('.txt')).sort();
const NAME = '002_548ef68b162742fc.txt';

describe('review22 1: a letter opened, closed and opened again while its first opening is analysed in a worker', function () {
  this.timeout(120_000);
  const { client, made } = suiteResources();

  it('ends as the text of its second opening, not the first (both version 1)', async () => {
    const files: Record<string, string> = Object.fromEntries(LETTERS.map(f => [f, corpusText(f)]));
    const ws = folderWith(files, made);
    const uri = ws.uri(NAME);
    const c = client();
    await c.start(ws.root);
    // Sent at once after `initialized`: the analysis threads are starting, so each opening goes to one of them, and
    // the first one's record comes back after the second didOpen (an editor that reopens a file starts at version 1).
    void c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: files[NAME] } });
    void c.notify('textDocument/didClose', { textDocument: { uri } });
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: `Zie Kamerstuk 31 015, nr. 999.\n${files[NAME]}` } });
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2 && LETTERS.every(f => c.diagnostics.has(ws.uri(f))), 'indexing and diagnostics');
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => /31 ?015/.test(d.message)), 'the second opening\'s unresolved citation');
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
    assert.match(hover?.contents.value ?? '', /31 ?015/);
  });
});
