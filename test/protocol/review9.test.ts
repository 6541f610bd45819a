// Review of the QA 20 changes at the protocol level: what a store's annotation.invalid does when its folder leaves the index.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, REPO } from './lspClient';

const LETTER_004 = fs.readFileSync(path.join(REPO, 'corpus', '004_c51793f171952d9b.txt'), 'utf8');

describe('review 9: annotation.invalid of a store whose letters leave the index', function () {
  this.timeout(60_000);
  let root = '';
  let c: LspClient | null = null;
  after(async () => {
    await c?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('is cleared when files.exclude takes its folder out (it stayed in Problems), and comes back when the folder is a letter folder again', async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kst-r9-excluded-store-'));
    const files: Record<string, string> = {
      'corpus/004.txt': LETTER_004,
      'corpus/oud/005.txt': LETTER_004.replace('Tweede Kamer', 'TWEEDE KAMER'),
      'corpus/oud/.kamerstukken/annotations.json': '{ not json\n',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    const store = pathToFileURL(path.join(root, 'corpus/oud/.kamerstukken/annotations.json')).href;
    c = new LspClient();
    await c.start(root);
    await c.waitFor(() => (c!.diagnostics.get(store) ?? []).length > 0, 'the broken store reported at start');
    const ends = () => c!.progress.filter(p => p.kind === 'end').length;
    const endsBefore = ends();
    c.settings = { files: { exclude: ['**/node_modules/**', '**/.*/**', '**/oud/**'] } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => ends() > endsBefore && (c!.diagnostics.get(store) ?? [1]).length === 0, 'the excluded folder\'s store without diagnostics');
    c.settings = {};
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => (c!.diagnostics.get(store) ?? []).length > 0, 'the store reported again');
    assert.ok(c.diagnostics.get(store)!.every(d => d.code === 'annotation.invalid'));
  });
});
