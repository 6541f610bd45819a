// A restart over the record cache (what the VS Code client does every time a workspace is opened again) must answer
// exactly as a start without it: the same diagnostics for every letter and the same answers to the requests that read
// closed letters' records. The second start must take its records from the cache (none is written again).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, positionOf, SERVER, TestWorkspace, type Diagnostic } from './lspClient';

function recordTimes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String)) if (f.endsWith('.rec')) out.set(f, fs.statSync(path.join(dir, f)).mtimeMs);
  return out;
}

function inOrder(symbols: unknown): string[] {
  return (symbols as object[]).map(s => JSON.stringify(s)).sort();
}

describe('a warm start from the record cache', function () {
  this.timeout(90000);
  let ws: TestWorkspace;
  let cacheDir: string;
  const started: LspClient[] = [];

  before(() => {
    ws = new TestWorkspace();
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-warm-'));
  });

  after(async () => {
    await Promise.all(started.map(c => c.stop()));
    ws?.dispose();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** A server over the workspace, once it has indexed every letter and published the diagnostics of each. */
  async function start(): Promise<LspClient> {
    const c = new LspClient();
    started.push(c);
    await c.start(ws.root, LspClient.FULL_CAPABILITIES, { cacheDir });
    await c.waitFor(() => c.logs.some(l => /indexed \d+ letters/.test(l)), 'the end of indexing', 30000);
    const letters = fs.readdirSync(ws.corpusDir).length;
    await c.waitFor(() => c.diagnostics.size === letters, 'diagnostics of every letter', 30000);
    // Quiet for a second: a first-pass diagnostic may be followed by the full analysis's.
    for (let seen = -1; seen !== c.diagnostics.size || seen === -1;) {
      seen = c.diagnostics.size;
      const before = JSON.stringify([...c.diagnostics]);
      await new Promise(r => setTimeout(r, 1000));
      if (JSON.stringify([...c.diagnostics]) !== before) seen = -1;
    }
    return c;
  }

  /** What a user sees of the closed letters: diagnostics, symbols, and navigation from a citation and a footer. */
  async function answers(c: LspClient): Promise<unknown> {
    const diagnostics: Record<string, Diagnostic[]> = {};
    for (const [uri, list] of [...c.diagnostics].sort(([a], [b]) => a.localeCompare(b))) diagnostics[uri] = list;
    const at = (prefix: string, needle: string) => ({ textDocument: { uri: ws.uri(prefix) }, position: positionOf(ws.text(prefix), needle, 3) });
    const citation = at('003', 'Kamerstuk 29 754, nr. 391');
    const footer = at('001', 'Tweede Kamer, vergaderjaar');
    return {
      diagnostics,
      // In the order the index holds the letters (the threads' order); an editor sorts them by its own score.
      everySymbol: inOrder(await c.request('workspace/symbol', { query: '' })),
      nctv: inOrder(await c.request('workspace/symbol', { query: 'NCTV' })),
      definition: await c.request('textDocument/definition', citation),
      references: await c.request('textDocument/references', { ...citation, context: { includeDeclaration: true } }),
      citedBy: await c.request('textDocument/references', { ...footer, context: { includeDeclaration: false } }),
      hover: await c.request('textDocument/hover', citation),
    };
  }

  it('gives the same diagnostics and answers as the start that filled the cache, without analysing again', async function () {
    // The cache is keyed by a hash of the server bundle: rebuilt between the two starts (another build running in
    // the same checkout), every record is rightly a miss, and the test has nothing to compare.
    const bundle = () => fs.readFileSync(SERVER);
    const before = bundle();
    const cold = await start();
    // Records are written once a letter's full analysis is done: then organisations and dates are in the index too
    // (and a second more for their diagnostics).
    const letters = fs.readdirSync(ws.corpusDir).length;
    for (const deadline = Date.now() + 20000; recordTimes(cacheDir).size < letters && Date.now() < deadline;) await new Promise(r => setTimeout(r, 100));
    await new Promise(r => setTimeout(r, 1000));
    const first = await answers(cold);
    await cold.stop();
    const written = recordTimes(cacheDir);
    assert.equal(written.size, letters, 'a record per letter');

    const warm = await start();
    if (!bundle().equals(before)) this.skip();
    assert.deepEqual(await answers(warm), first);
    assert.deepEqual(recordTimes(cacheDir), written, 'no record written again: each came from the cache');
    await warm.stop();
  });
});
