// Review of session 22's server changes: letters opened and closed in quick succession, over the protocol.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderWith as sharedFolderWith, REPO, suiteResources, LspClient } from './lspClient';
import { windows1252 } from '../unit/windows1252';

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

describe('review22 2: a letter closed right after its annotation store was typed in (the store\'s re-analysis still to come)', function () {
  this.timeout(120_000);
  const { client, made } = suiteResources();

  it('ends with the store as typed, also through the record cache', async () => {
    const files: Record<string, string> = Object.fromEntries(LETTERS.map(f => [f, corpusText(f)]));
    const emptyStore = '{ "version": 1, "letters": {}, "organisations": [] }\n';
    files['.kamerstukken/annotations.json'] = emptyStore;
    const ws = folderWith(files, made);
    const uri = ws.uri(NAME);
    const storeUri = pathToFileURL(path.join(ws.root, 'corpus', '.kamerstukken', 'annotations.json')).href;
    const cacheDir = path.join(ws.root, 'cache');
    const c = client();
    await c.start(ws.root, LspClient.FULL_CAPABILITIES, { cacheDir });
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2 && LETTERS.every(f => c.diagnostics.has(ws.uri(f))), 'indexing and diagnostics');
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: files[NAME] } });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 1, 'diagnostics of the open letter');
    await c.notify('textDocument/didOpen', { textDocument: { uri: storeUri, languageId: 'json', version: 1, text: emptyStore } });
    // A note on words the letter lacks: orphaned, whichever way the letter is read with this store.
    const typed = JSON.stringify({
      version: 1,
      letters: { [NAME]: { annotations: [{ id: 'a1', type: 'note', target: { exact: 'woorden die niet in de brief staan', prefix: '', suffix: '', start: 0, end: 34 }, body: { text: 'n' } }] } },
      organisations: [],
    }, null, 2);
    void c.notify('textDocument/didChange', { textDocument: { uri: storeUri, version: 2 }, contentChanges: [{ text: typed }] });
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'annotation.orphaned'), 'the typed store\'s orphan on the closed letter');
    // Still so after the store's re-analysis of its folder has run (150 ms after the typing), which reads the record cache.
    await new Promise(resolve => setTimeout(resolve, 600));
    assert.ok((c.diagnostics.get(uri) ?? []).some(d => d.code === 'annotation.orphaned'), JSON.stringify(c.diagnostics.get(uri)));
  });
});

describe('review22 3: the file of a Windows-1252 letter open in its encoding deleted on disk', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('takes its input.encoding away at once, as the next edit would, and gives it back when the file is written again', async () => {
    const LATIN = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo” (Kamerstuk 29 754, nr. 325).\n';
    const ws = folderWith({ 'latin.txt': windows1252(LATIN) }, made);
    const uri = ws.uri('latin.txt');
    const file = path.join(ws.root, 'corpus', 'latin.txt');
    const c = client();
    await c.start(ws.root);
    const encodingOf = () => (c.diagnostics.get(uri) ?? []).filter(d => d.code === 'input.encoding');
    await c.waitFor(() => encodingOf().length > 0, 'the closed letter\'s input.encoding');
    c.diagnosticVersions.delete(uri);
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: LATIN } });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 1, 'diagnostics of the open letter');
    assert.equal(encodingOf().length, 1, JSON.stringify(c.diagnostics.get(uri)));
    fs.rmSync(file);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await c.waitFor(() => encodingOf().length === 0, 'no input.encoding once the file is gone');
    // Saved again by the editor, in the encoding it read the file in.
    fs.writeFileSync(file, windows1252(LATIN));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await c.waitFor(() => encodingOf().length === 1, 'input.encoding once the file is there again');
  });
});

describe('review22 4: a letter closed with the open text\'s analysis while a read of its file waits its turn on the main thread', function () {
  this.timeout(120_000);
  const { client, made } = suiteResources();

  it('reads the file again when it changes on disk after the close, not only the read that was waiting', async () => {
    const files: Record<string, string> = {};
    // Letters read again one a turn on the main thread: a queue the letter's own read waits at the end of.
    for (let i = 0; i < 200; i++) files[`fill/${String(i).padStart(3, '0')}_${LETTERS[i % LETTERS.length]}`] = corpusText(LETTERS[i % LETTERS.length]);
    files[NAME] = corpusText(NAME);
    const ws = folderWith(files, made);
    const uri = ws.uri(NAME);
    const file = path.join(ws.root, 'corpus', NAME);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2 && c.diagnostics.has(uri), 'indexing and diagnostics');
    await new Promise(resolve => setTimeout(resolve, 300)); // the analysis threads are let go after indexing
    const fill = Object.keys(files).filter(n => n.startsWith('fill/')).map(n => ({ uri: ws.uri(n), type: 2 }));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [...fill, { uri, type: 2 }] });
    // Opened as the file, asked for (so it is analysed), closed: its closed record is the open text's.
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: files[NAME] } });
    await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    await c.request('textDocument/codeLens', { textDocument: { uri } }); // answered after the close is handled
    // Then the file changes on disk.
    fs.writeFileSync(file, `Zie Kamerstuk 31 015, nr. 999.\n${files[NAME]}`);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => /31 ?015/.test(d.message)), 'the file\'s new citation', 60_000);
  });
});
