// An annotation store that is there but cannot be read (a folder of that name here; permissions or an I/O
// error alike): the user is told, and nothing is written, neither over it nor into a store further up.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyToDisk, EDIT_CAPABILITIES, LspClient, TestWorkspace, type ApplyResult, type WorkspaceEdit } from './lspClient';

describe('an annotation store that cannot be read', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;
  const sent: WorkspaceEdit[] = [];
  const messages: string[] = [];

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    client.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      sent.push(params.edit);
      applyToDisk(params.edit);
      return { applied: true };
    });
    client.connection.onRequest('window/showMessageRequest', (p: { message: string }) => { messages.push(p.message); return null; });
    client.connection.onNotification('window/showMessage', (p: { message: string }) => { messages.push(p.message); });
    await client.start(ws.root, EDIT_CAPABILITIES);
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const define = () => client.request<ApplyResult>('workspace/executeCommand', {
    command: 'kamerstukken.applyAnnotation',
    arguments: [ws.uri('000'), { kind: 'define-organisation', organisation: { id: 'USER:X', name: 'Organisatie X', acronyms: ['OX'] } }],
  });

  it('a store that is a folder (EISDIR): the command fails with a clear reason and sends no edit', async () => {
    const storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(storePath, { recursive: true });
    try {
      sent.length = 0;
      const result = await define();
      assert.equal(result.applied, false);
      assert.match(result.failureReason ?? '', /cannot be read/);
      assert.ok(result.failureReason!.includes(storePath), result.failureReason);
      assert.equal(sent.length, 0, `no edit may be sent: ${JSON.stringify(sent)}`);
      assert.ok(fs.statSync(storePath).isDirectory());
    } finally {
      fs.rmSync(path.dirname(storePath), { recursive: true, force: true });
    }
  });

  it('an unreadable nearest store is not passed over for the store of a folder above it', async () => {
    const nearest = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    const above = path.join(ws.root, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(nearest, { recursive: true });
    fs.mkdirSync(path.dirname(above), { recursive: true });
    const aboveText = '{\n  "version": 1,\n  "letters": {},\n  "organisations": []\n}\n';
    fs.writeFileSync(above, aboveText);
    try {
      sent.length = 0;
      const result = await define();
      assert.equal(result.applied, false);
      assert.match(result.failureReason ?? '', /cannot be read/);
      assert.equal(sent.length, 0);
      assert.equal(fs.readFileSync(above, 'utf8'), aboveText, 'the store above is not written to');
    } finally {
      fs.rmSync(path.dirname(nearest), { recursive: true, force: true });
      fs.rmSync(path.dirname(above), { recursive: true, force: true });
    }
  });

  it('a missing store is still created', async () => {
    sent.length = 0;
    const result = await define();
    assert.equal(result.applied, true, result.failureReason);
    const storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    assert.ok(JSON.parse(fs.readFileSync(storePath, 'utf8')).organisations.some((o: { id: string }) => o.id === 'USER:X'));
    fs.rmSync(path.dirname(storePath), { recursive: true, force: true });
  });
});
