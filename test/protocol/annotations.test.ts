// User annotations through the language server, as an editor drives them: code actions on the letters,
// the server command kamerstukken.applyAnnotation, the workspace/applyEdit it sends (applied here to the
// temporary copy of corpus/, then reported as a changed file, as an editor's file watcher would), undo.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyTextEdits, LspClient, positionOf, TestWorkspace, type Diagnostic, type Range } from './lspClient';

interface CodeAction {
  title: string;
  kind?: string;
  command?: { command: string; arguments?: unknown[] };
  diagnostics?: Diagnostic[];
}
interface MarkupHover {
  contents: { kind: string; value: string };
}
interface LocationLink {
  targetUri: string;
  targetRange: Range;
}
interface TextEdit {
  range: Range;
  newText: string;
}
type DocumentChange = { kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: TextEdit[] };
interface WorkspaceEdit {
  documentChanges?: DocumentChange[];
  changes?: Record<string, TextEdit[]>;
}

const APPLY = 'kamerstukken.applyAnnotation';
const CREATED = 1;
const CHANGED = 2;

/** Polls a condition that needs requests (hover, code actions) until it holds; fails with the last value. */
async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

describe('user annotations over LSP', function () {
  this.timeout(60000);
  let ws: TestWorkspace;
  let client: LspClient;
  let storePath: string;
  let storeUri: string;
  /** Every edit the server sent, with the store text before it (for undo). */
  const applied: Array<{ label?: string; before: string | null; after: string }> = [];

  const readStore = () => (fs.existsSync(storePath) ? fs.readFileSync(storePath, 'utf8') : null);
  const writeStore = async (text: string) => {
    const existed = fs.existsSync(storePath);
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(storePath, text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: existed ? CHANGED : CREATED }] });
  };
  const undo = async () => {
    const last = applied.pop();
    assert.ok(last, 'nothing to undo');
    await writeStore(last.before ?? '');
  };

  before(async () => {
    ws = new TestWorkspace();
    storePath = path.join(ws.corpusDir, '.kamerstukken', 'annotations.json');
    storeUri = pathToFileURL(storePath).href;
    client = new LspClient();
    // The editor's side of workspace/applyEdit: create files, apply text edits, report the changed file.
    client.connection.onRequest('workspace/applyEdit', async (params: { label?: string; edit: WorkspaceEdit }) => {
      const before = readStore();
      const changes: DocumentChange[] = params.edit.documentChanges ?? Object.entries(params.edit.changes ?? {}).map(([uri, edits]) => ({ textDocument: { uri }, edits }));
      const touched: Array<{ uri: string; type: number }> = [];
      for (const change of changes) {
        if ('kind' in change) {
          const file = fileURLToPath(change.uri);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          if (!fs.existsSync(file)) {
            fs.writeFileSync(file, '');
            touched.push({ uri: change.uri, type: CREATED });
          }
        } else {
          const file = fileURLToPath(change.textDocument.uri);
          fs.writeFileSync(file, applyTextEdits(fs.readFileSync(file, 'utf8'), change.edits));
          if (!touched.some(t => t.uri === change.textDocument.uri)) touched.push({ uri: change.textDocument.uri, type: CHANGED });
        }
      }
      applied.push({ label: params.label, before, after: readStore() ?? '' });
      await client.notify('workspace/didChangeWatchedFiles', { changes: touched });
      return { applied: true };
    });
    await client.start(ws.root, {
      ...LspClient.FULL_CAPABILITIES,
      workspace: {
        ...LspClient.FULL_CAPABILITIES.workspace,
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
      },
    });
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
    await client.waitFor(() => ['000', '001', '002', '003', '004'].every(p => client.diagnostics.has(ws.uri(p))), 'diagnostics of every letter');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const codes = (prefix: string) => (client.diagnostics.get(ws.uri(prefix)) ?? []).map(d => d.code);
  const hover = (prefix: string, needle: string, delta = 2) =>
    client.request<MarkupHover | null>('textDocument/hover', { textDocument: { uri: ws.uri(prefix) }, position: positionOf(ws.text(prefix), needle, delta) });
  const hoverText = async (prefix: string, needle: string, delta = 2) => (await hover(prefix, needle, delta))?.contents.value ?? '';
  const actionsAt = (prefix: string, range: Range, diagnostics: Diagnostic[] = []) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri(prefix) }, range, context: { diagnostics } });
  const execute = (command: { command: string; arguments?: unknown[] }) =>
    client.request<{ applied: boolean; storeUri: string; failureReason?: string }>('workspace/executeCommand', { command: command.command, arguments: command.arguments });
  const rangeOf = (text: string, needle: string, occurrence = 0): Range => ({
    start: positionOf(text, needle, 0, occurrence),
    end: positionOf(text, needle, needle.length, occurrence),
  });
  const unresolved253 = () => (client.diagnostics.get(ws.uri('002')) ?? []).some(d => d.code === 'reference.unresolved' && /kst-29754-253/.test(d.message));

  describe('declaring the identity of 000 (29 754, nr. 253, cited by 002)', () => {
    it('starts with 000 lacking an identity and 002\'s citation of nr. 253 unresolved', () => {
      assert.ok(codes('000').includes('letter.no-identity'));
      assert.ok(unresolved253());
      assert.equal(readStore(), null, 'no store yet');
    });

    it('offers "Declare the identity of this letter…" on letter.no-identity, with what the letter says as suggestions', async () => {
      const diag = client.diagnostics.get(ws.uri('000'))!.find(d => d.code === 'letter.no-identity')!;
      const actions = await actionsAt('000', diag.range, [diag]);
      const declare = actions.find(a => a.title === 'Declare the identity of this letter…');
      assert.ok(declare, JSON.stringify(actions.map(a => a.title)));
      assert.equal(declare.kind, 'quickfix');
      assert.equal(declare.command?.command, 'kamerstukken.declareIdentity');
      const [uri, suggested] = declare.command!.arguments as [string, Record<string, string>];
      assert.equal(uri, ws.uri('000'));
      assert.equal(suggested.date, '2015-01-14');
    });

    it('the client command\'s answers go to kamerstukken.applyAnnotation, which creates the store through workspace/applyEdit', async () => {
      const result = await execute({ command: APPLY, arguments: [ws.uri('000'), { kind: 'declare-identity', identity: { dossier: '29754', number: '253', date: '2015-01-14' } }] });
      assert.deepEqual(result, { applied: true, storeUri });
      const store = JSON.parse(readStore()!);
      assert.deepEqual(store.letters['000_24c3e309d107eecc.txt'].identity, { date: '2015-01-14', dossier: '29754', number: '253' });
      assert.deepEqual(store.organisations, []);
    });

    it('the reference in 002 now resolves to 000: diagnostic gone, hover shows the declared details', async () => {
      await client.waitFor(() => !unresolved253(), '002\'s reference to nr. 253 to resolve');
      await client.waitFor(() => !codes('000').includes('letter.no-identity'), '000\'s letter.no-identity to go');
      const text = await hoverText('002', 'Kamerstuk 29 754, nr. 253', 5);
      assert.match(text, /000\\?_24c3e309d107eecc\.txt/);
      assert.match(text, /2015-01-14/);
      assert.match(text, /declared by a user annotation/);
    });

    it('undo (the store text before the edit, and its change) makes it unresolved again', async () => {
      await undo();
      await client.waitFor(() => unresolved253(), '002\'s reference to nr. 253 to be unresolved again');
      await client.waitFor(() => codes('000').includes('letter.no-identity'), '000\'s letter.no-identity to return');
      assert.doesNotMatch(await hoverText('002', 'Kamerstuk 29 754, nr. 253', 5), /declared by a user annotation/);
    });

    it('declaring again edits the existing (empty) store, and changes nothing else in it', async () => {
      await writeStore('{\n  "version": 1,\n  "letters": {},\n  "organisations": [ { "id": "X-ORG", "name": "Organisatie X", "acronyms": ["OX"] } ]\n}\n');
      const result = await execute({ command: APPLY, arguments: [ws.uri('000'), { kind: 'declare-identity', identity: { dossier: '29754', number: '253' } }] });
      assert.equal(result.applied, true);
      const after = readStore()!;
      assert.ok(after.includes('"organisations": [ { "id": "X-ORG", "name": "Organisatie X", "acronyms": ["OX"] } ]'), after);
      await client.waitFor(() => !unresolved253(), 'the reference to resolve again');
      await undo();
      await client.waitFor(() => unresolved253(), 'the reference to be unresolved after undo');
      await writeStore('');
    });

    it('rejects a malformed request with InvalidParams, writing nothing', async () => {
      await assert.rejects(execute({ command: APPLY, arguments: [ws.uri('000'), { kind: 'declare-identity', identity: { date: '14 januari' } }] }), /ISO date/);
      await assert.rejects(execute({ command: APPLY, arguments: [ws.uri('000'), { kind: 'add-note', start: 5, end: 2, note: 'x' }] }), /empty or outside/);
      await assert.rejects(execute({ command: APPLY, arguments: [42] }), /letter URI/);
      await assert.rejects(execute({ command: APPLY, arguments: [ws.uri('000'), 'nonsense'] }), /must be an object/);
      assert.equal(readStore(), '');
    });
  });

  describe('organisations', () => {
    it('"Not an organisation" on NCTV in 000 removes that entity', async () => {
      assert.match(await hoverText('000', 'NCTV heeft'), /Nationaal Coördinator Terrorismebestrijding/);
      const actions = await actionsAt('000', rangeOf(ws.text('000'), 'NCTV heeft'));
      const not = actions.find(a => a.title === 'Not an organisation: “NCTV”');
      assert.ok(not, JSON.stringify(actions.map(a => a.title)));
      assert.equal(not.command?.command, APPLY);
      assert.equal((await execute(not.command!)).applied, true);
      await eventually(() => hoverText('000', 'NCTV heeft'), text => !/Nationaal Coördinator/.test(text), 'NCTV to be no organisation');
      const store = JSON.parse(readStore()!);
      const [annotation] = store.letters['000_24c3e309d107eecc.txt'].annotations;
      assert.equal(annotation.type, 'not-entity');
      assert.equal(annotation.target.exact, 'NCTV');
      await undo();
      await eventually(() => hoverText('000', 'NCTV heeft'), text => /Nationaal Coördinator/.test(text), 'NCTV to be an organisation after undo');
    });

    it('"Define the acronym…" on acronym.undefined, then go to definition jumps into the store', async () => {
      const diag = [...client.diagnostics.entries()].flatMap(([uri, list]) => list.map(d => ({ uri, d }))).find(x => x.d.code === 'acronym.undefined');
      assert.ok(diag, 'some acronym is spelled out nowhere in the corpus');
      const prefix = path.basename(fileURLToPath(diag.uri)).slice(0, 3);
      const actions = await actionsAt(prefix, diag.d.range, [diag.d]);
      const define = actions.find(a => a.command?.command === 'kamerstukken.defineAcronym');
      assert.ok(define, JSON.stringify(actions.map(a => a.title)));
      const [, data] = define.command!.arguments as [string, { short: string; id: string }];
      const result = await execute({ command: APPLY, arguments: [diag.uri, { kind: 'define-organisation', organisation: { id: data.id, name: `Voluit ${data.short}`, acronyms: [data.short] } }] });
      assert.equal(result.applied, true);
      await client.waitFor(() => !(client.diagnostics.get(diag.uri) ?? []).some(d => d.code === 'acronym.undefined' && d.range.start.line === diag.d.range.start.line), 'acronym.undefined to go');
      const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: diag.uri }, position: { line: diag.d.range.start.line, character: diag.d.range.start.character + 1 } });
      assert.equal(links[0].targetUri, storeUri);
      const storeLine = readStore()!.split('\n')[links[0].targetRange.start.line];
      assert.match(storeLine, /\{/);
      assert.ok(readStore()!.split('\n').slice(links[0].targetRange.start.line, links[0].targetRange.end.line + 1).join('\n').includes(`"id": "${data.id}"`));
      const hovered = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri: diag.uri }, position: { line: diag.d.range.start.line, character: diag.d.range.start.character + 1 } });
      assert.match(hovered.contents.value, /Defined by the user in the annotation store/);
      await undo();
    });

    it('lists organisations to pick from: the store\'s own, then the gazetteer', async () => {
      await writeStore('{ "version": 1, "letters": {}, "organisations": [ { "id": "X-ORG", "name": "Organisatie X", "acronyms": ["OX"] } ] }\n');
      const list = await client.request<Array<{ id: string; name: string; source: string }>>('workspace/executeCommand', { command: 'kamerstukken.listOrganisations', arguments: [ws.uri('000')] });
      assert.deepEqual(list[0], { id: 'X-ORG', name: 'Organisatie X', kind: null, acronyms: ['OX'], source: 'store' });
      assert.ok(list.some(o => o.id === 'NCTV' && o.source === 'gazetteer'));
      await writeStore('');
    });
  });

  describe('marking a reference', () => {
    const WORDS = 'de brief van de Staatssecretaris van Veiligheid en Justitie';

    it('"Mark selection as reference to a Kamerstuk…" carries the selection; the list offers the workspace\'s letters', async () => {
      const actions = await actionsAt('001', rangeOf(ws.text('001'), WORDS));
      const mark = actions.find(a => a.title === 'Mark selection as reference to a Kamerstuk…');
      assert.ok(mark, JSON.stringify(actions.map(a => a.title)));
      assert.equal(mark.command?.command, 'kamerstukken.markReference');
      const [uri, selection] = mark.command!.arguments as [string, { start: number; end: number; text: string }];
      assert.equal(selection.text, WORDS);
      const choices = await client.request<Array<{ id: string; label: string; held: boolean }>>('workspace/executeCommand', { command: 'kamerstukken.listReferences', arguments: [uri, { start: selection.start, end: selection.end }] });
      assert.ok(choices.some(c => c.id === 'kst-29754-421' && c.label === 'Kamerstuk 29 754, nr. 421' && c.held), JSON.stringify(choices.slice(0, 8)));
      assert.ok(choices.some(c => !c.held), 'the stukken only cited follow');
    });

    it('the marked words then cite 003: hover names the annotation, definition goes to 003, the references of 003 include them', async () => {
      const text = ws.text('001');
      const start = text.indexOf(WORDS);
      const result = await execute({ command: APPLY, arguments: [ws.uri('001'), { kind: 'mark-reference', start, end: start + WORDS.length, id: 'kst-29754-421' }] });
      assert.equal(result.applied, true);
      await eventually(() => hoverText('001', WORDS, 5), t => /User annotation: cites kst-29754-421/.test(t), 'the annotation in hover');
      const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: ws.uri('001') }, position: positionOf(text, WORDS, 5) });
      assert.equal(links[0].targetUri, ws.uri('003'));
      const refs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/references', { textDocument: { uri: ws.uri('001') }, position: positionOf(text, WORDS, 5), context: { includeDeclaration: false } });
      assert.ok(refs.some(r => r.uri === ws.uri('001') && r.range.start.line === positionOf(text, WORDS, 0).line), JSON.stringify(refs));
      await undo();
      await eventually(() => hoverText('001', WORDS, 5), t => !/User annotation: cites/.test(t), 'no annotation after undo');
      await writeStore('');
    });
  });

  describe('notes and anchoring in 003', () => {
    const SENTENCE = 'De \naanslagen zijn deels goed voorbereid, deels amateuristisch.';
    let original: string;
    let version = 1;
    const uri003 = () => ws.uri('003');
    const change = async (text: string) => {
      await client.notify('textDocument/didChange', { textDocument: { uri: uri003(), version: ++version }, contentChanges: [{ text }] });
    };
    const noteHover = (text: string, needle: string) =>
      client.request<MarkupHover | null>('textDocument/hover', { textDocument: { uri: uri003() }, position: positionOf(text, needle, 3) }).then(h => h?.contents.value ?? '');

    before(async () => {
      original = ws.text('003');
      assert.ok(original.includes(SENTENCE), 'the sentence is in 003');
      await client.notify('textDocument/didOpen', { textDocument: { uri: uri003(), languageId: 'kamerbrief', version, text: original } });
    });

    it('"Add a note to selection…" carries the selection; the note then shows in hover', async () => {
      const actions = await actionsAt('003', rangeOf(original, SENTENCE));
      const add = actions.find(a => a.title === 'Add a note to selection…');
      assert.ok(add, JSON.stringify(actions.map(a => a.title)));
      assert.equal(add.command?.command, 'kamerstukken.addNote');
      const [uri, selection] = add.command!.arguments as [string, { start: number; end: number; text: string }];
      assert.equal(selection.text, SENTENCE);
      const result = await execute({ command: APPLY, arguments: [uri, { kind: 'add-note', start: selection.start, end: selection.end, note: 'Welke aanslagen?', tag: 'nakijken' }] });
      assert.equal(result.applied, true);
      const text = await eventually(() => noteHover(original, 'amateuristisch'), t => /Welke aanslagen\?/.test(t), 'the note in hover');
      assert.match(text, /nakijken/);
    });

    it('survives a paragraph inserted above it and an edit inside its words', async () => {
      const edited = 'Een nieuwe alinea bovenaan de brief.\n\n' + original.replace('deels goed voorbereid', 'deels heel goed voorbereid');
      await change(edited);
      await eventually(() => noteHover(edited, 'amateuristisch'), t => /Welke aanslagen\?/.test(t), 'the note at its new place');
      assert.ok(!(client.diagnostics.get(uri003()) ?? []).some(d => d.code === 'annotation.orphaned'));
    });

    it('deleting the words orphans it, with quick fixes to remove it or re-anchor it to the selection', async () => {
      const edited = original.replace(SENTENCE, 'Over de voorbereiding is niets bekend.');
      await change(edited);
      await client.waitFor(() => (client.diagnostics.get(uri003()) ?? []).some(d => d.code === 'annotation.orphaned'), 'annotation.orphaned on 003');
      const orphan = client.diagnostics.get(uri003())!.find(d => d.code === 'annotation.orphaned')!;
      const selection = rangeOf(edited, 'Over de voorbereiding is niets bekend.');
      const actions = await actionsAt('003', selection, [orphan]);
      const remove = actions.find(a => /^Remove the orphaned annotation a\d+/.test(a.title));
      const reanchor = actions.find(a => /^Re-anchor annotation a\d+ to the selection/.test(a.title));
      assert.ok(remove && reanchor, JSON.stringify(actions.map(a => a.title)));
      assert.equal(remove.kind, 'quickfix');
      assert.equal((await execute(reanchor.command!)).applied, true);
      await client.waitFor(() => !(client.diagnostics.get(uri003()) ?? []).some(d => d.code === 'annotation.orphaned'), 'the orphan to be re-anchored');
      await eventually(() => noteHover(edited, 'niets bekend'), t => /Welke aanslagen\?/.test(t), 'the note on the re-anchored words');
      const store = JSON.parse(readStore()!);
      const [note] = store.letters['003_a211609418273696.txt'].annotations;
      assert.equal(note.target.exact, 'Over de voorbereiding is niets bekend.');
      assert.equal(note.body.text, 'Welke aanslagen?', 'the body is kept');
    });

    it('the remove quick fix takes the annotation out of the store', async () => {
      await change(original.replace(SENTENCE, 'Iets heel anders.'));
      await client.waitFor(() => (client.diagnostics.get(uri003()) ?? []).some(d => d.code === 'annotation.orphaned'), 'annotation.orphaned again');
      const orphan = client.diagnostics.get(uri003())!.find(d => d.code === 'annotation.orphaned')!;
      const remove = (await actionsAt('003', orphan.range, [orphan])).find(a => /^Remove the orphaned annotation/.test(a.title))!;
      assert.equal((await execute(remove.command!)).applied, true);
      await client.waitFor(() => !(client.diagnostics.get(uri003()) ?? []).some(d => d.code === 'annotation.orphaned'), 'the orphan to be removed');
      assert.deepEqual(JSON.parse(readStore()!).letters['003_a211609418273696.txt'].annotations, []);
      await change(original);
    });
  });

  describe('a malformed store', () => {
    it('gives annotation.invalid at the faulty entry while the rest applies', async () => {
      const text = ws.text('003');
      const start = text.indexOf('deels amateuristisch');
      const good = { id: 'a1', type: 'note', target: { exact: 'deels amateuristisch', prefix: '', suffix: '', start, end: start + 'deels amateuristisch'.length }, body: { text: 'Goede notitie' } };
      const storeText = JSON.stringify({
        version: 1,
        letters: { '003_a211609418273696.txt': { annotations: [{ id: 'a2', type: 'bogus', target: good.target, body: {} }, good] } },
        organisations: [],
      }, null, 2);
      await writeStore(storeText);
      await client.waitFor(() => (client.diagnostics.get(storeUri) ?? []).some(d => d.code === 'annotation.invalid'), 'annotation.invalid on the store');
      const invalid = client.diagnostics.get(storeUri)!.filter(d => d.code === 'annotation.invalid');
      const badLine = storeText.split('\n').findIndex(l => l.includes('"bogus"'));
      const firstGoodLine = storeText.split('\n').findIndex(l => l.includes('"Goede notitie"'));
      assert.ok(invalid.every(d => d.range.start.line <= badLine + 1 && d.range.start.line < firstGoodLine), JSON.stringify(invalid));
      assert.ok(invalid.some(d => d.range.start.line >= badLine - 3), JSON.stringify(invalid));
      await eventually(() => hoverText('003', 'deels amateuristisch', 3), t => /Goede notitie/.test(t), 'the good note to apply');
      await writeStore('');
      await client.waitFor(() => !(client.diagnostics.get(storeUri) ?? []).some(d => d.code === 'annotation.invalid'), 'annotation.invalid to go');
    });
  });
});
