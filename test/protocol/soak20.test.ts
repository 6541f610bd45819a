// Found by a soak of the server (a day's use in 15 minutes, on 1,005 letters): an annotation store changed in a
// folder of many letters, and a command that fails in an editor without window/showMessageRequest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { folderWith, suiteResources } from './lspClient';

const CREATED = 1;
const LETTERS = 300;

/** A short letter of its own number, citing two others. */
const letter = (n: number) =>
  `Den Haag, ${1 + (n % 27)} maart 2015\n\nZie Kamerstuk 29 754, nr. ${1000 + ((n + 1) % LETTERS)} en Kamerstuk 29 754, nr. ${1000 + ((n + 7) % LETTERS)}. De NCTV meldt dit.\n\n` +
  `Tweede Kamer, vergaderjaar 2014–2015, 29 754, nr. ${1000 + n} 2\n`;

describe('soak 20: a long session', function () {
  this.timeout(120_000);
  const { client: newClient, made } = suiteResources();

  it('a store changed beside 300 letters: they are read again one by one, not all at once with a descriptor each for the record cache', async function () {
    if (!fs.existsSync('/proc/self/fd')) this.skip();
    const files: Record<string, string> = {};
    for (let n = 0; n < LETTERS; n++) files[`kst-29754-${1000 + n}.txt`] = letter(n);
    const ws = folderWith(files, made);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-soak20-cache-'));
    made.push(cacheDir);
    const client = newClient();
    await client.start(ws.root, undefined, { cacheDir });
    await client.waitFor(() => client.progress.filter(p => p.kind === 'end').length >= 2, 'both indexing passes', 60_000);
    const uris = Object.keys(files).map(ws.uri);
    await client.waitFor(() => uris.every(u => client.diagnostics.has(u)), 'the diagnostics of every letter', 60_000);
    // Idle: the analysis threads have ended and the cache is written.
    let baseline = Infinity;
    for (let i = 0; i < 40; i++) {
      baseline = Math.min(baseline, client.openDescriptors()!);
      await new Promise(r => setTimeout(r, 25));
    }

    // The store appears: every letter of the folder is analysed again (its cache key has the store's hash), and its
    // record written anew. (Its diagnostics are the same, and the server no longer sends them again: not a signal.)
    const storePath = path.join(ws.root, 'corpus', '.kamerstukken', 'annotations.json');
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(storePath, '{}\n');
    const storeWritten = fs.statSync(storePath).mtimeMs;
    const recordOf = (uri: string) => {
      const h = createHash('sha1').update(uri).digest('hex');
      return path.join(cacheDir, h.slice(0, 2), `${h}.rec`);
    };
    const rewritten = (uri: string) => (fs.statSync(recordOf(uri), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= storeWritten;
    let most = 0;
    const sampler = setInterval(() => { most = Math.max(most, client.openDescriptors() ?? 0); }, 1);
    try {
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(storePath).href, type: CREATED }] });
      for (const until = Date.now() + 60_000; !uris.every(rewritten); await new Promise(r => setTimeout(r, 20))) {
        if (Date.now() > until) throw new Error(`timed out waiting for every letter analysed again (${uris.filter(rewritten).length} of ${uris.length})`);
      }
      // The last records' cache writes.
      for (let i = 0; i < 20; i++) { most = Math.max(most, client.openDescriptors() ?? 0); await new Promise(r => setTimeout(r, 5)); }
    } finally {
      clearInterval(sampler);
    }
    // Before: all 300 analysed in one turn, then 300 cache writes at once (1,005 letters: 1,725 descriptors).
    assert.ok(most - baseline < 40, `${most - baseline} descriptors more than at rest while the letters were read again`);
    assert.equal(client.alive, true);
  });

  it('a command that fails, in an editor without window/showMessageRequest: the answer says why, and no unhandled rejection is logged', async () => {
    const ws = folderWith({ 'kst-29754-1000.txt': letter(0) }, made);
    const client = newClient(); // no applyEdit capability, no showMessageRequest handler
    await client.start(ws.root);
    await client.waitFor(() => client.progress.filter(p => p.kind === 'end').length >= 1, 'indexing');
    const uri = ws.uri('kst-29754-1000.txt');
    await client.waitFor(() => client.diagnostics.has(uri), 'the letter indexed');
    const result = await client.request<{ applied: boolean; failureReason?: string }>('workspace/executeCommand', {
      command: 'kamerstukken.applyAnnotation', arguments: [uri, { kind: 'add-note', start: 0, end: 8, note: 'x' }],
    });
    assert.equal(result.applied, false);
    assert.match(result.failureReason ?? '', /workspace edits/);
    // The server's answer to the client's error reaches it after the command's answer: a request more, then look.
    await client.request('workspace/symbol', { query: 'x' });
    await new Promise(r => setTimeout(r, 200));
    assert.deepEqual(client.logs.filter(l => /unhandled|uncaught/.test(l)), []);
  });
});
