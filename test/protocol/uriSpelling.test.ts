// Documents opened under another spelling of their file URI. VS Code percent-encodes every character of a
// path but letters, digits and "-._~/" ("Brieven (2015)" → "Brieven%20%282015%29", "c:" → "c%3A"), where
// Node's pathToFileURL, which the server's URIs come from, leaves "(", ")", "[", "]", "!", ... as they are.
// The server must find an open document under either spelling: an open store's unsaved text is what edits
// are computed against, and an open letter's text is what completion reads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, LspClient, REPO, type Range } from './lspClient';

/** A file URI spelled as VS Code spells it (vs/base/common/uri.ts: encodeURIComponentFast). */
function vscodeUri(file: string): string {
  const encode = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `file://${file.split(path.sep).map(encode).join('/')}`;
}

interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }>;
}

describe('documents opened under VS Code\'s spelling of their URI', function () {
  this.timeout(60000);
  let root: string;
  let corpusDir: string;
  let client: LspClient;
  const edits: WorkspaceEdit[] = [];

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken (lsp) '));
    corpusDir = path.join(root, 'corpus');
    fs.mkdirSync(corpusDir);
    for (const f of fs.readdirSync(path.join(REPO, 'corpus'))) fs.copyFileSync(path.join(REPO, 'corpus', f), path.join(corpusDir, f));
    client = new LspClient();
    // The editor applies nothing here: the test looks at what the server asked for.
    client.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      edits.push(params.edit);
      return { applied: true };
    });
    await client.start(root, {
      ...LspClient.FULL_CAPABILITIES,
      workspace: { ...LspClient.FULL_CAPABILITIES.workspace, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    });
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const letter = (prefix: string) => path.join(corpusDir, fs.readdirSync(corpusDir).find(f => f.startsWith(prefix))!);

  it('an open store with unsaved edits: the edit is computed against the editor\'s text and carries its version', async () => {
    const storePath = path.join(corpusDir, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    const onDisk = '{\n  "version": 1,\n  "letters": {},\n  "organisations": []\n}\n';
    fs.writeFileSync(storePath, onDisk);
    // Unsaved in the editor: an organisation the user typed.
    const inEditor = '{\n  "version": 1,\n  "letters": {},\n  "organisations": [\n    { "id": "USER:MINE", "name": "Mijn organisatie", "acronyms": ["MO"] }\n  ]\n}\n';
    const storeUri = vscodeUri(storePath);
    assert.notEqual(storeUri, pathToFileURL(storePath).href, 'the test needs the two spellings to differ');
    await client.notify('textDocument/didOpen', { textDocument: { uri: storeUri, languageId: 'json', version: 7, text: inEditor } });
    try {
      const result = await client.request<{ applied: boolean }>('workspace/executeCommand', {
        command: 'kamerstukken.applyAnnotation',
        arguments: [vscodeUri(letter('000')), { kind: 'define-organisation', organisation: { id: 'USER:CTG', name: 'Counter Terrorism Group', acronyms: ['CTG'] } }],
      });
      assert.equal(result.applied, true);
      const change = edits.at(-1)!.documentChanges![0];
      assert.equal(change.textDocument.version, 7, 'versioned against the open document');
      const after = JSON.parse(applyTextEdits(inEditor, change.edits)) as { organisations: Array<{ id: string }> };
      assert.deepEqual(after.organisations.map(o => o.id), ['USER:CTG', 'USER:MINE'], 'the unsaved organisation is kept');
    } finally {
      await client.notify('textDocument/didClose', { textDocument: { uri: storeUri } });
    }
  });

  it('an open letter: completion reads the editor\'s text', async () => {
    const uri = vscodeUri(letter('000'));
    const typed = 'Zie Kamerstuk 29 754, nr. ';
    const text = `${typed}\n${fs.readFileSync(letter('000'), 'utf8')}`;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    try {
      const list = await client.request<{ items: Array<{ label: string }> } | null>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: typed.length } });
      assert.ok(list?.items.some(i => i.label === '251'), JSON.stringify(list)?.slice(0, 300));
    } finally {
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  });
});
