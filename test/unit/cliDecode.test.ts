// Decoding letters (through UTF-16; the server and the command line) gives the text a UTF-8 decoder gives.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeValidUtf8 } from '../../server/src/core/workspace/input';
import { seededRandom } from './seeded';

const corpus = join(__dirname, '..', '..', '..', 'corpus');

describe('CLI UTF-8 decoding', () => {
  it('decodes the letters as TextDecoder does', () => {
    for (const name of readdirSync(corpus).filter(n => n.endsWith('.txt'))) {
      const bytes = readFileSync(join(corpus, name));
      assert.equal(decodeValidUtf8(bytes), new TextDecoder('utf-8').decode(bytes), name);
    }
  });

  it('drops a leading BOM only, and keeps letters outside the BMP, Dutch diacritics and typographic quotes', () => {
    const text = 'Coördinator ’s-Gravenhage – “NCTV” 😀 𝔸 \uFEFF';
    assert.equal(decodeValidUtf8(Buffer.from('\uFEFF' + text, 'utf8')), text);
    assert.equal(decodeValidUtf8(Buffer.from(text, 'utf8')), text);
    assert.equal(decodeValidUtf8(Buffer.alloc(0)), '');
  });

  it('equals a UTF-8 decoder on random valid text of every length class of code point', () => {
    const random = seededRandom(7);
    const ranges = [[0x20, 0x7f], [0x80, 0x800], [0x800, 0xd800], [0xe000, 0x10000], [0x10000, 0x110000]];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = random(200); i > 0; i--) {
        const [lo, hi] = ranges[random(ranges.length)];
        text += String.fromCodePoint(lo + random(hi - lo));
      }
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(decodeValidUtf8(bytes), new TextDecoder('utf-8').decode(bytes));
    }
  });

  it('decodes a view into a larger buffer (the reused read buffer) by its own bytes only', () => {
    const whole = Buffer.from('xxx’s-Gravenhageyyy', 'utf8');
    assert.equal(decodeValidUtf8(whole.subarray(3, whole.length - 3)), '’s-Gravenhage');
  });
});
