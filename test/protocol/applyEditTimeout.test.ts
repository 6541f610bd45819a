// An editor that never answers workspace/applyEdit (VS Code always does; other LSP editors may not): the
// command gives up after a time with a clear message, withdraws its edit, and the next command runs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyToDisk, EDIT_CAPABILITIES, LspClient, TestWorkspace, type ApplyResult, type WorkspaceEdit } from './lspClient';

describe('an editor that never answers workspace/applyEdit', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;
  let storePath: string;
  let storeUri: string;
  let calls = 0;
  let firstCancelled = false;

  before(async () => {
    ws = new TestWorkspace();
    storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    storeUri = pathToFileURL(storePath).href;
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(storePath, '{\n  "version": 1,\n  "letters": {},\n  "organisations": []\n}\n');
    client = new LspClient();
    client.connection.onRequest('workspace/applyEdit', async (params: { edit: WorkspaceEdit }, token) => {
      calls++;
      if (calls === 1) {
        // Never answers; only notes that the server withdrew the request.
        token.onCancellationRequested(() => { firstCancelled = true; });
        return new Promise(() => undefined);
      }
      applyToDisk(params.edit);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
      return { applied: true };
    });
    await client.start(ws.root, EDIT_CAPABILITIES, { applyEditTimeoutMs: 1500 });
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const define = (id: string, acronym: string) => client.request<ApplyResult>('workspace/executeCommand', {
    command: 'kamerstukken.applyAnnotation',
    arguments: [ws.uri('000'), { kind: 'define-organisation', organisation: { id, name: `Organisatie ${acronym}`, acronyms: [acronym] } }],
  });

  it('the unanswered command gives up with a clear message, the next one runs once, and the first is withdrawn', async () => {
    const t0 = Date.now();
    const [first, second] = await Promise.all([define('USER:A', 'OA'), define('USER:B', 'OB')]);
    assert.ok(Date.now() - t0 < 20000, 'neither command hangs');
    assert.equal(first.applied, false);
    assert.match(first.failureReason ?? '', /did not answer/);
    assert.equal(second.applied, true, second.failureReason);
    assert.equal(calls, 2, 'each command sent its edit once');
    assert.ok(firstCancelled, 'the unanswered request was cancelled');
    const ids = (JSON.parse(fs.readFileSync(storePath, 'utf8')) as { organisations: Array<{ id: string }> }).organisations.map(o => o.id);
    assert.deepEqual(ids, ['USER:B']);
  });
});

describe('a time limit for workspace/applyEdit past what a timer holds', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;
  let storeUri: string;

  before(async () => {
    ws = new TestWorkspace();
    const storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    storeUri = pathToFileURL(storePath).href;
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(storePath, '{\n  "version": 1,\n  "letters": {},\n  "organisations": []\n}\n');
    client = new LspClient();
    client.connection.onRequest('workspace/applyEdit', async (params: { edit: WorkspaceEdit }) => {
      await new Promise(resolve => setTimeout(resolve, 300));   // an editor that takes a moment
      applyToDisk(params.edit);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
      return { applied: true };
    });
    // 30 days: past a Node timer's limit (2^31 - 1 ms), which Node replaces by 1 ms.
    await client.start(ws.root, EDIT_CAPABILITIES, { applyEditTimeoutMs: 30 * 24 * 3600 * 1000 });
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  it('waits for the editor instead of giving up at once', async () => {
    const result = await client.request<ApplyResult>('workspace/executeCommand', {
      command: 'kamerstukken.applyAnnotation',
      arguments: [ws.uri('000'), { kind: 'define-organisation', organisation: { id: 'USER:C', name: 'Organisatie OC', acronyms: ['OC'] } }],
    });
    assert.equal(result.applied, true, result.failureReason);
  });
});
