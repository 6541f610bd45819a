// A storm of seeded random edits to an open letter, with every kind of request at random places between them:
// the server answers each one (no error, no crash), and the letter it ends with is the letter the editor has,
// so that what it says after hundreds of incremental edits is what it says of the same text sent whole.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, TestWorkspace } from './lspClient';
import { seededRandom } from '../unit/seeded';

/** What an editor inserts: pieces of references, names and dates, and the awkward units (surrogate pairs, CR). */
const INSERTS = [
  'Kamerstuk 29 754, nr. 251', 'Kamerstuk 29 754, nr. \n 104', 'Kamerstukken II 2014/15, 21 501-02, nr. 1458', ', nr. 3',
  'Handelingen II 2014/15, nr. 45, item 9', 'Aanhangsel Handelingen II 2014/15, nr. 1365', 'NCTV', 'AIVD',
  'Koninklijke Marechaussee (KMar)', '24 mei jl.', '7 en 9 januari 2015', 'medio 2014', 'Terrorismebe-\nstrijding',
  '20154inzake', '\n', '\r\n', '\r', ' ', '-', '😀', '\ud83d', 'é', '’', '\t', 'nr. ', '29 754', '2015–2016', '\n\n\n',
];

/** The requests an editor sends about a place or the whole letter, with their parameters. */
function requestsAt(uri: string, doc: TextDocument, offset: number): Array<[string, unknown]> {
  const position = doc.positionAt(offset);
  const textDocument = { uri };
  const range = { start: doc.positionAt(Math.max(0, offset - 200)), end: doc.positionAt(offset + 200) };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/selectionRange', { textDocument, positions: [position] }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/prepareCallHierarchy', { textDocument, position }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/semanticTokens/range', { textDocument, range }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/documentLink', { textDocument }],
  ];
}

describe('language server under a storm of edits', function () {
  this.timeout(120_000);
  let ws: TestWorkspace;
  let client: LspClient;

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    client.settings = { inlayHints: { relativeDates: true } };
    await client.start(ws.root);
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  it('400 random edits with every request between them: all answered, and the end state is the whole text\'s', async () => {
    const random = seededRandom(20261123);
    const uri = ws.uri('002');
    let doc = TextDocument.create(uri, 'kamerbrief', 1, ws.text('002'));
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text: doc.getText() } });

    let answered = 0;
    for (let edit = 1; edit <= 400; edit++) {
      const length = doc.getText().length;
      // Inserts, deletes and replacements, some of them long, anywhere: inside a surrogate pair or a CRLF too.
      const start = random(length + 1);
      const end = Math.min(length, start + (random(4) === 0 ? random(400) : random(6)));
      const insert = random(3) === 0 ? '' : INSERTS[random(INSERTS.length)];
      const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      if (edit % 10 !== 0) continue;
      // Between bursts, every request at a random place of the text as it now is, without waiting for analysis.
      const offset = random(doc.getText().length + 1);
      const requests = requestsAt(uri, doc, offset).map(([method, params]) =>
        client.request(method, params).then(() => answered++, (err: Error) => assert.fail(`${method} at ${offset} after edit ${edit}: ${err.message}`)));
      await Promise.all(requests);
    }
    assert.equal(answered, 40 * 15);
    assert.ok(client.alive, 'the server is running');

    // The same text sent whole must give the same tokens, symbols and diagnostics as the incremental one.
    await client.waitFor(() => client.diagnosticVersions.get(uri) === doc.version, 'diagnostics of the last edit');
    const incremental = await stateOf(uri, doc);
    doc = TextDocument.create(uri, 'kamerbrief', doc.version + 1, doc.getText());
    await client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text: doc.getText() }] });
    await client.waitFor(() => client.diagnosticVersions.get(uri) === doc.version, 'diagnostics of the whole text');
    assert.deepEqual(await stateOf(uri, doc), incremental);
    assert.deepEqual(client.stderr.filter(line => /error|exception/i.test(line)), []);
  });

  async function stateOf(uri: string, doc: TextDocument): Promise<unknown> {
    const textDocument = { uri };
    return {
      text: doc.getText().length,
      diagnostics: client.diagnostics.get(uri),
      tokens: await client.request('textDocument/semanticTokens/full', { textDocument }),
      symbols: await client.request('textDocument/documentSymbol', { textDocument }),
      links: await client.request('textDocument/documentLink', { textDocument }),
    };
  }
});
