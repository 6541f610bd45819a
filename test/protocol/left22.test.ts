// Session 22's defects over the protocol: dist/server.js over stdio.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { folderWith as sharedFolderWith, positionOf, REPO, suiteResources, type Diagnostic, type LspClient } from './lspClient';
import { windows1252 } from '../unit/windows1252';

const folderWith = (files: Record<string, string | Buffer>, made: string[]) => sharedFolderWith(files, made, 'kst-left22-');
const corpusText = (name: string) => fs.readFileSync(path.join(REPO, 'corpus', name), 'utf8');
const LETTERS = fs.readdirSync(path.join(REPO, 'corpus')).filter(f => f.endsWith('.txt')).sort();
const LATIN = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo” – de NCTV € 5 (Kamerstuk 29 754, nr. 325).\n';

/** Opens the letter with this text and waits for its diagnostics of version 1. */
async function open(c: LspClient, uri: string, text: string): Promise<void> {
  c.diagnosticVersions.delete(uri);
  await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
  await c.waitFor(() => c.diagnosticVersions.get(uri) === 1, `diagnostics of the open ${uri}`);
}

/** Closes the letter and waits for the diagnostics published after it (those of the letter closed). */
async function close(c: LspClient, uri: string): Promise<Diagnostic[]> {
  c.diagnostics.delete(uri);
  await c.notify('textDocument/didClose', { textDocument: { uri } });
  await c.waitFor(() => c.diagnostics.has(uri), `diagnostics of the closed ${uri}`);
  return c.diagnostics.get(uri)!;
}

/** What a client sees of the workspace: every letter's diagnostics, references and hovers at a few places. */
async function views(c: LspClient, uris: Record<string, string>, texts: Record<string, string>): Promise<unknown> {
  const places: Array<[string, string, number]> = [
    ['002_548ef68b162742fc.txt', 'Kamerstuk 29 754, nr. 251', 3],
    ['002_548ef68b162742fc.txt', 'Kamerstuk 29 754, nr. 253', 3],
    ['003_a211609418273696.txt', 'Kamerstuk 29 754, nr. 391', 3],
    ['latin.txt', 'NCTV', 1],
  ];
  const out: unknown[] = [];
  for (const [name, needle, delta] of places) {
    const at = { textDocument: { uri: uris[name] }, position: positionOf(texts[name], needle, delta) };
    out.push(await c.request('textDocument/references', { ...at, context: { includeDeclaration: true } }));
    out.push(await c.request('textDocument/hover', at));
    out.push(await c.request('textDocument/documentHighlight', at));
  }
  // Every symbol of the workspace (when all fit, organisations come in the index's order, which differs between two
  // starts as well: the analysis threads finish in any order; an editor sorts them its own way).
  out.push((await c.request<unknown[]>('workspace/symbol', { query: '' })).map(s => JSON.stringify(s)).sort());
  for (const name of Object.keys(uris)) out.push(await c.request('textDocument/codeLens', { textDocument: { uri: uris[name] } }));
  return out;
}

describe('left22 1: a letter closed in the editor', function () {
  this.timeout(120_000);
  const { client, made } = suiteResources();

  it('ends with the diagnostics, references and index a fresh read of the folder gives: unchanged, with unsaved edits, changed on disk while open', async () => {
    const files: Record<string, string | Buffer> = Object.fromEntries(LETTERS.map(f => [f, corpusText(f)]));
    files['latin.txt'] = windows1252(LATIN);
    const ws = folderWith(files, made);
    const names = Object.keys(files);
    const uris = Object.fromEntries(names.map(n => [n, ws.uri(n)]));
    const texts = Object.fromEntries(names.map(n => [n, n === 'latin.txt' ? LATIN : files[n] as string]));
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => names.every(n => c.diagnostics.has(uris[n])), 'diagnostics of every letter');

    // Unchanged: each letter, the Windows-1252 one as an editor that decoded it rightly shows it.
    for (const name of names) {
      await open(c, uris[name], texts[name]);
      await close(c, uris[name]);
    }
    // Unsaved edits: a citation typed and not saved leaves with the editor.
    const edited = uris['003_a211609418273696.txt'];
    await open(c, edited, texts['003_a211609418273696.txt']);
    await c.notify('textDocument/didChange', { textDocument: { uri: edited, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Zie Kamerstuk 29 754, nr. 325.\n' }] });
    await c.waitFor(() => c.diagnosticVersions.get(edited) === 2, 'diagnostics of the edit');
    const closedEdited = await close(c, edited);
    assert.ok(!closedEdited.some(d => /29 ?754.*325|kst-29754-325/.test(d.message)), JSON.stringify(closedEdited));
    // Changed on disk while open (no watcher event yet): the file as it is now.
    const changed = uris['004_c51793f171952d9b.txt'];
    await open(c, changed, texts['004_c51793f171952d9b.txt']);
    texts['004_c51793f171952d9b.txt'] = `Den Haag, 9 juni 2015\n\nZie Kamerstuk 29 754, nr. 251.\n\n${texts['004_c51793f171952d9b.txt']}`;
    fs.writeFileSync(path.join(ws.root, 'corpus', '004_c51793f171952d9b.txt'), texts['004_c51793f171952d9b.txt']);
    await close(c, changed);

    const fresh = client();
    await fresh.start(ws.root);
    await fresh.waitFor(() => names.every(n => fresh.diagnostics.has(uris[n])), 'diagnostics of every letter, afresh');
    // The last letters' diagnostics after the close may still be on their way in the first server: one more round.
    await c.request('workspace/symbol', { query: 'x' });
    for (const name of names) assert.deepEqual(c.diagnostics.get(uris[name]), fresh.diagnostics.get(uris[name]), name);
    assert.deepEqual(await views(c, uris, texts), await views(fresh, uris, texts));
  });
});

describe('left22 2: a letter opened outside indexing, analysed after the requests for other letters sent with it', function () {
  this.timeout(120_000);
  const { client, made } = suiteResources();

  it('answers a request on it sent with its didOpen from the editor\'s text, and publishes its diagnostics of that text only', async () => {
    const name = '002_548ef68b162742fc.txt';
    const files: Record<string, string> = Object.fromEntries(LETTERS.map(f => [f, corpusText(f)]));
    const ws = folderWith(files, made);
    const uri = ws.uri(name);
    const other = ws.uri('003_a211609418273696.txt');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => LETTERS.every(f => c.diagnostics.has(ws.uri(f))) && c.progress.filter(p => p.kind === 'end').length >= 2, 'indexing and diagnostics');
    await new Promise(resolve => setTimeout(resolve, 300)); // the analysis threads are let go after indexing
    // The editor's text cites a stuk the file does not.
    const typed = 'Zie ook Kamerstuk 31 015, nr. 999.\n';
    const text = typed + files[name];
    const before = c.published.length;
    void c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    const [elsewhere, highlights, hover] = await Promise.all([
      c.request('textDocument/documentHighlight', { textDocument: { uri: other }, position: positionOf(files['003_a211609418273696.txt'], 'Kamerstuk 29 754, nr. 391', 3) }),
      c.request<Array<{ range: unknown }> | null>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(text, 'Kamerstuk 31 015', 3) }),
      c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Kamerstuk 31 015', 3) }),
    ]);
    assert.ok(Array.isArray(elsewhere) && elsewhere.length > 0, JSON.stringify(elsewhere));
    assert.ok(highlights && highlights.length > 0, 'the typed citation is one: the letter was analysed from the editor\'s text first');
    assert.match(hover?.contents.value ?? '', /31 ?015/);
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 1, 'diagnostics of version 1');
    const versions = c.published.slice(before).filter(p => p.uri === uri).map(p => ({ version: p.version, unresolved: p.diagnostics.some(d => /31 ?015/.test(d.message)) }));
    assert.ok(versions.length > 0 && versions.every(v => v.version === 1 && v.unresolved), JSON.stringify(versions));
  });

  it('ends as the file, or as the edit, when it is closed or edited before its analysis', async () => {
    const name = '002_548ef68b162742fc.txt';
    const files: Record<string, string> = Object.fromEntries(LETTERS.map(f => [f, corpusText(f)]));
    const ws = folderWith(files, made);
    const uri = ws.uri(name);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => LETTERS.every(f => c.diagnostics.has(ws.uri(f))) && c.progress.filter(p => p.kind === 'end').length >= 2, 'indexing and diagnostics');
    await new Promise(resolve => setTimeout(resolve, 300));
    const onDisk = c.diagnostics.get(uri);
    // Opened with unsaved text and closed at once: the file's diagnostics again (the same as before, so none may be
    // sent); opened again as the file, the same diagnostics.
    void c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: `Zie Kamerstuk 31 015, nr. 999.\n${files[name]}` } });
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    // (Another version number: the first opening's diagnostics may have been sent, were it analysed before the close.)
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 5, text: files[name] } });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 5, 'diagnostics of the letter opened as the file');
    assert.deepEqual(c.diagnostics.get(uri), onDisk);
    await c.notify('textDocument/didClose', { textDocument: { uri } });
    // Opened and edited at once: the edit's text.
    void c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 7, text: files[name] } });
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Zie Kamerstuk 31 015, nr. 998.\n' }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 8, 'diagnostics of the edit');
    assert.ok(c.diagnostics.get(uri)!.some(d => /31 ?015/.test(d.message)), JSON.stringify(c.diagnostics.get(uri)));
  });
});

describe('left22 3: typing in a letter whose editor shows replacement characters', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('keeps its input.encoding while the file is unchanged, and follows the file when it changes on disk', async () => {
    const ws = folderWith({ 'latin.txt': windows1252(LATIN) }, made);
    const uri = ws.uri('latin.txt');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'input.encoding'), 'the closed letter\'s input.encoding');
    const asUtf8 = new TextDecoder('utf-8').decode(windows1252(LATIN));
    await open(c, uri, asUtf8);
    const reopen = (v: number) => (c.diagnosticVersions.get(uri) === v ? (c.diagnostics.get(uri) ?? []).filter(d => d.code === 'input.encoding' && /Reopen it with the encoding Western/.test(d.message)) : []);
    assert.equal(reopen(1).length, 1, JSON.stringify(c.diagnostics.get(uri)));
    let text = asUtf8;
    for (let v = 2; v <= 6; v++) {
      text = `x${text}`;
      await c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    }
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 6, 'diagnostics of version 6');
    assert.deepEqual(reopen(6).map(d => d.range.start), [positionOf(text, '\uFFFD')]);
    // Saved as UTF-8 (the replacement characters are the file's now): the next edit says nothing of the encoding.
    fs.writeFileSync(path.join(ws.root, 'corpus', 'latin.txt'), text);
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 7, 'diagnostics of version 7');
    assert.ok(!c.diagnostics.get(uri)!.some(d => d.code === 'input.encoding'), JSON.stringify(c.diagnostics.get(uri)));
  });
});

describe('left22 4: a damaged UTF-8 file too large to be a letter', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('is named alike by the server\'s input.too-large and the command line: its characters, and the limit in characters', async () => {
    const bytes = Buffer.concat([Buffer.from('é'.repeat(2_200_000)), Buffer.from([0x96]), Buffer.alloc(2_100_000, 0x61)]);
    const ws = folderWith({ 'damaged.txt': bytes }, made);
    const uri = ws.uri('damaged.txt');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'input.too-large'), 'input.too-large');
    const diagnostic = c.diagnostics.get(uri)!.find(d => d.code === 'input.too-large')!;
    assert.equal(diagnostic.message, 'This file is too large to analyse as a letter: it has 4,300,001 characters, and a letter may have 4,194,304 at most.');
    const file = path.join(ws.root, 'corpus', 'damaged.txt');
    const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'annotate', file], { encoding: 'utf8' });
    assert.equal(cli.status, 1);
    assert.equal(cli.stderr, `kamerstukken: ${file}: ${diagnostic.message}\n`);
  });
});

describe('left22 5: a Windows-1252 letter open in the editor in its encoding', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('keeps the closed letter\'s input.encoding while open (the file is still not UTF-8), follows unsaved edits, and goes once the file is saved as UTF-8', async () => {
    const ws = folderWith({ 'latin.txt': windows1252(LATIN) }, made);
    const uri = ws.uri('latin.txt');
    const file = path.join(ws.root, 'corpus', 'latin.txt');
    const c = client();
    await c.start(ws.root);
    const encodingOf = () => (c.diagnostics.get(uri) ?? []).filter(d => d.code === 'input.encoding');
    await c.waitFor(() => encodingOf().length > 0, 'the closed letter\'s input.encoding');
    const closed = encodingOf();
    // Opened as the editor decodes it rightly: the same diagnostic, neither gone nor moved.
    await open(c, uri, LATIN);
    assert.deepEqual(encodingOf(), closed);
    // An unsaved edit before it: the file as saved (in Windows-1252, as it was read) has its first such byte at the
    // first character that is not ASCII.
    const edited = `Zo’n brief.\n${LATIN}`;
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Zo’n brief.\n' }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 2, 'diagnostics of version 2');
    assert.deepEqual(encodingOf().map(d => [d.range.start, d.message]), [[positionOf(edited, '’'), closed[0].message.replace(/at line \d+, column \d+, read as “ö”/, 'at line 1, column 3, read as “’”')]]);
    // Back to the file's text, then closed: the closed letter's diagnostic, as before.
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: LATIN }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 3, 'diagnostics of version 3');
    assert.deepEqual(encodingOf(), closed);
    assert.deepEqual(await close(c, uri).then(d => d.filter(x => x.code === 'input.encoding')), closed);
    // Open again, and saved as UTF-8 ("Save with Encoding"): the file changed, the editor's text did not.
    await open(c, uri, LATIN);
    fs.writeFileSync(file, LATIN);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await c.waitFor(() => encodingOf().length === 0, 'no input.encoding once the file is UTF-8');
    assert.deepEqual(await close(c, uri).then(d => d.filter(x => x.code === 'input.encoding')), []);
  });
});
