// The language server over stdio, spoken to in LSP, on a temporary copy of the five corpus letters.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient, positionOf, TestWorkspace, type Diagnostic } from './lspClient';

interface MarkupHover {
  contents: { kind: string; value: string };
}
interface LocationLink {
  originSelectionRange: Diagnostic['range'];
  targetUri: string;
  targetRange: Diagnostic['range'];
  targetSelectionRange: Diagnostic['range'];
}
interface Location {
  uri: string;
  range: Diagnostic['range'];
}
interface CodeAction {
  title: string;
  command?: { command: string; arguments?: unknown[] };
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let ws: TestWorkspace;
  let client: LspClient;
  const INFORMATION = 3;

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    await client.start(ws.root);
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 'the end of indexing');
    await client.waitFor(() => ['000', '001', '002', '003', '004'].every(p => client.diagnostics.has(ws.uri(p))), 'diagnostics of every letter');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  /** Asks until the answer is yes (a request's answer, which `waitFor` cannot wait on), at most 15 s. */
  async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
    const until = Date.now() + 15_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }

  const at = (prefix: string, needle: string, delta = 1, occurrence = 0) => ({ textDocument: { uri: ws.uri(prefix) }, position: positionOf(ws.text(prefix), needle, delta, occurrence) });

  it('indexes the whole workspace with work-done progress (begin, report, end), in two passes', () => {
    const kinds = client.progress.map(p => p.kind);
    assert.equal(kinds[0], 'begin');
    assert.ok(kinds.includes('report'));
    assert.equal(kinds[kinds.length - 1], 'end');
    // First what other letters need (identities, citations), then organisations and dates; each one ends.
    const titles = client.progress.filter(p => p.kind === 'begin').map(p => p.title);
    assert.deepEqual(titles, ['Kamerstukken: indexing letters', 'Kamerstukken: analysing organisations and dates']);
    assert.equal(kinds.filter(k => k === 'end').length, 2);
  });

  it('after both passes, closed letters carry organisations and dates: NCTV in 000 is defined in another letter', async () => {
    const diagnostics = client.diagnostics.get(ws.uri('000')) ?? [];
    assert.ok(!diagnostics.some(d => d.code === 'acronym.undefined' && /NCTV/.test(d.message)), JSON.stringify(diagnostics.map(d => d.message)));
    const symbols = await client.request<Array<{ name: string }>>('workspace/symbol', { query: 'NCTV' });
    assert.ok(symbols.length > 0);
  });

  it('hover on "Kamerstuk 29 754, nr. 251" in 002 names letter 004 with its opening words', async () => {
    const hover = await client.request<MarkupHover>('textDocument/hover', at('002', 'Kamerstuk 29 754, nr. 251', 5));
    const md = hover.contents.value;
    assert.match(md, /Kamerstuk 29 754, nr\. 251/);
    assert.match(md, /https:\/\/zoek\.officielebekendmakingen\.nl\/kst-29754-251\.html/);
    assert.match(md, /004\\?_c51793f171952d9b\.txt/);
    assert.match(md, /De terroristische dreiging in Nederland is en blijft substantieel/);
    assert.match(md, /Cited by 1 letter/);
    assert.match(md, /Source: recognised in the running text/);
  });

  it('go to definition from that citation jumps into 004, underlining the whole reference', async () => {
    const links = await client.request<LocationLink[]>('textDocument/definition', at('002', 'Kamerstuk 29 754, nr. 251', 12));
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, ws.uri('004'));
    const origin = links[0].originSelectionRange;
    const start = positionOf(ws.text('002'), 'Kamerstuk 29 754, nr. 251');
    assert.deepEqual(origin.start, start);
    assert.equal(origin.end.character - origin.start.character, 'Kamerstuk 29 754, nr. 251'.length);
  });

  it('find references from 004\'s own footer includes the citation in 002', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at('004', '29 754, nr. 251 7', 3), context: { includeDeclaration: true } });
    const in002 = refs.filter(r => r.uri === ws.uri('002'));
    assert.ok(in002.length >= 1, JSON.stringify(refs));
    assert.equal(in002[0].range.start.line, positionOf(ws.text('002'), 'Kamerstuk 29 754, nr. 251').line);
    assert.ok(refs.some(r => r.uri === ws.uri('004')), 'the declaration (004 itself) is included when asked');
  });

  it('"Kamerstuk 29 754, nr. 325" in 001 is an unresolved reference (information) with an open-externally action', async () => {
    const line = positionOf(ws.text('001'), 'Kamerstuk 29 754, nr. 325').line;
    const diag = client.diagnostics.get(ws.uri('001'))!.find(d => d.code === 'reference.unresolved' && d.range.start.line === line);
    assert.ok(diag, 'unresolved-reference diagnostic on the citation');
    assert.equal(diag.severity, INFORMATION);
    assert.match(diag.message, /kst-29754-325/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri('001') }, range: diag.range, context: { diagnostics: [diag] } });
    const open = actions.find(a => a.command?.command === 'kamerstukken.openExternal');
    assert.deepEqual(open?.command?.arguments, ['https://zoek.officielebekendmakingen.nl/kst-29754-325.html']);
    assert.ok(actions.some(a => a.command?.command === 'kamerstukken.copyCitation' && a.command.arguments?.[0] === 'Kamerstuk 29 754, nr. 325'));
    const ignore = actions.filter(a => a.command?.command === 'kamerstukken.ignoreReference').map(a => a.command?.arguments?.[0]);
    assert.deepEqual(ignore, ['kst-29754-325', 'kst-29754-*']);
  });

  it('hover on NCTV in 000 gives the full name; definition jumps to a letter that spells it out', async () => {
    const hover = await client.request<MarkupHover>('textDocument/hover', at('000', 'NCTV', 1));
    assert.match(hover.contents.value, /Nationaal Coördinator Terrorismebestrijding en Veiligheid/);
    const links = await client.request<LocationLink[]>('textDocument/definition', at('000', 'NCTV', 1));
    assert.ok(links.length >= 1);
    assert.ok([ws.uri('001'), ws.uri('002'), ws.uri('003')].includes(links[0].targetUri), links[0].targetUri);
    const target = fs.readFileSync(new URL(links[0].targetUri), 'utf8').split(/\r?\n/)[links[0].targetSelectionRange.start.line];
    assert.equal(target.slice(links[0].targetSelectionRange.start.character, links[0].targetSelectionRange.end.character), 'NCTV');
  });

  it('references from an organisation list every mention across letters', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at('000', 'NCTV', 1), context: { includeDeclaration: false } });
    const letters = new Set(refs.map(r => r.uri));
    assert.ok(letters.size >= 4, `NCTV is mentioned in ${letters.size} letters`);
  });

  it('hover on "24 mei jl." in 004 resolves it to 2014-05-24, a Saturday, and explains how', async () => {
    const hover = await client.request<MarkupHover>('textDocument/hover', at('004', '24 mei jl.', 2));
    assert.match(hover.contents.value, /2014-05-24/);
    assert.match(hover.contents.value, /zaterdag/);
    assert.match(hover.contents.value, /jl\./);
  });

  it('hover on a footnote marker shows the footnote; definition goes to the body and back', async () => {
    const marker = at('004', 'AIVD1 ', 4);
    const hover = await client.request<MarkupHover>('textDocument/hover', marker);
    assert.match(hover.contents.value, /Transformatie van het Jihadisme/);
    const toBody = await client.request<LocationLink[]>('textDocument/definition', marker);
    assert.equal(toBody[0].targetRange.start.line, positionOf(ws.text('004'), '1 AIVD publicatie').line);
    const back = await client.request<LocationLink[]>('textDocument/definition', { textDocument: marker.textDocument, position: { line: toBody[0].targetRange.start.line, character: 8 } });
    assert.deepEqual(back[0].targetSelectionRange.start, positionOf(ws.text('004'), 'AIVD1 ', 4));
  });

  it('semantic tokens, document symbols, links, code lens, folding and workspace symbols are non-empty', async () => {
    const doc = { textDocument: { uri: ws.uri('004') } };
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', doc);
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', doc);
    assert.ok(symbols.length > 0);
    const links = await client.request<Array<{ target: string }>>('textDocument/documentLink', { textDocument: { uri: ws.uri('002') } });
    assert.ok(links.some(l => l.target.startsWith(ws.uri('004'))), 'a link to 004 in the workspace');
    assert.ok(links.some(l => l.target.startsWith('https://zoek.officielebekendmakingen.nl/')), 'a link to a letter outside the workspace');
    const lenses = await client.request<Array<{ command: { title: string } }>>('textDocument/codeLens', doc);
    assert.match(lenses[0].command.title, /^cited by 1 letter · cites \d+$/);
    const folds = await client.request<unknown[]>('textDocument/foldingRange', doc);
    assert.ok(folds.length > 0);
    const wsSymbols = await client.request<Array<{ name: string }>>('workspace/symbol', { query: 'kst-29754' });
    assert.ok(wsSymbols.some(s => s.name === 'kst-29754-251'));
    const orgSymbols = await client.request<Array<{ name: string }>>('workspace/symbol', { query: 'NCTV' });
    assert.ok(orgSymbols.some(s => s.name === 'NCTV'));
  });

  it('inlay hints for relative dates follow the setting (off by default)', async () => {
    const params = { textDocument: { uri: ws.uri('004') }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } };
    assert.deepEqual(await client.request('textDocument/inlayHint', params), []);
    client.settings = { inlayHints: { relativeDates: true } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => true, 'nothing');
    let hints: Array<{ label: string }> = [];
    for (let i = 0; i < 50 && hints.length === 0; i++) {
      hints = await client.request<Array<{ label: string }>>('textDocument/inlayHint', params);
      if (!hints.length) await new Promise(r => setTimeout(r, 50));
    }
    assert.ok(hints.some(h => h.label.includes('2014-05-24')), JSON.stringify(hints));
  });

  it('the ignore setting silences unresolved references of a dossier; severity "off" drops a code', async () => {
    client.settings = { diagnostics: { ignore: ['kst-29754-*'], severity: { 'acronym.undefined': 'off' } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const uri = ws.uri('001');
    await client.waitFor(() => !client.diagnostics.get(uri)!.some(d => d.code === 'reference.unresolved' && /kst-29754-/.test(d.message)), 'ignored dossier');
    const diags = client.diagnostics.get(uri)!;
    assert.ok(diags.some(d => d.code === 'reference.unresolved'), 'references of other dossiers stay');
    assert.ok(!diags.some(d => d.code === 'acronym.undefined'));
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.diagnostics.get(uri)!.some(d => /kst-29754-325/.test(d.message)), 'defaults again');
  });

  it('the citation graph as a call hierarchy: who cites 004, and what 002 cites', async () => {
    interface Item { name: string; uri: string; detail?: string; data?: unknown; selectionRange: Diagnostic['range'] }
    const [item] = await client.request<Item[]>('textDocument/prepareCallHierarchy', at('002', 'Kamerstuk 29 754, nr. 251', 14));
    assert.equal(item.name, 'kst-29754-251');
    assert.equal(item.uri, ws.uri('004'));
    const incoming = await client.request<Array<{ from: Item; fromRanges: unknown[] }>>('callHierarchy/incomingCalls', { item });
    assert.ok(incoming.some(c => c.from.uri === ws.uri('002') && c.fromRanges.length > 0), 'cited by 002');
    // A client that drops the item's data: the item still stands for 004, by where it points.
    const { data: _dropped, ...bare } = item;
    const again = await client.request<Array<{ from: Item }>>('callHierarchy/incomingCalls', { item: bare });
    assert.deepEqual(again.map(c => c.from.uri), incoming.map(c => c.from.uri));
    const [citing] = await client.request<Item[]>('textDocument/prepareCallHierarchy', { textDocument: { uri: ws.uri('002') }, position: { line: 0, character: 0 } });
    const outgoing = await client.request<Array<{ to: Item; fromRanges: unknown[] }>>('callHierarchy/outgoingCalls', { item: citing });
    assert.ok(outgoing.some(c => c.to.uri === ws.uri('004')), '002 cites 004');
    assert.ok(outgoing.some(c => c.to.detail === 'not in the workspace'), '002 cites letters outside the workspace');
    await assert.rejects(client.request('callHierarchy/outgoingCalls', { item: { name: 'x' } }), (err: { code?: number }) => err.code === -32602);
  });

  it('document highlights and smart select in an open letter', async () => {
    const uri = ws.uri('002');
    const text = ws.text('002');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    try {
      const nctv = at('002', 'NCTV', 1, 2);
      const highlights = await client.request<Array<{ range: Diagnostic['range']; kind: number }>>('textDocument/documentHighlight', nctv);
      const mentions = highlights.filter(h => h.kind === 2);
      assert.ok(mentions.length >= 7, `every NCTV in 002 (${mentions.length})`);
      assert.ok(mentions.some(h => h.range.start.line === nctv.position.line && h.range.start.character === nctv.position.character - 1), 'the one under the cursor');
      const citation = at('002', 'Kamerstuk 29 754, nr. 251', 14);
      const ranges = await client.request<Array<{ range: Diagnostic['range']; parent?: never }>>('textDocument/selectionRange', { textDocument: citation.textDocument, positions: [citation.position] });
      const chain: string[] = [];
      const lines = text.split('\n');
      type Nested = { range: Diagnostic['range']; parent?: Nested };
      for (let r: Nested | undefined = ranges[0]; r; r = r.parent) {
        chain.push(r.range.start.line === r.range.end.line ? lines[r.range.start.line].slice(r.range.start.character, r.range.end.character) : `lines ${r.range.start.line}–${r.range.end.line}`);
      }
      assert.deepEqual(chain.slice(0, 2), ['754', 'Kamerstuk 29 754, nr. 251']);
      await assert.rejects(client.request('textDocument/selectionRange', { textDocument: citation.textDocument, positions: [{ line: -1 }] }), (err: { code?: number }) => err.code === -32602);
    } finally {
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('completion while writing a reference: the dossier\'s letters, then the numbers its letters only cite', async () => {
    const uri = ws.uri('000');
    const text = ws.text('000');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    try {
      const typed = 'Zie Kamerstuk 29 754, nr. ';
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${typed}\n` }] });
      interface Item { label: string; kind: number; sortText: string; textEdit: { range: Diagnostic['range']; newText: string }; command?: { command: string }; data?: unknown; documentation?: { value: string } }
      const list = await client.request<{ isIncomplete: boolean; items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: typed.length }, context: { triggerKind: 2, triggerCharacter: ' ' } });
      const ordered = [...list.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
      const REFERENCE = 18;
      const inWorkspace = ordered.filter(i => i.kind === REFERENCE).map(i => i.label);
      assert.deepEqual(inWorkspace, ['251', '327', '421']);
      assert.ok(ordered.slice(3).length > 0 && ordered.slice(3).every(i => i.kind !== REFERENCE), 'numbers only cited come after the letters');
      assert.ok(ordered.some(i => i.label === '325'), 'nr. 325, cited by 001, not in the workspace');
      // Typing on: "nr. 9876" is cited by no letter but this draft, which is not offered its own number.
      const draft = `${typed}9876`;
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: typed.length } }, text: draft }] });
      const own = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: draft.length } });
      assert.deepEqual(own.items.map(i => i.label), [], 'the draft\'s own number offered as cited');
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: draft.length } }, text: typed }] });
      const first = ordered[0];
      assert.deepEqual(first.textEdit, { range: { start: { line: 0, character: typed.length }, end: { line: 0, character: typed.length } }, newText: '251' });
      const resolved = await client.request<Item>('completionItem/resolve', first);
      assert.match(resolved.documentation!.value, /Kamerstuk 29 754, nr\. 251/);
      // The dossier first: "Kamerstuk " lists the dossiers; choosing one asks the editor to suggest its numbers.
      const dossiers = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 'Zie Kamerstuk '.length } });
      const FOLDER = 19;
      const dossier = dossiers.items.find(i => i.label === '29 754')!;
      assert.deepEqual([dossier.kind, dossier.textEdit.newText, dossier.command?.command], [FOLDER, '29 754, nr. ', 'editor.action.triggerSuggest']);
      const none = await client.request<unknown>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.equal(none, null);
    } finally {
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('editing an open letter re-analyses it and refreshes its diagnostics', async () => {
    const uri = ws.uri('000');
    const text = ws.text('000');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kamerbrief', version: 1, text } });
    const added = '\nZie ook Kamerstuk 29 754, nr. 999.\n';
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }] });
    await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => /kst-29754-999/.test(d.message)), 'the new citation\'s diagnostic');
    const diag = client.diagnostics.get(uri)!.find(d => /kst-29754-999/.test(d.message))!;
    assert.equal(diag.range.start.line, 1);
    assert.equal(diag.range.start.character, 'Zie ook '.length);
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
    assert.match(hover.contents.value, /Not in the workspace/);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(() => !(client.diagnostics.get(uri) ?? []).some(d => /kst-29754-999/.test(d.message)), 'the disk text back after close');
  });

  it('a deleted letter clears, and letters citing it get their diagnostics refreshed; re-creating it resolves again', async () => {
    const file = ws.file('004');
    const text = fs.readFileSync(file);
    const uri = ws.uri('004');
    const citing = ws.uri('002');
    const unresolved251 = () => (client.diagnostics.get(citing) ?? []).some(d => d.code === 'reference.unresolved' && /kst-29754-251/.test(d.message));
    assert.equal(unresolved251(), false);
    fs.unlinkSync(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await client.waitFor(() => client.diagnostics.get(uri)?.length === 0 && unresolved251(), 'cleared 004 and refreshed 002');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(hover, null);
    fs.writeFileSync(file, text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.waitFor(() => !unresolved251() && (client.diagnostics.get(uri)?.length ?? 0) > 0, '002 resolved again');
  });

  it('a renamed letter (delete + create) is followed under its new name', async () => {
    const from = ws.file('003');
    const to = path.join(ws.corpusDir, 'kst-29754-421-renamed.txt');
    fs.renameSync(from, to);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(from).href, type: 3 }, { uri: pathToFileURL(to).href, type: 1 }] });
    await client.waitFor(() => client.diagnostics.get(pathToFileURL(from).href)?.length === 0 && client.diagnostics.has(pathToFileURL(to).href), 'the rename');
    const wsSymbols = await client.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: 'kst-29754-421' });
    assert.ok(wsSymbols.some(s => s.location.uri === pathToFileURL(to).href));
    fs.renameSync(to, from);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(to).href, type: 3 }, { uri: pathToFileURL(from).href, type: 1 }] });
    await client.waitFor(() => client.diagnostics.get(pathToFileURL(to).href)?.length === 0, 'renamed back');
    // The letter under its old name is read again from disk a moment later: the tests after this one count on it.
    await eventually(async () => {
      const back = await client.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: 'kst-29754-421' });
      return back.some(s => s.location.uri === pathToFileURL(from).href);
    }, 'the letter back under its old name');
  });

  it('the corpus tree: dossiers, their letters, the stukken only cited; told when a letter comes', async () => {
    interface Node { id: string; label: string; description: string; hasChildren: boolean; place?: Location; url?: string }
    const tree = (node: string | null) => client.request<Node[]>('kamerstukken/corpusTree', { node });
    const top = await tree(null);
    const dossier = top.find(n => n.label === '29 754');
    assert.ok(dossier, JSON.stringify(top.map(n => n.label)));
    assert.match(dossier.description, /3 letters/);
    const letters = await tree(dossier.id);
    assert.deepEqual(letters.map(n => n.label), ['nr. 251', 'nr. 327', 'nr. 421']);
    assert.equal(letters[0].place?.uri, ws.uri('004'));
    const missing = await tree('missing');
    const n325 = missing.find(n => n.label === 'Kamerstuk 29 754, nr. 325');
    assert.ok(n325?.url?.endsWith('/kst-29754-325.html'));
    assert.equal(n325?.place?.uri, ws.uri('001'));
    await assert.rejects(client.request('kamerstukken/corpusTree', { node: 42 }), (err: { code?: number }) => err.code === -32602);

    const before = client.corpusChanges;
    const letter = path.join(ws.corpusDir, 'nieuw.txt');
    fs.writeFileSync(letter, 'Hierbij de stand van zaken.\n\nTweede Kamer, vergaderjaar 2015–2016, 29 754, nr. 888 2\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(letter).href, type: 1 }] });
    await client.waitFor(() => client.corpusChanges > before, 'kamerstukken/corpusChanged');
    assert.deepEqual((await tree(dossier.id)).map(n => n.label), ['nr. 251', 'nr. 327', 'nr. 421', 'nr. 888']);
    const added = client.corpusChanges;
    fs.unlinkSync(letter);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(letter).href, type: 3 }] });
    await client.waitFor(() => client.corpusChanges > added, 'kamerstukken/corpusChanged after the removal');
    assert.equal((await tree(dossier.id)).length, 3);
  });

  it('a folder moved in is scanned for letters, and a deleted folder clears them', async () => {
    const folder = path.join(ws.corpusDir, 'extra');
    fs.mkdirSync(folder);
    const letter = path.join(folder, 'brief.txt');
    fs.writeFileSync(letter, 'Zie Kamerstuk 29 754, nr. 998 over de aanpak.\n');
    const uri = pathToFileURL(letter).href;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(folder).href, type: 1 }] });
    await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => /kst-29754-998/.test(d.message)), 'the letter in the new folder');
    fs.rmSync(folder, { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(folder).href, type: 3 }] });
    await client.waitFor(() => client.diagnostics.get(uri)?.length === 0, 'the folder cleared');
  });

  it('user annotations from the folder\'s store: notes in hover, orphans and store errors as diagnostics', async () => {
    const text = ws.text('000');
    const at = text.indexOf('NCTV');
    const letterName = path.basename(ws.file('000'));
    const storeDir = path.join(ws.corpusDir, '.kamerstukken');
    const storePath = path.join(storeDir, 'annotations.json');
    const storeUri = pathToFileURL(storePath).href;
    const target = { exact: 'NCTV', prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + 4, at + 36), start: at, end: at + 4 };
    const store = {
      version: 1,
      letters: {
        [letterName]: {
          annotations: [
            { id: 'a1', type: 'note', target, body: { text: 'Zie ook het DTN.', tag: 'nakijken' } },
            { id: 'a2', type: 'note', target: { exact: 'Deze woorden staan nergens in de brief', prefix: '', suffix: '', start: 5, end: 43 }, body: { text: 'weg' } },
          ],
        },
      },
      organisations: [],
    };
    fs.mkdirSync(storeDir);
    fs.writeFileSync(storePath, JSON.stringify(store, null, 2));
    const uri = ws.uri('000');
    const orphaned = () => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'annotation.orphaned');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 1 }] });
    await client.waitFor(orphaned, 'the orphaned annotation');
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'NCTV', 1) });
    assert.match(hover.contents.value, /Zie ook het DTN\./);
    assert.match(hover.contents.value, /Nationaal Coördinator/, 'the entity hover stays');
    fs.writeFileSync(storePath, '{ "version": 1, "letters": { "x": [ }');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 2 }] });
    await client.waitFor(() => (client.diagnostics.get(storeUri) ?? []).some(d => d.code === 'annotation.invalid'), 'store errors');
    fs.rmSync(storeDir, { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: storeUri, type: 3 }] });
    await client.waitFor(() => !orphaned() && client.diagnostics.get(storeUri)?.length === 0, 'the store gone');
  });

  it('a binary file, Windows-1252 text and a 10 MB file get input diagnostics, not a crash', async () => {
    const binary = path.join(ws.corpusDir, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    const latin1 = path.join(ws.corpusDir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('co\xf6rdinatie', 'latin1'));
    const huge = path.join(ws.corpusDir, 'huge.txt');
    fs.writeFileSync(huge, 'Kamerstuk 29 754, nr. 1 '.repeat(Math.ceil((10 * 1024 * 1024) / 24)));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [binary, latin1, huge].map(f => ({ uri: pathToFileURL(f).href, type: 1 })) });
    const codeOf = (f: string) => client.diagnostics.get(pathToFileURL(f).href)?.[0]?.code;
    await client.waitFor(() => codeOf(binary) === 'input.binary' && (client.diagnostics.get(pathToFileURL(latin1).href) ?? []).some(d => d.code === 'input.encoding') && codeOf(huge) === 'input.too-large', 'input diagnostics');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: pathToFileURL(binary).href }, position: { line: 0, character: 1 } });
    assert.equal(hover, null);
    for (const f of [binary, latin1, huge]) fs.unlinkSync(f);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [binary, latin1, huge].map(f => ({ uri: pathToFileURL(f).href, type: 3 })) });
  });

  it('a cancelled request answers (or reports RequestCancelled) and the server goes on', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/references', { ...at('000', 'NCTV', 1), context: { includeDeclaration: true } }, source.token);
    source.cancel();
    const outcome = await pending.then(
      result => (Array.isArray(result) ? 'answered' : 'null'),
      (err: { code?: number }) => (err.code === -32800 ? 'cancelled' : `error ${err.code}`),
    );
    assert.ok(['answered', 'cancelled'].includes(outcome), outcome);
    assert.ok(client.alive);
  });

  it('a malformed request gets an error and the server lives on', async () => {
    await assert.rejects(client.request('textDocument/hover', {}), (err: { code?: number }) => err.code === -32602);
    await assert.rejects(client.request('textDocument/definition', { textDocument: { uri: ws.uri('002') }, position: { line: 'x' } }), (err: { code?: number }) => err.code === -32602);
    await assert.rejects(client.request('kamerstukken/noSuchMethod', {}), (err: { code?: number }) => err.code === -32601);
    const vanished = await client.request('textDocument/hover', { textDocument: { uri: 'file:///no/such/letter.txt' }, position: { line: 0, character: 0 } });
    assert.equal(vanished, null);
    const outOfRange = await client.request('textDocument/hover', { textDocument: { uri: ws.uri('002') }, position: { line: 99999, character: 99999 } });
    assert.equal(outOfRange, null);
    const hover = await client.request<MarkupHover>('textDocument/hover', at('002', 'Kamerstuk 29 754, nr. 251', 5));
    assert.match(hover.contents.value, /kst-29754-251/);
    assert.ok(client.alive);
  });
});

describe('language server for a client without workspace/configuration', function () {
  this.timeout(30000);
  let ws: TestWorkspace;
  let client: LspClient;

  before(async () => {
    ws = new TestWorkspace();
    client = new LspClient();
    // Settings come with initialize and later as didChangeConfiguration payloads.
    await client.start(ws.root, {}, { settings: { diagnostics: { severity: { 'reference.unresolved': 'hint' } } } });
    await client.waitFor(() => client.diagnostics.has(ws.uri('001')), 'diagnostics of 001');
  });

  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const severityOf325 = () => client.diagnostics.get(ws.uri('001'))!.find(d => /kst-29754-325/.test(d.message))?.severity;

  it('indexes without progress support, with the initialization settings', () => {
    assert.equal(client.progress.length, 0);
    assert.equal(severityOf325(), 4);
  });

  it('reads pushed settings from didChangeConfiguration', async () => {
    await client.notify('workspace/didChangeConfiguration', { settings: { kamerstukken: { diagnostics: { severity: { 'reference.unresolved': 'warning' } } } } });
    await client.waitFor(() => severityOf325() === 2, 'warning severity');
  });
});
