// A record cache file damaged in a way that still deserialises (a flipped bit inside a string or a table) is a
// miss, as a torn one is: a record read from it made hover and diagnostics throw on the letter until it changed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RecordCache, type CacheKey } from '../../server/src/lsp/recordCache';
import { makeRecord, packRecord, recordToData, slimRecord } from '../../server/src/core/workspace/corpus';
import { tempDirs } from './tempDirs';
import { seededRandom } from './seeded';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');
const URI = 'file:///ws/corpus/004_c51793f171952d9b.txt';

describe('record cache: damaged files', function () {
  this.timeout(30000);
  const tempDir = tempDirs('kst-cache-damage-');

  it('no damaged copy of a record file is read as a record: flipped bits and every truncation miss', async () => {
    const dir = tempDir();
    const key: CacheKey = { size: 1, mtimeMs: 2, analyser: 'a1', store: '' };
    const cache = new RecordCache(dir, 'a1');
    const text = fs.readFileSync(path.join(CORPUS, '004_c51793f171952d9b.txt'), 'utf8');
    await cache.write(URI, key, recordToData(packRecord(slimRecord(makeRecord(URI, text)))));
    const file = path.join(dir, fs.readdirSync(dir, { recursive: true }).map(String).find(f => f.endsWith('.rec'))!);
    const intact = fs.readFileSync(file);
    assert.ok(await cache.read(URI, key), 'the intact file is a hit');
    const random = seededRandom(11);
    let hits = 0;
    for (let i = 0; i < 300; i++) {
      const damaged = Buffer.from(intact);
      // Past the entry's header (format, uri, key): a flip there is a plain miss already.
      const at = Math.floor(intact.length / 4) + random(Math.floor(intact.length * 3 / 4));
      damaged[Math.min(at, intact.length - 1)] ^= 1 << (i % 8);
      fs.writeFileSync(file, damaged);
      if (await cache.read(URI, key)) hits++;
    }
    for (let n = 0; n < intact.length; n += 97) {
      fs.writeFileSync(file, intact.subarray(0, n));
      if (await cache.read(URI, key)) hits++;
    }
    assert.equal(hits, 0);
  });
});
