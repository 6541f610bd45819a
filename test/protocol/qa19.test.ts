// QA pass 19, inputs and protocol edges other editors produce: line ends, byte order marks, documents that are
// not files, workspace folders spelled otherwise, clients that send little. The skipped cases are findings whose
// fix lies in server/src/lsp or server/src/core, named as in the QA report.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderWith as sharedFolderWith, LspClient, positionOf, REPO, suiteResources } from './lspClient';

const LETTER_002 = fs.readFileSync(path.join(REPO, 'corpus', '002_548ef68b162742fc.txt'), 'utf8');
const LETTER_004 = fs.readFileSync(path.join(REPO, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');
const CITATION = 'Kamerstuk 29 754, nr. 251';

interface Answers {
  diagnostics: string[];
  tokens: number[];
  links: string[];
  symbols: string;
  folding: string;
}

const folderWith = (files: Record<string, string | Buffer>, made: string[]) => sharedFolderWith(files, made, 'kst-qa19-');

describe('QA 19: inputs and protocol edges', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  /** A server indexing 1,500 letters with a record cache, once its threads have written 50 records (the second pass). */
  async function whileRecordsAreWritten(): Promise<{ c: LspClient; cacheDir: string }> {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`l${i}.txt`] = LETTER_002.replace('nr. 250', `nr. ${1000 + i}`);
    const ws = folderWith(files, made);
    const cacheDir = path.join(ws.root, 'cache');
    const c = client();
    await c.start(ws.root, LspClient.FULL_CAPABILITIES, { cacheDir });
    const until = Date.now() + 50_000;
    const records = () => (fs.existsSync(cacheDir) ? (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter(n => n.endsWith('.rec')).length : 0);
    while (records() < 50 && Date.now() < until) await new Promise(resolve => setTimeout(resolve, 20));
    assert.ok(records() >= 50, 'records written');
    return { c, cacheDir };
  }

  /** Every answer with a position, for a letter on disk. */
  async function answersOf(c: LspClient, uri: string): Promise<Answers> {
    const tokens = await c.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const links = await c.request<Array<{ range: unknown; target?: string }>>('textDocument/documentLink', { textDocument: { uri } });
    return {
      diagnostics: (c.diagnostics.get(uri) ?? []).map(d => `${d.code} ${JSON.stringify(d.range)}`).sort(),
      tokens: tokens.data,
      links: links.map(l => `${JSON.stringify(l.range)} ${(l.target ?? '').replace(/^.*\//, '')}`),
      symbols: JSON.stringify(await c.request('textDocument/documentSymbol', { textDocument: { uri } })),
      folding: JSON.stringify(await c.request('textDocument/foldingRange', { textDocument: { uri } })),
    };
  }

  it('a CRLF letter and one with a UTF-8 BOM answer at the same lines and characters as the LF letter', async () => {
    const ws = folderWith({ 'lf.txt': LETTER_002, 'crlf.txt': LETTER_002.replace(/\n/g, '\r\n'), 'bom.txt': `\uFEFF${LETTER_002}`, '004.txt': LETTER_004 }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2 && ['lf.txt', 'crlf.txt', 'bom.txt'].every(n => c.diagnostics.has(ws.uri(n))), 'both passes and diagnostics');
    const lf = await answersOf(c, ws.uri('lf.txt'));
    assert.ok(lf.diagnostics.length > 0 && lf.tokens.length > 0 && lf.links.length > 0);
    assert.deepEqual(await answersOf(c, ws.uri('crlf.txt')), lf);
    assert.deepEqual(await answersOf(c, ws.uri('bom.txt')), lf);
    // Hover and definition at the citation, past a CR on every line before it.
    const position = positionOf(LETTER_002, CITATION, 5);
    const hover = await c.request<{ range: { start: unknown } }>('textDocument/hover', { textDocument: { uri: ws.uri('crlf.txt') }, position });
    assert.deepEqual(hover.range.start, positionOf(LETTER_002, CITATION));
  });

  it('an untitled document and an opened letter whose file does not exist are analysed, and forgotten when closed', async () => {
    const ws = folderWith({ '004.txt': LETTER_004 }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2, 'both passes');
    const position = positionOf(LETTER_002, CITATION, 5);
    for (const uri of ['untitled:Untitled-1', ws.uri('not-saved-yet.txt')]) {
      await c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: LETTER_002 } });
      await c.waitFor(() => (c.diagnostics.get(uri) ?? []).length > 0, `diagnostics of ${uri}`);
      const links = await c.request<Array<{ targetUri: string }>>('textDocument/definition', { textDocument: { uri }, position });
      assert.deepEqual(links.map(l => l.targetUri), [ws.uri('004.txt')]);
      await c.notify('textDocument/didClose', { textDocument: { uri } });
      await c.waitFor(() => (c.diagnostics.get(uri) ?? []).length === 0, `${uri} cleared`);
    }
    assert.ok(c.alive);
  });

  it('two copies of a letter under one file name in two folders: each names the other by its folder and links to it', async () => {
    const ws = folderWith({}, made);
    for (const folder of ['a', 'b']) {
      fs.mkdirSync(path.join(ws.root, 'corpus', folder));
      fs.writeFileSync(path.join(ws.root, 'corpus', folder, '004.txt'), LETTER_004);
    }
    const c = client();
    await c.start(ws.root);
    const uri = ws.uri('b/004.txt');
    await c.waitFor(() => (c.diagnostics.get(uri) ?? []).some(d => d.code === 'letter.duplicate-id'), 'the duplicate-id diagnostic');
    const d = c.diagnostics.get(uri)!.find(x => x.code === 'letter.duplicate-id')!;
    assert.match(d.message, /also kst-29754-251: a\/004\.txt\. Citations of kst-29754-251 go to a\/004\.txt/);
    assert.deepEqual(d.relatedInformation?.map(r => [r.location.uri, r.message]), [[ws.uri('a/004.txt'), 'also kst-29754-251']]);
  });

  it('qa19-invalid-params-logged: a malformed request is answered InvalidParams without an error and its stack in the log', async () => {
    // lsp/params.ts: `class InvalidParams extends Error {}` keeps the name "Error", and server.ts's handle()
    // logs every error whose name is not "InvalidParams": each malformed request puts a stack trace in the
    // Output panel as if the server had a bug.
    const ws = folderWith({ '004.txt': LETTER_004 }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2, 'both passes');
    const answer = await c.request('textDocument/hover', { textDocument: {} }).then(() => null, (e: { code: number }) => e.code);
    assert.equal(answer, -32602);
    await new Promise(resolve => setTimeout(resolve, 300));
    assert.deepEqual(c.logs.filter(l => /textDocument\.uri is missing/.test(l)), []);
  });

  it('qa19-folder-trailing-slash: a workspace folder added as "file:///…/ws/" and removed as "file:///…/ws" takes its letters with it', async () => {
    // lsp/server.ts onDidChangeWorkspaceFolders compares uriToPath() strings: "/…/ws/" is not "/…/ws", so the
    // folder's letters stay indexed (symbols, references, diagnostics) after the folder is gone.
    const a = folderWith({ '004.txt': LETTER_004 }, made);
    const b = folderWith({ '002.txt': LETTER_002 }, made);
    const c = client();
    await c.start(a.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2, 'both passes');
    await c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: `${pathToFileURL(b.root).href}/`, name: 'b' }], removed: [] } });
    await c.waitFor(() => (c.diagnostics.get(b.uri('002.txt')) ?? []).length > 0, 'the added folder indexed');
    await c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(b.root).href, name: 'b' }] } });
    await c.waitFor(() => (c.diagnostics.get(b.uri('002.txt')) ?? []).length === 0, 'the removed folder\'s diagnostics cleared');
  });

  it('qa19-rootpath-only: a client that sends only the (deprecated) rootPath has its folder indexed', async () => {
    // lsp/server.ts onInitialize reads workspaceFolders, else rootUri; rootPath alone (older clients) indexes nothing.
    const ws = folderWith({ '004.txt': LETTER_004, '002.txt': LETTER_002 }, made);
    const c = client();
    await c.connection.sendRequest('initialize', { processId: process.pid, rootPath: ws.root, rootUri: null, capabilities: {} });
    await c.notify('initialized', {});
    await c.waitFor(() => c.diagnostics.has(ws.uri('002.txt')), 'the letters of rootPath indexed');
  });

  it('qa19-utf16-input: a letter saved as UTF-16 is named so (save it as UTF-8), not "contains NUL bytes: binary"', async () => {
    // core/workspace/input.ts checks NUL bytes first; a UTF-16 file (Windows' "Unicode") has one in every ASCII
    // letter. The CLI says so since this pass (cli/files.ts isUtf16Text).
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER_002, 'utf16le')]);
    const ws = folderWith({ 'u16.txt': utf16 }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.diagnostics.has(ws.uri('u16.txt')), 'diagnostics of the file');
    const [problem] = c.diagnostics.get(ws.uri('u16.txt'))!;
    assert.match(problem.message, /UTF-16/);
  });

  it('qa19-lone-cr: a letter with lone CR line ends (classic Mac) is analysed as the same letter with LF', async () => {
    // core/text/layout.ts (and selection.ts, annotateActions.ts) split lines at "\n" only, while lines.ts and LSP
    // count "\r" as a line end: with CR only the letter is one line to the layout; its outline and folding are
    // empty and "Aanhangsel Hande-\rlingen II 2014/15, nr. 1241" is not found.
    const ws = folderWith({ 'lf.txt': LETTER_002, 'cr.txt': LETTER_002.replace(/\n/g, '\r'), '004.txt': LETTER_004 }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 2 && c.diagnostics.has(ws.uri('cr.txt')), 'both passes');
    assert.deepEqual(await answersOf(c, ws.uri('cr.txt')), await answersOf(c, ws.uri('lf.txt')));
  });

  it('qa19-shutdown-temp-records: shutdown and exit while letters are analysed leave no half-written record in the cache folder', async () => {
    // lsp/server.ts has no onShutdown: the pool is not disposed (AnalyserPool.dispose, RecordCache.written), so the
    // exit that follows kills the workers in the middle of their writes and leaves <hash>.rec.<pid>.<random>.tmp files
    // (24 after one shutdown at 2,000 letters), removed only by a later full index's sweep, an hour on.
    // Shut down once records are being written (the second pass writes them; the shutdown comes as they are).
    const { c, cacheDir } = await whileRecordsAreWritten();
    // stop() ends the process with SIGTERM when shutdown takes over 2 s (as vscode-languageclient does): on a busy
    // machine that came before the shutdown's clean-up, and the signal skipped the exit handler's.
    await c.stop();
    await c.exited;
    const temps = (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter(name => name.endsWith('.tmp'));
    assert.deepEqual(temps, []);
  });

  it('qa19-sigterm-temp-records: a server ended by SIGTERM while letters are analysed (no shutdown) removes its unfinished cache writes and exits 143', async () => {
    const { c, cacheDir } = await whileRecordsAreWritten();
    c.signal('SIGTERM');
    // The exit code, not the signal: the server's handler ran (its exit handler removes the temporary files).
    assert.deepEqual(await c.exited, { code: 143, signal: null });
    const temps = (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter(name => name.endsWith('.tmp'));
    assert.deepEqual(temps, []);
  });
});
