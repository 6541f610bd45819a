// Edits of the annotation store as the editor will apply them: against the text the editor holds (a file
// saved with a byte order mark is opened without it), one command after the other.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyTextEdits, LspClient, TestWorkspace, type Range } from './lspClient';

interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string; version: number | null }; edits?: TextEdit[] }>;
}

const BOM = '\uFEFF';

describe('annotation store edits as the editor applies them', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;
  let storePath: string;
  let storeUri: string;
  /** How long the editor takes to apply an edit. */
  let applyDelay = 0;

  before(async () => {
    ws = new TestWorkspace();
    storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    storeUri = pathToFileURL(storePath).href;
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    client = new LspClient();
    // As VS Code does: the file's text without its byte order mark is edited, and saved with it again.
    client.connection.onRequest('workspace/applyEdit', async (params: { edit: WorkspaceEdit }) => {
      await new Promise(resolve => setTimeout(resolve, applyDelay));
      for (const change of params.edit.documentChanges ?? []) {
        if (!change.textDocument || !change.edits) continue;
        const file = fileURLToPath(change.textDocument.uri);
        const raw = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        const bom = raw.startsWith(BOM) ? BOM : '';
        fs.writeFileSync(file, bom + applyTextEdits(raw.slice(bom.length), change.edits));
      }
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
      return { applied: true };
    });
    await client.start(ws.root, {
      ...LspClient.FULL_CAPABILITIES,
      workspace: { ...LspClient.FULL_CAPABILITIES.workspace, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    });
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const define = (id: string, acronym: string) => client.request<{ applied: boolean; failureReason?: string }>('workspace/executeCommand', {
    command: 'kamerstukken.applyAnnotation',
    arguments: [ws.uri('000'), { kind: 'define-organisation', organisation: { id, name: `Organisatie ${acronym}`, acronyms: [acronym] } }],
  });
  const organisations = () => (JSON.parse(fs.readFileSync(storePath, 'utf8').replace(/^\uFEFF/, '')) as { organisations: Array<{ id: string }> }).organisations.map(o => o.id);

  it('a store saved with a byte order mark: edited where the editor\'s text has it, and no syntax error reported', async () => {
    fs.writeFileSync(storePath, `${BOM}{ "version": 1, "letters": {}, "organisations": [ { "id": "USER:A", "name": "Organisatie A", "acronyms": ["OA"] } ] }\n`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
    const result = await define('USER:B', 'OB');
    assert.equal(result.applied, true, result.failureReason);
    assert.deepEqual(organisations(), ['USER:A', 'USER:B']);
    await client.waitFor(() => client.diagnostics.has(storeUri), 'the store\'s diagnostics');
    assert.deepEqual(client.diagnostics.get(storeUri), []);
  });

  it('two commands at once: the second is planned on the first one\'s result', async () => {
    fs.writeFileSync(storePath, '{\n  "version": 1,\n  "letters": {},\n  "organisations": []\n}\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
    applyDelay = 200;
    try {
      const results = await Promise.all([define('USER:C', 'OC'), define('USER:D', 'OD')]);
      assert.ok(results.every(r => r.applied), JSON.stringify(results));
    } finally {
      applyDelay = 0;
    }
    assert.deepEqual(organisations(), ['USER:C', 'USER:D']);
  });
});
