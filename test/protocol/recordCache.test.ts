// The persistent record cache through the server: a restart answers from it, and the records of letters
// that left the workspace while the server was not running are removed after the next full index.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, TestWorkspace } from './lspClient';

function recordFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.rec'));
}

/** Polls the file system (the cache is written in the background) until the condition holds. */
async function until(condition: () => boolean, what: string, ms = 20000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

describe('record cache over LSP', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let cacheDir: string;
  let client: LspClient | null = null;

  before(() => {
    ws = new TestWorkspace();
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-records-'));
  });

  /** Every server started, so that one left by a failed test is stopped too (else mocha waits on it forever). */
  const started: LspClient[] = [];

  after(async () => {
    await Promise.all(started.map(c => c.stop()));
    ws?.dispose();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function index(): Promise<LspClient> {
    const c = new LspClient();
    started.push(c);
    await c.start(ws.root, LspClient.FULL_CAPABILITIES, { cacheDir });
    await c.waitFor(() => c.logs.some(l => /indexed \d+ letters/.test(l)), 'the end of indexing');
    return c;
  }

  it('keeps a record of every letter after the first index', async () => {
    client = await index();
    await until(() => recordFiles(cacheDir).length === 5, 'five cached records');
    await client.stop();
    client = null;
  });

  it('removes the record of a letter deleted while the server was not running', async () => {
    const gone = fs.readdirSync(ws.corpusDir).find(f => f.startsWith('003'))!;
    fs.rmSync(path.join(ws.corpusDir, gone));
    client = await index();
    await until(() => recordFiles(cacheDir).length === 4, 'four cached records');
    await client.waitFor(() => client!.logs.some(l => /record cache: removed 1 record/.test(l)), 'the log of the sweep');
  });

  it('removes the record of a letter deleted while the server runs', async () => {
    const gone = fs.readdirSync(ws.corpusDir).find(f => f.startsWith('002'))!;
    const file = path.join(ws.corpusDir, gone);
    const uri = ws.uri('002');
    fs.rmSync(file);
    await client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await until(() => recordFiles(cacheDir).length === 3, 'three cached records');
  });
});
