// The server's record cache and slim records: a closed letter's record keeps what the index, diagnostics
// and navigation read, and a cached record comes back only while the letter, the analyser and its
// annotation store are unchanged.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeRecord, packRecord, recordFromData, recordToData, slimRecord } from '../../server/src/core/workspace/corpus';
import { analyseFile, forTransfer, ownTable, useRecordCache } from '../../server/src/lsp/analysisWorker';
import { RecordCache, RecordCachePruner, type CacheKey } from '../../server/src/lsp/recordCache';
import { cacheDirFromArgv } from '../../server/src/lsp/server';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');
const LETTER_004 = path.join(CORPUS, fs.readdirSync(CORPUS).find(f => f.startsWith('004'))!);
const URI_004 = `file://${LETTER_004}`;

describe('slim records of closed letters', () => {
  it('drop date explanations and footnote texts, and keep every entity, span and id of letter 004', () => {
    const text = fs.readFileSync(LETTER_004, 'utf8');
    const full = makeRecord(URI_004, text);
    const explained = full.analysis.entities.filter(e => e.explain).length;
    assert.ok(explained > 0, '004 resolves "24 mei jl." with an explanation');
    assert.ok(full.analysis.footnotes.some(f => f.text.length > 0));
    const entities = full.analysis.entities.map(e => `${e.kind}:${e.start}-${e.end}:${e.text}`);
    const ids = [...full.ids];

    const slim = slimRecord(makeRecord(URI_004, text));
    assert.equal(slim.slim, true);
    assert.equal(slim.analysis.entities.filter(e => e.explain).length, 0);
    assert.ok(slim.analysis.footnotes.every(f => f.text === ''));
    assert.deepEqual(slim.analysis.entities.map(e => `${e.kind}:${e.start}-${e.end}:${e.text}`), entities);
    assert.deepEqual(slim.ids, ids);
    assert.deepEqual(slim.analysis.footnotes.map(f => f.body), full.analysis.footnotes.map(f => f.body));
  });
});

describe('record cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerstukken-cache-'));
  });
  afterEach(() => {
    useRecordCache(null);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const keyOf = (over: Partial<CacheKey> = {}): CacheKey => ({ size: 100, mtimeMs: 1, analyser: 'a1', store: '', ...over });

  it('returns the record of letter 004 for the same key, nothing when size, mtime, analyser or store differ', async () => {
    const cache = new RecordCache(dir, 'a1');
    const data = recordToData(slimRecord(makeRecord(URI_004, fs.readFileSync(LETTER_004, 'utf8'))));
    await cache.write(URI_004, keyOf(), data);
    const back = await cache.read(URI_004, keyOf());
    assert.ok(back);
    assert.deepEqual(back.ids, data.ids);
    assert.equal(back.analysis.entities.length, data.analysis.entities.length);
    const lines = recordFromData(back).lines;
    assert.deepEqual(lines.positionAt(500), recordFromData(data).lines.positionAt(500));
    for (const changed of [{ size: 101 }, { mtimeMs: 2 }, { analyser: 'a2' }, { store: 'f00' }]) {
      assert.equal(await cache.read(URI_004, keyOf(changed)), null, JSON.stringify(changed));
    }
    assert.equal(await cache.read(`${URI_004}.other`, keyOf()), null);
  });

  it('hands on the tables of a record read back as tables of their own, not as views into the whole entry', async () => {
    // What goes to the main thread is transferred: a view would take the whole entry file with it (60-85 MB more
    // memory after a warm start of 10,000 letters, when the packed entities came back as a Buffer view).
    const cache = new RecordCache(dir, 'a1');
    const data = recordToData(packRecord(slimRecord(makeRecord(URI_004, fs.readFileSync(LETTER_004, 'utf8')))));
    await cache.write(URI_004, keyOf(), data);
    const back = await cache.read(URI_004, keyOf());
    assert.ok(back?.packed, 'a packed record');
    const tables: ArrayBufferView[] = [back.lines.starts as Uint32Array, back.lines.ends as Uint32Array, back.packed.json];
    assert.ok(tables.some(t => t.buffer.byteLength > t.byteLength), 'read back, the tables are views into the entry');
    for (const table of tables) {
      const own = ownTable(table as Uint8Array);
      assert.equal(own.buffer.byteLength, own.byteLength, `${table.constructor.name} of ${table.byteLength} bytes`);
      assert.deepEqual([...own], [...(table as Uint8Array)]);
    }
    // What the worker posts: every table whole in its own buffer, each buffer transferred once, the bytes unchanged.
    const { record, transfer } = forTransfer(back);
    const sent: ArrayBufferView[] = [record.lines.starts as Uint32Array, record.lines.ends as Uint32Array, record.packed!.json, record.packed!.diagnostic];
    for (const table of sent) {
      assert.equal(table.buffer.byteLength, table.byteLength);
      assert.ok(transfer.includes(table.buffer as ArrayBuffer));
    }
    assert.equal(new Set(transfer).size, transfer.length);
    assert.deepEqual(Buffer.from(record.packed!.diagnostic), Buffer.from(back.packed.diagnostic));
    assert.equal(record.packed!.diagnostic === record.packed!.json, back.packed.diagnostic === back.packed.json);
  });

  it('does not write a record larger than it would read back (written at every start, never used)', async () => {
    // The limit is the reader's (a file past it is not read to its end): a record of dense citations or dates is
    // 5-7 times its letter's size, so a letter of a few million characters can have one past the default.
    const data = recordToData(slimRecord(makeRecord(URI_004, fs.readFileSync(LETTER_004, 'utf8'))));
    const small = new RecordCache(dir, 'a1', 2000);
    await small.write(URI_004, keyOf(), data);
    assert.deepEqual(fs.readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.rec') || f.endsWith('.tmp')), []);
    // What a larger limit wrote is a miss under the smaller one, and a hit under its own.
    const large = new RecordCache(dir, 'a1');
    await large.write(URI_004, keyOf(), data);
    assert.equal(await small.read(URI_004, keyOf()), null);
    assert.ok(await large.read(URI_004, keyOf()));
  });

  it('treats a damaged cache file as a miss', async () => {
    const cache = new RecordCache(dir, 'a1');
    await cache.write(URI_004, keyOf(), recordToData(makeRecord(URI_004, 'Kamerstuk 29 754, nr. 325')));
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.rec'));
    assert.equal(files.length, 1);
    fs.writeFileSync(path.join(dir, files[0]), Buffer.from([0xff, 0x0d, 0x00, 0x42]));
    assert.equal(await cache.read(URI_004, keyOf()), null);
  });

  it('prunes the records of letters that left the workspace, and stale temporary files, in its own folder only', async () => {
    const cache = new RecordCache(dir, 'a1');
    const record = recordToData(makeRecord(URI_004, 'Kamerstuk 29 754, nr. 325'));
    const uris = ['file:///w/a.txt', 'file:///w/b.txt', 'file:///w/c.txt'];
    for (const uri of uris) await cache.write(uri, keyOf(), record);
    const leftover = path.join(dir, '00', 'x.rec.123.abc.tmp');
    fs.mkdirSync(path.dirname(leftover), { recursive: true });
    fs.writeFileSync(leftover, 'torn');
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(leftover, hourAgo, hourAgo);

    const pruner = new RecordCachePruner(dir);
    assert.deepEqual(await pruner.sweep([uris[0], uris[2]], ['/w']), { removed: 2, kept: 2 });
    assert.ok(await cache.read(uris[0], keyOf()));
    assert.equal(await cache.read(uris[1], keyOf()), null);
    assert.ok(await cache.read(uris[2], keyOf()));
    assert.equal(fs.existsSync(leftover), false);

    await pruner.remove(uris[2]);
    assert.equal(await cache.read(uris[2], keyOf()), null);

    // Another workspace using the same folder (one --cache-dir for all) prunes nothing of it.
    const other = await new RecordCachePruner(dir).sweep([], ['/elsewhere']);
    assert.equal(other.removed, 0);
    assert.match(other.skipped ?? '', /another workspace/);
    assert.ok(await cache.read(uris[0], keyOf()));

    // The same workspace with a folder added is still its owner (and names itself from then on).
    await cache.write('file:///v/d.txt', keyOf(), record);
    assert.deepEqual(await pruner.sweep(['file:///v/d.txt'], ['/w', '/v']), { removed: 1, kept: 1 });
    assert.equal(await cache.read(uris[0], keyOf()), null);
    assert.ok(await cache.read('file:///v/d.txt', keyOf()));
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8')).roots.length, 2);
  });

  it('prunes its folder when the owner file was cut short (a server stopped while writing it), and writes it whole', async () => {
    const cache = new RecordCache(dir, 'a1');
    const record = recordToData(makeRecord(URI_004, 'Kamerstuk 29 754, nr. 325'));
    for (const uri of ['file:///w/a.txt', 'file:///w/gone.txt']) await cache.write(uri, keyOf(), record);
    const ownerFile = path.join(dir, 'workspace.json');
    for (const damaged of ['', '{"roots": ["/w"', 'null']) {
      fs.writeFileSync(ownerFile, damaged);
      const result = await new RecordCachePruner(dir).sweep(['file:///w/a.txt'], ['/w']);
      assert.equal(result.skipped, undefined, `skipped with an owner file of ${JSON.stringify(damaged)}`);
      assert.deepEqual(JSON.parse(fs.readFileSync(ownerFile, 'utf8')), { roots: ['/w'] });
    }
    assert.equal(await cache.read('file:///w/gone.txt', keyOf()), null);
    assert.ok(await cache.read('file:///w/a.txt', keyOf()));
    assert.deepEqual(fs.readdirSync(dir).filter(name => name.endsWith('.tmp')), [], 'the owner file\'s temporary file is left behind');
  });

  it('analyseFile fills the cache on the first read of a letter; a changed file misses it', async () => {
    const letter = path.join(dir, 'kst-29754-251.txt');
    fs.copyFileSync(LETTER_004, letter);
    const uri = `file://${letter}`;
    const cache = new RecordCache(path.join(dir, 'records'), 'test-analyser');
    useRecordCache(cache);
    const first = await analyseFile(uri, letter);
    assert.ok(first && first.slim);
    await cache.written(); // the write runs in the background
    const stat = fs.statSync(letter);
    const cached = await cache.read(uri, { size: stat.size, mtimeMs: stat.mtimeMs, analyser: 'test-analyser', store: '' });
    assert.deepEqual(cached?.ids, first.ids);
    assert.equal(cached?.analysis.entities.length, first.analysis.entities.length);

    // Same mtime, other bytes and size: analysed again, not answered from the cache.
    fs.writeFileSync(letter, 'binary\u0000garbage');
    fs.utimesSync(letter, stat.atime, stat.mtime);
    const changed = await analyseFile(uri, letter);
    assert.equal(changed?.analysis.problems[0]?.code, 'input.binary');
  });
});

describe('server command line', () => {
  it('reads --cache-dir in both spellings', () => {
    assert.equal(cacheDirFromArgv(['node', 'server.js', '--stdio', '--cache-dir', '/tmp/x']), '/tmp/x');
    assert.equal(cacheDirFromArgv(['node', 'server.js', '--cache-dir=/tmp/y', '--stdio']), '/tmp/y');
    assert.equal(cacheDirFromArgv(['node', 'server.js', '--stdio']), undefined);
  });
});
