// The analysis worker threads and the annotation store: each thread caches the store it read, so a store
// that changes while the workspace is indexed must reach the threads before the letters sent after it.
// Runs the real worker bundle (dist/server.js, built by `npm test` first).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnalyserPool } from '../../server/src/lsp/analyserPool';
import { openStoreTexts, storePathKey } from '../../server/src/lsp/analysisWorker';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'server.js');
const LETTER = '000_24c3e309d107eecc.txt';

/** A store declaring the identity of 000 (which does not state one itself). */
function storeDeclaring(number: string): string {
  return JSON.stringify({ version: 1, letters: { [LETTER]: { identity: { dossier: '29754', number }, annotations: [] } }, organisations: [] }, null, 2);
}

describe('analysis workers and a changing annotation store', function () {
  this.timeout(60000);
  let dir: string;
  let storePath: string;
  let letterPath: string;
  let pool: AnalyserPool;

  before(function () {
    if (!fs.existsSync(BUNDLE)) this.skip(); // `npm test` builds it; a bare mocha run may not have
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-pool-'));
    letterPath = path.join(dir, LETTER);
    fs.copyFileSync(path.join(ROOT, 'corpus', LETTER), letterPath);
    storePath = path.join(dir, '.kamerstukken', 'annotations.json');
    fs.mkdirSync(path.dirname(storePath));
    fs.writeFileSync(storePath, storeDeclaring('253'));
    pool = new AnalyserPool(BUNDLE, 1);
  });

  after(async () => {
    await pool?.dispose();
    openStoreTexts.clear();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const declaredNumber = async (): Promise<string | null> => {
    const record = await pool.analyse(pathToFileURL(letterPath).href, letterPath);
    assert.ok(record, 'the worker returned no record');
    return record.analysis.identity.number;
  };

  it('reads the store on disk', async () => {
    assert.equal(await declaredNumber(), '253');
  });

  it('sees a store saved to disk once told it changed (not its cached copy)', async () => {
    fs.writeFileSync(storePath, storeDeclaring('254'));
    pool.storeChanged(storePath);
    assert.equal(await declaredNumber(), '254');
  });

  it('uses the unsaved text of a store open in the editor, and the disk again once it is closed', async () => {
    openStoreTexts.set(storePathKey(storePath), storeDeclaring('255'));
    pool.storeChanged(storePath);
    assert.equal(await declaredNumber(), '255');
    openStoreTexts.delete(storePathKey(storePath));
    pool.storeChanged(storePath);
    assert.equal(await declaredNumber(), '254');
  });

  it('gives a worker started while a store is open that store\'s text', async () => {
    openStoreTexts.set(storePathKey(storePath), storeDeclaring('256'));
    const fresh = new AnalyserPool(BUNDLE, 1);
    try {
      const record = await fresh.analyse(pathToFileURL(letterPath).href, letterPath);
      assert.equal(record?.analysis.identity.number, '256');
    } finally {
      await fresh.dispose();
      openStoreTexts.delete(storePathKey(storePath));
    }
  });
});

describe('analysis workers that stop', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-pool-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finish writing their records to the cache first: every letter analysed is cached once the pool has stopped', async function () {
    if (!fs.existsSync(BUNDLE)) this.skip();
    const cacheDir = path.join(dir, 'records');
    const letters = fs.readdirSync(path.join(ROOT, 'corpus')).map(name => {
      fs.copyFileSync(path.join(ROOT, 'corpus', name), path.join(dir, name));
      return path.join(dir, name);
    });
    const pool = new AnalyserPool(BUNDLE, 2, { cacheDir, analyser: 'test-analyser' });
    const records = await Promise.all(letters.map(file => pool.analyse(pathToFileURL(file).href, file, 'all', true)));
    assert.ok(records.every(Boolean));
    // Stopped as the server stops an idle pool right after its second pass (terminate() lost these writes).
    await pool.dispose();
    const cached = fs.readdirSync(cacheDir, { recursive: true }).map(String).filter(f => f.endsWith('.rec'));
    assert.equal(cached.length, letters.length);
    assert.deepEqual(fs.readdirSync(cacheDir, { recursive: true }).map(String).filter(f => f.endsWith('.tmp')), []);
  });
});
