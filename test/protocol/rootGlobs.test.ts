// A workspace folder's own files.include, over the protocol, when the folder leaves the workspace: its globs go
// with it, and a later settings change that names no glob (an inlay-hint toggle) does not scan the workspace again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderWith as sharedFolderWith, initializeWithFolders, suiteResources } from './lspClient';

const folderWith = (files: Record<string, string>, made: string[]) => sharedFolderWith(files, made, 'kst-rootglobs-');

describe('a workspace folder with its own globs, removed from the workspace', function () {
  this.timeout(60_000);
  const { client, made } = suiteResources();

  it('takes its globs along: the next settings change that names no glob re-indexes nothing', async () => {
    const a = folderWith({ 'x.txt': 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 326.\n' }, made);
    const b = folderWith({ 'y.txt': 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 327.\n' }, made);
    fs.mkdirSync(path.join(a.root, 'brieven'));
    fs.writeFileSync(path.join(a.root, 'brieven', 'brief.txt'), 'Den Haag, 3 juni 2015\n\nZie Kamerstuk 29 754, nr. 325.\n');
    const uriA = pathToFileURL(path.join(a.root, 'brieven', 'brief.txt')).href;
    const folderA = pathToFileURL(a.root).href;
    const c = client();
    let asked = 0;
    let scans = 0;
    const wake = () => (c as unknown as { wake(): void }).wake();
    // As VS Code answers: for a's folder its folder settings, else the workspace's.
    c.connection.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string }> }) => {
      asked++;
      wake();
      return p.items.map(item => (item.scopeUri === folderA ? { ...c.settings, files: { include: ['**/corpus/**/*.[tT][xX][tT]', 'brieven/**/*.txt'] } } : c.settings));
    });
    // Each scan of the workspace begins by asking for its progress.
    c.connection.onRequest('window/workDoneProgress/create', () => {
      scans++;
      wake();
      return null;
    });
    await initializeWithFolders(c, [{ uri: folderA, name: 'a' }, { uri: pathToFileURL(b.root).href, name: 'b' }]);
    await c.waitFor(() => c.diagnostics.has(uriA) && c.diagnostics.has(b.uri('y.txt')), 'indexing');
    await c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: folderA, name: 'a' }] } });
    await c.waitFor(() => c.diagnostics.get(uriA)?.length === 0 && c.diagnostics.get(a.uri('x.txt'))?.length === 0, 'a\'s letters dropped');
    // The scan for the removal ends with its second pass (organisations and dates), the second of the session.
    const secondPasses = () => c.progress.filter(p => p.kind === 'begin' && /organisations and dates/.test(p.title ?? '')).length;
    await c.waitFor(() => secondPasses() === 2 && c.progress.filter(p => p.kind === 'end').length === c.progress.filter(p => p.kind === 'begin').length, 'the scan to end');
    /** New settings, once the server has read them (it asks for them when told of a change). */
    const change = async (settings: Record<string, unknown>) => {
      const before = asked;
      c.settings = settings;
      await c.notify('workspace/didChangeConfiguration', { settings: null });
      await c.waitFor(() => asked > before, 'the server to read the settings');
    };
    const scansBefore = scans;
    await change({ inlayHints: { relativeDates: true } });
    // A scan starts as the server reads the settings: by the time it asks again, its progress was asked for.
    await change({ inlayHints: { relativeDates: true } });
    assert.equal(scans, scansBefore, 'an inlay-hint toggle scanned the workspace again');
    assert.ok(c.diagnostics.has(b.uri('y.txt')));
  });
});
