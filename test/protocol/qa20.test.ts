// QA pass 20, promises against behaviour: what the README, the settings' descriptions and the messages say is
// what the server does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { folderWith as sharedFolderWith, LspClient, REPO, SERVER, suiteResources } from './lspClient';

const LETTER_004 = fs.readFileSync(path.join(REPO, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');

const folderWith = (files: Record<string, string>, made: string[]) => sharedFolderWith(files, made, 'kst-qa20-');

describe('QA 20: promises against behaviour', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('an annotation store broken before the server starts is reported (annotation.invalid) at once, and its severity setting applies at run time', async () => {
    const ws = folderWith({ '004.txt': LETTER_004, '.kamerstukken/annotations.json': '{ not json\n' }, made);
    const store = ws.uri('.kamerstukken/annotations.json');
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => (c.diagnostics.get(store) ?? []).length > 0, 'the store\'s diagnostics without a change to it');
    const first = c.diagnostics.get(store)!;
    assert.ok(first.every(d => d.code === 'annotation.invalid' && d.severity === 1), JSON.stringify(first));
    // Without a restart or a change to the store: warning, then off.
    c.settings = { diagnostics: { severity: { 'annotation.invalid': 'warning' } } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => (c.diagnostics.get(store) ?? []).some(d => d.severity === 2), 'annotation.invalid as a warning');
    assert.ok(c.diagnostics.get(store)!.every(d => d.severity === 2));
    c.settings = { diagnostics: { severity: { 'annotation.invalid': 'off' } } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => (c.diagnostics.get(store) ?? [1]).length === 0, 'annotation.invalid off');
  });

  it('a valid store gets no diagnostics at start', async () => {
    const ws = folderWith({ '004.txt': LETTER_004, '.kamerstukken/annotations.json': '{ "version": 1, "letters": {} }\n' }, made);
    const c = client();
    await c.start(ws.root);
    await c.waitFor(() => c.progress.filter(p => p.kind === 'end').length >= 1 && c.diagnostics.has(ws.uri('004.txt')), 'the first pass');
    assert.deepEqual(c.diagnostics.get(ws.uri('.kamerstukken/annotations.json')) ?? [], []);
  });
});

describe('QA 20: dist/server.js started by hand', () => {
  it('--help prints the usage and exits 0; without a transport it exits 2 with a message, not a stack trace', () => {
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: node dist\/server\.js --stdio/);
    const bare = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 20_000, input: '' });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^kamerstukken server: no transport given/);
    assert.doesNotMatch(bare.stderr, /\n\s+at /);
  });
});

describe('QA 20: settings from a client that answers workspace/configuration with null', function () {
  this.timeout(60_000);
  const made: string[] = [];
  let c: LspClient | null = null;
  after(async () => {
    await c?.stop();
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the settings it pushed in workspace/didChangeConfiguration (they were dropped for the null it pulled)', async () => {
    const ws = folderWith({ '002.txt': fs.readFileSync(path.join(REPO, 'corpus', '002_548ef68b162742fc.txt'), 'utf8') }, made);
    c = new LspClient();
    c.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    await c.start(ws.root);
    const unresolved = () => (c!.diagnostics.get(ws.uri('002.txt')) ?? []).filter(d => d.code === 'reference.unresolved').length;
    await c.waitFor(() => unresolved() > 0, 'unresolved references at their default severity');
    await c.notify('workspace/didChangeConfiguration', { settings: { kamerstukken: { diagnostics: { severity: { 'reference.unresolved': 'off' } } } } });
    await c.waitFor(() => c!.diagnostics.has(ws.uri('002.txt')) && unresolved() === 0, 'reference.unresolved off, as pushed');
  });
});
