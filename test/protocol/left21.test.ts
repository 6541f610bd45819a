// Session 21's defects over the protocol: dist/server.js over stdio.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { folderWith as sharedFolderWith, positionOf, REPO, suiteResources } from './lspClient';
import { windows1252 } from '../unit/windows1252';

const folderWith = (files: Record<string, string | Buffer>, made: string[]) => sharedFolderWith(files, made, 'kst-left21-');

const LETTER = 'Den Haag, 3 juni 2015\n\nDe Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) schreef “zo” – de NCTV € 5.\n';

describe('left21 1: a letter in Windows-1252, closed and open', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('closed: read as Windows-1252 with an input.encoding warning in the words the command line prints; its organisations are read', async () => {
    const ws = folderWith({ 'latin.txt': windows1252(LETTER) }, made);
    const uri = ws.uri('latin.txt');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'input.encoding'), 'input.encoding');
    const diagnostics = c.diagnostics.get(uri)!;
    assert.ok(!diagnostics.some(d => d.code === 'input.binary'), JSON.stringify(diagnostics));
    const encoding = diagnostics.find(d => d.code === 'input.encoding')!;
    assert.equal(encoding.severity, 2);
    assert.deepEqual(encoding.range.start, positionOf(LETTER, 'ö'));
    // The command line, on the same file, says the same words.
    const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'annotate', path.join(ws.root, 'corpus')], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(cli.stderr, `kamerstukken: ${path.join(ws.root, 'corpus', 'latin.txt')}: warning: ${encoding.message}\n`);
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(LETTER, 'NCTV', 1, 1) });
    assert.match(hover?.contents.value ?? '', /Nationaal Coördinator Terrorismebestrijding en Veiligheid/);
    assert.deepEqual(fs.readFileSync(path.join(ws.root, 'corpus', 'latin.txt')), windows1252(LETTER), 'the file is not changed');
  });

  it('open with replacement characters (the editor decoded it as UTF-8): input.encoding says how to reopen it; open as Windows-1252: none', async () => {
    const ws = folderWith({ 'latin.txt': windows1252(LETTER) }, made);
    const uri = ws.uri('latin.txt');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'input.encoding'), 'the closed letter\'s input.encoding');
    const asUtf8 = new TextDecoder('utf-8').decode(windows1252(LETTER));
    await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: asUtf8 } });
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'input.encoding' && /Reopen it with the encoding Western/.test(d.message)), 'the editor\'s input.encoding');
    const shown = c.diagnostics.get(uri)!.find(d => d.code === 'input.encoding')!;
    assert.deepEqual(shown.range.start, positionOf(asUtf8, '\uFFFD'));
    // Reopened with the right encoding: the editor shows what the server read, and there is nothing to say.
    await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: LETTER }] });
    await c.waitFor(() => c.diagnosticVersions.get(uri) === 2, 'diagnostics of version 2');
    assert.ok(!c.diagnostics.get(uri)!.some(d => d.code === 'input.encoding'), JSON.stringify(c.diagnostics.get(uri)));
  });
});

describe('left21 2: letters whose extension is in upper case', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('are indexed at start and when created, as the command line reads them; the file watchers name them', async () => {
    const letter = fs.readFileSync(path.join(REPO, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
    const ws = folderWith({ 'BRIEF.TXT': letter }, made);
    fs.writeFileSync(path.join(ws.root, 'X.KAMERBRIEF'), 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 325.\n');
    const c = client();
    const watchers: string[] = [];
    c.connection.onRequest('client/registerCapability', (p: { registrations: Array<{ registerOptions?: { watchers?: Array<{ globPattern: string }> } }> }) => {
      for (const r of p.registrations) for (const w of r.registerOptions?.watchers ?? []) watchers.push(w.globPattern);
      return null;
    });
    await c.start(ws.root);
    const kamerbrief = pathToFileURL(path.join(ws.root, 'X.KAMERBRIEF')).href;
    await c.waitFor(() => c.diagnostics.has(ws.uri('BRIEF.TXT')) && c.diagnostics.has(kamerbrief), 'diagnostics of both letters');
    const symbols = await c.request<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: '29754' });
    assert.ok(symbols.some(s => s.location.uri === ws.uri('BRIEF.TXT')), JSON.stringify(symbols));
    assert.ok(watchers.includes('**/*.[tT][xX][tT]') && watchers.includes('**/*.[kK][aA][mM][eE][rR][bB][rR][iI][eE][fF]'), JSON.stringify(watchers));
    // A letter created later (a watcher event) is one too.
    fs.writeFileSync(path.join(ws.root, 'corpus', 'LATER.Txt'), 'Den Haag, 4 juni 2015\n\nZie Kamerstuk 29 754, nr. 421.\n');
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('LATER.Txt'), type: 1 }] });
    await c.waitFor(() => c.diagnostics.has(ws.uri('LATER.Txt')), 'the created letter\'s diagnostics');
    // The command line takes the same letters from the folder.
    const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'annotate', '--json', path.join(ws.root, 'corpus'), path.join(ws.root, 'X.KAMERBRIEF')], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(JSON.parse(cli.stdout).documents.map((d: { path: string }) => path.basename(d.path)).sort(), ['BRIEF.TXT', 'LATER.Txt', 'X.KAMERBRIEF']);
  });
});
