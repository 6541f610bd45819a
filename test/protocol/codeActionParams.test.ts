// textDocument/codeAction with malformed diagnostics in its context (other LSP clients, hand-written
// requests): never an exception in the log; what cannot be read is passed over.
import * as assert from 'node:assert/strict';
import { LspClient, TestWorkspace } from './lspClient';

describe('code actions with malformed context.diagnostics', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    await client.start(ws.root);
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  for (const [what, diagnostics] of [
    ['null', [null]],
    ['a number', [42]],
    ['a diagnostic without a range', [{ message: 'x', code: 'letter.no-identity' }]],
    ['a diagnostic with a malformed range', [{ message: 'x', range: { start: null, end: 3 } }]],
  ] as Array<[string, unknown[]]>) {
    it(`${what} in context.diagnostics: answered without an internal error or a logged exception`, async () => {
      const logged = client.logs.length;
      const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: ws.uri('001') }, range, context: { diagnostics } });
      assert.ok(Array.isArray(actions));
      const errors = client.logs.slice(logged).filter(l => /Error|at /.test(l));
      assert.deepEqual(errors, []);
    });
  }

  it('the valid diagnostics beside a malformed one still get their actions', async () => {
    const diagnostic = { range, message: 'no identity', code: 'letter.no-identity', severity: 4 };
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri: ws.uri('001') }, range, context: { diagnostics: [null, diagnostic] } });
    assert.ok(actions.some(a => /Declare the identity/.test(a.title)), JSON.stringify(actions));
  });
});
